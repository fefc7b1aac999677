#include "ops/incidentreportaction.h"

#include "core/incidentnotice.h"
#include "core/incidentreport.h"
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "ops/reportexporter.h"
#include "ops/webhooknotifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReportAction)
};

} // namespace

IncidentReportAction::IncidentReportAction(Journal &journal, QString reportFile, QString webhookUrl,
                                           int webhookTimeoutMs, QString webhookCaFile)
    : m_journal(journal)
    , m_reportFile(std::move(reportFile))
    , m_webhookUrl(std::move(webhookUrl))
    , m_webhookTimeoutMs(webhookTimeoutMs)
    , m_webhookCaFile(std::move(webhookCaFile))
{}

PlaybookStepResult IncidentReportAction::run(PlaybookStepContext &context)
{
    // The flow reaches this step only when every earlier one is settled: the report is
    // the one of a finished run, this step included.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PlaybookRun finished = context.run;
    finished.status = PlaybookRun::Status::Done;
    finished.finishedAt = now;
    PlaybookStep &self = finished.steps[context.index];
    self.status = PlaybookStep::Status::Done;
    self.finishedAt = now;
    self.summary = Tr::tr("stored in the journal");
    const QByteArray markdown = incidentReportMarkdown(finished).toUtf8();
    const QByteArray html = incidentReportHtml(finished).toUtf8();
    const QByteArray json =
        QJsonDocument(incidentReportJson(finished)).toJson(QJsonDocument::Indented);

    PlaybookStepResult result;
    PlaybookJournal journal(m_journal);
    for (const auto &[format, body] :
         {std::pair{QStringLiteral("md"), markdown}, std::pair{QStringLiteral("html"), html},
          std::pair{QStringLiteral("json"), json}}) {
        if (auto stored = journal.storeReport(finished.id, format, body); !stored) {
            result.status = PlaybookStep::Status::Failed;
            result.error = stored.error();
            return result;
        }
    }
    result.summary = self.summary;
    result.evidence = {{QStringLiteral("formats"), QStringLiteral("md html json")}};
    if (!m_reportFile.isEmpty()) {
        if (auto written = writeFile(finished, markdown, html, json); !written) {
            result.status = PlaybookStep::Status::Failed;
            result.error = written.error();
            return result;
        }
        result.summary = Tr::tr("stored in the journal and written to %1").arg(m_reportFile);
        result.evidence.insert(QStringLiteral("file"), m_reportFile);
    }
    if (m_webhookUrl.isEmpty())
        return result;
    // The report is stored whatever the webhook does: its failure is evidence, not the
    // step's failure.
    QJsonObject webhook{{QStringLiteral("url"), redactedUrl(m_webhookUrl)}};
    const auto posted = WebhookNotifier(m_webhookTimeoutMs, m_webhookCaFile)
                            .post(m_webhookUrl, incidentWebhookPayload(finished, m_reportFile));
    if (posted) {
        webhook.insert(QStringLiteral("outcome"), QStringLiteral("sent"));
        result.summary += Tr::tr("; summary posted to %1").arg(redactedUrl(m_webhookUrl));
    } else {
        webhook.insert(QStringLiteral("outcome"), QStringLiteral("failed"));
        webhook.insert(QStringLiteral("error"), posted.error());
        result.summary += Tr::tr("; the webhook failed: %1").arg(posted.error());
    }
    result.evidence.insert(QStringLiteral("webhook"), webhook);
    return result;
}

Result<void> IncidentReportAction::writeFile(const PlaybookRun &finished,
                                             const QByteArray &markdown, const QByteArray &html,
                                             const QByteArray &json) const
{
    const QString lower = m_reportFile.toLower();
    if (lower.endsWith(QLatin1StringView(".pdf")))
        return ReportExporter::write(finished, m_reportFile);
    const QByteArray &body =
        lower.endsWith(QLatin1StringView(".md")) ? markdown
        : lower.endsWith(QLatin1StringView(".html")) || lower.endsWith(QLatin1StringView(".htm"))
            ? html
            : json;
    QSaveFile file(m_reportFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit())
        return Error{
            Tr::tr("cannot write the report %1: %2").arg(m_reportFile, file.errorString())};
    return {};
}

} // namespace backstep
