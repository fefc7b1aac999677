#include "models/rollbackplanmodel.h"

#include "core/statementkind.h"
#include "models/statuscolors.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace backstep {

void RollbackPlanModel::setPlan(const RollbackPlan &plan, bool implicitCommits)
{
    beginResetModel();
    m_plan = plan;
    m_rows.clear();
    for (const PlanStep &step : plan.steps) {
        const PlannedMigration &migration = plan.migrations.at(step.migration);
        Row row;
        row.version = migration.version;
        row.file = migration.file;
        if (step.isHistory()) {
            row.kind = QStringLiteral("history");
            row.kindLabel = tr("history");
            row.sql =
                tr("record in the history table that %1 is rolled back").arg(migration.version);
        } else {
            const Statement &statement = migration.statements.at(step.statement);
            if (!statement.start.file.isEmpty())
                row.file = statement.start.file;
            row.line = statement.start.line;
            row.kind = statementKindName(migration.kinds.value(step.statement));
            row.kindLabel = statementKindLabel(migration.kinds.value(step.statement));
            row.implicitCommit = implicitCommits && causesImplicitCommit(statement.sql);
            row.sql = statement.sql;
        }
        m_rows.append(row);
    }
    endResetModel();
}

int RollbackPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RollbackPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RollbackPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return row.kind;
    case ImplicitCommitRole:
        return row.implicitCommit;
    case FileRole:
        return row.file;
    case LineRole:
        return row.line;
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn:
            return index.row() + 1;
        case VersionColumn:
            return row.version;
        case LocationColumn:
            return row.line > 0
                       ? QStringLiteral("%1:%2").arg(QFileInfo(row.file).fileName()).arg(row.line)
                       : QFileInfo(row.file).fileName();
        case KindColumn:
            return row.kindLabel;
        case ImplicitCommitColumn:
            if (row.kind == u"history")
                return QString();
            return row.implicitCommit ? tr("yes") : tr("no");
        case SqlColumn:
            return row.sql.simplified();
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == LocationColumn)
            return row.file;
        if (index.column() == SqlColumn)
            return row.sql;
        if (index.column() == ImplicitCommitColumn && row.implicitCommit)
            return tr("The server commits before this statement: it cannot be undone by a "
                      "transaction.");
        break;
    case Qt::ForegroundRole:
        if (index.column() == ImplicitCommitColumn && row.implicitCommit) {
            return QBrush(StatusColors::of(Tone::Warning));
        }
        if (row.kind == u"history") // Backstep's own step, not a statement of the file
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case Qt::FontRole:
        if (index.column() == KindColumn && row.kind == u"schema") {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RollbackPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case VersionColumn:
        return tr("Version");
    case LocationColumn:
        return tr("File:line");
    case KindColumn:
        return tr("Kind");
    case ImplicitCommitColumn:
        return tr("Implicit commit");
    case SqlColumn:
        return tr("SQL");
    default:
        break;
    }
    return {};
}

} // namespace backstep
