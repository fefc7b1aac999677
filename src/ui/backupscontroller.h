#pragma once

#include "models/backupcatalogmodel.h"
#include "ops/backupjob.h"
#include "ops/workspaceloader.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace backstep {

class Journal;

// The Backups dock's work, on the GUI thread: takes backups (BackupJob), lists the
// catalog, and runs verify, test-restore and restore on worker threads.
class BackupsController : public QObject
{
    Q_OBJECT
public:
    // What work done on a worker (verify, test-restore, restore) found.
    struct WorkOutcome
    {
        QString problem; // empty when all went well
        QString passed;  // what a passing check compared
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
    // Records that a restore or a test-restore started (BackupJob records backups itself).
    void recordStart(const QString &action, const QString &detail);
    // The journal, opened once on the GUI thread; nullptr (after saying why) when it cannot be.
    Journal *journal();

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
    std::unique_ptr<Journal> m_journal;
};

} // namespace backstep
