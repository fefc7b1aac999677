#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace backstep {

// One table as a backup held it.
struct ManifestTable
{
    QString name;
    qint64 rows = 0;
    // true: COUNT(*); false: the server's estimate (information_schema), too big to count.
    bool rowsExact = false;
    // The exact count differed between the reads before and after the dump: the dump's
    // own count lies between them, so the count is not compared.
    bool rowsChanged = false;
    QString checksum;    // CHECKSUM TABLE where cheap (small tables); empty when not taken
    bool hasData = true; // false: the backup holds the table's structure only (targeted)

    friend bool operator==(const ManifestTable &, const ManifestTable &) = default;
};

// What a backup held when it completed, recorded in the catalog beside it: what verify and
// test-restore compare a restored copy with (never today's database, which has moved on).
struct BackupManifest
{
    enum class Kind { Full, Targeted };
    // How the manifest relates to the dump's own snapshot.
    enum class Consistency {
        SameCopy,   // read from the backup itself (SQLite: the VACUUM INTO copy)
        ReadsAround // read on its own connection before and after the dump (MySQL)
    };

    Kind kind = Kind::Full;
    Consistency consistency = Consistency::ReadsAround;
    QString migrationVersion;
    QDateTime takenAt;
    QList<ManifestTable> tables;
    QStringList views;
    QStringList routines; // "PROCEDURE name", "FUNCTION name"
    QStringList triggers;
    QStringList events;
    // MySQL's mysqldump ran with --set-gtid-purged=OFF: the dump sets neither
    // GTID_PURGED nor SQL_LOG_BIN, so its restore gets new GTIDs and reaches the replicas.
    bool gtidPurgedOff = false;

    const ManifestTable *table(const QString &name) const;
    // The tables whose data the backup holds.
    QStringList tablesWithData() const;
    // What the race is between the manifest and the dump, for the DBA.
    QString consistencyNote() const;
    // What the backup cannot restore (a targeted backup: every other table's data); empty
    // for a full backup.
    QString cannotRestore() const;
    // What the dump says of GTIDs, for the DBA; empty when it is the tool's default.
    QString gtidNote() const;

    QJsonObject toJson() const;
    static Result<BackupManifest> fromJson(const QByteArray &json);

    friend bool operator==(const BackupManifest &, const BackupManifest &) = default;
};

QString manifestKindName(BackupManifest::Kind kind); // "full", "targeted"

// Marks the tables whose exact count differs in `after` (read right after the dump) from
// `before` (the manifest read before it), or that are gone from it.
void markChangedDuringBackup(BackupManifest &before, const BackupManifest &after);

// A restored copy compared with the manifest of the backup it came from.
struct ManifestComparison
{
    QStringList problems;    // each names the table, routine, ... and what differs
    QStringList compared;    // what was compared and agreed, for a passing test-restore
    QStringList notCompared; // what could not be compared, and why
    bool ok() const { return problems.isEmpty(); }
};

// `restored` is read from the restored copy with exact counts (and checksums where the
// manifest has them).
ManifestComparison compareWithManifest(const BackupManifest &manifest,
                                       const BackupManifest &restored);

} // namespace backstep
