#pragma once

#include "core/history.h"
#include "core/migration.h"
#include "core/result.h"

namespace backstep {

class DatabaseSession;

// Records in the database's history table, in its tool's own convention, that a
// migration's DOWN section has run, so that the tool sees the migration as not applied:
//  - dbmate/Rails schema_migrations, goose goose_db_version, a custom table: the
//    version's rows are deleted (goose deletes by version_id, as `goose down` does);
//  - golang-migrate schema_migrations: the one row becomes the previous version (the
//    highest file version below it) with dirty = 0, or goes when none is left, as
//    golang-migrate's SetVersion writes it (delete, then insert, in one transaction);
//  - Flyway flyway_schema_history: a row is appended as Flyway Teams' `undo` appends
//    it: installed_rank = the highest + 1, the version and its description, type
//    'UNDO_SQL', script = the U file's name, checksum NULL, installed_by = the
//    connected user (the user part of USER()), installed_on = now, execution_time in
//    ms, success = 1. The V row stays: Flyway reads the later UNDO_SQL row as undone;
//  - Liquibase DATABASECHANGELOG: the changeset's rows are deleted by (ID, AUTHOR,
//    FILENAME), as Liquibase's rollback does.
class HistoryWriter
{
public:
    // `history` is the table as read before the rollback, `set` the migrations folder
    // (golang-migrate needs the versions below). Returns the number of rows written.
    static Result<int> recordRollback(DatabaseSession &session, const History &history,
                                      const MigrationSet &set, const Migration &migration,
                                      qint64 executionMs = 0);
};

} // namespace backstep
