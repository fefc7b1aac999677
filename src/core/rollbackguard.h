#pragma once

#include "core/backuprecord.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace backstep {

// Whether the newest complete backup may guard a rollback: it must have been taken at
// the database's current migration version and after that version was applied (a backup
// from before the last deploy would restore the wrong state).
struct BackupVerdict
{
    bool fresh = false;
    QString reason; // why not, or which backup, in words
};

BackupVerdict judgeBackup(const std::optional<BackupRecord> &latest, const QString &currentVersion,
                          const QDateTime &versionAppliedAt);

// The typed confirmation that stands in for a fresh backup (or for skipping a statement):
// the database's name exactly.
bool confirmsDatabase(const QString &typed, const QString &databaseName);

} // namespace backstep
