#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace backstep {

class DatabaseSession;

// What a table holds now: what dropping or rebuilding it would cost.
struct TableFacts
{
    QString table; // as asked for
    bool exists = false;
    QString engine; // empty for a view
    // Exact COUNT(*) when the estimate is at most the exact-row limit, else the estimate
    // of information_schema.TABLES (rowsEstimated); -1 for a view or a missing table.
    qint64 rows = -1;
    bool rowsEstimated = false;
    qint64 dataBytes = 0;
    qint64 indexBytes = 0;
};

// What a column holds now: what dropping it would lose.
struct ColumnFacts
{
    QString table;
    QString column;
    bool exists = false;
    QString type;            // COLUMN_TYPE, e.g. "varchar(255)"
    qint64 nonNullRows = -1; // COUNT(column); -1 when not counted (missing, or a big table)
};

// Another connection that may block or be blocked by the plan.
struct LockRisk
{
    QString table; // empty: not known or the whole server (a global read lock)
    QString kind;  // "open transaction", "metadata lock", "running statement"
    qint64 connectionId = 0;
    QString user;
    QString host;
    qint64 seconds = 0; // age of the transaction, time in the statement or lock
    QString detail;     // the statement, or the transaction's state
};

// Read-only questions the rollback preview asks before anything runs. Tables are in the
// session's database unless qualified ("schema.table").
class ImpactInspector
{
public:
    // One set-based query on information_schema.TABLES for all tables, then COUNT(*) only
    // for those estimated at no more than exactRowLimit rows (negative: never count).
    // SQLite: sqlite_master and COUNT(*); sizes from dbstat when SQLite has it, else 0.
    static Result<QList<TableFacts>> tableFacts(DatabaseSession &session, const QStringList &tables,
                                                qint64 exactRowLimit = 1000000);
    // One query on information_schema.COLUMNS, then one COUNT(a), COUNT(b), ... per table
    // estimated at no more than exactRowLimit rows. SQLite: pragma_table_info.
    static Result<QList<ColumnFacts>> columnFacts(DatabaseSession &session,
                                                  const QList<QPair<QString, QString>> &columns,
                                                  qint64 exactRowLimit = 1000000);
    // Other connections' open transactions (INNODB_TRX with PROCESSLIST), their metadata
    // locks on the tables (MariaDB: METADATA_LOCK_INFO, when the plugin is installed;
    // MySQL: performance_schema.metadata_locks) and running statements that name the
    // tables (PROCESSLIST); never the session's own connection. Without the metadata
    // locks the tables a transaction holds are not known: it is reported
    // with an empty table and a detail that says so. MariaDB refreshes its INNODB_TRX
    // snapshot only when it was last read more than 0.1 s ago: callers that poll must
    // wait longer than that between calls. SQLite: always empty.
    static Result<QList<LockRisk>> lockRisks(DatabaseSession &session, const QStringList &tables);
    // True when other connections' metadata locks can be read: MariaDB's metadata_lock_info
    // plugin is installed, or MySQL's performance_schema records metadata locks (its
    // default).
    static bool canReadMetadataLocks(DatabaseSession &session);
};

} // namespace backstep
