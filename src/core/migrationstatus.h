#pragma once

#include "core/history.h"
#include "core/migration.h"

namespace backstep {

enum class MigrationState {
    Applied,
    Pending,
    MissingFile,   // in the history, but no file for it
    Dirty,         // applied partially
    Failed,        // its tool recorded a failure
    BelowBaseline, // Flyway: at or below the baseline; never applied here, never rolled back
    Unknown,       // the history could not be read (no connection, a failed query)
};

QString stateName(MigrationState state); // as `status --json` prints it

// What identifies a migration in a history table: its version by the format's identity
// (versionKey), and for Liquibase the changeset's author too (its key is ID, AUTHOR,
// FILENAME).
QString migrationKey(MigrationFormat format, const QString &version, const QString &author);

// One row of the history view: a migration file and what the database says of it.
struct MigrationStatus
{
    QString version;
    QString name;
    MigrationState state = MigrationState::Pending;
    QDateTime appliedAt;
    // Position in the applied order (0 = first applied); -1 when not applied.
    int appliedOrder = -1;
    // The run of the tool that applied it, where the history names it (Liquibase's
    // DEPLOYMENT_ID); empty otherwise.
    QString deploymentId;
    bool reversible = false;
    QString irreversibleReason;
    int downStatementCount = 0;
    // Problems splitting the DOWN section: the statements after the first one are not
    // counted, so the count alone would understate what the file holds.
    Diagnostics downErrors;
    QString file;
    // Index into MigrationSet::migrations, -1 when the file is missing.
    int migrationIndex = -1;
};

// The version the database is at: the last applied migration (in applied order where the
// table records it, else the highest version); empty when nothing is applied.
QString latestAppliedVersion(const History &history);
// When the most recently applied row was applied; invalid when the table does not say.
QDateTime latestAppliedAt(const QList<MigrationStatus> &rows);

// Merges the folder's migrations with the database's history, in version order (in the
// files' order when the set is not version-ordered: Liquibase, Sqitch).
QList<MigrationStatus> mergeHistory(const MigrationSet &set, const History &history);
// The folder's migrations when the history could not be read: every state unknown, never
// "pending" (which would claim the database has not applied them).
QList<MigrationStatus> unknownHistory(const MigrationSet &set);

// Whether the history, read again, says the rollback of `version` is recorded: the
// version is no longer applied, and (golang-migrate) the table is not left dirty. What a
// resumed run decides a history step by.
bool rollbackRecorded(const MigrationSet &set, const History &history,
                      const QList<MigrationStatus> &rows, const QString &version);

} // namespace backstep
