#pragma once

#include "core/connectionprofile.h"
#include "core/deploytarget.h"
#include "core/playbook.h"
#include "core/rollbackplan.h"
#include "ops/playbookactions.h"
#include "ops/playbookflow.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace backstep {

class Journal;
class WorkspaceController;

// What the playbook dialog's first page asks for one incident.
struct PlaybookRequest
{
    // The profile the run is for; an empty name: an ad-hoc profile of the open workspace.
    QString profileName;
    RollbackTarget target; // Steps or ToVersion, as `--steps N` / `--to V`
    // Set when `target` is the default (defaultTarget()): why, for the identify step.
    QString targetReason;
    PlaybookBackupKind backupKind = PlaybookBackupKind::Full;
    QList<PlaybookFlow::Skip> skips;
    int watchLogSeconds = 300;
};

// A stored incident report in the formats the journal keeps, read on a worker.
struct PlaybookReportBodies
{
    QString runId;
    QByteArray html;
    QByteArray markdown;
    QByteArray json;
    QString problem; // the journal could not be read, or the run has no report yet
};

// The step actions one run executes, built on the flow's thread with that thread's journal;
// `owner` keeps them alive as long as the flow runs.
struct PlaybookStepActions
{
    std::shared_ptr<void> owner;
    PlaybookFlow::Actions actions;
};

// The playbook in the window: runs PlaybookFlow (start or resume) on a worker thread that
// opens its own journal and builds the run's PlaybookActions there; the flow's observer
// sends each copy of the run to this (GUI) thread by a queued call, where it is published
// as runChanged. Cancel raises an atomic flag the flow and the actions read. Nothing here
// waits on the worker, except the destructor as a last resort (RunCloseGuard keeps the
// window from closing under a running flow).
class PlaybookController : public QObject
{
    Q_OBJECT
public:
    using ActionsFactory = std::function<PlaybookStepActions(Journal &, const PlaybookSetup &)>;

    explicit PlaybookController(WorkspaceController *workspaces, QObject *parent = nullptr);
    ~PlaybookController() override;

    bool hasWorkspace() const;
    QString databaseName() const;
    QString databaseUrl() const;
    // The applied versions, most recently applied first (the choices of `--to`).
    QStringList appliedVersions() const;
    // The target when the DBA names none: the last deploy, from the history's times.
    Result<DeployTarget> defaultTarget() const;
    // The names of the stored profiles for the open workspace's database (same URL).
    QStringList profilesForWorkspace() const;
    // The contacts of the stored profile `name` (none when it is not stored).
    QList<Contact> contactsOf(const QString &name) const;

    // From start/resume until `finished` is emitted.
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_running && m_cancel && m_cancel->load(); }
    const PlaybookRun &run() const { return m_run; }
    int currentStep() const { return m_current; }

    // A new run for the open workspace; refused (with the reason) when one is running or
    // the request cannot be set up (no profile of that name, a skip without a reason).
    Result<void> start(const PlaybookRequest &request);
    // Goes on with a journaled run from its first unsettled step.
    Result<void> resume(const QString &runId);
    // Stops the flow before its next step; a step that watches the flag stops sooner.
    void cancel();
    // Runs that can still go on for the open database, on a worker: unfinishedRunsFound.
    void checkUnfinished();
    // A run of the journal with its steps, on a worker: runLoaded (or journalProblem).
    void loadRun(const QString &runId);
    // The stored incident report of a run, on a worker: reportLoaded.
    void loadReport(const QString &runId);

    // Test hooks: the journal (default: Journal::defaultPath()), the profile store's file
    // (default: ProfileStore's), where backups go, and the step actions a run is given
    // (default: PlaybookActions).
    void setJournalPath(const QString &path) { m_journalPath = path; }
    void setProfileFile(const QString &file) { m_profileFile = file; }
    void setBackupFolder(const QString &folder) { m_backupFolder = folder; }
    void setActionsFactory(ActionsFactory factory) { m_factory = std::move(factory); }

    // "--to V" / "--steps N" and back.
    static QString targetOption(const RollbackTarget &target);
    static Result<RollbackTarget> targetFromOption(const QString &option);

Q_SIGNALS:
    void started(const QString &runId);
    // After every transition of the flow: the whole run and its current step (-1 before the
    // first, steps.size() at the end).
    void runChanged(const backstep::PlaybookRun &run, int current);
    // The flow returned: the run as it ended, or what kept it from running (`problem`).
    void finished(const backstep::PlaybookRun &run, const QString &problem);
    void busyChanged(bool busy);
    void unfinishedRunsFound(const QList<backstep::PlaybookRun> &runs);
    void runLoaded(const backstep::PlaybookRun &run);
    void reportLoaded(const backstep::PlaybookReportBodies &report);
    void journalProblem(const QString &message);
    // Where the playbook began and ended, for the followed logs.
    void actionMark(const QString &text);

private:
    // What a run's setup is built from, copied for the worker.
    struct SetupContext
    {
        WorkspaceRequest workspace;
        QString profileFile;
        QString backupFolder;
        int watchLogSeconds = 300;
    };
    using SetupSource = std::function<Result<PlaybookSetup>(Journal &)>;
    using Work = std::function<Result<PlaybookRun>(PlaybookFlow &)>;
    static Result<PlaybookSetup> setupFor(const SetupContext &context, const QString &profileName,
                                          const RollbackTarget &target,
                                          PlaybookBackupKind backupKind);
    void runInBackground(SetupSource setupSource, Work work);
    void startRunLoad(const QString &runId);
    void startReportLoad(const QString &runId);
    void handleProgress(const PlaybookRun &run, int current);
    void finishRun();
    QString journalPath() const;

    WorkspaceController *m_workspaces;
    QString m_journalPath;
    QString m_profileFile;
    QString m_backupFolder;
    ActionsFactory m_factory;
    QFutureWatcher<Result<PlaybookRun>> m_watcher;
    QFutureWatcher<Result<QList<PlaybookRun>>> m_unfinished;
    QFutureWatcher<Result<PlaybookRun>> m_loaded;
    QFutureWatcher<PlaybookReportBodies> m_report;
    QString m_nextRun;    // asked for while m_loaded read another
    QString m_nextReport; // asked for while m_report read another
    std::shared_ptr<std::atomic_bool> m_cancel;
    PlaybookRun m_run;
    int m_current = -1;
    int m_lastWatchSeconds = 300;
    bool m_running = false;
    bool m_recheck = false;
};

} // namespace backstep
