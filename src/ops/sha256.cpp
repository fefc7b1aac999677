#include "ops/sha256.h"

#include <openssl/evp.h>

namespace backstep {

void Sha256::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    // Failing here means no memory or a broken libcrypto; a wrong checksum would be worse.
    if (!m_context || EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        qFatal("OpenSSL cannot start a SHA-256 digest");
}

void Sha256::addData(QByteArrayView bytes)
{
    if (!bytes.isEmpty() &&
        EVP_DigestUpdate(m_context.get(), bytes.data(), size_t(bytes.size())) != 1)
        qFatal("OpenSSL cannot update a SHA-256 digest");
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context.get(), reinterpret_cast<unsigned char *>(digest.data()),
                           &length) != 1)
        qFatal("OpenSSL cannot finish a SHA-256 digest");
    digest.truncate(qsizetype(length));
    return digest;
}

} // namespace backstep
