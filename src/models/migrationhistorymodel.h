#pragma once

#include "core/migrationstatus.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace backstep {

// The history view's rows: every migration file merged with what the database's
// history table says. Filled on the GUI thread from values a worker produced.
class MigrationHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        VersionColumn,
        NameColumn,
        AppliedAtColumn,
        DownColumn,
        ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole + 1, // MigrationState as int
        VersionRole,
        MigrationIndexRole, // index into the MigrationSet, -1 when no file
        SortRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    // The rows, and the format whose identity tells versions apart (sameVersion).
    void setRows(QList<MigrationStatus> rows, MigrationFormat format = MigrationFormat::Auto);
    const MigrationStatus *statusAt(int row) const;
    // The row of `version`, however it is written (0012 for 12 where the format says so).
    int rowOfVersion(const QString &version) const;
    int countInState(MigrationState state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MigrationStatus> m_rows;
    MigrationFormat m_format = MigrationFormat::Auto;
};

// Filters the history by text (version, name, state) and sorts versions as numbers.
class MigrationFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MigrationFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
};

} // namespace backstep
