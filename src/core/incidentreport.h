#pragma once

#include "core/playbook.h"
#include "core/verificationreport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace backstep {

// What a playbook run amounts to, said first in every form of its report.
enum class IncidentVerdict {
    RolledBack, // every step done or skipped
    Failed,     // a step failed; the flow stopped there
    Unfinished, // still running, cancelled or killed: it can be resumed
    Aborted,    // given up: nothing more runs
};
IncidentVerdict incidentVerdict(const PlaybookRun &run);
QString incidentVerdictName(IncidentVerdict verdict); // "rolled-back", "failed", ...

// The incident report of one playbook run, written only from the run's journaled steps
// and their evidence (the keys PlaybookActions lists; the sections: incidentsections.h).
// Markdown for a ticket or a chat; self-contained HTML (inline style, no scripts, no
// external resources; what ReportExporter prints as PDF); JSON: the verdict and the whole
// run with every step's evidence.
QString incidentReportTitle(const PlaybookRun &run); // "Incident report: rollback of db"
QString incidentReportMarkdown(const PlaybookRun &run);
QString incidentReportHtml(const PlaybookRun &run, const ReportColours &colours = ReportColours());
QJsonObject incidentReportJson(const PlaybookRun &run);

} // namespace backstep
