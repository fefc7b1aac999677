#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace backstep {

// Which migration tool's history table a database carries.
enum class HistoryStyle {
    None,          // no history table found: nothing is applied
    Dbmate,        // schema_migrations(version), a row per applied version (also Rails)
    GolangMigrate, // schema_migrations(version, dirty), one row: the current version
    Goose,         // goose_db_version(id, version_id, is_applied, tstamp)
    Flyway,        // flyway_schema_history(installed_rank, version, type, success, ...)
    Liquibase,     // DATABASECHANGELOG(ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, ...)
    SqlMigrate,    // gorp_migrations(id = the file name, applied_at)
    Sqitch,        // the registry database's changes (and events, tags, dependencies)
    DbMigrate,     // migrations(id, name = "/<file name without .js>", run_on)
    Custom,        // a table named by the user: a row per applied version
};

// Which history table to read when the user says: a table name (its tool found from its
// columns), or with versionColumn a table of the user's own with a row per applied
// version (and appliedAtColumn, when given, for the applied order).
struct HistoryTableChoice
{
    QString table;
    QString versionColumn;
    QString appliedAtColumn;
};

QString historyStyleName(HistoryStyle style);

struct AppliedMigration
{
    QString version;
    QDateTime appliedAt; // invalid when the table does not record it
    bool dirty = false;  // applied partially (golang-migrate's dirty flag)
    bool failed = false; // recorded as failed by its tool
    QString author;      // Liquibase: the changeset's AUTHOR
    QString script;      // Liquibase: FILENAME; Flyway: script
    // The row's own key where it is not the version: Sqitch's change_id, db-migrate's name.
    QString recordId;
    // Liquibase: DEPLOYMENT_ID, one value for every changeset one `update` applied (empty
    // in tables of an older Liquibase (3.1 had none), and for the other tools).
    QString deploymentId;
};

// What a database's history table says, read once.
struct History
{
    HistoryStyle style = HistoryStyle::None;
    QString table;
    // Rows in the order the migrations were applied when the table records that order
    // (recordsAppliedOrder), else in version order.
    QList<AppliedMigration> applied;
    bool recordsAppliedOrder = false;
    // golang-migrate keeps only the current version: every version up to it is applied.
    bool currentVersionOnly = false;
    // Custom tables: the columns the user named.
    QString versionColumn;
    QString appliedAtColumn;
    // golang-migrate: the one row says dirty (a migration, or its rollback, stopped half-way);
    // with no version left (-1) nothing is applied and it is still dirty.
    bool dirty = false;
    // Flyway: the version a BASELINE row set; migrations up to it are "below baseline":
    // never applied here, never rolled back.
    QString baselineVersion;
    // The tool's own bookkeeping tables besides the history (Liquibase's
    // DATABASECHANGELOGLOCK, ...), as `table` or `database.table`: never the application's.
    QStringList toolTables;
    // Liquibase: DATABASECHANGELOGLOCK holds LOCKED=1: "by <LOCKEDBY> since <LOCKGRANTED>".
    QString lockedBy;
};

} // namespace backstep
