#pragma once

#include "models/backupcatalogmodel.h"
#include "ops/backupjob.h"
#include "ops/workspaceloader.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace backstep {

// The Backups dock's work, started from the GUI thread: takes backups (BackupJob), and
// reads the catalog (BackupCatalogLoader), verifies, test-restores and restores on worker
// threads, each with its own connection to the journal; the GUI thread only gets the
// records and outcomes. Busy until the catalog shows what a backup or a check left.
class BackupsController : public QObject
{
    Q_OBJECT
public:
    // What work done on a worker (verify, test-restore, restore) found.
    struct WorkOutcome
    {
        QString problem; // empty when all went well
        QString passed;  // what a passing check compared
        // What of the dump a restore or test-restore did not run, "FILE:LINE: why" each
        // (RestoreOutcome::removed): said under the result, passed or not.
        QStringList leftOut;
    };

    explicit BackupsController(QObject *parent = nullptr);
    ~BackupsController() override;

    BackupCatalogModel *model() { return &m_model; }
    // The database that "Back up now" backs up; also filters the catalog. Without a
    // connection the catalog is shown, but nothing that needs the database is offered.
    void setWorkspace(const WorkspaceRequest &request, const QString &migrationVersion,
                      bool connected = true);
    bool hasWorkspace() const { return !m_request.connection.url().isEmpty() && m_hasWorkspace; }
    // Whether the open workspace's database answered (back up, test-restore, restore).
    bool isConnected() const { return hasWorkspace() && m_connected; }
    const WorkspaceRequest &workspace() const { return m_request; }

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);

    bool isBusy() const;
    void backUp(BackupCompression compression);
    void cancel();
    void verify(const BackupRecord &record);
    void testRestore(const BackupRecord &record);
    void restore(const BackupRecord &record);
    // Reads the catalog again on a worker; the model follows when it is read.
    void refresh();

Q_SIGNALS:
    void busyChanged(bool busy);
    // A workspace was opened (or failed to connect): what can be offered changed.
    void workspaceChanged();
    void progress(const QString &text, qint64 done, qint64 total);
    void message(const QString &text, bool problem);
    // Where a backup, restore or check began and ended, for the followed logs.
    void actionMark(const QString &text);
    // A backup ended (complete or not); the catalog is refreshed already.
    void backupFinished(const BackupRecord &record);
    // A restore (not a test-restore) ended: `problem` is empty when it went well.
    void restoreFinished(const QString &path, const QString &problem);

private:
    // `work` runs on a worker thread.
    void runInBackground(const QString &what,
                         std::function<WorkOutcome(const std::atomic_bool *)> work);
    void reportFromWorker(const QString &text, qint64 done, qint64 total);
    // On a worker: records that a restore or a test-restore started (BackupJob records
    // backups itself); a journal that cannot be written is said, not fatal.
    void recordStart(const QString &databaseUrl, const QString &action, const QString &path);
    // `then` runs on the GUI thread once the model shows the catalog read after this call.
    void refreshThen(std::function<void()> then);
    void catalogRead();
    // Busy no more: after the catalog shows what the work left.
    void settle(std::function<void()> then);
    void announceLatestBackup();

    BackupCatalogModel m_model;
    BackupJob m_job;
    WorkspaceRequest m_request;
    bool m_hasWorkspace = false;
    bool m_connected = false;
    QString m_migrationVersion;
    QString m_folder;
    QFutureWatcher<WorkOutcome> m_background;
    QString m_backgroundWhat;
    QString m_restoring; // the file a running restore reads; empty for other work
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Result<QList<ListedBackup>>> m_catalog;
    bool m_readAgain = false;      // the workspace or the catalog changed during a read
    bool m_announceLatest = false; // a workspace was opened: say what backup there is
    bool m_settling = false;       // work ended; the catalog is read before it is said
    QList<std::function<void()>> m_afterRead;
};

} // namespace backstep
