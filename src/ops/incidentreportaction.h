#pragma once

#include "ops/playbookflow.h"

namespace backstep {

class Journal;

// The playbook's last step: the incident report written from the run as the journal holds
// it, stored with the run in every format (Markdown, HTML, JSON) and, when asked, written
// to a file whose extension picks the format (.md, .html/.htm, else JSON).
class IncidentReportAction : public PlaybookStepAction
{
public:
    IncidentReportAction(Journal &journal, QString reportFile = {});
    PlaybookStepResult run(PlaybookStepContext &context) override;

private:
    Journal &m_journal;
    QString m_reportFile;
};

} // namespace backstep
