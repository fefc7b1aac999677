#include "ops/runhistoryloader.h"

#include "db/journal.h"

#include <QtConcurrent/QtConcurrentRun>

namespace backstep {

QFuture<Result<QList<RunHistoryEntry>>> RunHistoryLoader::start(QString journalPath)
{
    return QtConcurrent::run(
        [journalPath = std::move(journalPath)]() -> Result<QList<RunHistoryEntry>> {
            auto journal = Journal::open(journalPath);
            if (!journal)
                return journal.failure();
            return RunHistory::list(*journal.value());
        });
}

QFuture<Result<RunHistoryDetail>> RunHistoryLoader::startDetails(RunHistoryEntry entry,
                                                                 QString journalPath)
{
    return QtConcurrent::run([entry = std::move(entry),
                              journalPath = std::move(journalPath)]() -> Result<RunHistoryDetail> {
        auto journal = Journal::open(journalPath);
        if (!journal)
            return journal.failure();
        return RunHistory::details(*journal.value(), entry);
    });
}

QFuture<Result<std::optional<VerificationReport>>>
RunHistoryLoader::startLatestReport(QString databaseUrl, QString journalPath)
{
    return QtConcurrent::run(
        [databaseUrl = std::move(databaseUrl),
         journalPath = std::move(journalPath)]() -> Result<std::optional<VerificationReport>> {
            auto journal = Journal::open(journalPath);
            if (!journal)
                return journal.failure();
            return RunHistory::latestReport(*journal.value(), databaseUrl);
        });
}

} // namespace backstep
