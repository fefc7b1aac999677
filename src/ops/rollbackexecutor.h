#pragma once

#include "core/failpoint.h"
#include "db/targetconnection.h"
#include "db/targetevidence.h"
#include "ops/rollbackrunner.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <memory>

namespace backstep {

class DatabaseSession;
class StatementWatch;

// The step loop of one run, shared by a new run and a resumed one: runs the unsettled steps
// in order on the target connection, writing each to the journal before the next. How a
// step runs is decided when it starts and journaled with it (RunStep::Mode), because that
// is what a resume may believe about it:
//  - data statements on transactional tables run in batches: one transaction of Backstep's
//    own, their progress rows committed with them;
//  - a statement on a table that cannot undo it (MyISAM, Aria, MEMORY, ...) or that may do
//    anything (CALL) runs alone, its progress row committed right after it;
//  - schema statements have the schema's fingerprint journaled (synced) before they go;
//  - the migration's own START TRANSACTION ... COMMIT gets its progress rows before COMMIT;
//  - session statements are journaled and applied again on a resumed run's connection.
class RollbackExecutor
{
public:
    RollbackExecutor(RollbackJournal &journal, DatabaseSession &target, TargetProgress &progress,
                     RollbackRun &run, const Workspace &workspace,
                     const RollbackRunner::Observer &observer, const std::atomic_bool *cancel,
                     StatementWatch *watch);
    ~RollbackExecutor();

    RollbackOutcome runFrom(int first);

private:
    enum class StepResult { Done, Failed, Lost, Cancelled };
    RunStep::Mode modeOf(int index);
    StepResult runStep(int index, RunStep::Mode mode);
    StepResult runBatched(int index);
    StepResult runInOwnTransaction(int index, RunStep::Mode mode);
    StepResult runTransactionControl(int index);
    StepResult runAlone(int index);
    StepResult runSchema(int index);
    StepResult runSession(int index);
    StepResult runHistory(int index);

    // Before the first statement of a migration that this execution runs: what its tool
    // writes to its history before a DOWN (golang-migrate's dirty mark).
    StepResult markMigrationStarted(int index);
    // The prologue every statement shares: the journal says it runs (synced or not), the
    // observer hears of it. False when the journal could not be written.
    bool beginStep(int index, RunStep::Mode mode, bool synced, const QString &fingerprint = {});
    // Sends the step's statement, with the watch looking on; times it.
    ExecOutcome send(int index);
    // The epilogue: done in the journal, or why not.
    StepResult finishStep(int index, const ExecOutcome &out);
    StepResult finishDone(int index);
    // Backstep's own statement (a progress row) failed: lost when the connection is gone.
    ExecOutcome bookkeepingFailure(const QString &message);

    // Commits the open batch with its progress rows; Lost when the commit got no answer.
    StepResult flushBatch();
    // After a batch was rolled back: its statements are pending again in the journal.
    void revertBatch(const QString &why);
    // Before the run stops with the migration's own transaction open: the server rolls it
    // back, so its statements are pending again.
    void abandonOwnTransaction(const QString &why);
    // Whether every table the statement writes keeps its changes in a transaction.
    bool onTransactionalTables(const QStringList &tables, QString *why);
    void failpoint(Failpoint point, int index);

    RollbackOutcome finish(RollbackOutcome::Result result, RollbackOutcome::Reason reason,
                           int step = -1, const QString &detail = {});
    void report(RollbackProgress::Event event, int index, const QString &message = {});
    bool journalOk(const Result<void> &written);

    RollbackJournal &m_journal;
    DatabaseSession &m_target;
    TargetConnection m_connection;
    TargetProgress &m_progress;
    RollbackRun &m_run;
    const Workspace &m_workspace;
    const RollbackRunner::Observer &m_observer;
    const std::atomic_bool *m_cancel;
    StatementWatch *m_watch;
    // Backstep's own batch transaction, and the data steps run in it.
    std::unique_ptr<TargetTransaction> m_batchTransaction;
    QList<int> m_batch;
    QSet<QString> m_startedMigrations; // version + author of those marked started
    QElapsedTimer m_batchAge;
    // Steps run inside the migration's own START TRANSACTION (which `m_ownTransaction` says
    // is open), whose progress rows go in before its COMMIT.
    bool m_ownTransaction = false;
    QList<int> m_ownBlock;
    // Storage engines of the tables seen so far; forgotten after every schema statement.
    QHash<QString, TableEngines::Facts> m_engines;
    int m_rolledBack = 0; // statements of the last batch that a failure rolled back
    QString m_journalError;
    int m_serverError = 0;
};

} // namespace backstep
