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
// and their evidence. The evidence keys each step may carry (all optional):
//   identify       target, migrations [{version, name, file}],
//                  statements [{version, file, line, sql}]
//   stop-service,
//   start-service  service, observed
//   back-up        backups [{file, bytes, sha256, kind, status}]
//   rehearse       database, durationMs, verdict
//   roll-back      rollbackRunId, steps [{version, file, line, sql, status, durationMs}]
//   verify         verdict, differences [{kind, object, expected, actual}],
//                  checksums [{table, range, outcome}]
//   validate       commands [{command, exitCode, output}]
//   watch-log      file, threshold, before {errors, warnings, minutes},
//                  after {errors, warnings, minutes}, lines [text]
// Markdown for a ticket or a chat; self-contained HTML (inline style, no scripts, no
// external resources); JSON: the verdict and the whole run.
QString incidentReportMarkdown(const PlaybookRun &run);
QString incidentReportHtml(const PlaybookRun &run, const ReportColours &colours = ReportColours());
QJsonObject incidentReportJson(const PlaybookRun &run);

} // namespace backstep
