#include "ui/rollbackcontroller.h"

#include "db/backupcatalog.h"
#include "db/databasesession.h"
#include "db/journal.h"
#include "db/rollbackjournal.h"
#include "ui/workspacecontroller.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace backstep {

namespace {} // namespace

RollbackController::RollbackController(WorkspaceController *workspaces, QObject *parent)
    : QObject(parent)
    , m_workspaces(workspaces)
{
    connect(&m_watcher, &QFutureWatcher<RollbackOutcome>::finished, this,
            &RollbackController::finishRun);
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
}

RollbackController::~RollbackController()
{
    // The runner checks the flag between statements: a run stops at the next one.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
    m_unfinished.waitForFinished();
    m_preview.waitForFinished();
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
    QList<const MigrationStatus *> applied;
    for (const MigrationStatus &row : m_workspaces->workspace().rows)
        if (row.appliedOrder >= 0)
            applied.append(&row);
    std::sort(applied.begin(), applied.end(),
              [](const MigrationStatus *a, const MigrationStatus *b) {
                  return a->appliedOrder > b->appliedOrder;
              });
    QStringList versions;
    for (const MigrationStatus *row : std::as_const(applied))
        versions.append(row->version);
    return versions;
}

Result<RollbackPlan> RollbackController::plan(const RollbackTarget &target) const
{
    const Workspace &workspace = m_workspaces->workspace();
    if (!workspace.databaseError.isEmpty())
        return Error{tr("the database cannot be read: %1").arg(workspace.databaseError)};
    return planRollback(workspace.migrations, workspace.history, workspace.rows, target);
}

Journal *RollbackController::journal()
{
    if (!m_journal) {
        auto opened = Journal::open(m_options.journalPath);
        if (!opened)
            return nullptr;
        m_journal = std::move(opened).value();
    }
    return m_journal.get();
}

BackupVerdict RollbackController::backupVerdict()
{
    Journal *catalogJournal = journal();
    if (!catalogJournal)
        return {false, tr("the journal (the backup catalog) cannot be opened")};
    return RollbackRunner::backupVerdict(*catalogJournal, m_workspaces->workspace());
}

Result<RollbackRun> RollbackController::loadRun(const QString &runId)
{
    Journal *runsJournal = journal();
    if (!runsJournal)
        return Error{tr("the journal cannot be opened")};
    return RollbackJournal(*runsJournal).get(runId);
}

Result<std::optional<BackupRecord>> RollbackController::backupFor(const QString &runId)
{
    Journal *catalogJournal = journal();
    if (!catalogJournal)
        return Error{tr("the journal (the backup catalog) cannot be opened")};
    BackupCatalog catalog(*catalogJournal);
    const auto run = loadRun(runId);
    if (!run)
        return run.failure();
    if (run->backupId > 0) {
        auto guarding = catalog.find(run->backupId);
        if (!guarding)
            return guarding;
        if (guarding->has_value() && guarding.value()->status == BackupStatus::Complete)
            return guarding;
    }
    return catalog.latestComplete(run->databaseUrl);
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
    if (const auto run = loadRun(runId); run) {
        m_settled = run->settledCount();
        m_total = int(run->steps.size());
    }
    Q_EMIT actionMark(action == RollbackRunner::ResumeAction::Skip
                          ? tr("Rollback run %1 resumed, skipping the failed statement").arg(runId)
                          : tr("Rollback run %1 resumed").arg(runId));
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
    // The observer runs on the worker thread; what it reports is handled here, in order.
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
    if (progress.steps > 0)
        m_total = progress.steps;
    switch (progress.event) {
    case Event::RunStarted:
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
    if (!outcome.run.steps.isEmpty()) {
        m_settled = outcome.run.settledCount();
        m_total = int(outcome.run.steps.size());
    }
    if (outcome.result == RollbackOutcome::Result::Failed && outcome.failedStep >= 0 &&
        outcome.failedStep < outcome.run.steps.size()) {
        const RunStep &step = outcome.run.steps[outcome.failedStep];
        setFailure({outcome.runId, step.version, step.file, step.line,
                    step.error.isEmpty() ? outcome.message : step.error});
    }
    m_outcome = outcome;
    const QString name = m_workspaces->workspace().request.connection.databaseName();
    Q_EMIT actionMark(
        outcome.runId.isEmpty()
            ? tr("Rollback of %1 %2: %3").arg(name, outcomeName(outcome.result), outcome.message)
            : tr("Rollback run %1 of %2 ended: %3 (%4 of %5 steps settled)")
                  .arg(outcome.runId, name, outcomeName(outcome.result))
                  .arg(m_settled)
                  .arg(m_total));
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
    auto closed = RollbackRunner::close(runId, status, note, m_options.journalPath);
    if (!closed)
        return closed;
    if (m_failure.runId == runId)
        setFailure({});
    Q_EMIT actionMark(tr("Rollback run %1 %2: %3").arg(runId, runStatusName(status), note));
    Q_EMIT runClosed(runId, status);
    // Whatever was done by hand (a restore, a fix) shows in the history view.
    m_workspaces->reload();
    return {};
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
