#include "ops/streamcompressor.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <zlib.h>
#include <zstd.h>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StreamCompressor)
};

// The level `zstd` and `gzip` use when given none.
constexpr int zstdLevel = 3;
constexpr int gzipLevel = 6;
// Output is produced in steps of this size: a few large writes rather than many small.
constexpr qsizetype outputStep = qsizetype{256} * 1024;

class PassThrough final : public StreamCompressor
{
public:
    Result<void> add(QByteArrayView text, QByteArray &out) override
    {
        out.append(text);
        return {};
    }
    Result<void> end(QByteArray &) override { return {}; }
};

class Zstd final : public StreamCompressor
{
public:
    Zstd()
        : m_context(ZSTD_createCCtx())
    {}

    Result<void> setUp()
    {
        if (!m_context)
            return Error{Tr::tr("zstd: out of memory")};
        if (auto set =
                check(ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_compressionLevel, zstdLevel));
            !set)
            return set.failure();
        // Worker threads of libzstd's own, one per core: this thread only hands text over.
        // A library built without them refuses, and compresses on this thread instead.
        ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_nbWorkers,
                               std::max(1, QThread::idealThreadCount()));
        return check(ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_checksumFlag, 1));
    }

    Result<void> add(QByteArrayView text, QByteArray &out) override
    {
        ZSTD_inBuffer in{text.data(), size_t(text.size()), 0};
        while (in.pos < in.size) {
            if (auto step = compress(in, ZSTD_e_continue, out); !step)
                return step.failure();
        }
        return {};
    }

    Result<void> end(QByteArray &out) override
    {
        ZSTD_inBuffer in{nullptr, 0, 0};
        for (;;) {
            auto left = compress(in, ZSTD_e_end, out);
            if (!left)
                return left.failure();
            if (left.value() == 0)
                return {};
        }
    }

private:
    static Result<void> check(size_t code)
    {
        if (ZSTD_isError(code))
            return Error{Tr::tr("zstd: %1").arg(QString::fromUtf8(ZSTD_getErrorName(code)))};
        return {};
    }

    // One call of the streaming API, its output appended to `out`; what is left to flush.
    Result<size_t> compress(ZSTD_inBuffer &in, ZSTD_EndDirective directive, QByteArray &out)
    {
        const qsizetype before = out.size();
        out.resize(before + outputStep);
        ZSTD_outBuffer buffer{out.data() + before, size_t(outputStep), 0};
        const size_t left = ZSTD_compressStream2(m_context.get(), &buffer, &in, directive);
        out.resize(before + qsizetype(buffer.pos));
        if (auto ok = check(left); !ok)
            return ok.failure();
        return left;
    }

    struct Free
    {
        void operator()(ZSTD_CCtx *context) const { ZSTD_freeCCtx(context); }
    };
    std::unique_ptr<ZSTD_CCtx, Free> m_context;
};

class Gzip final : public StreamCompressor
{
public:
    ~Gzip() override
    {
        if (m_ready)
            deflateEnd(&m_stream);
    }

    Result<void> setUp()
    {
        // 15 + 16: a 32 KiB window with the gzip header and trailer, as gzip writes.
        if (deflateInit2(&m_stream, gzipLevel, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return Error{Tr::tr("gzip: cannot start compressing: %1").arg(message())};
        m_ready = true;
        return {};
    }

    Result<void> add(QByteArrayView text, QByteArray &out) override
    {
        return deflateAll(text, Z_NO_FLUSH, out);
    }

    Result<void> end(QByteArray &out) override { return deflateAll({}, Z_FINISH, out); }

private:
    QString message() const
    {
        return m_stream.msg ? QString::fromUtf8(m_stream.msg) : Tr::tr("unknown error");
    }

    Result<void> deflateAll(QByteArrayView text, int flush, QByteArray &out)
    {
        // zlib's API takes a non-const pointer but never writes through it.
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.data()));
        m_stream.avail_in = uInt(text.size());
        for (;;) {
            const qsizetype before = out.size();
            out.resize(before + outputStep);
            m_stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
            m_stream.avail_out = uInt(outputStep);
            const int status = deflate(&m_stream, flush);
            out.resize(before + outputStep - qsizetype(m_stream.avail_out));
            if (status == Z_STREAM_END)
                return {};
            if (status != Z_OK && status != Z_BUF_ERROR)
                return Error{Tr::tr("gzip: %1").arg(message())};
            // Everything taken and the output not full: nothing more to produce now.
            if (flush != Z_FINISH && m_stream.avail_in == 0 && m_stream.avail_out > 0)
                return {};
        }
    }

    z_stream m_stream{};
    bool m_ready = false;
};

} // namespace

Result<std::unique_ptr<StreamCompressor>> StreamCompressor::create(BackupCompression compression)
{
    switch (compression) {
    case BackupCompression::None:
        return std::unique_ptr<StreamCompressor>(std::make_unique<PassThrough>());
    case BackupCompression::Zstd: {
        auto zstd = std::make_unique<Zstd>();
        if (auto ready = zstd->setUp(); !ready)
            return ready.failure();
        return std::unique_ptr<StreamCompressor>(std::move(zstd));
    }
    case BackupCompression::Gzip: {
        auto gzip = std::make_unique<Gzip>();
        if (auto ready = gzip->setUp(); !ready)
            return ready.failure();
        return std::unique_ptr<StreamCompressor>(std::move(gzip));
    }
    }
    return Error{Tr::tr("unknown compression")};
}

} // namespace backstep
