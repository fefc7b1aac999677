#pragma once

#include "core/loglineclassifier.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>

#include <deque>
#include <optional>

namespace backstep {

// The lines of one log file as the panel shows them: the last `capacity` lines in a ring
// (old rows are removed before new ones are inserted, so memory stays bounded however
// long the file is followed), each with its level and timestamp, and marker rows: what
// happened to the file (rotated, truncated, appeared) and where Backstep's own actions
// (backup, rollback, service stop and start) began and ended.
class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class RowKind { Line, FileEvent, ActionMark };
    Q_ENUM(RowKind)
    enum Role {
        LevelRole = Qt::UserRole + 1, // LogLevel as int
        KindRole,                     // RowKind as int
        TimestampRole,                // the timestamp text the line starts with, or empty
        DateTimeRole,                 // that timestamp as a QDateTime when it has a date
    };

    static constexpr int kDefaultCapacity = 100000;

    explicit LogModel(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    void appendLines(const QStringList &lines);
    void addFileEvent(const QString &text);
    // Marks where one of Backstep's own steps began or ended, with the time it happened.
    void addActionMark(const QString &text);
    void clear();

    QString text(int row) const;
    // Every line and marker ever added, including those the ring has dropped since.
    qint64 totalAdded() const { return m_totalAdded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString text;
        RowKind kind = RowKind::Line;
        // Found when first asked (colour, level filter), not for every line that passes
        // through the ring on its way out.
        mutable std::optional<LogLevel> level;
    };
    LogLevel levelOf(const Row &row) const;
    void append(std::deque<Row> rows);
    void makeRoom(qsizetype incoming);

    std::deque<Row> m_rows;
    int m_capacity = kDefaultCapacity;
    qint64 m_totalAdded = 0;
};

} // namespace backstep
