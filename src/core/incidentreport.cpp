#include "core/incidentreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReport)
};

// One part of the report, the same for Markdown and HTML: a title, sentences, a table
// and blocks of code or log text shown as they are.
struct Section
{
    QString title;
    QStringList paragraphs;
    QStringList headers;
    QList<QStringList> rows;
    QStringList blocks;
};

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"))
                        : QStringLiteral("—");
}

QString durationText(qint64 ms)
{
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return Tr::tr("%1 s").arg(QLocale::c().toString(double(ms) / 1000.0, 'f', 1));
    return Tr::tr("%1 min %2 s").arg(ms / 60'000).arg((ms % 60'000) / 1000);
}

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QJsonArray array(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toArray();
}

QString place(const QJsonObject &object)
{
    const QString line = text(object, "line");
    return line.isEmpty() || line == QLatin1StringView("0") ? text(object, "file")
                                                            : text(object, "file") + u':' + line;
}

QString verdictSentence(const PlaybookRun &run)
{
    const int next = run.nextStep();
    const QString at =
        next < run.steps.size() ? playbookStepTitle(run.steps[next].kind) : QString();
    switch (incidentVerdict(run)) {
    case IncidentVerdict::RolledBack:
        return Tr::tr("Rolled back %1 (%2): every step done or skipped.")
            .arg(run.databaseName, run.target);
    case IncidentVerdict::Failed: {
        QString why = run.error;
        if (why.isEmpty() && next < run.steps.size())
            why = run.steps[next].error;
        return Tr::tr("FAILED at \"%1\": %2 (backstep-cli playbook resume %3 retries it).")
            .arg(at, why, run.id);
    }
    case IncidentVerdict::Unfinished:
        return Tr::tr("Unfinished: the run stopped at \"%1\" and can be resumed "
                      "(backstep-cli playbook resume %2).")
            .arg(at, run.id);
    case IncidentVerdict::Aborted:
        break;
    }
    return Tr::tr("Aborted at \"%1\": nothing more runs.").arg(at);
}

Section whoAndWhat(const PlaybookRun &run)
{
    Section section{Tr::tr("Who and against what"), {}, {Tr::tr("What"), Tr::tr("Value")}, {}, {}};
    section.rows = {
        {Tr::tr("Run"), run.id},
        {Tr::tr("Operator"), run.operatorName + u'@' + run.host},
        {Tr::tr("Profile"), run.profile},
        {Tr::tr("Database"), run.databaseUrl},
        {Tr::tr("Server"), run.server.isEmpty() ? Tr::tr("unknown") : run.server},
        {Tr::tr("Connection"), run.connection.isEmpty() ? Tr::tr("unknown") : run.connection},
        {Tr::tr("Target"), run.target + QStringLiteral(" (") + run.targetOption + u')'},
        {Tr::tr("Backup kind"), playbookBackupKindName(run.backupKind)},
        {Tr::tr("Started"), timeText(run.startedAt)},
        {Tr::tr("Finished"), timeText(run.finishedAt)},
    };
    return section;
}

Section timeline(const PlaybookRun &run)
{
    Section section{Tr::tr("Timeline"),
                    {},
                    {Tr::tr("#"), Tr::tr("Step"), Tr::tr("Status"), Tr::tr("Started"),
                     Tr::tr("Finished"), Tr::tr("Duration"), Tr::tr("What happened")},
                    {},
                    {}};
    for (int i = 0; i < run.steps.size(); ++i) {
        const PlaybookStep &step = run.steps[i];
        QString what = step.summary;
        if (step.status == PlaybookStep::Status::Skipped)
            what = Tr::tr("skipped (%1): %2")
                       .arg(playbookSkipReasonName(step.skipReason), step.skipNote);
        else if (!step.error.isEmpty())
            what = step.error;
        const bool timed = step.startedAt.isValid() && step.finishedAt.isValid();
        section.rows.append({QString::number(i + 1), playbookStepTitle(step.kind),
                             playbookStepStatusName(step.status), timeText(step.startedAt),
                             timeText(step.finishedAt),
                             timed ? durationText(step.durationMs()) : QStringLiteral("—"), what});
    }
    return section;
}

Section plan(const PlaybookStep &identify)
{
    Section section{Tr::tr("Plan"), {}, {}, {}, {}};
    const QString target = text(identify.evidence, "target");
    if (!target.isEmpty())
        section.paragraphs.append(Tr::tr("Target: %1").arg(target));
    for (const auto &value : array(identify.evidence, "statements")) {
        const QJsonObject statement = value.toObject();
        section.blocks.append(QStringLiteral("-- ") + text(statement, "version") +
                              QStringLiteral(" at ") + place(statement) + u'\n' +
                              text(statement, "sql"));
    }
    if (section.blocks.isEmpty())
        section.paragraphs.append(Tr::tr("No statement was recorded."));
    return section;
}

Section backups(const PlaybookStep &backUp)
{
    Section section{
        Tr::tr("Backups"),
        {},
        {Tr::tr("File"), Tr::tr("Kind"), Tr::tr("Status"), Tr::tr("Size"), Tr::tr("SHA-256")},
        {},
        {}};
    for (const auto &value : array(backUp.evidence, "backups")) {
        const QJsonObject backup = value.toObject();
        const qint64 bytes = backup.value(QLatin1StringView("bytes")).toInteger();
        section.rows.append({text(backup, "file"), text(backup, "kind"), text(backup, "status"),
                             Tr::tr("%1 (%n bytes)", nullptr, int(qMin<qint64>(bytes, INT_MAX)))
                                 .arg(QLocale::c().formattedDataSize(bytes)),
                             text(backup, "sha256")});
    }
    return section;
}

Section rollbackSteps(const PlaybookStep &rollBack)
{
    Section section{Tr::tr("Rollback"),
                    {},
                    {Tr::tr("Version"), Tr::tr("Where"), Tr::tr("Status"), Tr::tr("Duration"),
                     Tr::tr("Statement")},
                    {},
                    {}};
    const QString runId = text(rollBack.evidence, "rollbackRunId");
    if (!runId.isEmpty())
        section.paragraphs.append(Tr::tr("Rollback run %1.").arg(runId));
    for (const auto &value : array(rollBack.evidence, "steps")) {
        const QJsonObject step = value.toObject();
        section.rows.append({text(step, "version"), place(step), text(step, "status"),
                             durationText(step.value(QLatin1StringView("durationMs")).toInteger()),
                             text(step, "sql")});
    }
    return section;
}

Section verification(const PlaybookStep &verify, const PlaybookStep *rehearse)
{
    Section section{Tr::tr("Verification"),
                    {},
                    {Tr::tr("Difference"), Tr::tr("Object"), Tr::tr("Expected"), Tr::tr("Actual")},
                    {},
                    {}};
    if (rehearse && rehearse->status == PlaybookStep::Status::Done)
        section.paragraphs.append(
            Tr::tr("Rehearsal in %1: %2 in %3.")
                .arg(text(rehearse->evidence, "database"), text(rehearse->evidence, "verdict"),
                     durationText(
                         rehearse->evidence.value(QLatin1StringView("durationMs")).toInteger())));
    const QString verdict = text(verify.evidence, "verdict");
    section.paragraphs.append(
        Tr::tr("Verdict: %1.").arg(verdict.isEmpty() ? Tr::tr("unknown") : verdict));
    for (const auto &value : array(verify.evidence, "differences")) {
        const QJsonObject difference = value.toObject();
        section.rows.append({text(difference, "kind"), text(difference, "object"),
                             text(difference, "expected"), text(difference, "actual")});
    }
    for (const auto &value : array(verify.evidence, "checksums")) {
        const QJsonObject checksum = value.toObject();
        section.paragraphs.append(
            Tr::tr("Checksum of %1 %2: %3")
                .arg(text(checksum, "table"), text(checksum, "range"), text(checksum, "outcome")));
    }
    return section;
}

Section validation(const PlaybookStep &validate)
{
    Section section{Tr::tr("Validation commands"), {}, {}, {}, {}};
    for (const auto &value : array(validate.evidence, "commands")) {
        const QJsonObject command = value.toObject();
        section.paragraphs.append(
            Tr::tr("%1: exit %2").arg(text(command, "command"), text(command, "exitCode")));
        if (!text(command, "output").isEmpty())
            section.blocks.append(text(command, "output"));
    }
    return section;
}

Section logWatch(const PlaybookStep &watch)
{
    Section section{Tr::tr("Log"), {}, {}, {}, {}};
    const QJsonObject before = watch.evidence.value(QLatin1StringView("before")).toObject();
    const QJsonObject after = watch.evidence.value(QLatin1StringView("after")).toObject();
    if (!text(watch.evidence, "file").isEmpty())
        section.paragraphs.append(
            Tr::tr("%1: before the stop, error lines %2 and warning lines %3 in %4 min; after "
                   "the start, error lines %5 and warning lines %6 in %7 min (threshold: %8 a "
                   "minute).")
                .arg(text(watch.evidence, "file"), text(before, "errors"), text(before, "warnings"),
                     text(before, "minutes"), text(after, "errors"), text(after, "warnings"),
                     text(after, "minutes"), text(watch.evidence, "threshold")));
    QStringList lines;
    for (const auto &line : array(watch.evidence, "lines"))
        lines.append(line.toString());
    if (!lines.isEmpty())
        section.blocks.append(lines.join(u'\n'));
    return section;
}

Section skipped(const PlaybookRun &run)
{
    Section section{
        Tr::tr("Skipped"), {}, {Tr::tr("Step"), Tr::tr("Reason"), Tr::tr("Why")}, {}, {}};
    for (const PlaybookStep &step : run.steps)
        if (step.status == PlaybookStep::Status::Skipped)
            section.rows.append({playbookStepTitle(step.kind),
                                 playbookSkipReasonName(step.skipReason), step.skipNote});
    if (section.rows.isEmpty())
        section.paragraphs.append(Tr::tr("Nothing was skipped."));
    return section;
}

QList<Section> sections(const PlaybookRun &run)
{
    QList<Section> all{whoAndWhat(run), timeline(run)};
    if (const PlaybookStep *identify = run.step(PlaybookStepKind::Identify))
        all.append(plan(*identify));
    if (const PlaybookStep *backUp = run.step(PlaybookStepKind::BackUp))
        all.append(backups(*backUp));
    if (const PlaybookStep *rollBack = run.step(PlaybookStepKind::RollBack))
        all.append(rollbackSteps(*rollBack));
    if (const PlaybookStep *verify = run.step(PlaybookStepKind::Verify))
        all.append(verification(*verify, run.step(PlaybookStepKind::Rehearse)));
    if (const PlaybookStep *validate = run.step(PlaybookStepKind::Validate))
        all.append(validation(*validate));
    if (const PlaybookStep *watch = run.step(PlaybookStepKind::WatchLog))
        all.append(logWatch(*watch));
    all.append(skipped(run));
    return all;
}

QString markdownCell(QString cell)
{
    cell.replace(u'|', QStringLiteral("\\|"));
    cell.replace(u'\n', u' ');
    return cell.isEmpty() ? QStringLiteral(" ") : cell;
}

// A fence longer than any run of backticks in the text, so that nothing closes it early.
QString fence(const QString &block)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (QChar c : block) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max<qsizetype>(3, longest + 1), u'`');
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString verdictClass(IncidentVerdict verdict)
{
    switch (verdict) {
    case IncidentVerdict::RolledBack:
        return QStringLiteral("pass");
    case IncidentVerdict::Failed:
    case IncidentVerdict::Aborted:
        return QStringLiteral("fail");
    case IncidentVerdict::Unfinished:
        break;
    }
    return QStringLiteral("inconclusive");
}

} // namespace

IncidentVerdict incidentVerdict(const PlaybookRun &run)
{
    switch (run.status) {
    case PlaybookRun::Status::Done:
        return IncidentVerdict::RolledBack;
    case PlaybookRun::Status::Failed:
        return IncidentVerdict::Failed;
    case PlaybookRun::Status::Aborted:
        return IncidentVerdict::Aborted;
    case PlaybookRun::Status::Running:
    case PlaybookRun::Status::Cancelled:
        break;
    }
    return IncidentVerdict::Unfinished;
}

QString incidentVerdictName(IncidentVerdict verdict)
{
    switch (verdict) {
    case IncidentVerdict::RolledBack:
        return QStringLiteral("rolled-back");
    case IncidentVerdict::Failed:
        return QStringLiteral("failed");
    case IncidentVerdict::Unfinished:
        return QStringLiteral("unfinished");
    case IncidentVerdict::Aborted:
        break;
    }
    return QStringLiteral("aborted");
}

QString incidentReportMarkdown(const PlaybookRun &run)
{
    QString out = QStringLiteral("# ") +
                  Tr::tr("Incident report: rollback of %1").arg(run.databaseName) +
                  QStringLiteral("\n\n**") + verdictSentence(run) + QStringLiteral("**\n");
    for (const Section &section : sections(run)) {
        out += QStringLiteral("\n## ") + section.title + u'\n';
        for (const QString &paragraph : section.paragraphs)
            out += u'\n' + paragraph + u'\n';
        if (!section.rows.isEmpty()) {
            out += QStringLiteral("\n|");
            QString rule = QStringLiteral("|");
            for (const QString &header : section.headers) {
                out += u' ' + markdownCell(header) + QStringLiteral(" |");
                rule += QStringLiteral(" --- |");
            }
            out += u'\n' + rule + u'\n';
            for (const QStringList &row : section.rows) {
                out += u'|';
                for (const QString &cell : row)
                    out += u' ' + markdownCell(cell) + QStringLiteral(" |");
                out += u'\n';
            }
        }
        for (const QString &block : section.blocks)
            out += u'\n' + fence(block) + u'\n' + block + u'\n' + fence(block) + u'\n';
    }
    return out;
}

QString incidentReportHtml(const PlaybookRun &run, const ReportColours &colours)
{
    const IncidentVerdict verdict = incidentVerdict(run);
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") +
        esc(Tr::tr("Incident report: rollback of %1").arg(run.databaseName)) +
        QStringLiteral("</title><style>\nbody{font-family:sans-serif;color:%1;margin:2em}\n"
                       "table{border-collapse:collapse;margin:0.5em 0}\n"
                       "th,td{border:1px solid %2;padding:0.2em 0.5em;text-align:left;"
                       "vertical-align:top}\nth{background:%3}\n"
                       "pre{background:%3;padding:0.5em;white-space:pre-wrap}\n"
                       ".verdict{padding:0.5em 1em;font-weight:bold}\n"
                       ".pass{background:%4;color:%5}\n.fail{background:%6;color:%7}\n"
                       ".inconclusive{background:%8;color:%9}\n</style></head><body>\n")
            .arg(colours.text, colours.border, colours.headerBackground, colours.passBackground,
                 colours.passText, colours.failBackground, colours.failText,
                 colours.inconclusiveBackground, colours.inconclusiveText) +
        QStringLiteral("<h1>") +
        esc(Tr::tr("Incident report: rollback of %1").arg(run.databaseName)) +
        QStringLiteral("</h1>\n<p class=\"verdict ") + verdictClass(verdict) +
        QStringLiteral("\">") + esc(verdictSentence(run)) + QStringLiteral("</p>\n");
    for (const Section &section : sections(run)) {
        out += QStringLiteral("<h2>") + esc(section.title) + QStringLiteral("</h2>\n");
        for (const QString &paragraph : section.paragraphs)
            out += QStringLiteral("<p>") + esc(paragraph) + QStringLiteral("</p>\n");
        if (!section.rows.isEmpty()) {
            out += QStringLiteral("<table><tr>");
            for (const QString &header : section.headers)
                out += QStringLiteral("<th>") + esc(header) + QStringLiteral("</th>");
            out += QStringLiteral("</tr>\n");
            for (const QStringList &row : section.rows) {
                out += QStringLiteral("<tr>");
                for (const QString &cell : row)
                    out += QStringLiteral("<td>") + esc(cell) + QStringLiteral("</td>");
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
        }
        for (const QString &block : section.blocks)
            out += QStringLiteral("<pre>") + esc(block) + QStringLiteral("</pre>\n");
    }
    return out + QStringLiteral("</body></html>\n");
}

QJsonObject incidentReportJson(const PlaybookRun &run)
{
    return {
        {QStringLiteral("verdict"), incidentVerdictName(incidentVerdict(run))},
        {QStringLiteral("summary"), verdictSentence(run)},
        {QStringLiteral("run"), playbookRunToJson(run)},
    };
}

} // namespace backstep
