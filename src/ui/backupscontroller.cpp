#include "ui/backupscontroller.h"

#include "ops/backupcatalogloader.h"
#include "ops/backupverifier.h"
#include "ops/dumprestorer.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace backstep {

namespace {
// A check's problems, or (when it passed) what it compared, as its record in the catalog
// says without what the restore left out, which is said apart (or why the check could not
// be recorded).
BackupsController::WorkOutcome checkOutcome(const QStringList &problems, const QString &recorded,
                                            const QStringList &leftOut = {})
{
    if (!problems.isEmpty())
        return {problems.join(QStringLiteral("; ")), {}, leftOut};
    // The dock's message stays a few lines; the catalog's tooltip has all of it.
    constexpr qsizetype shown = 400;
    if (recorded.size() <= shown)
        return {{}, recorded, leftOut};
    return {
        {},
        BackupsController::tr("%1… (all of it in the catalog's tooltip)").arg(recorded.left(shown)),
        leftOut};
}

// The result's message, and under it what the restore left out, one line each.
QString withLeftOut(const QString &message, const QStringList &leftOut)
{
    if (leftOut.isEmpty())
        return message;
    return message + u'\n' +
           BackupsController::tr("Left out of the restore (%n statement(s)):", "",
                                 int(leftOut.size())) +
           u'\n' + leftOut.join(u'\n');
}

QString defaultFolder()
{
    return QDir::homePath() + QStringLiteral("/backstep-backups");
}
} // namespace

BackupsController::BackupsController(QObject *parent)
    : QObject(parent)
    , m_folder(QSettings().value(QStringLiteral("backups/folder"), defaultFolder()).toString())
{
    connect(&m_job, &BackupJob::progress, this, [this](const BackupProgress &p) {
        const QLocale locale;
        QString text = tr("%1 written").arg(locale.formattedDataSize(p.bytesWritten));
        if (p.estimatedBytes > 0)
            text += tr(" · about %1 to dump").arg(locale.formattedDataSize(p.estimatedBytes));
        if (!p.currentTable.isEmpty())
            text += tr(" · table %1").arg(p.currentTable);
        text += tr(" · %1 s").arg(p.elapsedMs / 1000);
        Q_EMIT progress(text, p.dumpBytes, p.estimatedBytes);
    });
    connect(&m_job, &BackupJob::finished, this, [this](const BackupRecord &record) {
        Q_EMIT actionMark(
            tr("Backup of %1: %2").arg(record.databaseName, backupStatusName(record.status)));
        if (record.status == BackupStatus::Complete)
            Q_EMIT message(tr("Backup complete: %1 (%2, SHA-256 %3…)")
                               .arg(record.path, QLocale().formattedDataSize(record.bytes),
                                    record.sha256.left(12)),
                           false);
        else
            Q_EMIT message(tr("Backup %1: %2").arg(backupStatusLabel(record.status), record.error),
                           true);
        settle([this, record] { Q_EMIT backupFinished(record); });
    });
    connect(&m_background, &QFutureWatcher<WorkOutcome>::finished, this, [this] {
        const WorkOutcome outcome =
            m_background.future().resultCount() ? m_background.result() : WorkOutcome{};
        const QString &problem = outcome.problem;
        Q_EMIT actionMark(problem.isEmpty() ? tr("%1: passed").arg(m_backgroundWhat)
                                            : tr("%1: failed").arg(m_backgroundWhat));
        if (!problem.isEmpty())
            Q_EMIT message(
                withLeftOut(tr("%1: %2").arg(m_backgroundWhat, problem), outcome.leftOut), true);
        else if (!outcome.passed.isEmpty())
            Q_EMIT message(
                withLeftOut(tr("%1: passed. Compared: %2").arg(m_backgroundWhat, outcome.passed),
                            outcome.leftOut),
                false);
        else
            Q_EMIT message(withLeftOut(tr("%1: passed").arg(m_backgroundWhat), outcome.leftOut),
                           false);
        settle([this, restored = std::exchange(m_restoring, QString()), problem] {
            if (!restored.isEmpty())
                Q_EMIT restoreFinished(restored, problem);
        });
    });
    connect(&m_catalog, &QFutureWatcher<Result<QList<BackupRecord>>>::finished, this,
            &BackupsController::catalogRead);
}

BackupsController::~BackupsController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_background.waitForFinished();
    m_catalog.waitForFinished();
}

void BackupsController::setWorkspace(const WorkspaceRequest &request,
                                     const QString &migrationVersion, bool connected)
{
    m_request = request;
    m_hasWorkspace = true;
    m_connected = connected;
    m_migrationVersion = migrationVersion;
    m_announceLatest = true;
    refresh();
    Q_EMIT workspaceChanged();
}

void BackupsController::announceLatestBackup()
{
    // What a DBA needs to know before a rollback: is there a backup to fall back on?
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const BackupRecord *record = m_model.recordAt(row);
        if (record->status == BackupStatus::Complete && QFile::exists(record->path)) {
            Q_EMIT message(tr("Latest complete backup: %1, at version %2.")
                               .arg(QLocale().toString(record->startedAt.toLocalTime(),
                                                       QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                    record->migrationVersion.isEmpty() ? tr("unknown")
                                                                       : record->migrationVersion),
                           false);
            return;
        }
    }
    Q_EMIT message(tr("No complete backup of this database yet: take one before any rollback."),
                   true);
}

void BackupsController::setFolder(const QString &folder)
{
    m_folder = folder;
    QSettings().setValue(QStringLiteral("backups/folder"), folder);
}

bool BackupsController::isBusy() const
{
    return m_job.isRunning() || m_background.isRunning() || m_settling;
}

void BackupsController::refresh()
{
    refreshThen({});
}

void BackupsController::refreshThen(std::function<void()> then)
{
    if (then)
        m_afterRead.append(std::move(then));
    if (m_catalog.isRunning()) {
        m_readAgain = true;
        return;
    }
    m_catalog.setFuture(
        BackupCatalogLoader::start(m_hasWorkspace ? m_request.connection.url() : QString()));
}

void BackupsController::catalogRead()
{
    // The workspace or the catalog changed while it was read: this answer may be stale.
    if (std::exchange(m_readAgain, false)) {
        refreshThen({});
        return;
    }
    if (m_catalog.future().resultCount() > 0) {
        auto backups = m_catalog.result();
        if (backups)
            m_model.setBackups(std::move(backups).value());
        else
            Q_EMIT message(backups.error(), true);
    }
    if (std::exchange(m_announceLatest, false))
        announceLatestBackup();
    for (const std::function<void()> &then : std::exchange(m_afterRead, {}))
        then();
}

void BackupsController::settle(std::function<void()> then)
{
    m_settling = true;
    refreshThen([this, then = std::move(then)] {
        m_settling = false;
        Q_EMIT busyChanged(false);
        then();
    });
}

void BackupsController::backUp(BackupCompression compression)
{
    if (isBusy() || !isConnected())
        return;
    BackupRequest request;
    request.connection = m_request.connection;
    request.password = m_request.password;
    request.folder = m_folder;
    request.compression = compression;
    request.migrationVersion = m_migrationVersion;
    Q_EMIT busyChanged(true);
    Q_EMIT actionMark(tr("Backup of %1 started").arg(m_request.connection.databaseName()));
    Q_EMIT progress(tr("Starting the dump…"), 0, 0);
    m_job.start(request);
}

void BackupsController::cancel()
{
    if (m_job.isRunning())
        m_job.cancel();
    if (m_cancel)
        m_cancel->store(true);
}

void BackupsController::runInBackground(const QString &what,
                                        std::function<WorkOutcome(const std::atomic_bool *)> work)
{
    if (isBusy())
        return;
    m_backgroundWhat = what;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT busyChanged(true);
    Q_EMIT actionMark(tr("%1 started").arg(what));
    Q_EMIT progress(tr("%1…").arg(what), 0, 0);
    m_background.setFuture(QtConcurrent::run(
        [work = std::move(work), cancel = m_cancel] { return work(cancel.get()); }));
}

void BackupsController::reportFromWorker(const QString &text, qint64 done, qint64 total)
{
    // Called on the worker thread: the signal is emitted on the GUI thread.
    QMetaObject::invokeMethod(this,
                              [this, text, done, total] { Q_EMIT progress(text, done, total); });
}

void BackupsController::verify(const BackupRecord &record)
{
    runInBackground(tr("Verify %1").arg(record.path), [record](const std::atomic_bool *) {
        const VerifyResult result = BackupVerifier::verify(record);
        // The catalog shows it as the backup's last verification.
        auto recorded = BackupVerifier::recordVerification(record.id, result);
        return checkOutcome(result.problems, recorded ? recorded->detail : recorded.error());
    });
}

void BackupsController::testRestore(const BackupRecord &record)
{
    const WorkspaceRequest request = m_request;
    runInBackground(tr("Test-restore %1").arg(record.path), [this, request, record](
                                                                const std::atomic_bool *cancel) {
        recordStart(request.connection.url(), QStringLiteral("test-restore"), record.path);
        const RestoreCheckResult result = BackupVerifier::testRestore(
            request.connection, request.password, record,
            [this](qint64 fed, qint64 total) {
                reportFromWorker(
                    tr("Restoring into a scratch database: %1 of %2")
                        .arg(QLocale().formattedDataSize(fed), QLocale().formattedDataSize(total)),
                    fed, total);
            },
            cancel);
        auto recorded = BackupVerifier::recordTestRestore(record.id, result);
        if (!recorded)
            return checkOutcome(result.problems, recorded.error(), result.notRun);
        const QStringList summary = BackupVerifier::checkSummary(
            result.ok, result.problems, result.compared, result.notCompared);
        return checkOutcome(result.problems, summary.join(QStringLiteral("; ")), result.notRun);
    });
}

void BackupsController::restore(const BackupRecord &record)
{
    if (isBusy())
        return;
    const WorkspaceRequest request = m_request;
    m_restoring = record.path;
    runInBackground(
        tr("Restore %1").arg(record.path), [this, request, record](const std::atomic_bool *cancel) {
            recordStart(request.connection.url(), QStringLiteral("restore"), record.path);
            auto restored = DumpRestorer::restore(
                {request.connection, request.password, record.path, {}},
                [this](qint64 fed, qint64 total) {
                    reportFromWorker(tr("Restoring: %1 of %2")
                                         .arg(QLocale().formattedDataSize(fed),
                                              QLocale().formattedDataSize(total)),
                                     fed, total);
                },
                cancel);
            if (!restored)
                return WorkOutcome{restored.error(), {}, {}};
            return WorkOutcome{{}, {}, restored.value().removed};
        });
}

void BackupsController::recordStart(const QString &databaseUrl, const QString &action,
                                    const QString &path)
{
    // Called on the worker thread: the message is emitted on the GUI thread.
    if (auto logged = BackupCatalogLoader::recordStarted(databaseUrl, action, path); !logged)
        QMetaObject::invokeMethod(
            this, [this, problem = logged.error()] { Q_EMIT message(problem, true); });
}

} // namespace backstep
