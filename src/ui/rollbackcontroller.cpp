#include "ui/rollbackcontroller.h"

#include "db/databasesession.h"
#include "db/journal.h"
#include "db/rollbackjournal.h"
#include "ui/workspacecontroller.h"

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace backstep {

RollbackController::RollbackController(WorkspaceController *workspaces, QObject *parent)
    : QObject(parent)
    , m_workspaces(workspaces)
{
    connect(&m_watcher, &QFutureWatcher<RollbackOutcome>::finished, this,
            &RollbackController::finishRun);
    connect(&m_closing, &QFutureWatcher<RollbackOutcome>::finished, this,
            &RollbackController::finishClose);
    connect(&m_unfinished, &QFutureWatcher<Result<QList<RollbackRun>>>::finished, this, [this] {
        if (m_unfinished.isCanceled() || m_unfinished.future().resultCount() == 0)
            return;
        // Asked again while this one ran, or a run started or ended since: its answer may
        // be stale already (a run still "running" that has just finished).
        if (std::exchange(m_recheck, false) || m_checkEpoch != m_runEpoch) {
            if (!isRunning())
                checkUnfinished();
            return;
        }
        const Result<QList<RollbackRun>> found = m_unfinished.result();
        if (!found) {
            Q_EMIT journalProblem(found.error());
            return;
        }
        const QList<RollbackRun> &runs = found.value();
        // A run that stopped at an error in an earlier session: the editor marks it too.
        if (!isRunning() && !m_failure.isValid() && !runs.isEmpty() &&
            runs.first().status == RollbackRun::Status::Failed) {
            const RollbackRun &run = runs.first();
            const int next = run.nextStep();
            if (next < run.steps.size()) {
                const RunStep &step = run.steps[next];
                setFailure({run.id, step.version, step.file, step.line,
                            step.error.isEmpty() ? run.error : step.error});
            }
        }
        Q_EMIT unfinishedRunsFound(runs);
    });
    connect(&m_preview, &QFutureWatcher<RollbackPreview>::finished, this, [this] {
        if (m_pendingPreview) {
            // The plan changed while this one was inspected: its answer is not wanted.
            const RollbackPlan plan = *std::exchange(m_pendingPreview, std::nullopt);
            inspect(plan);
            return;
        }
        if (m_preview.future().resultCount() > 0)
            Q_EMIT previewReady(m_preview.result());
    });
    connect(&m_verdict, &QFutureWatcher<BackupVerdict>::finished, this, [this] {
        if (std::exchange(m_verdictAgain, false)) {
            judgeBackup();
            return;
        }
        if (m_verdict.future().resultCount() > 0)
            Q_EMIT verdictReady(m_verdict.result());
    });
    connect(&m_loaded, &QFutureWatcher<LoadedRun>::finished, this, [this] {
        if (!m_loadAgain.isEmpty()) {
            loadRun(std::exchange(m_loadAgain, QString()));
            return;
        }
        if (m_loaded.future().resultCount() == 0)
            return;
        const LoadedRun loaded = m_loaded.result();
        if (!loaded.problem.isEmpty())
            Q_EMIT journalProblem(loaded.problem);
        Q_EMIT runLoaded(loaded);
    });
    connect(&m_killing, &QFutureWatcher<Result<void>>::finished, this, [this] {
        if (m_killing.future().resultCount() == 0)
            return;
        const Result<void> killed = m_killing.result();
        Q_EMIT blockerKillFinished(m_killingId, killed ? QString() : killed.error());
    });
}

RollbackController::~RollbackController()
{
    // The watch interrupts the running statement as soon as the flag is up: the wait below
    // is for the runner to write the journal, not for a lock or a long ALTER.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
    m_unfinished.waitForFinished();
    m_preview.waitForFinished();
    m_verdict.waitForFinished();
    m_loaded.waitForFinished();
    m_closing.waitForFinished();
    m_killing.waitForFinished();
}

bool RollbackController::hasWorkspace() const
{
    return m_workspaces->hasWorkspace();
}

QString RollbackController::databaseName() const
{
    return m_workspaces->workspace().request.connection.databaseName();
}

QString RollbackController::databaseUrl() const
{
    return m_workspaces->workspace().request.connection.url();
}

bool RollbackController::isSqlite() const
{
    return m_workspaces->workspace().request.connection.engine == ConnectionSpec::Engine::Sqlite;
}

QStringList RollbackController::appliedVersions() const
{
    return m_workspaces->workspace().appliedVersions();
}

Result<RollbackPlan> RollbackController::plan(const RollbackTarget &target) const
{
    const Workspace &workspace = m_workspaces->workspace();
    if (!workspace.databaseError.isEmpty())
        return Error{tr("the database cannot be read: %1").arg(workspace.databaseError)};
    return planRollback(workspace.migrations, workspace.history, workspace.rows, target);
}

void RollbackController::judgeBackup()
{
    if (!hasWorkspace())
        return;
    if (m_verdict.isRunning()) {
        m_verdictAgain = true;
        return;
    }
    const Workspace workspace = m_workspaces->workspace();
    const QString path = m_options.journalPath;
    m_verdict.setFuture(QtConcurrent::run([workspace, path]() -> BackupVerdict {
        auto journal = Journal::open(path);
        if (!journal)
            return {
                false,
                tr("the journal (the backup catalog) cannot be opened: %1").arg(journal.error())};
        return RollbackRunner::backupVerdict(*journal.value(), workspace);
    }));
}

void RollbackController::loadRun(const QString &runId)
{
    if (m_loaded.isRunning()) {
        m_loadAgain = runId;
        return;
    }
    const QString path = m_options.journalPath;
    m_loaded.setFuture(QtConcurrent::run([runId, path] {
        LoadedRun loaded;
        auto journal = Journal::open(path);
        if (!journal) {
            loaded.problem = journal.error();
            return loaded;
        }
        auto run = RollbackJournal(*journal.value()).get(runId);
        if (!run) {
            loaded.problem = run.error();
            loaded.run.id = runId;
            return loaded;
        }
        loaded.run = std::move(run).value();
        if (auto backup = RollbackRunner::backupFor(*journal.value(), loaded.run); backup)
            loaded.backup = backup.value();
        return loaded;
    }));
}

void RollbackController::start(const RollbackPlan &plan, bool withoutBackup,
                               const QString &confirmDatabase)
{
    if (isRunning())
        return;
    RollbackOptions options = m_options;
    options.withoutBackup = withoutBackup;
    options.confirmDatabase = confirmDatabase;
    const Workspace workspace = m_workspaces->workspace();
    m_settled = 0;
    m_total = int(plan.steps.size());
    m_runId.clear();
    Q_EMIT actionMark(
        tr("Rollback of %1 started: %2")
            .arg(workspace.request.connection.databaseName(), plan.target.describe()));
    runInBackground([workspace, plan, options](const RollbackRunner::Observer &observer,
                                               const std::atomic_bool *cancel) {
        return RollbackRunner::start(workspace, plan, options, observer, cancel);
    });
}

void RollbackController::resume(const QString &runId, RollbackRunner::ResumeAction action,
                                const QString &confirmDatabase)
{
    if (isRunning())
        return;
    RollbackOptions options = m_options;
    options.confirmDatabase = confirmDatabase;
    const QString password = m_workspaces->workspace().request.password;
    m_runId = runId;
    QString mark;
    switch (action) {
    case RollbackRunner::ResumeAction::Skip:
        mark = tr("Rollback run %1 resumed, skipping the failed statement").arg(runId);
        break;
    case RollbackRunner::ResumeAction::MarkDone:
        mark = tr("Rollback run %1 resumed; the undecided statement marked done").arg(runId);
        break;
    case RollbackRunner::ResumeAction::RunAgain:
        mark = tr("Rollback run %1 resumed; the undecided statement runs again").arg(runId);
        break;
    case RollbackRunner::ResumeAction::Resume:
        mark = tr("Rollback run %1 resumed").arg(runId);
        break;
    }
    Q_EMIT actionMark(mark);
    runInBackground([runId, password, action, options](const RollbackRunner::Observer &observer,
                                                       const std::atomic_bool *cancel) {
        return RollbackRunner::resume(runId, password, action, options, observer, cancel);
    });
}

void RollbackController::runInBackground(Work work)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    ++m_runEpoch;
    m_running = true;
    m_outcome.reset();
    setFailure({});
    Q_EMIT busyChanged(true);
    Q_EMIT progressChanged(m_settled, m_total);
    // The observer runs on the worker threads; what it reports is handled here, in order.
    const RollbackRunner::Observer observer = [this](const RollbackProgress &progress) {
        QMetaObject::invokeMethod(
            this, [this, progress] { handleProgress(progress); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), observer, cancel = m_cancel] {
        return work(observer, cancel.get());
    }));
}

void RollbackController::handleProgress(const RollbackProgress &progress)
{
    using Event = RollbackProgress::Event;
    if (!m_running)
        return; // a report that arrived after the run's end
    if (progress.steps > 0)
        m_total = progress.steps;
    switch (progress.event) {
    case Event::RunStarted:
        m_runId = progress.runId;
        m_settled = progress.settled;
        Q_EMIT runStarted(progress.runId, progress.steps, progress.message);
        break;
    case Event::StepStarted:
        Q_EMIT stepStarted(progress.step, progress.steps, progress.detail);
        break;
    case Event::StepDone:
    case Event::StepSettled:
        ++m_settled;
        Q_EMIT stepFinished(progress.step, progress.steps, progress.detail, progress.message);
        break;
    case Event::StepFailed: {
        RunStep failed = progress.detail;
        if (failed.status != RunStep::Status::Cancelled)
            failed.status = RunStep::Status::Failed;
        if (failed.error.isEmpty())
            failed.error = progress.message;
        Q_EMIT stepFinished(progress.step, progress.steps, failed, progress.message);
        break;
    }
    case Event::MigrationDone:
        ++m_settled;
        Q_EMIT stepFinished(progress.step, progress.steps, progress.detail, progress.message);
        Q_EMIT migrationDone(progress.detail.version, progress.message);
        Q_EMIT actionMark(
            tr("Rollback: %1 %2 rolled back").arg(progress.detail.version, progress.detail.name));
        // The history view follows each migration as it is rolled back.
        m_workspaces->reload();
        break;
    case Event::StepActivity:
        Q_EMIT stepActivity(progress.step, progress.activity);
        return;
    }
    Q_EMIT progressChanged(m_settled, m_total);
}

void RollbackController::finishRun()
{
    m_running = false;
    ++m_runEpoch;
    if (m_watcher.future().resultCount() == 0) {
        Q_EMIT busyChanged(false);
        return;
    }
    RollbackOutcome outcome = m_watcher.result();
    if (!outcome.run.steps.isEmpty() && outcome.run.id == outcome.runId) {
        m_settled = outcome.run.settledCount();
        m_total = int(outcome.run.steps.size());
    }
    if (outcome.result == RollbackOutcome::Result::Failed && outcome.step >= 0 &&
        outcome.step < outcome.run.steps.size()) {
        const RunStep &step = outcome.run.steps[outcome.step];
        setFailure({outcome.runId, step.version, step.file, step.line,
                    step.error.isEmpty() ? outcome.detail : step.error});
    }
    m_outcome = outcome;
    const QString name = m_workspaces->workspace().request.connection.databaseName();
    Q_EMIT actionMark(outcome.runId.isEmpty()
                          ? tr("Rollback of %1 %2: %3")
                                .arg(name, outcomeLabel(outcome.result), describeOutcome(outcome))
                          : tr("Rollback run %1 of %2 ended: %3 (%4 of %5 steps settled)")
                                .arg(outcome.runId, name, outcomeLabel(outcome.result),
                                     QString::number(m_settled), QString::number(m_total)));
    Q_EMIT progressChanged(m_settled, m_total);
    Q_EMIT busyChanged(false);
    Q_EMIT finished(outcome);
    if (!outcome.runId.isEmpty())
        m_workspaces->reload();
}

void RollbackController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

Result<void> RollbackController::close(const QString &runId, RollbackRun::Status status,
                                       const QString &note)
{
    if (isRunning())
        return Error{tr("a rollback is running")};
    if (m_closing.isRunning())
        return Error{tr("another run is being closed")};
    const QString password = m_workspaces->workspace().request.password;
    RollbackOptions options = m_options;
    m_closing.setFuture(QtConcurrent::run([runId, status, note, password, options] {
        return RollbackRunner::close(runId, status, note, password, options);
    }));
    return {};
}

void RollbackController::finishClose()
{
    if (m_closing.future().resultCount() == 0)
        return;
    const RollbackOutcome outcome = m_closing.result();
    if (outcome.result == RollbackOutcome::Result::Done) {
        if (m_failure.runId == outcome.runId)
            setFailure({});
        Q_EMIT actionMark(
            tr("Rollback run %1 %2: %3")
                .arg(outcome.runId, runStatusLabel(outcome.run.status), describeOutcome(outcome)));
        Q_EMIT runClosed(outcome.runId, outcome.run.status);
        // Whatever was done by hand (a restore, a fix) shows in the history view.
        m_workspaces->reload();
    } else {
        Q_EMIT journalProblem(describeOutcome(outcome));
    }
    Q_EMIT closeFinished(outcome);
}

void RollbackController::killBlocker(const LockRisk &blocker, const QString &typedId)
{
    if (m_killing.isRunning() || !hasWorkspace())
        return;
    const WorkspaceRequest request = m_workspaces->workspace().request;
    const QString runId = m_runId;
    const QString path = m_options.journalPath;
    m_killingId = blocker.connectionId;
    m_killing.setFuture(QtConcurrent::run([runId, request, blocker, typedId, path] {
        return RollbackRunner::killBlocker(runId, request, blocker, typedId, path);
    }));
}

void RollbackController::checkUnfinished()
{
    if (!hasWorkspace())
        return;
    if (m_unfinished.isRunning()) {
        m_recheck = true;
        return;
    }
    m_checkEpoch = m_runEpoch;
    const QString url = databaseUrl();
    const QString path = m_options.journalPath;
    m_unfinished.setFuture(QtConcurrent::run([url, path]() -> Result<QList<RollbackRun>> {
        auto opened = Journal::open(path);
        if (!opened)
            return opened.failure();
        return RollbackJournal(*opened.value()).unfinished(url);
    }));
}

void RollbackController::inspect(const RollbackPlan &plan)
{
    if (!hasWorkspace())
        return;
    if (m_preview.isRunning()) {
        m_pendingPreview = plan;
        return;
    }
    const WorkspaceRequest request = m_workspaces->workspace().request;
    m_preview.setFuture(QtConcurrent::run([request, plan] {
        auto session = DatabaseSession::open(request.connection, request.password);
        if (!session) {
            RollbackPreview failed;
            failed.error = session.error();
            return failed;
        }
        return RollbackPreviewer::inspect(*session.value(), plan);
    }));
}

void RollbackController::setFailure(RollbackFailure failure)
{
    if (failure.runId == m_failure.runId && failure.line == m_failure.line &&
        failure.message == m_failure.message)
        return;
    m_failure = std::move(failure);
    Q_EMIT failureChanged();
}

} // namespace backstep
