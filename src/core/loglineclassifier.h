#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace backstep {

enum class LogLevel { None, Debug, Info, Warning, Error };

// What a log line says about itself: its level (ERROR/FATAL, WARN/WARNING, INFO/NOTE,
// DEBUG/TRACE, as written by most applications, systemd and MariaDB's error log) and the
// timestamp it starts with (ISO 8601, syslog, Apache/nginx, MariaDB's old YYMMDD).
class LogLineClassifier
{
public:
    // Looks at the start of the line only: a level word further in is part of the text.
    static LogLevel level(QStringView line);
    // The timestamp near the start of the line, or an empty string.
    static QString timestamp(const QString &line);
    // The timestamp as a time when its format carries a full date; invalid otherwise.
    static QDateTime dateTime(const QString &timestamp);
};

} // namespace backstep
