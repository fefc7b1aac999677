#include "ui/logfilterproxymodel.h"

#include "ui/logmodel.h"

namespace backstep {

LogFilterProxyModel::LogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void LogFilterProxyModel::setText(const QString &text)
{
    m_text = text;
    invalidateRowsFilter();
}

void LogFilterProxyModel::setMinimumLevel(LogLevel level)
{
    m_minimumLevel = level;
    invalidateRowsFilter();
}

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() && m_minimumLevel == LogLevel::None)
        return true; // following at full speed, unfiltered: no per-row work
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(LogModel::KindRole).toInt() != int(LogModel::RowKind::Line))
        return true;
    if (m_minimumLevel != LogLevel::None &&
        index.data(LogModel::LevelRole).toInt() < int(m_minimumLevel))
        return false;
    return m_text.isEmpty() ||
           index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace backstep
