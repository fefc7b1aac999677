#include "ops/backupcatalogloader.h"

#include "db/backupcatalog.h"
#include "db/journal.h"

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

QFuture<Result<QList<BackupRecord>>> BackupCatalogLoader::start(QString databaseUrl,
                                                                QString journalPath)
{
    return QtConcurrent::run(
        [databaseUrl = std::move(databaseUrl),
         journalPath = std::move(journalPath)]() -> Result<QList<BackupRecord>> {
            auto journal = openJournal(journalPath);
            if (!journal)
                return journal.failure();
            return BackupCatalog(*journal.value()).list(databaseUrl);
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
