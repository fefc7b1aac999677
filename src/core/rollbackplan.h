#pragma once

#include "core/migrationstatus.h"
#include "core/result.h"
#include "core/statementkind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace backstep {

// What the DBA asked to roll back.
struct RollbackTarget
{
    enum class Mode {
        Latest,    // the most recently applied migration
        Steps,     // the last `steps` applied migrations
        ToVersion, // every migration applied after `version` (which stays applied)
        Selected,  // exactly the `versions` listed
    };
    Mode mode = Mode::Latest;
    int steps = 1;
    QString version;
    QStringList versions;

    QString describe() const; // "the latest migration", "the last 3 migrations", ...
};

// One migration of a plan: its DOWN statements as they will be sent.
struct PlannedMigration
{
    QString version;
    QString name;
    QString author;
    QString file; // the file holding the DOWN section
    Statements statements;
    QList<StatementKind> kinds; // one per statement
    // SHA-256 (hex) of the DOWN statements' texts: a resumed run refuses to go on when the
    // journal's copy and the files disagree silently; it runs the journal's copy.
    QString downChecksum;
    MigrationState state = MigrationState::Applied;
    // How its tool ran the DOWN (in a transaction or not, one query or statement by
    // statement), for the preview.
    QString execution;
    // Non-empty for a migration with nothing to run (a no-op, or a rollback its author
    // declared empty): says why; its history row is still updated.
    QString noOp;
};

// One unit of execution: a DOWN statement, or the history update that ends a migration.
struct PlanStep
{
    int migration = 0;  // index into RollbackPlan::migrations
    int statement = -1; // index into its statements; -1 for the history update
    bool isHistory() const { return statement < 0; }
};

// The rollback the runner will do, most recent migration first.
struct RollbackPlan
{
    RollbackTarget target;
    QList<PlannedMigration> migrations;
    QList<PlanStep> steps;
    // Why it cannot run (an irreversible migration, a DOWN that does not parse).
    QStringList blockers;
    // What the DBA must know but that does not stop it (a selection that passes over later
    // migrations, a dirty migration, ...).
    QStringList warnings;
    // "as applied" when the history records the applied order, else "by version".
    bool appliedOrder = false;
    // The version the database will be at afterwards; empty when nothing stays applied.
    QString resultingVersion;

    bool runnable() const { return blockers.isEmpty() && !migrations.isEmpty(); }
    int statementCount() const;
};

// Builds the plan from the merged history view. Fails (bad input) when the target names
// a version that is not applied or asks for more steps than there are; a plan whose
// migrations cannot be rolled back comes back with blockers, so that it can be shown.
Result<RollbackPlan> planRollback(const MigrationSet &set, const History &history,
                                  const QList<MigrationStatus> &rows, const RollbackTarget &target);

// The applied rows, most recently applied first: the order DOWN sections run in.
QList<const MigrationStatus *> appliedNewestFirst(const QList<MigrationStatus> &rows);

// The checksum PlannedMigration::downChecksum holds.
QString statementsChecksum(const Statements &statements);

} // namespace backstep
