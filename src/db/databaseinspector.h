#pragma once

#include "core/result.h"
#include "core/serverposition.h"

#include <QList>
#include <QMap>
#include <QString>

#include <utility>

namespace backstep {

class DatabaseSession;

// What a backup records about the server at the time it starts.
struct ServerFacts
{
    QString serverVersion;
    qint64 estimatedBytes = 0; // data + index length from information_schema
    // The binary log's GTID set and position (`position`): unknown with the server's reason
    // when it cannot be read (a missing BINLOG MONITOR / REPLICATION CLIENT privilege),
    // never a silent blank; not recorded for SQLite.
    ServerPosition position;
};

// A base table and how many rows the server believes it has (information_schema's
// estimate; 0 on SQLite, which keeps none).
struct TableEstimate
{
    QString name;
    qint64 estimatedRows = 0;
};

// Read-only questions about a target database, and the few administrative statements
// that backups need (scratch databases, VACUUM INTO).
class DatabaseInspector
{
public:
    static Result<ServerFacts> facts(DatabaseSession &session);
    // The binary log's GTID set and file position now (MySQL, MariaDB); unknown with the
    // server's reason when it cannot be read (a missing privilege is not "no binary log");
    // not recorded for SQLite.
    static ServerPosition position(DatabaseSession &session);
    // An error naming the setting when the server is read-only (read_only, MySQL's
    // super_read_only): a replica, or a server kept from writes on purpose. A rollback
    // there would fail at its first statement, or, with an account allowed to write
    // anyway, change a replica behind its primary's back.
    static Result<void> refuseReadOnly(DatabaseSession &session);
    // Exact row counts (COUNT(*)) of every base table of `schema` (MySQL) or of the
    // session's database (SQLite, schema ignored). With `exactRowLimit` >= 0, MySQL tables
    // estimated above it are left out (a COUNT(*) scans the whole table); with `only`, just
    // those tables are counted, whatever their size (absent ones are left out).
    // The base tables of `schema` (MySQL) or of the session's database (SQLite), by name,
    // with their estimated rows: what every row count starts from.
    static Result<QList<TableEstimate>> baseTables(DatabaseSession &session, const QString &schema);
    // The exact row count (COUNT(*)) of one table of `schema` (SQLite: schema ignored).
    static Result<qint64> exactRowCount(DatabaseSession &session, const QString &schema,
                                        const QString &table);
    static Result<QMap<QString, qint64>> tableRowCounts(DatabaseSession &session,
                                                        const QString &schema,
                                                        qint64 exactRowLimit = -1,
                                                        const QStringList &only = {});
    static Result<void> createDatabase(DatabaseSession &session, const QString &name);
    // The same with a default character set and collation (e.g. another schema's).
    static Result<void> createDatabase(DatabaseSession &session, const QString &name,
                                       const QString &characterSet, const QString &collation);
    // A schema's default character set and collation (information_schema.SCHEMATA).
    static Result<std::pair<QString, QString>> defaultCollation(DatabaseSession &session,
                                                                const QString &schema);
    static Result<void> dropDatabase(DatabaseSession &session, const QString &name);
    // The session's sql_mode (MySQL, MariaDB); empty for SQLite. NO_BACKSLASH_ESCAPES and
    // ANSI_QUOTES change where a statement ends.
    static Result<QString> sqlMode(DatabaseSession &session);
    // SQLite: a consistent copy of the database in a new file.
    static Result<void> vacuumInto(DatabaseSession &session, const QString &path);
    // SQLite: PRAGMA integrity_check of a database file; "ok" when sound.
    static QString sqliteIntegrity(const QString &path);
};

} // namespace backstep
