#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;

namespace backstep {

// SHA-256 through OpenSSL. QCryptographicHash in Debian's Qt 6.8 is Qt's portable C code
// (QtCore does not link OpenSSL), about twenty times slower than OpenSSL's SHA-NI/AVX2
// code here, which made hashing the biggest cost of streaming a dump.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void addData(QByteArrayView bytes);
    // The digest of everything added since the last reset (32 bytes); ends the hashing.
    QByteArray result();

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
};

} // namespace backstep
