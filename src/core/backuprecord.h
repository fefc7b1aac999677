#pragma once

#include "core/backupmanifest.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace backstep {

enum class BackupStatus { Running, Complete, Failed, Cancelled };
enum class BackupCompression { None, Gzip, Zstd };

QString backupStatusName(BackupStatus status);
// The status in the reader's language, for the window; backupStatusName() for machines.
QString backupStatusLabel(BackupStatus status);
BackupStatus backupStatusFromName(const QString &name);
QString compressionName(BackupCompression compression);
std::optional<BackupCompression> compressionFromName(const QString &name);
QString compressionSuffix(BackupCompression compression); // "", ".gz", ".zst"

// The playbook's name: <db>_rollback_backup_YYYYMMDD_HHMMSS.sql[.gz|.zst] (local time).
QString backupFileName(const QString &database, const QDateTime &at, BackupCompression compression,
                       bool sqlite = false);

// The last verification or test-restore of a backup: when, and what it found.
struct BackupCheck
{
    QDateTime at; // invalid: never done
    bool ok = false;
    QString detail; // the problems, or what was compared
    bool done() const { return at.isValid(); }
};

// One backup in the catalog: what was dumped, where, and whether it can be trusted.
struct BackupRecord
{
    qint64 id = 0;
    QString path;
    QString databaseUrl;
    QString databaseName;
    QString engine; // "mysql" or "sqlite"
    BackupCompression compression = BackupCompression::None;
    BackupStatus status = BackupStatus::Running;
    qint64 bytes = 0;
    QString sha256;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 durationMs = 0;
    QString serverVersion;
    QString migrationVersion; // the latest applied migration when the backup was taken
    QString gtid;
    QString binlogFile;
    qint64 binlogPosition = 0;
    // Why the GTID set and binary log position could not be read when the backup started
    // (the server's reason); empty when they were (or for SQLite).
    QString positionUnknown;
    QString error;
    // What the backup held; nullopt for a backup taken before manifests were recorded
    // (or one that did not complete).
    std::optional<BackupManifest> manifest;
    BackupCheck lastVerification;
    BackupCheck lastTestRestore;
};

// A backup as the window lists it: its record, and whether its file was gone when the
// catalog was read (looked at by the worker that read it, never on the GUI thread).
struct ListedBackup
{
    BackupRecord record;
    bool fileMissing = false;
};

} // namespace backstep
