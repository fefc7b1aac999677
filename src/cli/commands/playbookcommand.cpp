// playbook: the playbook's runs and their incident reports from the journal.
#include "cli/commands/commands.h"
#include "cli/commands/playbookrun.h"
#include "core/incidentnotice.h"
#include "core/incidentreport.h"
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "ops/webhooknotifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace backstep::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(playbook)
};

// "md", "html" or "json": from --format, else from the report file's extension, else
// Markdown (JSON with --json).
QString formatFor(const CliContext &context, const QString &file)
{
    if (context.parser.isSet(QStringLiteral("format")))
        return context.parser.value(QStringLiteral("format"));
    const QString lower = file.toLower();
    if (lower.endsWith(QLatin1StringView(".html")) || lower.endsWith(QLatin1StringView(".htm")))
        return QStringLiteral("html");
    if (lower.endsWith(QLatin1StringView(".json")) || context.parser.isSet(QStringLiteral("json")))
        return QStringLiteral("json");
    return QStringLiteral("md");
}

QByteArray render(const PlaybookRun &run, const QString &format)
{
    if (format == QLatin1StringView("html"))
        return incidentReportHtml(run).toUtf8();
    if (format == QLatin1StringView("json"))
        return QJsonDocument(incidentReportJson(run)).toJson(QJsonDocument::Indented);
    return incidentReportMarkdown(run).toUtf8();
}

// show --notify: the run's summary for the contacts of its profile, as the window's
// Notify gives it: the Markdown on stdout, a `mailto:` URL to the contacts with an
// address, and the webhook's POST when the profile has one. Exit 1 when the webhook
// failed (the summary is printed all the same), 2 when the run has no stored profile.
int notify(CliContext &context, const PlaybookRun &run)
{
    if (run.profile.isEmpty()) {
        context.err << Tr::tr("error: playbook run %1 was started without a profile: it has no "
                              "contacts to notify")
                           .arg(run.id)
                    << Qt::endl;
        return ExitBadInput;
    }
    auto stored = storedProfileOf(context, run);
    if (auto *code = std::get_if<ExitCode>(&stored))
        return *code;
    const ConnectionProfile *profile = &std::get<ConnectionProfile>(stored);
    context.out << incidentSummaryMarkdown(run);
    const IncidentMail mail = incidentMailto(run, profile->contacts);
    if (mail.recipients > 0) {
        context.out << Qt::endl << mail.url << Qt::endl;
        if (mail.cut)
            context.err << Tr::tr("note: the e-mail's summary was cut to fit a mail link; it "
                                  "says where the whole report is")
                        << Qt::endl;
    } else {
        context.err << Tr::tr("note: the profile %1 has no contact with an e-mail address")
                           .arg(profile->name)
                    << Qt::endl;
    }
    if (profile->webhookUrl.isEmpty()) {
        context.err << Tr::tr("note: the profile %1 has no webhook").arg(profile->name) << Qt::endl;
        return ExitOk;
    }
    const auto posted = WebhookNotifier(WebhookNotifier::defaultTimeoutMs, profile->webhookCaFile)
                            .post(profile->webhookUrl, incidentWebhookPayload(run));
    if (!posted) {
        context.err << Tr::tr("error: %1").arg(posted.error()) << Qt::endl;
        return ExitFailed;
    }
    context.err << Tr::tr("summary posted to %1").arg(redactedUrl(profile->webhookUrl)) << Qt::endl;
    return ExitOk;
}

int show(CliContext &context, Journal &journal, const QString &runId)
{
    const QString file = context.parser.value(QStringLiteral("report"));
    const QString format = formatFor(context, file);
    if (format != QLatin1StringView("md") && format != QLatin1StringView("html") &&
        format != QLatin1StringView("json")) {
        context.err << Tr::tr("error: --format takes md, html or json, not \"%1\"").arg(format)
                    << Qt::endl;
        return ExitBadInput;
    }
    PlaybookJournal playbooks(journal);
    auto run = playbooks.load(runId);
    if (!run) {
        context.err << Tr::tr("error: %1").arg(run.error()) << Qt::endl;
        return ExitFailed;
    }
    const std::optional<PlaybookRun> &found = run.value();
    if (!found) {
        context.err
            << Tr::tr("error: the journal %1 has no playbook run %2").arg(journal.path(), runId)
            << Qt::endl;
        return ExitBadInput;
    }
    if (context.parser.isSet(QStringLiteral("notify")))
        return notify(context, *found);
    // The report stored by the run's last step is the document of record; a run that has
    // not reached it is shown as the journal has it now.
    auto stored = playbooks.report(runId, format);
    if (!stored) {
        context.err << Tr::tr("error: %1").arg(stored.error()) << Qt::endl;
        return ExitFailed;
    }
    const std::optional<QByteArray> &storedBody = stored.value();
    const QByteArray body = storedBody ? *storedBody : render(*found, format);
    if (file.isEmpty()) {
        context.out << QString::fromUtf8(body);
        return ExitOk;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size() || !out.commit()) {
        context.err << Tr::tr("error: cannot write %1: %2").arg(file, out.errorString())
                    << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
}

int list(CliContext &context, Journal &journal)
{
    auto runs = PlaybookJournal(journal).list();
    if (!runs) {
        context.err << Tr::tr("error: %1").arg(runs.error()) << Qt::endl;
        return ExitFailed;
    }
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PlaybookRun &run : runs.value())
            array.append(playbookRunToJson(run));
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("runs"), array}})
                           .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const PlaybookRun &run : runs.value())
        context.out << QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(run.id, playbookRunStatusName(run.status),
                                run.startedAt.toLocalTime().toString(Qt::ISODate), run.databaseUrl,
                                run.target)
                    << Qt::endl;
    return ExitOk;
}

} // namespace

void declarePlaybook(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Tr::tr("run (with --profile and --to, --steps or --only), "
                                        "resume RUN, list, or show RUN (its incident report)."));
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("The report's format for show: md (default), html or json."),
                      Tr::tr("format")});
    parser.addOption({QStringLiteral("report"),
                      Tr::tr("show: write the report to FILE (its extension picks the format) "
                             "instead of printing it; run, resume: write it there too."),
                      Tr::tr("file")});
    parser.addOption({QStringLiteral("notify"),
                      Tr::tr("show: instead of the report, tell the contacts of the run's profile: "
                             "the summary in Markdown and a mailto: URL on standard output, and "
                             "the summary posted to the profile's webhook (exit 1 when that "
                             "fails).")});
    declarePlaybookRun(parser);
}

int runPlaybook(CliContext &context)
{
    const QStringList arguments = context.parser.positionalArguments();
    const QString action = arguments.value(0);
    const bool showing = action == QLatin1StringView("show") && arguments.size() == 2;
    const bool listing = action == QLatin1StringView("list") && arguments.size() == 1;
    if (action == QLatin1StringView("run") && arguments.size() == 1)
        return runPlaybookRun(context);
    if (action == QLatin1StringView("resume") && arguments.size() == 2)
        return resumePlaybookRun(context, arguments[1]);
    if (!showing && !listing) {
        context.err << Tr::tr("error: use \"playbook run --profile NAME (--to V | --steps N | "
                              "--only V)\", \"playbook resume RUN\", \"playbook list\" or "
                              "\"playbook show RUN\"")
                    << Qt::endl;
        return ExitBadInput;
    }
    auto journal = Journal::open();
    if (!journal) {
        context.err << Tr::tr("error: %1").arg(journal.error()) << Qt::endl;
        return ExitFailed;
    }
    return showing ? show(context, *journal.value(), arguments[1])
                   : list(context, *journal.value());
}

} // namespace backstep::cli
