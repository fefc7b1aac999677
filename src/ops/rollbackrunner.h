#pragma once

#include "core/rollbackguard.h"
#include "core/rollbackplan.h"
#include "db/rollbackjournal.h"
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
    QString confirmDatabase;
    QString journalPath; // empty: Journal::defaultPath()
    // How long a resume waits for the previous run's connection to leave the server.
    int previousConnectionWaitSeconds = 30;
};

// One thing the runner reports while it works (on the runner's thread).
struct RollbackProgress
{
    enum class Event { RunStarted, StepStarted, StepDone, StepFailed, StepSettled, MigrationDone };
    Event event = Event::StepStarted;
    QString runId;
    int step = 0;
    int steps = 0;
    RunStep detail;
    QString message;
};

struct RollbackOutcome
{
    enum class Result {
        Done,        // every step settled
        Failed,      // a statement failed; the journal says which
        Refused,     // not started: no backup, lock held, irreversible, ...
        Cancelled,   // stopped between two statements
        Interrupted, // the connection broke in the middle of a statement
        BadInput,    // the run or the request does not make sense
    };
    Result result = Result::Failed;
    QString runId;
    QString message;
    int failedStep = -1; // index into run.steps
    int serverError = 0;
    RollbackRun run; // the journal's record as it stands afterwards
};

QString outcomeName(RollbackOutcome::Result result); // "done", "failed", "refused", ...

// Runs DOWN sections statement by statement on the calling thread, with a connection of its
// own, writing each step to the journal before the next starts. MySQL commits DDL
// implicitly, so every step leaves evidence in the target that a resume reads back: data
// statements commit together with a row in backstep_rollback_progress, schema statements
// are decided by the schema fingerprint taken just before them, session statements are
// applied again on the new connection, history updates by reading the history.
class RollbackRunner
{
public:
    using Observer = std::function<void(const RollbackProgress &)>;

    // Guards (plan runnable, fresh backup or typed override, the database lock), then a new
    // run in the journal, then its steps.
    static RollbackOutcome start(const Workspace &workspace, const RollbackPlan &plan,
                                 const RollbackOptions &options, const Observer &observer = {},
                                 const std::atomic_bool *cancel = nullptr);

    enum class ResumeAction {
        Resume, // go on from the first unsettled step (after a crash, or to retry a failed one)
        Skip,   // settle the failed step as skipped (needs the typed database name), then go on
    };
    // Goes on with a run from the journal. `password` is for the run's database.
    static RollbackOutcome resume(const QString &runId, const QString &password,
                                  ResumeAction action, const RollbackOptions &options,
                                  const Observer &observer = {},
                                  const std::atomic_bool *cancel = nullptr);

    // Ends a run without running anything more: aborted, or resolved by hand (e.g. after
    // restoring the backup). Recorded with the note.
    static Result<void> close(const QString &runId, RollbackRun::Status status, const QString &note,
                              const QString &journalPath = {});

    // The newest complete backup of the workspace's database in the journal's catalog, and
    // whether it may guard a rollback now (judgeBackup): what start() checks, for the
    // preview to show beforehand.
    static BackupVerdict backupVerdict(Journal &journal, const Workspace &workspace,
                                       std::optional<BackupRecord> *backup = nullptr);

    // The run's workspace request as the journal keeps it (no password).
    static QString requestToJson(const WorkspaceRequest &request);
    static Result<WorkspaceRequest> requestFromJson(const QString &json);
};

} // namespace backstep
