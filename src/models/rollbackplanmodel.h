#pragma once

#include "core/rollbackplan.h"

#include <QAbstractTableModel>

namespace backstep {

// The rollback preview's table: every step of a plan in execution order (each DOWN
// statement, then the history update that ends its migration), with what the statement
// does to the server and whether MySQL commits implicitly before it.
class RollbackPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StepColumn,
        VersionColumn,
        LocationColumn,
        KindColumn,
        ImplicitCommitColumn,
        SqlColumn,
        ColumnCount
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // statementKindName(), or "history"
        ImplicitCommitRole,          // bool
        FileRole,
        LineRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    // `implicitCommits`: the target commits DDL implicitly (MySQL/MariaDB, not SQLite).
    void setPlan(const RollbackPlan &plan, bool implicitCommits);
    const RollbackPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString version;
        QString file;
        int line = 0;
        QString kind;      // statementKindName(), or "history": stable, for KindRole
        QString kindLabel; // the kind in the reader's language, for the Type column
        bool implicitCommit = false;
        QString sql;
    };
    RollbackPlan m_plan;
    QList<Row> m_rows;
};

} // namespace backstep
