#include "models/migrationhistorymodel.h"

#include "core/version.h"
#include "models/statepresentation.h"

#include <QLocale>

namespace backstep {

void MigrationHistoryModel::setRows(QList<MigrationStatus> rows, MigrationFormat format)
{
    m_format = format;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const MigrationStatus *MigrationHistoryModel::statusAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int MigrationHistoryModel::rowOfVersion(const QString &version) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (sameVersion(m_format, m_rows[row].version, version))
            return row;
    return -1;
}

int MigrationHistoryModel::countInState(MigrationState state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [state](const MigrationStatus &row) { return row.state == state; }));
}

int MigrationHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MigrationHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MigrationStatus &row = m_rows[index.row()];
    switch (role) {
    case StateRole:
        return int(row.state);
    case VersionRole:
        return row.version;
    case MigrationIndexRole:
        return row.migrationIndex;
    case SortRole:
        switch (index.column()) {
        case StateColumn:
            return int(row.state);
        case VersionColumn:
            return row.version;
        case NameColumn:
            return row.name;
        case AppliedAtColumn:
            return row.appliedAt;
        case DownColumn:
            return !row.downErrors.isEmpty() ? -2 : row.reversible ? row.downStatementCount : -1;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return StatePresentation::label(row.state);
        case VersionColumn:
            return row.version;
        case NameColumn:
            return row.name;
        case AppliedAtColumn:
            return row.appliedAt.isValid()
                       ? QLocale().toString(row.appliedAt, QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
        case DownColumn:
            // A count stops at the first error: saying "1 statement" of a section with
            // three, one of them broken, would mislead.
            if (!row.downErrors.isEmpty())
                return tr("parse error, line %1").arg(row.downErrors.first().location.line);
            if (row.reversible)
                return tr("%n statement(s)", nullptr, row.downStatementCount);
            return tr("irreversible");
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return StatePresentation::icon(row.state);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DownColumn && (!row.reversible || !row.downErrors.isEmpty()))
            return StatePresentation::color(MigrationState::Failed);
        if (index.column() == StateColumn && row.state == MigrationState::Unknown)
            return StatePresentation::color(MigrationState::Unknown);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DownColumn && !row.downErrors.isEmpty()) {
            QStringList lines;
            for (const Diagnostic &error : row.downErrors)
                lines.append(error.toString());
            return tr("The DOWN section cannot be read past this error, so it cannot be rolled "
                      "back until the file is fixed:\n%1")
                .arg(lines.join(u'\n'));
        }
        if (index.column() == StateColumn && row.state == MigrationState::Unknown)
            return tr("The database's history could not be read: whether this migration is "
                      "applied is not known");
        if (index.column() == DownColumn && !row.reversible)
            return tr("Cannot be rolled back: %1").arg(row.irreversibleReason);
        if (index.column() == StateColumn || index.column() == NameColumn)
            return row.file.isEmpty() ? tr("No migration file for version %1").arg(row.version)
                                      : row.file;
        return {};
    }
    return {};
}

QVariant MigrationHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case VersionColumn:
        return tr("Version");
    case NameColumn:
        return tr("Name");
    case AppliedAtColumn:
        return tr("Applied at");
    case DownColumn:
        return tr("DOWN");
    }
    return {};
}

MigrationFilterProxyModel::MigrationFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MigrationHistoryModel::SortRole);
}

void MigrationFilterProxyModel::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool MigrationFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int column : {MigrationHistoryModel::StateColumn, MigrationHistoryModel::VersionColumn,
                       MigrationHistoryModel::NameColumn, MigrationHistoryModel::DownColumn}) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool MigrationFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == MigrationHistoryModel::VersionColumn)
        return compareVersions(left.data(sortRole()).toString(),
                               right.data(sortRole()).toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace backstep
