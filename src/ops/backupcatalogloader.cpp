#include "ops/backupcatalogloader.h"

#include "db/backupcatalog.h"
#include "db/journal.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>
#include <utility>

namespace backstep {

namespace {
std::mutex probeMutex;
std::function<void()> &journalProbe()
{
    static std::function<void()> probe;
    return probe;
}

Result<std::unique_ptr<Journal>> openJournal(const QString &journalPath)
{
    std::function<void()> probe;
    {
        const std::lock_guard lock(probeMutex);
        probe = journalProbe();
    }
    if (probe)
        probe();
    return Journal::open(journalPath);
}
} // namespace

QFuture<Result<QList<ListedBackup>>> BackupCatalogLoader::start(QString databaseUrl,
                                                                QString journalPath)
{
    return QtConcurrent::run(
        [databaseUrl = std::move(databaseUrl),
         journalPath = std::move(journalPath)]() -> Result<QList<ListedBackup>> {
            auto journal = openJournal(journalPath);
            if (!journal)
                return journal.failure();
            auto records = BackupCatalog(*journal.value()).list(databaseUrl);
            if (!records)
                return records.failure();
            QList<BackupRecord> found = std::move(records).value();
            QList<ListedBackup> listed;
            listed.reserve(found.size());
            for (BackupRecord &record : found) {
                // A file on a slow or hung mount is looked at here, never by the window.
                const bool missing =
                    record.status == BackupStatus::Complete && !QFile::exists(record.path);
                listed.append({std::move(record), missing});
            }
            return listed;
        });
}

Result<void> BackupCatalogLoader::recordStarted(const QString &databaseUrl, const QString &action,
                                                const QString &path, const QString &journalPath)
{
    auto journal = openJournal(journalPath);
    if (!journal)
        return journal.failure();
    auto logged = journal.value()->record(
        {0, {}, QStringLiteral("backup"), databaseUrl, action, QStringLiteral("started"), path});
    if (!logged)
        return logged.failure();
    return {};
}

void BackupCatalogLoader::setJournalProbe(std::function<void()> probe)
{
    const std::lock_guard lock(probeMutex);
    journalProbe() = std::move(probe);
}

} // namespace backstep
