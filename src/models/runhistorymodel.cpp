#include "models/runhistorymodel.h"

#include "models/statuscolors.h"

#include <QLocale>

namespace backstep {

void RunHistoryModel::setEntries(QList<RunHistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const RunHistoryEntry *RunHistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunHistoryModel::kindLabel(RunHistoryEntry::Kind kind)
{
    switch (kind) {
    case RunHistoryEntry::Kind::Rollback:
        return tr("Rollback");
    case RunHistoryEntry::Kind::Playbook:
        return tr("Playbook");
    case RunHistoryEntry::Kind::Backup:
        return tr("Backup");
    case RunHistoryEntry::Kind::Report:
        return tr("Report");
    }
    return {};
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunHistoryEntry &entry = m_entries[index.row()];
    switch (role) {
    case KindRole:
        return int(entry.kind);
    case DatabaseUrlRole:
        return entry.databaseUrl;
    case StatusRole:
        return entry.status;
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(entry.startedAt.toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case KindColumn:
            return kindLabel(entry.kind);
        case DatabaseColumn:
            return entry.databaseUrl;
        case StatusColumn:
            return entry.statusLabel;
        case SummaryColumn:
            return entry.summary;
        default:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return {};
        switch (entry.outcome) {
        case RunHistoryEntry::Outcome::Good:
            return StatusColors::of(Tone::Good);
        case RunHistoryEntry::Outcome::Bad:
            return StatusColors::of(Tone::Bad);
        case RunHistoryEntry::Outcome::Open:
            return StatusColors::of(Tone::Warning);
        case RunHistoryEntry::Outcome::Other:
            return StatusColors::of(Tone::Neutral);
        }
        return {};
    case Qt::ToolTipRole:
        return entry.kind == RunHistoryEntry::Kind::Rollback ? tr("Run %1").arg(entry.id)
                                                             : entry.summary;
    default:
        break;
    }
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("What");
    case DatabaseColumn:
        return tr("Database");
    case StatusColumn:
        return tr("Outcome");
    case SummaryColumn:
        return tr("Summary");
    default:
        break;
    }
    return {};
}

void RunHistoryFilterProxyModel::setKind(int kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

void RunHistoryFilterProxyModel::setDatabaseUrl(const QString &url)
{
    m_databaseUrl = url;
    invalidateRowsFilter();
}

void RunHistoryFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool RunHistoryFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                  const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind >= 0 && index.data(RunHistoryModel::KindRole).toInt() != m_kind)
        return false;
    if (!m_databaseUrl.isEmpty() &&
        index.data(RunHistoryModel::DatabaseUrlRole).toString() != m_databaseUrl)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < RunHistoryModel::ColumnCount; ++column)
        if (sourceModel()
                ->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    // The stable status too: "failed" finds failed runs in a window in any language.
    return index.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           index.data(RunHistoryModel::StatusRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace backstep
