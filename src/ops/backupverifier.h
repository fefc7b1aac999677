#pragma once

#include "core/backuprecord.h"
#include "core/connectionspec.h"

#include <QMap>
#include <QStringList>

#include <atomic>
#include <functional>

namespace backstep {

struct VerifyResult
{
    bool ok = false;
    QStringList problems; // each names what is wrong
};

struct RestoreCheckResult
{
    bool ok = false;
    QString scratchDatabase;
    QMap<QString, qint64> sourceRows;
    QMap<QString, qint64> restoredRows;
    QStringList problems;
};

// Says whether a backup can still be trusted. Blocking: call on a worker thread.
class BackupVerifier
{
public:
    // The file is there, has the recorded size and SHA-256, and (for a dump) still ends
    // with the completion line.
    static VerifyResult verify(const BackupRecord &record);
    // Restores the backup into a scratch database `<db>_restorecheck_<timestamp>` on the
    // same server, compares the table list and row counts with the live database, and
    // drops the scratch database whatever happened.
    static RestoreCheckResult testRestore(const ConnectionSpec &connection, const QString &password,
                                          const BackupRecord &record,
                                          const std::function<void(qint64, qint64)> &progress = {},
                                          const std::atomic_bool *cancel = nullptr);
};

} // namespace backstep
