#include "models/backupcatalogmodel.h"

#include "models/statuscolors.h"

#include <QColor>
#include <QFileInfo>
#include <QLocale>

namespace backstep {

namespace {

const BackupCheck *checkOf(const BackupRecord &record, int column)
{
    if (column == BackupCatalogModel::VerifiedColumn)
        return &record.lastVerification;
    if (column == BackupCatalogModel::TestRestoredColumn)
        return &record.lastTestRestore;
    return nullptr;
}

} // namespace

void BackupCatalogModel::setBackups(QList<ListedBackup> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

const BackupRecord *BackupCatalogModel::recordAt(int row) const
{
    return row >= 0 && row < m_backups.size() ? &m_backups[row].record : nullptr;
}

int BackupCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupRecord &record = m_backups[index.row()].record;
    const bool missing = m_backups[index.row()].fileMissing;
    if (role == RecordIdRole)
        return record.id;
    if (const BackupCheck *check = checkOf(record, index.column())) {
        if (role == Qt::ForegroundRole && check->done())
            return StatusColors::of(check->ok ? Tone::Good : Tone::Bad);
        if (role == Qt::ToolTipRole)
            return check->done() ? check->detail : tr("Never done for this backup.");
        if (role != Qt::DisplayRole)
            return {};
        if (!check->done())
            return tr("never");
        const QString at =
            QLocale().toString(check->at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
        return check->ok ? tr("passed %1").arg(at) : tr("failed %1").arg(at);
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (missing || record.status == BackupStatus::Failed)
            return StatusColors::of(Tone::Bad);
        if (record.status == BackupStatus::Complete)
            return StatusColors::of(Tone::Good);
        return {};
    }
    if (role == Qt::ToolTipRole)
        return record.error.isEmpty() ? record.path : record.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StatusColumn:
        return missing ? tr("missing") : backupStatusLabel(record.status);
    case StartedColumn:
        return QLocale().toString(record.startedAt.toLocalTime(),
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case SizeColumn:
        return record.bytes > 0 ? QLocale().formattedDataSize(record.bytes) : QString();
    case VersionColumn:
        return record.migrationVersion;
    case ChecksumColumn:
        return record.sha256.left(12);
    case FileColumn:
        return QFileInfo(record.path).fileName();
    default: // the check columns are answered above
        break;
    }
    return {};
}

QVariant BackupCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Taken");
    case SizeColumn:
        return tr("Size");
    case VersionColumn:
        return tr("At version");
    case ChecksumColumn:
        return tr("SHA-256");
    case VerifiedColumn:
        return tr("Last verified");
    case TestRestoredColumn:
        return tr("Last test-restore");
    case FileColumn:
        return tr("File");
    default:
        break;
    }
    return {};
}

} // namespace backstep
