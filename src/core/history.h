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
};

QString historyStyleName(HistoryStyle style);

struct AppliedMigration
{
    QString version;
    QDateTime appliedAt; // invalid when the table does not record it
    bool dirty = false;  // applied partially (golang-migrate's dirty flag)
    bool failed = false; // recorded as failed by its tool
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
};

} // namespace backstep
