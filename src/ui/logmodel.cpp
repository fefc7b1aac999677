#include "ui/logmodel.h"

#include "models/statuscolors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>

namespace backstep {

namespace {

// Readable on light and dark palettes alike; Info and unlabelled lines keep the text colour.
QVariant levelColor(LogLevel level)
{
    switch (level) {
    case LogLevel::Error:
        return QBrush(StatusColors::of(Tone::Bad));
    case LogLevel::Warning:
        return QBrush(StatusColors::of(Tone::Warning));
    case LogLevel::Debug:
        return QBrush(StatusColors::of(Tone::Neutral));
    case LogLevel::Info:
    case LogLevel::None:
        break;
    }
    return {};
}

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    makeRoom(0);
}

void LogModel::appendLines(const QStringList &lines)
{
    m_totalAdded += lines.size();
    // A batch larger than the ring keeps only its own last lines.
    const qsizetype first = std::max<qsizetype>(0, lines.size() - m_capacity);
    std::deque<Row> rows;
    for (qsizetype i = first; i < lines.size(); ++i)
        rows.push_back({lines[i], RowKind::Line, {}});
    append(std::move(rows));
}

void LogModel::addFileEvent(const QString &text)
{
    ++m_totalAdded;
    append({{text, RowKind::FileEvent, LogLevel::None}});
}

void LogModel::addActionMark(const QString &text)
{
    ++m_totalAdded;
    const QString stamped =
        QStringLiteral("%1 ▶ %2").arg(QDateTime::currentDateTime().toString(Qt::ISODate), text);
    append({{stamped, RowKind::ActionMark, LogLevel::None}});
}

void LogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void LogModel::append(std::deque<Row> rows)
{
    if (rows.empty())
        return;
    makeRoom(qsizetype(rows.size()));
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (Row &row : rows)
        m_rows.push_back(std::move(row));
    endInsertRows();
}

// Removes the oldest rows first so that the insert that follows never exceeds capacity.
void LogModel::makeRoom(qsizetype incoming)
{
    const qsizetype excess = qsizetype(m_rows.size()) + incoming - m_capacity;
    const int remove = int(std::min<qsizetype>(excess, qsizetype(m_rows.size())));
    if (remove <= 0)
        return;
    beginRemoveRows({}, 0, remove - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + remove);
    endRemoveRows();
}

QString LogModel::text(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].text : QString();
}

LogLevel LogModel::levelOf(const Row &row) const
{
    if (!row.level)
        row.level = LogLineClassifier::level(row.text);
    return *row.level;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.text;
    case LevelRole:
        return int(levelOf(row));
    case KindRole:
        return int(row.kind);
    case TimestampRole:
        return row.kind == RowKind::Line ? LogLineClassifier::timestamp(row.text) : QString();
    case DateTimeRole:
        return row.kind == RowKind::Line
                   ? LogLineClassifier::dateTime(LogLineClassifier::timestamp(row.text))
                   : QDateTime();
    case Qt::ForegroundRole:
        return row.kind == RowKind::Line ? levelColor(levelOf(row)) : QVariant();
    case Qt::BackgroundRole:
        if (row.kind == RowKind::ActionMark)
            return QBrush(StatusColors::background(Tone::Unknown, QGuiApplication::palette()));
        if (row.kind == RowKind::FileEvent)
            return QBrush(StatusColors::background(Tone::Warning, QGuiApplication::palette()));
        return {};
    case Qt::FontRole:
        if (row.kind != RowKind::Line) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LevelRole, "level");
    names.insert(KindRole, "kind");
    names.insert(TimestampRole, "timestamp");
    names.insert(DateTimeRole, "dateTime");
    return names;
}

} // namespace backstep
