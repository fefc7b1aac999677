#pragma once

#include "core/history.h"
#include "core/migration.h"
#include "core/result.h"

class QSqlDatabase;

namespace backstep {

// Finds the database's migration history table among the known tools' tables
// (goose_db_version, schema_migrations of dbmate/Rails or golang-migrate,
// flyway_schema_history, DATABASECHANGELOG), or takes the one the user chose, and reads
// it in that tool's convention. Which tool a table belongs to is told by its columns, so
// a renamed table (dbmate --migrations-table, Flyway `table`) reads the same.
class HistoryReader
{
public:
    // `tool`: what the migrations folder says of a history that lives elsewhere (Sqitch's
    // registry database and project, from sqitch.conf and sqitch.plan).
    static Result<History> read(QSqlDatabase &database, const HistoryTableChoice &choice = {},
                                const ToolSettings &tool = {});
};

} // namespace backstep
