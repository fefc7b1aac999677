#pragma once

#include "core/playbook.h"
#include "core/result.h"
#include "core/verificationreport.h"
#include "db/rollbackjournal.h"

#include <QDateTime>

#include <optional>

namespace backstep {

class Journal;

// One thing the journal remembers doing to a database: a rollback run, a playbook run, a
// backup or a verification report.
struct RunHistoryEntry
{
    enum class Kind { Rollback, Playbook, Backup, Report };
    enum class Outcome { Good, Bad, Open, Other };

    Kind kind = Kind::Rollback;
    QString id; // the run's id, or the backup's or report's number
    QString databaseUrl;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status;      // stable, for filters and tests: "done", "failed", "complete", "pass", ...
    QString statusLabel; // the status in the reader's language, for the window
    Outcome outcome = Outcome::Other;
    QString summary;
};

QString runHistoryKindName(RunHistoryEntry::Kind kind); // "rollback", "backup", ...

// What opening an entry shows: a run's steps and the report that verified it; a playbook
// run's steps and its incident report.
struct RunHistoryDetail
{
    RunHistoryEntry entry;
    std::optional<RollbackRun> run;
    std::optional<VerificationReport> report;
    std::optional<PlaybookRun> playbook;
    QString incidentReportHtml; // as stored with the playbook run; empty before its last step
};

// The run history as the journal's stores hold it: each kind read by its own store,
// merged newest first.
class RunHistory
{
public:
    static Result<QList<RunHistoryEntry>> list(Journal &journal);
    static Result<RunHistoryDetail> details(Journal &journal, const RunHistoryEntry &entry);
    // The newest stored report of the database; nullopt when it has none.
    static Result<std::optional<VerificationReport>> latestReport(Journal &journal,
                                                                  const QString &databaseUrl);
};

} // namespace backstep
