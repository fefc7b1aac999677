#pragma once

#include "core/backuprecord.h"
#include "db/impactinspector.h"
#include "db/rollbackjournal.h"
#include "db/runownerlock.h"
#include "db/targetconnection.h"

#include <optional>

namespace backstep {

// What the server says about the statement that is running now, read from a second
// connection about once a second while it runs longer than that.
struct StatementActivity
{
    int step = -1; // index into the run's steps
    qint64 elapsedMs = 0;
    QString state;            // the process list's STATE: "Waiting for table metadata lock", ...
    QList<LockRisk> blockers; // who holds it up (connection, user, host, time, statement)
    QString problem;          // why the server could not be asked, when it could not
};

// One thing the runner reports while it works (on the runner's thread, or the watch's for
// StepActivity; the runner serializes them).
struct RollbackProgress
{
    enum class Event {
        RunStarted, // steps, settled (a resumed run has some), message: the safety net
        StepStarted,
        StepDone,
        StepFailed,
        StepSettled,
        MigrationDone,
        StepActivity, // a long statement: elapsed time, server state, blockers
    };
    Event event = Event::StepStarted;
    QString runId;
    int step = 0;
    int steps = 0;
    int settled = 0;
    RunStep detail;
    QString message;
    StatementActivity activity;
};

// A step whose effect nobody can know: a statement on a table that cannot undo it, cut off
// between being sent and its progress row. The DBA decides (mark done, or run again).
struct UndecidedStep
{
    int step = -1;     // index into the run's steps
    QString tables;    // "counters (MyISAM)"
    QString lastKnown; // what the journal recorded about its end
    bool isValid() const { return step >= 0; }
};

// How a run (or an attempt to start, resume or close one) ended, as facts: the CLI and the
// dialog word them, each with its own way to go on.
struct RollbackOutcome
{
    enum class Result {
        Done,        // every step settled (or: the run was closed as asked)
        Failed,      // a statement failed; the journal says which
        Refused,     // not started: no backup, lock held, irreversible, a decision needed, ...
        Cancelled,   // stopped by the user (between statements, or by KILL QUERY)
        Interrupted, // the connection broke in the middle of a statement or a commit
        BadInput,    // the run or the request does not make sense
    };
    enum class Reason {
        Settled,                // Done: every step settled
        Closed,                 // Done: aborted or resolved as asked
        EmptyPlan,              // BadInput
        PlanBlocked,            // Refused: `blockers`
        NotConfirmed,           // Refused: the typed name is not `database`
        NoFreshBackup,          // Refused: `detail` says why
        DatabaseLocked,         // Refused: `lockHolder`
        PreviousConnectionBusy, // Refused: the run's old connection still runs (`lockHolder`)
        AnotherRunOpen,         // Refused: `run` is open; `owner` when a process executes it
        PlanOutdated,           // Refused: the history changed since the plan was made (`detail`)
        RunOwnedElsewhere,      // Refused: `owner` executes `runId` now
        UndecidedStep,          // Refused: `undecided`; the DBA must decide
        NoSuchRun,              // BadInput
        RunNotOpen,             // BadInput: `run.status` says what it is
        NothingToSkip,          // BadInput
        NothingToDecide,        // BadInput: --mark-done / --run-again without an undecided step
        SetupFailed,            // Failed: journal, connection, lock timeouts, progress table
        StatementFailed,        // Failed at `step` with the server's `detail` and `serverError`
        JournalFailed,          // Failed: the journal could not be written after `step`
        ConnectionLost,         // Interrupted during `step`
        CommitUnanswered,       // Interrupted: the commit of steps up to `step` got no answer
        CancelledBeforeStep,    // Cancelled: nothing of `step` ran
        CancelledDuringStep,    // Cancelled: `step` was interrupted (KILL QUERY)
    };
    Result result = Result::Failed;
    Reason reason = Reason::SetupFailed;
    QString runId;
    int step = -1; // index into run.steps; words say step + 1
    int serverError = 0;
    QString detail;        // the system's own reason: the server's message, the OS error
    QStringList blockers;  // PlanBlocked
    QString database;      // the name a typed confirmation must match
    LockHolder lockHolder; // DatabaseLocked, PreviousConnectionBusy
    RunOwner owner;        // RunOwnedElsewhere, AnotherRunOpen
    UndecidedStep undecided;
    int rolledBack = 0; // StatementFailed: data statements rolled back with it
    // The run settled, but its progress table could not be removed (why).
    QString cleanupProblem;
    // The backup a restore would use: the one that guarded the run, else the newest
    // complete one of the database.
    std::optional<BackupRecord> backup;
    RollbackRun run; // the journal's record as it stands afterwards (AnotherRunOpen: that run)

    // Where the outcome's step is, for messages: "step 3 of 9 (0004, 0004_x.sql:17)".
    QString stepText() const;
};

QString outcomeName(RollbackOutcome::Result result); // "done", "failed", "refused", ...
// The result in the reader's language, for the window; outcomeName() for JSON and the journal.
QString outcomeLabel(RollbackOutcome::Result result);

// The outcome's facts in words, with no front end's commands or button names: what
// happened, where, and the system's own reason. The CLI and the dialog add how to go on.
QString describeOutcome(const RollbackOutcome &outcome);

} // namespace backstep
