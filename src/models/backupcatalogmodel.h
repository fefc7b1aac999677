#pragma once

#include "core/backuprecord.h"

#include <QAbstractTableModel>

namespace backstep {

// The Backups dock's table: the catalog's rows, newest first; a file deleted outside
// Backstep shows as missing (as the catalog's reader found it: nothing here touches a
// file); the last verification and test-restore with their result and
// time (what they found or compared in the tooltip).
class BackupCatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        StartedColumn,
        SizeColumn,
        VersionColumn,
        ChecksumColumn,
        VerifiedColumn,     // the last verification: result and time
        TestRestoredColumn, // the last test-restore: result and time
        FileColumn,
        ColumnCount
    };
    enum Role { RecordIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setBackups(QList<ListedBackup> backups);
    const BackupRecord *recordAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ListedBackup> m_backups;
};

} // namespace backstep
