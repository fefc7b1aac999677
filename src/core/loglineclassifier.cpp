#include "core/loglineclassifier.h"

#include <QRegularExpression>

namespace backstep {

namespace {

constexpr qsizetype kLevelPrefix = 160;

LogLevel levelOfWord(QStringView word)
{
    struct Name
    {
        QLatin1StringView name;
        LogLevel level;
    };
    static const Name names[] = {
        {QLatin1StringView("ERROR"), LogLevel::Error},
        {QLatin1StringView("ERR"), LogLevel::Error},
        {QLatin1StringView("FATAL"), LogLevel::Error},
        {QLatin1StringView("CRITICAL"), LogLevel::Error},
        {QLatin1StringView("CRIT"), LogLevel::Error},
        {QLatin1StringView("EMERG"), LogLevel::Error},
        {QLatin1StringView("ALERT"), LogLevel::Error},
        {QLatin1StringView("SEVERE"), LogLevel::Error},
        {QLatin1StringView("PANIC"), LogLevel::Error},
        {QLatin1StringView("WARN"), LogLevel::Warning},
        {QLatin1StringView("WARNING"), LogLevel::Warning},
        {QLatin1StringView("INFO"), LogLevel::Info},
        {QLatin1StringView("NOTE"), LogLevel::Info},
        {QLatin1StringView("NOTICE"), LogLevel::Info},
        {QLatin1StringView("DEBUG"), LogLevel::Debug},
        {QLatin1StringView("TRACE"), LogLevel::Debug},
    };
    for (const Name &name : names)
        if (word.compare(name.name, Qt::CaseInsensitive) == 0)
            return name.level;
    return LogLevel::None;
}

bool isUpper(QStringView word)
{
    for (QChar c : word)
        if (!c.isUpper())
            return false;
    return true;
}

} // namespace

LogLevel LogLineClassifier::level(QStringView line)
{
    const QStringView prefix = line.left(kLevelPrefix);
    qsizetype i = 0;
    while (i < prefix.size()) {
        if (!prefix[i].isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < prefix.size() && prefix[i].isLetter())
            ++i;
        const QStringView word = prefix.mid(start, i - start);
        if (word.size() < 3 || word.size() > 8)
            continue;
        // "ERROR" anywhere at the start; "[Warning]", "level=warn", "<info>" as marked up.
        const QChar before = start > 0 ? prefix[start - 1] : QChar();
        const bool marked =
            before == u'[' || before == u'<' || before == u'=' || before == u'"' || before == u'\'';
        if (!isUpper(word) && !marked)
            continue;
        if (const LogLevel found = levelOfWord(word); found != LogLevel::None)
            return found;
    }
    return LogLevel::None;
}

QString LogLineClassifier::timestamp(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[\\[(]?("
                       "\\d{4}-\\d{2}-\\d{2}(?:T| "
                       "{1,2})\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?"
                       "|\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4}"
                       "|[A-Z][a-z]{2} [ \\d]\\d \\d{2}:\\d{2}:\\d{2}"
                       "|\\d{6} {1,2}\\d{1,2}:\\d{2}:\\d{2}"
                       ")"));
    const QRegularExpressionMatch match = pattern.matchView(QStringView(line).left(64));
    return match.hasMatch() ? match.captured(1) : QString();
}

QDateTime LogLineClassifier::dateTime(const QString &timestamp)
{
    // MariaDB writes "2026-11-24  1:02:03"; ISO wants "2026-11-24T01:02:03".
    static const QRegularExpression dateAndHour(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:T| {1,2})(\\d{1,2}):"));
    QString iso = timestamp;
    if (const auto match = dateAndHour.match(iso); match.hasMatch())
        iso.replace(0, match.capturedLength(),
                    QStringLiteral("%1T%2:").arg(match.captured(1),
                                                 match.captured(2).rightJustified(2, u'0')));
    iso.replace(u',', u'.');
    QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(timestamp, QStringLiteral("dd/MMM/yyyy:HH:mm:ss t"));
    return parsed;
}

} // namespace backstep
