#include "ui/playbookcontroller.h"

#include "core/failpoint.h"
#include "core/operatorname.h"
#include "core/profilestore.h"
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "ui/workspacecontroller.h"

#include <QJsonObject>
#include <QSysInfo>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace backstep {

namespace {

// The key of what a run notes at its start for a resume (as backstep-cli's playbook run).
constexpr QLatin1StringView setupKey = playbookSetupKey;

PlaybookStepActions defaultActions(Journal &journal, const PlaybookSetup &setup)
{
    auto actions = std::make_shared<PlaybookActions>(journal, setup);
    return {actions, actions->actions()};
}

} // namespace

PlaybookController::PlaybookController(WorkspaceController *workspaces, QObject *parent)
    : QObject(parent)
    , m_workspaces(workspaces)
    , m_factory(defaultActions)
{
    connect(&m_watcher, &QFutureWatcher<Result<PlaybookRun>>::finished, this,
            &PlaybookController::finishRun);
    connect(&m_unfinished, &QFutureWatcher<Result<QList<PlaybookRun>>>::finished, this, [this] {
        if (m_unfinished.future().resultCount() == 0)
            return;
        // Asked again while this one read: a run may have moved on since.
        if (std::exchange(m_recheck, false)) {
            checkUnfinished();
            return;
        }
        const Result<QList<PlaybookRun>> found = m_unfinished.result();
        if (!found) {
            Q_EMIT journalProblem(found.error());
            return;
        }
        QList<PlaybookRun> runs = found.value();
        // The run this window executes is not "unfinished": it is on its way.
        if (m_running)
            runs.removeIf([this](const PlaybookRun &run) { return run.id == m_run.id; });
        Q_EMIT unfinishedRunsFound(runs);
    });
    connect(&m_loaded, &QFutureWatcher<Result<PlaybookRun>>::finished, this, [this] {
        if (m_loaded.future().resultCount() > 0) {
            const Result<PlaybookRun> loaded = m_loaded.result();
            if (loaded)
                Q_EMIT runLoaded(loaded.value());
            else
                Q_EMIT journalProblem(loaded.error());
        }
        // Asked for another run while this one read: its read begins now.
        if (!m_nextRun.isEmpty())
            startRunLoad(std::exchange(m_nextRun, QString()));
    });
    connect(&m_report, &QFutureWatcher<PlaybookReportBodies>::finished, this, [this] {
        if (m_report.future().resultCount() > 0)
            Q_EMIT reportLoaded(m_report.result());
        if (!m_nextReport.isEmpty())
            startReportLoad(std::exchange(m_nextReport, QString()));
    });
}

PlaybookController::~PlaybookController()
{
    // RunCloseGuard keeps the window open while a flow runs; this is the last resort
    // (the application ends anyway): the flow stops before its next step.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
    m_unfinished.waitForFinished();
    m_loaded.waitForFinished();
    m_report.waitForFinished();
}

bool PlaybookController::hasWorkspace() const
{
    return m_workspaces->hasWorkspace();
}

QString PlaybookController::databaseName() const
{
    return m_workspaces->workspace().request.connection.databaseName();
}

QString PlaybookController::databaseUrl() const
{
    return m_workspaces->workspace().request.connection.url();
}

QStringList PlaybookController::appliedVersions() const
{
    return m_workspaces->workspace().appliedVersions();
}

Result<DeployTarget> PlaybookController::defaultTarget() const
{
    return lastDeployTarget(m_workspaces->workspace().rows);
}

QStringList PlaybookController::profilesForWorkspace() const
{
    const ProfileStore store =
        m_profileFile.isEmpty() ? ProfileStore() : ProfileStore(m_profileFile);
    const auto profiles = store.loadAll();
    if (!profiles)
        return {};
    const QString url = databaseUrl();
    QStringList names;
    for (const ConnectionProfile &profile : profiles.value()) {
        const auto spec = ConnectionSpec::parse(profile.url);
        if (spec && spec->url() == url)
            names.append(profile.name);
    }
    return names;
}

QList<Contact> PlaybookController::contactsOf(const QString &name) const
{
    if (name.isEmpty())
        return {};
    const ProfileStore store =
        m_profileFile.isEmpty() ? ProfileStore() : ProfileStore(m_profileFile);
    const auto profiles = store.loadAll();
    if (!profiles)
        return {};
    for (const ConnectionProfile &profile : profiles.value())
        if (profile.name == name)
            return profile.contacts;
    return {};
}

QString PlaybookController::targetOption(const RollbackTarget &target)
{
    if (target.mode == RollbackTarget::Mode::ToVersion)
        return QStringLiteral("--to ") + target.version;
    return QStringLiteral("--steps ") +
           QString::number(target.mode == RollbackTarget::Mode::Latest ? 1 : target.steps);
}

Result<RollbackTarget> PlaybookController::targetFromOption(const QString &option)
{
    const QStringList words = option.split(u' ', Qt::SkipEmptyParts);
    RollbackTarget target;
    if (words.size() == 2 && words[0] == QStringLiteral("--to")) {
        target.mode = RollbackTarget::Mode::ToVersion;
        target.version = words[1];
        return target;
    }
    bool ok = false;
    const int steps = words.size() == 2 ? words[1].toInt(&ok) : 0;
    if (words.size() == 2 && words[0] == QStringLiteral("--steps") && ok && steps > 0) {
        target.mode = RollbackTarget::Mode::Steps;
        target.steps = steps;
        return target;
    }
    return Error{tr("the run's target \"%1\" is neither --to VERSION nor --steps N").arg(option)};
}

QString PlaybookController::journalPath() const
{
    return m_journalPath;
}

Result<PlaybookSetup> PlaybookController::setupFor(const SetupContext &context,
                                                   const QString &profileName,
                                                   const RollbackTarget &target,
                                                   PlaybookBackupKind backupKind)
{
    PlaybookSetup setup;
    if (profileName.isEmpty()) {
        // An ad-hoc run: the open workspace's connection and folder, nothing else.
        setup.profile.url = context.workspace.connection.url();
        setup.profile.migrationsFolder = context.workspace.migrationsFolder;
        setup.profile.historyTable = context.workspace.historyTable;
    } else {
        const ProfileStore store =
            context.profileFile.isEmpty() ? ProfileStore() : ProfileStore(context.profileFile);
        auto profile = store.load(profileName);
        if (!profile)
            return profile.failure();
        setup.profile = std::move(profile).value();
    }
    setup.workspace = context.workspace;
    setup.target = target;
    setup.backupKind = backupKind;
    setup.backupFolder = context.backupFolder;
    setup.watchLogSeconds = context.watchLogSeconds;
    return setup;
}

Result<void> PlaybookController::start(const PlaybookRequest &request)
{
    if (m_running)
        return Error{tr("a playbook run is already going on")};
    if (!hasWorkspace())
        return Error{tr("no database is open")};
    for (const PlaybookFlow::Skip &skip : request.skips)
        if (skip.reason.trimmed().isEmpty())
            return Error{tr("skipping \"%1\" needs a reason").arg(playbookStepTitle(skip.kind))};
    const SetupContext context{m_workspaces->workspace().request, m_profileFile, m_backupFolder,
                               request.watchLogSeconds};
    auto setup = setupFor(context, request.profileName, request.target, request.backupKind);
    if (!setup)
        return setup.failure();
    m_lastWatchSeconds = request.watchLogSeconds;

    const Workspace &workspace = m_workspaces->workspace();
    PlaybookRun run = PlaybookRun::withAllSteps();
    run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run.profile = request.profileName;
    run.databaseUrl = workspace.request.connection.url();
    run.databaseName = workspace.request.connection.databaseName();
    run.target = request.target.describe();
    run.targetOption = targetOption(request.target);
    run.backupKind = request.backupKind;
    run.operatorName = operatorName();
    run.host = QSysInfo::machineHostName();
    run.server = workspace.serverVersion;
    run.connection = workspace.connectionSecurity;
    // What a resume in another process (the window or backstep-cli) needs besides the
    // profile and the target, where `backstep-cli playbook run` notes it too.
    if (PlaybookStep *step = run.step(PlaybookStepKind::WatchLog))
        step->evidence.insert(setupKey,
                              QJsonObject{{QStringLiteral("seconds"), request.watchLogSeconds}});
    if (PlaybookStep *step = run.step(PlaybookStepKind::BackUp))
        step->evidence.insert(setupKey, QJsonObject{{QStringLiteral("folder"), m_backupFolder}});
    // The default target's reason, for the identify step's evidence and the report.
    if (PlaybookStep *step = run.step(PlaybookStepKind::Identify);
        step && !request.targetReason.isEmpty())
        step->evidence.insert(
            setupKey, QJsonObject{{QString(playbookTargetReasonKey), request.targetReason}});
    m_run = run;
    m_current = -1;
    Q_EMIT actionMark(
        tr("Playbook run %1 for %2 started: %3").arg(run.id, run.databaseName, run.target));
    const QList<PlaybookFlow::Skip> skips = request.skips;
    runInBackground(
        [setup = std::move(setup).value()](Journal &) -> Result<PlaybookSetup> { return setup; },
        [run, skips](PlaybookFlow &flow) { return flow.start(run, skips); });
    Q_EMIT started(run.id);
    return {};
}

Result<void> PlaybookController::resume(const QString &runId)
{
    if (m_running)
        return Error{tr("a playbook run is already going on")};
    if (!hasWorkspace())
        return Error{tr("no database is open")};
    m_run = PlaybookRun();
    m_run.id = runId;
    m_current = -1;
    Q_EMIT actionMark(tr("Playbook run %1 resumed").arg(runId));
    // The run's setup again, read on the worker: its profile, its target, its kind of backup.
    const SetupContext context{m_workspaces->workspace().request, m_profileFile, m_backupFolder,
                               m_lastWatchSeconds};
    runInBackground(
        [runId, context](Journal &journal) -> Result<PlaybookSetup> {
            auto stored = PlaybookJournal(journal).get(runId);
            if (!stored)
                return stored.failure();
            const PlaybookRun &run = stored.value();
            if (run.databaseUrl != context.workspace.connection.url())
                return Error{tr("playbook run %1 is for %2, not for the open database")
                                 .arg(runId, run.databaseUrl)};
            auto target = targetFromOption(run.targetOption);
            if (!target)
                return target.failure();
            // The plan identify recorded, never `--steps N` counted again on a changed
            // history.
            auto setup = setupFor(context, run.profile, playbookPlannedTarget(run, target.value()),
                                  run.backupKind);
            if (!setup)
                return setup;
            // The watch's length and the backup folder as the run noted them at its start.
            auto noted = [&run](PlaybookStepKind kind) {
                const PlaybookStep *step = run.step(kind);
                return step ? step->evidence.value(setupKey).toObject() : QJsonObject();
            };
            setup->watchLogSeconds = noted(PlaybookStepKind::WatchLog)
                                         .value(QStringLiteral("seconds"))
                                         .toInt(setup->watchLogSeconds);
            setup->backupFolder = noted(PlaybookStepKind::BackUp)
                                      .value(QStringLiteral("folder"))
                                      .toString(setup->backupFolder);
            return setup;
        },
        [runId](PlaybookFlow &flow) { return flow.resume(runId); });
    Q_EMIT started(runId);
    return {};
}

void PlaybookController::runInBackground(SetupSource setupSource, Work work)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    Q_EMIT busyChanged(true);
    // The observer runs on the flow's thread; each copy of the run is shown here, in order.
    // The controller outlives the flow (its destructor waits), so `this` stays valid.
    const PlaybookFlow::Observer observer = [this](const PlaybookRun &run, int current) {
        QMetaObject::invokeMethod(
            this, [this, run, current] { handleProgress(run, current); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(
        [path = journalPath(), factory = m_factory, setupSource = std::move(setupSource),
         work = std::move(work), observer, cancel = m_cancel]() -> Result<PlaybookRun> {
            // Its own journal connection, and the actions built with it, on this thread.
            auto journal = Journal::open(path);
            if (!journal)
                return journal.failure();
            auto setup = setupSource(*journal.value());
            if (!setup)
                return setup.failure();
            const PlaybookStepActions actions = factory(*journal.value(), setup.value());
            PlaybookFlow flow(*journal.value(), actions.actions, observer, cancel.get());
            return work(flow);
        }));
}

void PlaybookController::handleProgress(const PlaybookRun &run, int current)
{
    if (!m_running)
        return; // a copy that arrived after the flow's end
    m_run = run;
    m_current = current;
    Q_EMIT runChanged(run, current);
}

void PlaybookController::finishRun()
{
    m_running = false;
    QString problem;
    if (m_watcher.future().resultCount() > 0) {
        const Result<PlaybookRun> result = m_watcher.result();
        if (result) {
            m_run = result.value();
            m_current = m_run.nextStep();
        } else {
            problem = result.error();
        }
    }
    Q_EMIT actionMark(
        problem.isEmpty()
            ? tr("Playbook run %1 ended: %2").arg(m_run.id, playbookRunStatusName(m_run.status))
            : tr("Playbook run %1 could not go on: %2").arg(m_run.id, problem));
    Q_EMIT busyChanged(false);
    Q_EMIT finished(m_run, problem);
    // The rollback step changed the history: the window reads it again.
    if (m_workspaces->hasWorkspace())
        m_workspaces->reload();
}

void PlaybookController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void PlaybookController::checkUnfinished()
{
    if (!hasWorkspace())
        return;
    if (m_unfinished.isRunning()) {
        m_recheck = true;
        return;
    }
    m_unfinished.setFuture(QtConcurrent::run(
        [url = databaseUrl(), path = journalPath()]() -> Result<QList<PlaybookRun>> {
            auto journal = Journal::open(path);
            if (!journal)
                return journal.failure();
            return PlaybookJournal(*journal.value()).unfinished(url);
        }));
}

void PlaybookController::loadRun(const QString &runId)
{
    // One read at a time, never waited for here (the journal may be busy): a request made
    // while one reads is started when it ends, the newest request only.
    if (m_loaded.isRunning()) {
        m_nextRun = runId;
        return;
    }
    startRunLoad(runId);
}

void PlaybookController::startRunLoad(const QString &runId)
{
    m_loaded.setFuture(QtConcurrent::run([runId, path = journalPath()]() -> Result<PlaybookRun> {
        reach(Failpoint::PlaybookLoad);
        auto journal = Journal::open(path);
        if (!journal)
            return journal.failure();
        return PlaybookJournal(*journal.value()).get(runId);
    }));
}

void PlaybookController::loadReport(const QString &runId)
{
    // As loadRun: one read at a time, the newest request next, nothing waited for here.
    if (m_report.isRunning()) {
        m_nextReport = runId;
        return;
    }
    startReportLoad(runId);
}

void PlaybookController::startReportLoad(const QString &runId)
{
    m_report.setFuture(QtConcurrent::run([runId, path = journalPath()] {
        reach(Failpoint::PlaybookLoad);
        PlaybookReportBodies bodies;
        bodies.runId = runId;
        auto journal = Journal::open(path);
        if (!journal) {
            bodies.problem = journal.error();
            return bodies;
        }
        PlaybookJournal store(*journal.value());
        const std::pair<QString, QByteArray *> formats[] = {
            {QStringLiteral("html"), &bodies.html},
            {QStringLiteral("md"), &bodies.markdown},
            {QStringLiteral("json"), &bodies.json},
        };
        for (const auto &[format, body] : formats) {
            auto stored = store.report(runId, format);
            if (!stored) {
                bodies.problem = stored.error();
                return bodies;
            }
            if (const std::optional<QByteArray> &found = stored.value())
                *body = *found;
        }
        if (bodies.html.isEmpty())
            bodies.problem = tr("no incident report is stored for playbook run %1 yet: the "
                                "report is the last step")
                                 .arg(runId);
        return bodies;
    }));
}

} // namespace backstep
