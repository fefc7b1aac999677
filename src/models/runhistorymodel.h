#pragma once

#include "db/runhistory.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace backstep {

// The Run history dock's rows: rollback runs, playbook runs, backups and reports, newest
// first, as RunHistoryLoader read them off the GUI thread.
class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        KindColumn,
        DatabaseColumn,
        StatusColumn,
        SummaryColumn,
        ColumnCount
    };
    // StatusRole: the stable status name ("done", "complete", "pass"...); the Status
    // column shows it translated.
    enum Role { KindRole = Qt::UserRole + 1, DatabaseUrlRole, StatusRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<RunHistoryEntry> entries);
    const RunHistoryEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindLabel(RunHistoryEntry::Kind kind);

private:
    QList<RunHistoryEntry> m_entries;
};

// Filters the run history by kind, by database and by text (status, summary, id).
class RunHistoryFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // -1: every kind.
    void setKind(int kind);
    // Empty: every database.
    void setDatabaseUrl(const QString &url);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_kind = -1;
    QString m_databaseUrl;
    QString m_text;
};

} // namespace backstep
