#pragma once

#include "core/backuprecord.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace backstep {

// Compresses a backup's SQL text in the process itself, as it streams: zstd (level 3,
// libzstd's own worker threads, one per core, as `zstd -T0` runs) or gzip (zlib, level 6,
// as `gzip` runs), or passes it through unchanged. The output is a standard .zst or .gz
// stream that `zstd -d` and `gzip -d` read. Used from one thread at a time.
class StreamCompressor
{
public:
    virtual ~StreamCompressor() = default;
    // Appends to `out` what compressing `text` produces now (possibly nothing yet).
    virtual Result<void> add(QByteArrayView text, QByteArray &out) = 0;
    // Appends the rest of the stream and its end to `out`; nothing may be added afterwards.
    virtual Result<void> end(QByteArray &out) = 0;

    static Result<std::unique_ptr<StreamCompressor>> create(BackupCompression compression);
};

} // namespace backstep
