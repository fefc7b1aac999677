#pragma once

#include "ops/playbookflow.h"
#include "ops/webhooknotifier.h"

namespace backstep {

class Journal;

// The playbook's last step: the incident report written from the run as the journal holds
// it, stored with the run in every format (Markdown, HTML, JSON) and, when asked, written
// to a file whose extension picks the format (.md, .html/.htm, .pdf, else JSON). Then,
// when the profile has a webhook, its summary is posted there (WebhookNotifier); a failed
// notification is recorded in the step's evidence (`webhook`) and its summary, and does
// not fail the step: the report is stored, and the DBA can send it again.
class IncidentReportAction : public PlaybookStepAction
{
public:
    IncidentReportAction(Journal &journal, QString reportFile = {}, QString webhookUrl = {},
                         int webhookTimeoutMs = WebhookNotifier::defaultTimeoutMs,
                         QString webhookCaFile = {});
    PlaybookStepResult run(PlaybookStepContext &context) override;

private:
    Result<void> writeFile(const PlaybookRun &finished, const QByteArray &markdown,
                           const QByteArray &html, const QByteArray &json) const;

    Journal &m_journal;
    QString m_reportFile;
    QString m_webhookUrl;
    int m_webhookTimeoutMs;
    QString m_webhookCaFile;
};

} // namespace backstep
