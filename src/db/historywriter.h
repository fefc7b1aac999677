#pragma once

#include "core/history.h"
#include "core/migration.h"
#include "core/result.h"

namespace backstep {

class DatabaseSession;

// Records in the database's history, in its tool's own convention (docs/formats.md), that
// a migration's DOWN section is being or has been run, so that the tool sees what Backstep
// did as it would have done it itself:
//  - dbmate/Rails schema_migrations: the row whose version is the file's digit string,
//    exactly, is deleted; goose goose_db_version: the version's rows (by version_id);
//    sql-migrate gorp_migrations: the row whose id is the file name; a custom table: the
//    version's rows;
//  - golang-migrate schema_migrations: golang-migrate marks the target dirty BEFORE it runs
//    a DOWN and clean after, so that a crash half-way shows: recordRollbackStart() writes
//    (previous version, dirty = 1), or (-1, dirty = 1) for the first migration;
//    recordRollback() writes (previous, 0), or leaves the table empty; each as
//    golang-migrate's SetVersion (delete, then insert, in one transaction), holding
//    golang-migrate's own advisory lock (GET_LOCK of its lock id) while it writes;
//  - Flyway flyway_schema_history: a row is appended as Flyway Teams' `undo` appends it:
//    installed_rank = the highest + 1, the version and its description, type 'UNDO_SQL',
//    script = the U file's name, checksum NULL, installed_by = the connected user (the user
//    part of USER()), installed_on = now, execution_time in ms, success = 1;
//  - Liquibase DATABASECHANGELOG: the changeset's rows are deleted by (ID, AUTHOR, FILENAME);
//  - db-migrate migrations: the row with the stored name is deleted (and the bare name's,
//    as db-migrate does without a scope);
//  - Sqitch: as `sqitch revert` logs a change (log_revert_change): its tags, dependencies
//    and changes rows deleted, an `events` row 'revert' inserted with the deleted tags,
//    requires and conflicts, the committer from SQITCH_FULLNAME / SQITCH_EMAIL (else the
//    system user), committed_at = utc_timestamp(6), in one transaction, holding Sqitch's
//    own lock (GET_LOCK('sqitch working on <database>')).
class HistoryWriter
{
public:
    // Before a migration's first DOWN statement: what its tool writes before it runs one
    // (golang-migrate's dirty mark). Returns the rows written (0 for the other tools).
    static Result<int> recordRollbackStart(DatabaseSession &session, const History &history,
                                           const MigrationSet &set, const Migration &migration);
    // After the last one. `history` is the table as read before the rollback, `set` the
    // migrations folder (golang-migrate needs the versions below). Returns the number of
    // rows written.
    static Result<int> recordRollback(DatabaseSession &session, const History &history,
                                      const MigrationSet &set, const Migration &migration,
                                      qint64 executionMs = 0);
    // golang-migrate's advisory lock id for `database` and its history table: CRC-32 of
    // "<database>:<table>" times its salt, as golang-migrate computes it.
    static QString golangMigrateLockId(const QString &database, const QString &table);
};

} // namespace backstep
