#pragma once

#include "core/connectionspec.h"
#include "core/result.h"

#include <QStringList>

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

struct RestoreOutcome
{
    qint64 fed = 0; // bytes of the file fed
    // What of the dump was not run, "FILE:LINE: why" each (GtidDumpFilter: a DBA-made
    // mysqldump's GTID_PURGED and SQL_LOG_BIN statements); for the report and the window.
    QStringList removed;
};

// Feeds a backup to the `mariadb` client (through zstd/gzip when compressed) with the
// password in a private option file, reporting progress by bytes fed, mysqldump's GTID
// statements left out (GtidDumpFilter) and named in the outcome. For SQLite, puts
// the copy in place of the database file. Blocking: call it on a worker thread.
class DumpRestorer
{
public:
    using Progress = std::function<void(qint64 fed, qint64 total)>;
    static Result<RestoreOutcome> restore(const RestoreRequest &request,
                                          const Progress &progress = {},
                                          const std::atomic_bool *cancel = nullptr);
};

} // namespace backstep
