#pragma once

#include "core/backuprecord.h"
#include "core/connectionspec.h"
#include "core/result.h"

#include <QMap>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace backstep {

struct VerifyResult
{
    bool ok = false;
    QStringList problems;    // each names what is wrong
    QStringList compared;    // what was checked and agreed
    QStringList notCompared; // what could not be checked, and why
};

struct RestoreCheckResult
{
    bool ok = false;
    QString scratchDatabase;
    // What the backup held (the manifest's exact counts; without a manifest, the live
    // database's) and what the restored copy holds.
    QMap<QString, qint64> sourceRows;
    QMap<QString, qint64> restoredRows;
    QStringList problems;
    QStringList compared;    // tables, counts, checksums, routines, ... that agreed
    QStringList notCompared; // estimates, tables that changed during the backup, ...
    QStringList notRun;      // the dump's statements the restore left out (RestoreOutcome)
};

// Says whether a backup can still be trusted. Blocking: call on a worker thread.
class BackupVerifier
{
public:
    // The file is there, has the recorded size and SHA-256, (for a dump) still ends with
    // the completion line and holds the structure of every table of its manifest; a
    // SQLite copy is compared with its manifest in full.
    static VerifyResult verify(const BackupRecord &record);
    // Restores the backup into a scratch database `<db>_restorecheck_<timestamp>` on the
    // same server, compares it with the backup's manifest (tables, exact row counts,
    // checksums, views, routines, triggers, events: what the backup held, not what the
    // database holds today), and drops the scratch database whatever happened. A backup
    // recorded before manifests existed is compared with the live database, and says so.
    static RestoreCheckResult testRestore(const ConnectionSpec &connection, const QString &password,
                                          const BackupRecord &record,
                                          const std::function<void(qint64, qint64)> &progress = {},
                                          const std::atomic_bool *cancel = nullptr);
    // The catalog's backup `id` (nullopt: no such backup), from the journal at `journalPath`.
    static Result<std::optional<BackupRecord>> findBackup(qint64 id,
                                                          const QString &journalPath = {});
    // The catalog's "last verification" / "last test-restore" of the backup, in the journal
    // at `journalPath` (empty: the default one): now, the verdict, and the problems or what
    // was compared.
    static Result<BackupCheck> recordVerification(qint64 backupId, const VerifyResult &result,
                                                  const QString &journalPath = {});
    static Result<BackupCheck> recordTestRestore(qint64 backupId, const RestoreCheckResult &result,
                                                 const QString &journalPath = {});
    // The recorded detail's parts: the problems (or, when it passed, what was compared) and
    // what could not be compared; the catalog's detail adds what a restore left out.
    static QStringList checkSummary(bool ok, const QStringList &problems,
                                    const QStringList &compared, const QStringList &notCompared);
};

} // namespace backstep
