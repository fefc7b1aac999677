#include "db/journalrows.h"

namespace backstep::journalrows {

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant timeValue(const QDateTime &at)
{
    return at.isValid() ? QVariant(timeText(at)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime timeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString nowText()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace backstep::journalrows
