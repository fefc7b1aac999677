#pragma once

#include "core/playbook.h"
#include "core/result.h"
#include "core/rollbackplan.h"
#include "ops/workspaceloader.h"

#include <QStringList>

#include <atomic>

namespace backstep {

class DatabaseSession;
struct PlaybookSetup;

// What the playbook's data steps (back up, rehearse, roll back, verify) share: the
// workspace as the database holds it now, planned for the run's target, and the tables
// the plan touches or leaves alone. Each step reads it again (a resumed step may run in a
// new process), never from another step's memory.
struct PlaybookPlanned
{
    Workspace workspace;
    RollbackPlan plan;
};

// The folder and the history read now, and the setup's target planned on them. Fails when
// the database cannot be read or the target does not fit the history.
Result<PlaybookPlanned> planPlaybookTarget(const PlaybookSetup &setup,
                                           const std::atomic_bool *cancel = nullptr);

// The tables the plan touches, as the database names them: the identify step's
// `plannedTables` ("db.table") when it recorded them, else the plan's own. A table of
// another schema is left out (it is not in this database).
QStringList playbookTouchedTables(const PlaybookRun &run, const RollbackPlan &plan,
                                  const QString &database);

// The tables whose data a targeted backup holds: `touched` and the history's (with the
// tool's own tables) where they live in `database`: a copy restored without the history's
// rows has nothing applied, so it could neither be rolled back nor say where it stands.
QStringList targetedBackupTables(const QStringList &touched, const History &history,
                                 const QString &database);

// The base tables of the session's database the plan does not touch, sorted: the ones
// whose checksums prove that nothing else changed. Left out besides: the history table and
// the tool's own tables (the rollback writes them), and Backstep's progress table.
Result<QStringList> playbookUntouchedTables(DatabaseSession &session, const QStringList &touched,
                                            const History &history);

} // namespace backstep
