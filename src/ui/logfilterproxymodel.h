#pragma once

#include "core/loglineclassifier.h"

#include <QSortFilterProxyModel>

namespace backstep {

// The log lines that contain a text and reach a level. Marker rows (file events and
// Backstep's own action marks) always pass: they are the landmarks the DBA reads by.
class LogFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    // LogLevel::None shows every line, also those without a level.
    void setMinimumLevel(LogLevel level);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    LogLevel m_minimumLevel = LogLevel::None;
};

} // namespace backstep
