#include "core/backuprecord.h"

#include <QCoreApplication>

namespace backstep {

QString backupStatusName(BackupStatus status)
{
    switch (status) {
    case BackupStatus::Running:
        return QStringLiteral("running");
    case BackupStatus::Complete:
        return QStringLiteral("complete");
    case BackupStatus::Failed:
        return QStringLiteral("failed");
    case BackupStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

namespace {
// At file level: lupdate files the strings of a Tr declared inside a function under a
// context named "Tr", which nothing looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupRecord)
};
} // namespace

QString backupStatusLabel(BackupStatus status)
{
    switch (status) {
    case BackupStatus::Running:
        return Tr::tr("running");
    case BackupStatus::Complete:
        return Tr::tr("complete");
    case BackupStatus::Failed:
        return Tr::tr("failed");
    case BackupStatus::Cancelled:
        return Tr::tr("cancelled");
    }
    return {};
}

BackupStatus backupStatusFromName(const QString &name)
{
    for (BackupStatus status : {BackupStatus::Running, BackupStatus::Complete, BackupStatus::Failed,
                                BackupStatus::Cancelled})
        if (backupStatusName(status) == name)
            return status;
    return BackupStatus::Failed;
}

QString compressionName(BackupCompression compression)
{
    switch (compression) {
    case BackupCompression::None:
        return QStringLiteral("none");
    case BackupCompression::Gzip:
        return QStringLiteral("gzip");
    case BackupCompression::Zstd:
        return QStringLiteral("zstd");
    }
    return {};
}

std::optional<BackupCompression> compressionFromName(const QString &name)
{
    for (BackupCompression c :
         {BackupCompression::None, BackupCompression::Gzip, BackupCompression::Zstd})
        if (compressionName(c) == name)
            return c;
    return std::nullopt;
}

QString compressionSuffix(BackupCompression compression)
{
    switch (compression) {
    case BackupCompression::None:
        return {};
    case BackupCompression::Gzip:
        return QStringLiteral(".gz");
    case BackupCompression::Zstd:
        return QStringLiteral(".zst");
    }
    return {};
}

QString backupFileName(const QString &database, const QDateTime &at, BackupCompression compression,
                       bool sqlite)
{
    return QStringLiteral("%1_rollback_backup_%2.%3%4")
        .arg(database, at.toLocalTime().toString(QStringLiteral("yyyyMMdd_HHmmss")),
             sqlite ? QStringLiteral("sqlite") : QStringLiteral("sql"),
             sqlite ? QString() : compressionSuffix(compression));
}

} // namespace backstep
