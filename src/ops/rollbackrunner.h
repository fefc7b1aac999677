#pragma once

#include "core/rollbackguard.h"
#include "core/rollbackplan.h"
#include "db/rollbackjournal.h"
#include "ops/rollbackoutcome.h"
#include "ops/workspaceloader.h"

#include <atomic>
#include <functional>

namespace backstep {

class Journal;

struct RollbackOptions
{
    // lock_wait_timeout and innodb_lock_wait_timeout of the runner's connection.
    int lockWaitTimeoutSeconds = 60;
    // Run without a fresh backup: only when `confirmDatabase` is the database's name.
    bool withoutBackup = false;
    // The database's name typed to confirm the override, a skip or a decision.
    QString confirmDatabase;
    QString journalPath; // empty: Journal::defaultPath()
    // How long a resume waits for the previous run's connection to leave the server (the
    // server finishes a statement whose client died before it notices).
    int previousConnectionWaitSeconds = 30;
    // Empty: the progress rows live in the target database while a run needs them. Else a
    // schema of Backstep's own on the same server that holds them (opt-in; see
    // TargetProgress for the privileges it needs).
    QString progressSchema;
    // The new run's id, chosen by a caller that journals it before start() creates the run
    // (the playbook: a kill between the two then leaves a run it names, or none); empty: a
    // new one. start() refuses an id the journal already holds.
    QString runId;
};

// Runs DOWN sections statement by statement on the calling thread, with a connection of its
// own, writing each step to the journal before the next starts. MySQL commits DDL
// implicitly, so every step leaves evidence in the target that a resume reads back (see
// RollbackExecutor and RunReconciler). One process owns a run while it executes it
// (RunOwnerLock); a second connection watches the running statement and interrupts it when
// the run is cancelled (StatementWatch).
class RollbackRunner
{
public:
    using Observer = std::function<void(const RollbackProgress &)>;

    // Guards (plan runnable, no other open run of the database, fresh backup or typed
    // override, the database lock, the history unchanged since the plan), then a new run in
    // the journal, then its steps.
    // A new run's id, for a caller that notes it before start() (RollbackOptions::runId).
    static QString newRunId();
    static RollbackOutcome start(const Workspace &workspace, const RollbackPlan &plan,
                                 const RollbackOptions &options, const Observer &observer = {},
                                 const std::atomic_bool *cancel = nullptr);

    enum class ResumeAction {
        Resume,   // go on from the first unsettled step (after a crash, or to retry)
        Skip,     // settle the failed step as skipped (typed database name), then go on
        MarkDone, // the undecided step took effect (typed database name), then go on
        RunAgain, // the undecided step did not take effect: run it (typed name)
    };
    // Goes on with a run from the journal. `password` is for the run's database.
    static RollbackOutcome resume(const QString &runId, const QString &password,
                                  ResumeAction action, const RollbackOptions &options,
                                  const Observer &observer = {},
                                  const std::atomic_bool *cancel = nullptr);

    // Ends a run without running anything more: aborted, or resolved by hand (e.g. after
    // restoring the backup), recorded with the note. Refused while a process executes it.
    // With the database reachable (`password`), the run's progress rows are deleted there,
    // and the progress table dropped when no run needs it any more.
    static RollbackOutcome close(const QString &runId, RollbackRun::Status status,
                                 const QString &note, const QString &password,
                                 const RollbackOptions &options = {});

    // Ends a connection that blocks the run's statement (KILL CONNECTION), after the DBA
    // typed its id; checked to be still the same connection; journaled either way.
    static Result<void> killBlocker(const QString &runId, const WorkspaceRequest &request,
                                    const LockRisk &blocker, const QString &typed,
                                    const QString &journalPath = {});

    // The newest complete backup of the workspace's database in the journal's catalog, and
    // whether it may guard a rollback now (judgeBackup): what start() checks, for the
    // preview to show beforehand.
    static BackupVerdict backupVerdict(Journal &journal, const Workspace &workspace,
                                       std::optional<BackupRecord> *backup = nullptr);
    // The backup a restore of the run would use: the one that guarded it, else the newest
    // complete one of its database; nullopt when there is none.
    static Result<std::optional<BackupRecord>> backupFor(Journal &journal, const RollbackRun &run);

    // The run's workspace request as the journal keeps it (no password).
    static QString requestToJson(const WorkspaceRequest &request);
    static Result<WorkspaceRequest> requestFromJson(const QString &json);
};

} // namespace backstep
