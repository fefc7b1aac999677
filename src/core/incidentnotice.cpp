#include "core/incidentnotice.h"

#include "core/incidentreport.h"
#include "core/incidentsections.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IncidentNotice)
};

QString whereTheReportIs(const PlaybookRun &run, const QString &reportLocation)
{
    return reportLocation.isEmpty()
               ? Tr::tr("The whole report is stored with the run: backstep-cli playbook show %1")
                     .arg(run.id)
               : Tr::tr("The whole report: %1 (also stored with the run %2).")
                     .arg(reportLocation, run.id);
}

QString stepLine(const PlaybookStep &step)
{
    QString line = QStringLiteral("- ") + playbookStepTitle(step.kind) + QStringLiteral(": ") +
                   playbookStepStatusName(step.status);
    if (step.startedAt.isValid() && step.finishedAt.isValid())
        line += QStringLiteral(" (") + incidentDurationText(step.durationMs()) + u')';
    if (step.status == PlaybookStep::Status::Skipped)
        line += QStringLiteral(" — ") + step.skipNote;
    else if (!step.error.isEmpty())
        line += QStringLiteral(" — ") + step.error;
    else if (!step.summary.isEmpty())
        line += QStringLiteral(" — ") + step.summary;
    return line;
}

// The summary's lines; `bold` is how the verdict is marked (Markdown `**`, Slack `*`).
QStringList summaryLines(const PlaybookRun &run, const QString &reportLocation, const QString &bold)
{
    QStringList lines{incidentReportTitle(run), {}, bold + incidentVerdictSentence(run) + bold, {}};
    lines.append(
        Tr::tr("Run %1 by %2@%3 against %4 (%5, %6).")
            .arg(run.id, run.operatorName, run.host, run.databaseUrl,
                 run.server.isEmpty() ? Tr::tr("server unknown") : run.server,
                 run.connection.isEmpty() ? Tr::tr("connection unknown") : run.connection));
    lines.append(QString());
    for (const PlaybookStep &step : run.steps)
        lines.append(stepLine(step));
    if (const PlaybookStep *backUp = run.step(PlaybookStepKind::BackUp);
        backUp && backUp->evidence.contains(QLatin1StringView("file"))) {
        lines.append(QString());
        lines.append(Tr::tr("Backup: %1 (SHA-256 %2).")
                         .arg(backUp->evidence.value(QLatin1StringView("file")).toString(),
                              backUp->evidence.value(QLatin1StringView("sha256")).toString()));
    }
    lines.append(QString());
    lines.append(whereTheReportIs(run, reportLocation));
    return lines;
}

// RFC 6068: everything but the unreserved characters percent-encoded (in an address the
// `@` may stay).
QString encoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

} // namespace

QString incidentSummaryMarkdown(const PlaybookRun &run, const QString &reportLocation)
{
    QStringList lines = summaryLines(run, reportLocation, QStringLiteral("**"));
    lines[0] = QStringLiteral("### ") + lines[0];
    return lines.join(u'\n') + u'\n';
}

QString incidentMailSubject(const PlaybookRun &run)
{
    return Tr::tr("[Backstep] %1: %2 (%3)")
        .arg(run.databaseName, incidentVerdictName(incidentVerdict(run)), run.id);
}

IncidentMail incidentMailto(const PlaybookRun &run, const QList<Contact> &contacts,
                            const QString &reportLocation, int maxLength)
{
    IncidentMail mail;
    QStringList to;
    for (const Contact &contact : contacts) {
        if (contact.email.trimmed().isEmpty())
            continue;
        to.append(encoded(contact.email.trimmed(), "@"));
        ++mail.recipients;
    }
    const QString head = QStringLiteral("mailto:") + to.join(u',') + QStringLiteral("?subject=") +
                         encoded(incidentMailSubject(run)) + QStringLiteral("&body=");
    const QString crlf = QStringLiteral("%0D%0A");
    const QStringList lines = summaryLines(run, reportLocation, QString());
    QStringList body;
    for (const QString &line : lines)
        body.append(encoded(line));
    QString url = head + body.join(crlf);
    if (url.size() <= maxLength) {
        mail.url = url;
        return mail;
    }
    // Cut at a line, keeping room for the note that says where the rest is.
    mail.cut = true;
    const QString note = encoded(
        Tr::tr("(Cut to fit an e-mail link.) %1").arg(whereTheReportIs(run, reportLocation)));
    QString kept = head;
    for (const QString &line : std::as_const(body)) {
        if (kept.size() + line.size() + 2 * crlf.size() + note.size() > maxLength)
            break;
        kept += line + crlf;
    }
    mail.url = kept + crlf + note;
    return mail;
}

QJsonObject incidentWebhookPayload(const PlaybookRun &run, const QString &reportLocation)
{
    QJsonArray steps;
    for (const PlaybookStep &step : run.steps) {
        QJsonObject entry{{QStringLiteral("step"), playbookStepKindName(step.kind)},
                          {QStringLiteral("status"), playbookStepStatusName(step.status)},
                          {QStringLiteral("durationMs"), step.durationMs()}};
        if (step.status == PlaybookStep::Status::Skipped)
            entry.insert(QStringLiteral("skipped"), step.skipNote);
        if (!step.error.isEmpty())
            entry.insert(QStringLiteral("error"), step.error);
        steps.append(entry);
    }
    QJsonObject facts{
        {QStringLiteral("run"), run.id},
        {QStringLiteral("profile"), run.profile},
        {QStringLiteral("database"), run.databaseName},
        {QStringLiteral("verdict"), incidentVerdictName(incidentVerdict(run))},
        {QStringLiteral("summary"), incidentVerdictSentence(run)},
        {QStringLiteral("target"), run.target},
        {QStringLiteral("operator"), QString(run.operatorName + u'@' + run.host)},
        {QStringLiteral("steps"), steps},
    };
    if (!reportLocation.isEmpty())
        facts.insert(QStringLiteral("report"), reportLocation);
    return {{QStringLiteral("text"),
             summaryLines(run, reportLocation, QStringLiteral("*")).join(u'\n')},
            {QStringLiteral("backstep"), facts}};
}

QString redactedUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return QStringLiteral("…");
    QString out = parsed.scheme() + QStringLiteral("://") + parsed.host();
    if (parsed.port() != -1)
        out += u':' + QString::number(parsed.port());
    const bool more = !parsed.userInfo().isEmpty() || parsed.path().size() > 1 ||
                      parsed.hasQuery() || parsed.hasFragment();
    return more ? out + QStringLiteral("/…") : out;
}

} // namespace backstep
