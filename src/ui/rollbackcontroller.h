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

class Journal;
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

// The rollback flow's work, on the GUI thread: plans from the open workspace, judges the
// newest backup, runs RollbackRunner::start / resume on a worker thread (each opens its
// own connection and journal) and republishes its progress here. After each migration is
// rolled back it asks the workspace to reload, so the history view follows.
class RollbackController : public QObject
{
    Q_OBJECT
public:
    explicit RollbackController(WorkspaceController *workspaces, QObject *parent = nullptr);
    // Cancels a run between two statements and waits for it to stop.
    ~RollbackController() override;

    bool hasWorkspace() const;
    QString databaseName() const;
    QString databaseUrl() const;
    bool isSqlite() const;
    // The applied versions, most recently applied first.
    QStringList appliedVersions() const;
    Result<RollbackPlan> plan(const RollbackTarget &target) const;

    // The newest complete backup of the database, judged against its current version.
    BackupVerdict backupVerdict();
    // The backup that guarded the run, else the newest complete one.
    // The backup that guarded the run (or the newest complete one); nullopt: there is none.
    Result<std::optional<BackupRecord>> backupFor(const QString &runId);
    Result<RollbackRun> loadRun(const QString &runId);

    // From start/resume until `finished` is emitted (the worker may be done a little earlier).
    bool isRunning() const { return m_running; }
    void start(const RollbackPlan &plan, bool withoutBackup, const QString &confirmDatabase);
    // Goes on with a run of the open workspace's database (retry, resume, or skip the failed
    // step with the typed database name).
    void resume(const QString &runId, RollbackRunner::ResumeAction action,
                const QString &confirmDatabase = {});
    void cancel();
    // Ends a run without running anything more (aborted, or resolved by hand).
    Result<void> close(const QString &runId, RollbackRun::Status status, const QString &note);
    // Looks for runs of the open database that can still go on, on a worker thread.
    void checkUnfinished();
    // Asks the database what the plan destroys and who may block it, on a worker thread
    // with a connection of its own (read-only); answers with previewReady.
    void inspect(const RollbackPlan &plan);

    const std::optional<RollbackOutcome> &lastOutcome() const { return m_outcome; }
    const RollbackFailure &failure() const { return m_failure; }
    int settledSteps() const { return m_settled; }
    int totalSteps() const { return m_total; }

    // Test hooks: the lock wait timeout and how long a resume waits for the old connection.
    void setOptions(const RollbackOptions &options) { m_options = options; }

Q_SIGNALS:
    void runStarted(const QString &runId, int steps, const QString &safety);
    void stepStarted(int index, int steps, const RunStep &step);
    // Done, failed or skipped: step.status says which; `message` is the server's on failure.
    void stepFinished(int index, int steps, const RunStep &step, const QString &message);
    void progressChanged(int settled, int total);
    void migrationDone(const QString &version, const QString &message);
    void finished(const RollbackOutcome &outcome);
    void failureChanged();
    void unfinishedRunsFound(const QList<RollbackRun> &runs);
    // The journal could not be read or written: what failed, in words.
    void journalProblem(const QString &message);
    void previewReady(const RollbackPreview &preview);
    void runClosed(const QString &runId, RollbackRun::Status status);
    void busyChanged(bool busy);
    // Where the rollback began and ended, for the followed logs.
    void actionMark(const QString &text);

private:
    using Work =
        std::function<RollbackOutcome(const RollbackRunner::Observer &, const std::atomic_bool *)>;
    void runInBackground(Work work);
    void handleProgress(const RollbackProgress &progress);
    void finishRun();
    void setFailure(RollbackFailure failure);
    Journal *journal();

    WorkspaceController *m_workspaces;
    RollbackOptions m_options;
    QFutureWatcher<RollbackOutcome> m_watcher;
    QFutureWatcher<Result<QList<RollbackRun>>> m_unfinished;
    QFutureWatcher<RollbackPreview> m_preview;
    std::optional<RollbackPlan> m_pendingPreview;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<RollbackOutcome> m_outcome;
    RollbackFailure m_failure;
    std::unique_ptr<Journal> m_journal;
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
