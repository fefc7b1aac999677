#include "ops/playbookbackup.h"

#include "db/backupcatalog.h"
#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "db/journal.h"
#include "ops/backupjob.h"
#include "ops/backupverifier.h"
#include "ops/playbookactions.h"
#include "ops/playbookplanning.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookBackupAction)
};

// Without an earlier full backup to measure by: a rough dump rate.
constexpr qint64 assumedBytesPerSecond = 50LL * 1024 * 1024;

const QString attemptKey = QStringLiteral("attemptStartedAt");

QString minutes(qint64 ms)
{
    return Tr::tr("%n minute(s)", nullptr, int(std::max<qint64>(1, (ms + 59999) / 60000)));
}

// How long a full backup of the database would take: the last full one's duration, else
// its data and indexes at a rough dump rate. Words for the evidence beside the number.
struct Estimate
{
    qint64 ms = 0;
    QString basis;
};

Estimate estimateFullBackup(Journal &journal, const PlaybookSetup &setup)
{
    Estimate estimate;
    auto listed = BackupCatalog(journal).list(setup.workspace.connection.url());
    if (listed) {
        for (const BackupRecord &record : listed.value()) {
            const bool full =
                !record.manifest || record.manifest->kind == BackupManifest::Kind::Full;
            if (record.status == BackupStatus::Complete && full && record.durationMs > 0) {
                estimate.ms = record.durationMs;
                estimate.basis =
                    Tr::tr("the last full backup of this database (#%1, %2) took %3 s")
                        .arg(QString::number(record.id), record.startedAt.toString(Qt::ISODate),
                             QString::number(record.durationMs / 1000));
                return estimate;
            }
        }
    }
    auto session = DatabaseSession::open(setup.workspace.connection, setup.workspace.password);
    if (!session)
        return estimate;
    auto facts = DatabaseInspector::facts(*session.value());
    if (!facts || facts->estimatedBytes <= 0)
        return estimate;
    estimate.ms = facts->estimatedBytes * 1000 / assumedBytesPerSecond;
    estimate.basis = Tr::tr("%1 of data and indexes at about 50 MB/s (no earlier full backup "
                            "of this database to measure by)")
                         .arg(QLocale::c().formattedDataSize(facts->estimatedBytes));
    return estimate;
}

} // namespace

PlaybookBackupAction::PlaybookBackupAction(Journal &journal, const PlaybookSetup &setup)
    : m_journal(journal)
    , m_setup(setup)
{}

PlaybookStepResult PlaybookBackupAction::run(PlaybookStepContext &context)
{
    const ConnectionSpec &connection = m_setup.workspace.connection;
    const bool sqlite = connection.engine == ConnectionSpec::Engine::Sqlite;
    QJsonObject evidence;

    // What an interrupted attempt left is never taken as good: its catalog row (still
    // "running") is marked failed and its partial file removed; then a new backup.
    if (context.recovery) {
        const QDateTime since =
            QDateTime::fromString(context.evidence.value(attemptKey).toString(), Qt::ISODateWithMs);
        QJsonArray discarded;
        if (since.isValid()) {
            BackupCatalog catalog(m_journal);
            auto listed = catalog.list(connection.url());
            if (!listed)
                return stepFailed(evidence, listed.error());
            for (BackupRecord record : listed.value()) {
                if (record.status != BackupStatus::Running || record.startedAt < since)
                    continue;
                record.status = BackupStatus::Failed;
                record.finishedAt = QDateTime::currentDateTimeUtc();
                record.error = Tr::tr("interrupted: the playbook's process ended before this "
                                      "backup completed; it is never taken as good");
                if (auto recorded = catalog.finish(record); !recorded)
                    return stepFailed(evidence, recorded.error());
                QFile::remove(record.path + QStringLiteral(".partial"));
                discarded.append(record.path);
            }
            // A partial file whose catalog row was never written (killed before it).
            const QString prefix = connection.databaseName() + QStringLiteral("_rollback_backup_");
            const QFileInfoList partials =
                QDir(m_setup.backupFolder)
                    .entryInfoList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
            for (const QFileInfo &partial : partials)
                if (partial.fileName().startsWith(prefix) &&
                    partial.lastModified().toUTC() >= since && QFile::remove(partial.filePath()))
                    discarded.append(partial.filePath());
        }
        evidence.insert(QStringLiteral("discarded"), discarded);
    }

    auto planned = planPlaybookTarget(m_setup, context.cancel);
    if (!planned)
        return stepFailed(evidence, planned.error());
    BackupRequest request;
    request.connection = connection;
    request.password = m_setup.workspace.password;
    request.folder = m_setup.backupFolder;
    request.migrationVersion = latestAppliedVersion(planned->workspace.history);
    request.journalPath = m_journal.path();
    PlaybookBackupKind kind = sqlite ? PlaybookBackupKind::Full : m_setup.backupKind;
    if (sqlite && m_setup.backupKind == PlaybookBackupKind::Targeted)
        evidence.insert(QStringLiteral("kindNote"),
                        Tr::tr("a SQLite database is copied whole: the backup is full"));
    if (kind == PlaybookBackupKind::Targeted) {
        request.dataTables =
            playbookTouchedTables(context.run, planned->plan, connection.databaseName());
        if (request.dataTables.isEmpty()) {
            kind = PlaybookBackupKind::Full;
            evidence.insert(QStringLiteral("kindNote"),
                            Tr::tr("the plan names no table: the backup is full"));
        } else {
            request.dataTables = targetedBackupTables(
                request.dataTables, planned->workspace.history, connection.databaseName());
        }
    } else if (!sqlite) {
        const Estimate estimate = estimateFullBackup(m_journal, m_setup);
        if (estimate.ms > 0) {
            evidence.insert(QStringLiteral("estimatedMs"), estimate.ms);
            evidence.insert(QStringLiteral("estimateBasis"), estimate.basis);
        }
        if (estimate.ms > longBackupMs) {
            evidence.insert(QStringLiteral("proposeTargeted"), true);
            evidence.insert(
                QStringLiteral("proposal"),
                Tr::tr("a full backup may take about %1 (%2): a targeted backup of the tables "
                       "the plan touches would take seconds, but could not restore the other "
                       "tables' data")
                    .arg(minutes(estimate.ms), estimate.basis));
        }
    }
    evidence.insert(QStringLiteral("kind"), playbookBackupKindName(kind));

    // Durable before the backup begins: a resume knows which catalog rows and partial files
    // are this step's.
    evidence.insert(attemptKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (auto noted = context.note(evidence); !noted)
        return stepFailed(evidence, noted.error());

    BackupJob job;
    QEventLoop loop;
    QObject::connect(&job, &BackupJob::finished, &loop, &QEventLoop::quit);
    QTimer cancelWatch;
    QObject::connect(&cancelWatch, &QTimer::timeout, &job, [&job, &context] {
        if (context.cancelled())
            job.cancel();
    });
    cancelWatch.start(100);
    job.start(request);
    if (job.isRunning())
        loop.exec();
    cancelWatch.stop();
    const BackupRecord record = job.record();
    if (record.id > 0)
        evidence.insert(QStringLiteral("backupId"), record.id);
    if (record.status != BackupStatus::Complete) {
        PlaybookStepResult result = stepFailed(
            evidence, Tr::tr("backup %1: %2").arg(backupStatusName(record.status), record.error));
        if (record.status == BackupStatus::Cancelled)
            result.status = PlaybookStep::Status::Cancelled;
        return result;
    }

    const VerifyResult verified = BackupVerifier::verify(record);
    if (auto recorded = BackupVerifier::recordVerification(record.id, verified, m_journal.path());
        !recorded)
        return stepFailed(evidence, recorded.error());
    evidence.insert(QStringLiteral("file"), record.path);
    evidence.insert(QStringLiteral("size"), record.bytes);
    evidence.insert(QStringLiteral("sha256"), record.sha256);
    evidence.insert(QStringLiteral("durationMs"), record.durationMs);
    evidence.insert(QStringLiteral("verified"), QJsonArray::fromStringList(verified.compared));
    if (record.manifest && record.manifest->kind == BackupManifest::Kind::Targeted) {
        evidence.insert(QStringLiteral("dataTables"),
                        QJsonArray::fromStringList(record.manifest->tablesWithData()));
        evidence.insert(QStringLiteral("notRestorable"), record.manifest->cannotRestore());
    }
    if (!verified.ok)
        return stepFailed(evidence,
                          Tr::tr("the backup %1 did not verify: %2")
                              .arg(record.path, verified.problems.join(QStringLiteral("; "))));

    PlaybookStepResult result;
    result.evidence = evidence;
    result.summary = Tr::tr("%1 backup %2 (%3, verified)")
                         .arg(playbookBackupKindName(kind), QFileInfo(record.path).fileName(),
                              QLocale::c().formattedDataSize(record.bytes));
    return result;
}

} // namespace backstep
