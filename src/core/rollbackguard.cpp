#include "core/rollbackguard.h"

#include "core/version.h"

#include <QCoreApplication>

namespace backstep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RollbackGuard)
};
} // namespace

BackupVerdict judgeBackup(const std::optional<BackupRecord> &latest, const QString &currentVersion,
                          const QDateTime &versionAppliedAt)
{
    if (!latest || latest->status != BackupStatus::Complete)
        return {false, Tr::tr("no complete backup of this database is in the catalog")};
    const QString taken = latest->startedAt.toLocalTime().toString(Qt::ISODate);
    if (compareVersions(latest->migrationVersion, currentVersion) != 0 ||
        latest->migrationVersion.isEmpty() != currentVersion.isEmpty())
        return {
            false,
            Tr::tr("the newest complete backup (%1, taken %2) is at migration version %3, "
                   "the database is at %4 now")
                .arg(latest->path, taken,
                     latest->migrationVersion.isEmpty() ? Tr::tr("none") : latest->migrationVersion,
                     currentVersion.isEmpty() ? Tr::tr("none") : currentVersion)};
    if (versionAppliedAt.isValid() && latest->startedAt < versionAppliedAt)
        return {false, Tr::tr("the newest complete backup (%1) was taken %2, before version %3 was "
                              "applied (%4)")
                           .arg(latest->path, taken, currentVersion,
                                versionAppliedAt.toLocalTime().toString(Qt::ISODate))};
    return {true, Tr::tr("backup %1 (taken %2 at version %3, SHA-256 %4)")
                      .arg(latest->path, taken, currentVersion, latest->sha256.left(16))};
}

bool confirmsDatabase(const QString &typed, const QString &databaseName)
{
    return !databaseName.isEmpty() && typed == databaseName;
}

} // namespace backstep
