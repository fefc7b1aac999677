#pragma once

#include "core/backuprecord.h"
#include "core/result.h"

#include <QFuture>
#include <QList>

#include <functional>

namespace backstep {

// The backup catalog for the window: read and written on worker threads, each with its own
// connection to the journal (never on the GUI thread, which gets plain records back).
// `journalPath` empty: the default journal.
class BackupCatalogLoader
{
public:
    // The catalog's backups of `databaseUrl` (empty: of every database), newest first, each
    // complete one with whether its file is gone (deleted outside Backstep).
    static QFuture<Result<QList<ListedBackup>>> start(QString databaseUrl,
                                                      QString journalPath = {});
    // Blocking, for a worker thread: the journal's event that `action` ("restore",
    // "test-restore") of the backup file `path` of `databaseUrl` started.
    static Result<void> recordStarted(const QString &databaseUrl, const QString &action,
                                      const QString &path, const QString &journalPath = {});

    // Test hook: called on the thread that is about to open the journal, for every read
    // and write above (empty: none).
    static void setJournalProbe(std::function<void()> probe);
};

} // namespace backstep
