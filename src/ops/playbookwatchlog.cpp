#include "ops/playbookwatchlog.h"

#include "core/loglineclassifier.h"
#include "ops/playbookactions.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookWatchLogAction)
};

// How much of a log's end is read to find the window before (a busy log's last minutes).
constexpr qint64 maximumBeforeBytes = 64LL * 1024 * 1024;
// How often the files are read while watching; also how soon cancel is seen.
constexpr int pollMilliseconds = 200;

double minutesOf(int seconds)
{
    return std::max(1.0, seconds / 60.0);
}

QJsonObject rateJson(const LogRate &rate)
{
    auto rounded = [](double value) {
        return std::round(value * 100.0) / 100.0;
    };
    return {{QStringLiteral("errors"), rounded(rate.errorsPerMinute())},
            {QStringLiteral("warnings"), rounded(rate.warningsPerMinute())},
            {QStringLiteral("errorLines"), rate.errors},
            {QStringLiteral("warningLines"), rate.warnings}};
}

// One followed file: what was there when the watch began, and what came after.
struct Followed
{
    QString path;
    qint64 offset = 0;
    QByteArray partial; // a line not yet ended
    QString problem;

    // The complete lines appended since the last read.
    QStringList readNew()
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problem = file.errorString();
            return {};
        }
        problem.clear();
        if (file.size() < offset) { // truncated or rotated: start again from its beginning
            offset = 0;
            partial.clear();
        }
        if (!file.seek(offset))
            return {};
        const QByteArray bytes = file.readAll();
        offset += bytes.size();
        partial += bytes;
        const qsizetype end = partial.lastIndexOf('\n');
        if (end < 0)
            return {};
        const QString complete = QString::fromUtf8(partial.left(end));
        partial.remove(0, end + 1);
        return complete.split(u'\n');
    }
};

} // namespace

PlaybookWatchLogAction::PlaybookWatchLogAction(const PlaybookSetup &setup)
    : m_setup(setup)
{}

double PlaybookWatchLogAction::errorLimit(double errorsPerMinuteBefore)
{
    const double before = std::max(0.0, errorsPerMinuteBefore);
    return std::max(2.0 * before, before + 5.0);
}

LogRate PlaybookWatchLogAction::countWindow(const QString &text, const QDateTime &from,
                                            const QDateTime &until, bool *covered, QString *why)
{
    LogRate rate;
    rate.minutes = std::max(1.0, double(from.secsTo(until)) / 60.0);
    QDateTime current; // the time of the line, or of the last line that had one
    QDateTime first;
    for (QStringView line : QStringView(text).split(u'\n')) {
        const QString stamp = LogLineClassifier::timestamp(line.toString());
        if (!stamp.isEmpty())
            if (const QDateTime at = LogLineClassifier::dateTime(stamp); at.isValid()) {
                current = at.toUTC();
                if (!first.isValid())
                    first = current;
            }
        if (!current.isValid() || current < from || current >= until)
            continue;
        switch (LogLineClassifier::level(line)) {
        case LogLevel::Error:
            ++rate.errors;
            break;
        case LogLevel::Warning:
            ++rate.warnings;
            break;
        default:
            break;
        }
    }
    if (covered)
        *covered = first.isValid() && first <= from;
    if (why && !first.isValid())
        *why = Tr::tr("no line has a date and time");
    else if (why && first > from)
        *why = Tr::tr("it begins at %1, after %2")
                   .arg(first.toString(Qt::ISODate), from.toString(Qt::ISODate));
    return rate;
}

PlaybookStepResult PlaybookWatchLogAction::run(PlaybookStepContext &context)
{
    PlaybookStepResult result;
    const int seconds = m_setup.watchLogSeconds;
    if (seconds <= 0) {
        result.status = PlaybookStep::Status::Skipped;
        result.skipReason = PlaybookSkipReason::Operator;
        result.skipNote = Tr::tr("the log watch was set to 0 seconds");
        return result;
    }
    const QStringList files = m_setup.profile.logFiles;
    if (files.isEmpty()) {
        result.status = PlaybookStep::Status::Skipped;
        result.skipReason = PlaybookSkipReason::NotConfigured;
        result.skipNote = Tr::tr("the profile %1 names no log file").arg(m_setup.profile.name);
        return result;
    }

    // The window before: the same length of time just before the service was stopped
    // (the run's start when that step did not run).
    const PlaybookStep *stop = context.run.step(PlaybookStepKind::StopService);
    const QDateTime beforeEnd =
        stop && stop->startedAt.isValid() ? stop->startedAt.toUTC() : context.run.startedAt.toUTC();
    const QDateTime beforeStart = beforeEnd.addSecs(-seconds);

    QList<Followed> followed;
    LogRate before;
    before.minutes = minutesOf(seconds);
    QStringList unknownWhy;
    for (const QString &path : files) {
        Followed file;
        file.path = path;
        QFile log(path);
        if (!log.open(QIODevice::ReadOnly)) {
            unknownWhy.append(Tr::tr("%1: %2").arg(path, log.errorString()));
            followed.append(file);
            continue;
        }
        file.offset = log.size();
        const qint64 from = std::max<qint64>(0, file.offset - maximumBeforeBytes);
        log.seek(from);
        const QString text = QString::fromUtf8(log.read(file.offset - from));
        bool covered = false;
        QString why;
        const LogRate counted = countWindow(text, beforeStart, beforeEnd, &covered, &why);
        if (!covered)
            unknownWhy.append(Tr::tr("%1: %2").arg(path, why));
        before.errors += counted.errors;
        before.warnings += counted.warnings;
        followed.append(file);
    }
    const bool beforeKnown = unknownWhy.isEmpty();
    if (m_watching)
        m_watching();

    QDeadlineTimer deadline{std::chrono::seconds(seconds)};
    LogRate after;
    after.minutes = minutesOf(seconds);
    QStringList lines;
    int notKept = 0;
    const QDateTime watchStart = QDateTime::currentDateTimeUtc();
    for (;;) {
        for (Followed &file : followed)
            for (const QString &line : file.readNew()) {
                const LogLevel level = LogLineClassifier::level(line);
                if (level == LogLevel::Error)
                    ++after.errors;
                else if (level == LogLevel::Warning)
                    ++after.warnings;
                else
                    continue;
                if (lines.size() < keptLines)
                    lines.append(files.size() > 1 ? Tr::tr("%1: %2").arg(file.path, line) : line);
                else
                    ++notKept;
            }
        if (deadline.hasExpired())
            break;
        if (context.cancelled()) {
            result.status = PlaybookStep::Status::Cancelled;
            result.error = Tr::tr("cancelled after %n second(s) of the log watch", nullptr,
                                  int(watchStart.secsTo(QDateTime::currentDateTimeUtc())));
            return result;
        }
        QThread::msleep(static_cast<unsigned long>(
            std::min<qint64>(pollMilliseconds, deadline.remainingTime())));
    }
    QStringList unreadable;
    for (const Followed &file : followed)
        if (!file.problem.isEmpty())
            unreadable.append(Tr::tr("%1: %2").arg(file.path, file.problem));

    const double limit = errorLimit(beforeKnown ? before.errorsPerMinute() : 0.0);
    result.evidence = {
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("files"), QJsonArray::fromStringList(files)},
        {QStringLiteral("beforeFrom"), beforeStart.toString(Qt::ISODate)},
        {QStringLiteral("beforeUntil"), beforeEnd.toString(Qt::ISODate)},
        {QStringLiteral("before"),
         beforeKnown ? QJsonValue(rateJson(before)) : QJsonValue(QStringLiteral("unknown"))},
        {QStringLiteral("after"), rateJson(after)},
        {QStringLiteral("threshold"), limit},
        {QStringLiteral("lines"), QJsonArray::fromStringList(lines)},
    };
    if (!beforeKnown)
        result.evidence.insert(QStringLiteral("beforeUnknown"), unknownWhy.join(u'\n'));
    if (notKept > 0)
        result.evidence.insert(QStringLiteral("linesNotKept"), notKept);
    if (!unreadable.isEmpty())
        result.evidence.insert(QStringLiteral("unreadable"), unreadable.join(u'\n'));

    if (!unreadable.isEmpty() && unreadable.size() == followed.size()) {
        result.status = PlaybookStep::Status::Failed;
        result.error = Tr::tr("no log file could be read:\n%1").arg(unreadable.join(u'\n'));
        return result;
    }
    const QString afterErrors = QString::number(after.errorsPerMinute(), 'f', 1);
    const QString beforeErrors = QString::number(before.errorsPerMinute(), 'f', 1);
    if (after.errorsPerMinute() > limit) {
        result.status = PlaybookStep::Status::Failed;
        const QString limitText = QString::number(limit, 'f', 1);
        result.error =
            beforeKnown
                ? Tr::tr("%1 error lines per minute after the rollback, above the limit of %2 "
                         "(before: %3):\n%4")
                      .arg(afterErrors, limitText, beforeErrors, lines.join(u'\n'))
                : Tr::tr("%1 error lines per minute after the rollback, above the limit of %2 "
                         "(the rate before the service was stopped is unknown):\n%3")
                      .arg(afterErrors, limitText, lines.join(u'\n'));
        return result;
    }
    const QString warnings = QString::number(after.warningsPerMinute(), 'f', 1);
    result.summary = beforeKnown
                         ? Tr::tr("%1 errors and %2 warnings per minute (before: %3 errors)")
                               .arg(afterErrors, warnings, beforeErrors)
                         : Tr::tr("%1 errors and %2 warnings per minute; the error rate before the "
                                  "service was stopped is unknown")
                               .arg(afterErrors, warnings);
    return result;
}

} // namespace backstep
