#pragma once

#include "core/connectionspec.h"
#include "core/result.h"

#include <atomic>
#include <functional>

namespace backstep {

struct RestoreRequest
{
    ConnectionSpec connection;
    QString password;
    QString file;         // a .sql, .sql.gz or .sql.zst dump, or a SQLite copy
    QString intoDatabase; // MySQL: the database to restore into; empty = the connection's
};

// Feeds a backup to the `mariadb` client (through zstd/gzip when compressed) with the
// password in a private option file, reporting progress by bytes fed. For SQLite, puts
// the copy in place of the database file. Blocking: call it on a worker thread.
class DumpRestorer
{
public:
    using Progress = std::function<void(qint64 fed, qint64 total)>;
    // The number of bytes fed.
    static Result<qint64> restore(const RestoreRequest &request, const Progress &progress = {},
                                  const std::atomic_bool *cancel = nullptr);
};

} // namespace backstep
