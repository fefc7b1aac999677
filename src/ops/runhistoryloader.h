#pragma once

#include "db/runhistory.h"

#include <QFuture>

namespace backstep {

// Reads the run history on a worker thread with its own connection to the journal
// (never on the GUI thread). `journalPath` empty: the default journal.
class RunHistoryLoader
{
public:
    static QFuture<Result<QList<RunHistoryEntry>>> start(QString journalPath = {});
    static QFuture<Result<RunHistoryDetail>> startDetails(RunHistoryEntry entry,
                                                          QString journalPath = {});
    static QFuture<Result<std::optional<VerificationReport>>>
    startLatestReport(QString databaseUrl, QString journalPath = {});
};

} // namespace backstep
