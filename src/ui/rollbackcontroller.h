#pragma once

#include "core/rollbackguard.h"
#include "core/rollbackplan.h"
#include "ops/rollbackpreview.h"
#include "ops/rollbackrunner.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace backstep {

class WorkspaceController;

// Where a rollback stopped at a statement's error: what the editor marks.
struct RollbackFailure
{
    QString runId;
    QString version;
    QString file;
    int line = 0;
    QString message;
    bool isValid() const { return !runId.isEmpty(); }
};

// A run of the journal as the dialog shows it: its record and the backup a restore would use.
struct LoadedRun
{
    RollbackRun run;
    std::optional<BackupRecord> backup;
    QString problem; // the journal could not be read
};

// The rollback flow's work, on the GUI thread: plans from the open workspace, and runs
// everything that touches the journal or a database on worker threads (each opens its own
// connection and journal): the backup verdict, loading a run, RollbackRunner::start /
// resume / close, killing a blocker. It republishes the runner's progress here. After each
// migration is rolled back it asks the workspace to reload, so the history view follows.
class RollbackController : public QObject
{
    Q_OBJECT
public:
    explicit RollbackController(WorkspaceController *workspaces, QObject *parent = nullptr);
    // A run still going is cancelled (its statement interrupted by KILL QUERY) and waited
    // for; the window asks before it gets here (RunCloseGuard).
    ~RollbackController() override;

    bool hasWorkspace() const;
    QString databaseName() const;
    QString databaseUrl() const;
    bool isSqlite() const;
    // The applied versions, most recently applied first.
    QStringList appliedVersions() const;
    Result<RollbackPlan> plan(const RollbackTarget &target) const;

    // The newest complete backup of the database, judged against its current version, on a
    // worker: answers with verdictReady.
    void judgeBackup();
    // A run of the journal with the backup a restore would use, on a worker: answers with
    // runLoaded.
    void loadRun(const QString &runId);

    // From start/resume until `finished` is emitted (the worker may be done a little earlier).
    bool isRunning() const { return m_running; }
    // Since cancel() until the run ends.
    bool isCancelling() const { return m_running && m_cancel && m_cancel->load(); }
    void start(const RollbackPlan &plan, bool withoutBackup, const QString &confirmDatabase);
    // Goes on with a run of the open workspace's database (retry, resume, skip the failed
    // step, or decide an undecided one, with the typed database name).
    void resume(const QString &runId, RollbackRunner::ResumeAction action,
                const QString &confirmDatabase = {});
    // Stops the run: the running statement is interrupted at once (KILL QUERY from a second
    // connection), nothing after it starts.
    void cancel();
    // Ends a run without running anything more (aborted, or resolved by hand), on a worker:
    // answers with closeFinished (and runClosed when it is closed). Fails at once only when
    // a rollback is running here.
    Result<void> close(const QString &runId, RollbackRun::Status status, const QString &note);
    // Ends a connection that blocks the running statement, after its id was typed, on a
    // worker: answers with blockerKillFinished.
    void killBlocker(const LockRisk &blocker, const QString &typedId);
    // Looks for runs of the open database that can still go on, on a worker thread.
    void checkUnfinished();
    // Asks the database what the plan destroys and who may block it, on a worker thread
    // with a connection of its own (read-only); answers with previewReady.
    void inspect(const RollbackPlan &plan);

    const std::optional<RollbackOutcome> &lastOutcome() const { return m_outcome; }
    const RollbackFailure &failure() const { return m_failure; }
    int settledSteps() const { return m_settled; }
    int totalSteps() const { return m_total; }
    QString runningRunId() const { return m_runId; }

    // Test hooks: the lock wait timeout and how long a resume waits for the old connection.
    void setOptions(const RollbackOptions &options) { m_options = options; }

Q_SIGNALS:
    void runStarted(const QString &runId, int steps, const QString &safety);
    void stepStarted(int index, int steps, const RunStep &step);
    // Done, failed, cancelled or skipped: step.status says which; `message` is the
    // server's on failure.
    void stepFinished(int index, int steps, const RunStep &step, const QString &message);
    // A statement running for more than a second: what the server says about it.
    void stepActivity(int index, const StatementActivity &activity);
    void progressChanged(int settled, int total);
    void migrationDone(const QString &version, const QString &message);
    void finished(const RollbackOutcome &outcome);
    void failureChanged();
    void unfinishedRunsFound(const QList<RollbackRun> &runs);
    // The journal could not be read or written: what failed, in words.
    void journalProblem(const QString &message);
    void previewReady(const RollbackPreview &preview);
    void verdictReady(const BackupVerdict &verdict);
    void runLoaded(const LoadedRun &loaded);
    void closeFinished(const RollbackOutcome &outcome);
    void runClosed(const QString &runId, RollbackRun::Status status);
    void blockerKillFinished(qint64 connectionId, const QString &problem);
    void busyChanged(bool busy);
    // Where the rollback began and ended, for the followed logs.
    void actionMark(const QString &text);

private:
    using Work =
        std::function<RollbackOutcome(const RollbackRunner::Observer &, const std::atomic_bool *)>;
    void runInBackground(Work work);
    void handleProgress(const RollbackProgress &progress);
    void finishRun();
    void finishClose();
    void setFailure(RollbackFailure failure);

    WorkspaceController *m_workspaces;
    RollbackOptions m_options;
    QFutureWatcher<RollbackOutcome> m_watcher;
    QFutureWatcher<Result<QList<RollbackRun>>> m_unfinished;
    QFutureWatcher<RollbackPreview> m_preview;
    QFutureWatcher<BackupVerdict> m_verdict;
    QFutureWatcher<LoadedRun> m_loaded;
    QFutureWatcher<RollbackOutcome> m_closing;
    QFutureWatcher<Result<void>> m_killing;
    std::optional<RollbackPlan> m_pendingPreview;
    bool m_verdictAgain = false;
    QString m_loadAgain;
    qint64 m_killingId = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<RollbackOutcome> m_outcome;
    RollbackFailure m_failure;
    QString m_runId;
    bool m_running = false;
    bool m_recheck = false;
    // Bumped when a run starts and ends: a check for unfinished runs begun in another
    // epoch may describe a run that has moved on since.
    int m_runEpoch = 0;
    int m_checkEpoch = 0;
    int m_settled = 0;
    int m_total = 0;
};

} // namespace backstep
