#pragma once

#include "ops/rollbackrunner.h"

#include <QElapsedTimer>
#include <QSet>

namespace backstep {

class DatabaseSession;
class Journal;

// The step loop of one run, shared by a new run and a resumed one: runs the unsettled
// steps in order on the target connection, writing each to the journal before the next.
class RollbackExecutor
{
public:
    RollbackExecutor(RollbackJournal &journal, DatabaseSession &target, RollbackRun &run,
                     const Workspace &workspace, const RollbackRunner::Observer &observer,
                     const std::atomic_bool *cancel);

    RollbackOutcome runFrom(int first);

private:
    enum class StepResult { Done, Failed, Lost };
    StepResult runStatement(int index);
    StepResult runHistory(int index);
    // Before the first statement of a migration that this execution runs: what its tool
    // writes to its history before a DOWN (golang-migrate's dirty mark).
    StepResult markMigrationStarted(int index);
    // Settles the steps of the migration's own open transaction in the target, inside it.
    Result<void> markOpenBlock();
    // Data statements run in batches: one transaction, their progress rows written and
    // committed together (a round trip per statement instead of four). A batch cut off by
    // a crash or an error is rolled back whole by the server, and its statements run again.
    bool batchable(int index) const;
    StepResult runInBatch(int index);
    // Commits the open batch with its progress rows; Lost when the commit got no answer.
    StepResult flushBatch();
    // After a batch was rolled back: its statements are pending again in the journal.
    void revertBatch(const QString &why);
    RollbackOutcome finish(RollbackOutcome::Result result, const QString &message, int step = -1);
    void report(RollbackProgress::Event event, int index, const QString &message = {});
    bool journalOk(const Result<void> &written);

    RollbackJournal &m_journal;
    DatabaseSession &m_target;
    RollbackRun &m_run;
    const Workspace &m_workspace;
    const RollbackRunner::Observer &m_observer;
    const std::atomic_bool *m_cancel;
    QList<int> m_openBlock;            // steps run inside the migration's own START TRANSACTION
    QList<int> m_batch;                // data steps run in Backstep's open batch transaction
    QSet<QString> m_startedMigrations; // version + author of those marked started
    QElapsedTimer m_batchAge;
    int m_rolledBack = 0; // statements of the last batch that a failure rolled back
    QString m_journalError;
    int m_serverError = 0;
};

} // namespace backstep
