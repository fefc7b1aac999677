#include "db/runhistory.h"

#include "db/backupcatalog.h"
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "db/reportstore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunHistory)
};

constexpr int listLimit = 500;

Result<QList<RunHistoryEntry>> rollbackRuns(Journal &journal)
{
    // An empty, not a null, string: the store's "every database" test is `? = ''`, which
    // a null (bound as NULL) never passes.
    auto runs = RollbackJournal(journal).list(QStringLiteral(""), listLimit);
    if (!runs)
        return runs.failure();
    QList<RunHistoryEntry> entries;
    for (const RollbackRun &run : runs.value()) {
        RunHistoryEntry entry;
        entry.kind = RunHistoryEntry::Kind::Rollback;
        entry.id = run.id;
        entry.databaseUrl = run.databaseUrl;
        entry.startedAt = run.startedAt;
        entry.finishedAt = run.finishedAt;
        entry.status = runStatusName(run.status);
        entry.statusLabel = runStatusLabel(run.status);
        entry.outcome = run.status == RollbackRun::Status::Done ? RunHistoryEntry::Outcome::Good
                        : run.open()                            ? RunHistoryEntry::Outcome::Open
                        : run.status == RollbackRun::Status::Resolved
                            ? RunHistoryEntry::Outcome::Other
                            : RunHistoryEntry::Outcome::Bad;
        entry.summary =
            run.error.isEmpty() ? run.target : run.target + QStringLiteral(" — ") + run.error;
        entries.append(entry);
    }
    return entries;
}

Result<QList<RunHistoryEntry>> backups(Journal &journal)
{
    auto records = BackupCatalog(journal).list();
    if (!records)
        return records.failure();
    QList<RunHistoryEntry> entries;
    for (const BackupRecord &record : records.value()) {
        RunHistoryEntry entry;
        entry.kind = RunHistoryEntry::Kind::Backup;
        entry.id = QString::number(record.id);
        entry.databaseUrl = record.databaseUrl;
        entry.startedAt = record.startedAt;
        entry.finishedAt = record.finishedAt;
        entry.status = backupStatusName(record.status);
        entry.statusLabel = backupStatusLabel(record.status);
        entry.outcome = record.status == BackupStatus::Complete ? RunHistoryEntry::Outcome::Good
                        : record.status == BackupStatus::Failed ? RunHistoryEntry::Outcome::Bad
                                                                : RunHistoryEntry::Outcome::Other;
        entry.summary = record.error.isEmpty()
                            ? Tr::tr("%1, %2, at version %3")
                                  .arg(record.path, QLocale().formattedDataSize(record.bytes),
                                       record.migrationVersion)
                            : record.path + QStringLiteral(" — ") + record.error;
        entries.append(entry);
    }
    return entries;
}

Result<QList<RunHistoryEntry>> reports(Journal &journal)
{
    auto stored = ReportStore(journal).list(QStringLiteral(""), listLimit);
    if (!stored)
        return stored.failure();
    QList<RunHistoryEntry> entries;
    for (const StoredReport &report : stored.value()) {
        RunHistoryEntry entry;
        entry.kind = RunHistoryEntry::Kind::Report;
        entry.id = QString::number(report.id);
        entry.databaseUrl = report.databaseUrl;
        entry.startedAt = report.generatedAt;
        entry.finishedAt = report.generatedAt;
        entry.status = report.passed ? QStringLiteral("pass") : QStringLiteral("fail");
        entry.statusLabel = report.passed ? Tr::tr("pass") : Tr::tr("fail");
        entry.outcome =
            report.passed ? RunHistoryEntry::Outcome::Good : RunHistoryEntry::Outcome::Bad;
        entry.summary = report.runId.isEmpty()
                            ? Tr::tr("%n problem(s); verified by hand", nullptr, report.failures)
                            : Tr::tr("%n problem(s); verifies run %1", nullptr, report.failures)
                                  .arg(report.runId);
        entries.append(entry);
    }
    return entries;
}

QString playbookStatusLabel(PlaybookRun::Status status)
{
    switch (status) {
    case PlaybookRun::Status::Running:
        return Tr::tr("running");
    case PlaybookRun::Status::Done:
        return Tr::tr("done");
    case PlaybookRun::Status::Failed:
        return Tr::tr("failed");
    case PlaybookRun::Status::Cancelled:
        return Tr::tr("cancelled");
    case PlaybookRun::Status::Aborted:
        return Tr::tr("aborted");
    }
    return {};
}

Result<QList<RunHistoryEntry>> playbookRuns(Journal &journal)
{
    auto runs = PlaybookJournal(journal).list(QStringLiteral(""), listLimit);
    if (!runs)
        return runs.failure();
    QList<RunHistoryEntry> entries;
    for (const PlaybookRun &run : runs.value()) {
        RunHistoryEntry entry;
        entry.kind = RunHistoryEntry::Kind::Playbook;
        entry.id = run.id;
        entry.databaseUrl = run.databaseUrl;
        entry.startedAt = run.startedAt;
        entry.finishedAt = run.finishedAt;
        entry.status = playbookRunStatusName(run.status);
        entry.statusLabel = playbookStatusLabel(run.status);
        entry.outcome = run.status == PlaybookRun::Status::Done     ? RunHistoryEntry::Outcome::Good
                        : run.status == PlaybookRun::Status::Failed ? RunHistoryEntry::Outcome::Bad
                        : run.open()                                ? RunHistoryEntry::Outcome::Open
                                     : RunHistoryEntry::Outcome::Other;
        const QString target = run.profile.isEmpty()
                                   ? run.target
                                   : Tr::tr("%1 (profile %2)").arg(run.target, run.profile);
        entry.summary = run.error.isEmpty() ? target : target + QStringLiteral(" — ") + run.error;
        entries.append(entry);
    }
    return entries;
}

// Every kind of entry the history lists, each read by its own store.
using Source = Result<QList<RunHistoryEntry>> (*)(Journal &);
const Source sources[] = {rollbackRuns, playbookRuns, backups, reports};

} // namespace

QString runHistoryKindName(RunHistoryEntry::Kind kind)
{
    switch (kind) {
    case RunHistoryEntry::Kind::Rollback:
        return QStringLiteral("rollback");
    case RunHistoryEntry::Kind::Playbook:
        return QStringLiteral("playbook");
    case RunHistoryEntry::Kind::Backup:
        return QStringLiteral("backup");
    case RunHistoryEntry::Kind::Report:
        return QStringLiteral("report");
    }
    return {};
}

Result<QList<RunHistoryEntry>> RunHistory::list(Journal &journal)
{
    QList<RunHistoryEntry> entries;
    for (Source source : sources) {
        auto read = source(journal);
        if (!read)
            return read.failure();
        entries += read.value();
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const RunHistoryEntry &a, const RunHistoryEntry &b) {
                         return a.startedAt > b.startedAt;
                     });
    return entries;
}

Result<RunHistoryDetail> RunHistory::details(Journal &journal, const RunHistoryEntry &entry)
{
    RunHistoryDetail detail;
    detail.entry = entry;
    ReportStore store(journal);
    if (entry.kind == RunHistoryEntry::Kind::Report) {
        auto report = store.load(entry.id.toLongLong());
        if (!report)
            return report.failure();
        if (const auto &stored = report.value())
            detail.report = reportFromJson(stored->report);
        return detail;
    }
    if (entry.kind == RunHistoryEntry::Kind::Playbook) {
        PlaybookJournal playbooks(journal);
        auto run = playbooks.get(entry.id);
        if (!run)
            return run.failure();
        detail.playbook = run.value();
        auto html = playbooks.report(entry.id, QStringLiteral("html"));
        if (!html)
            return html.failure();
        if (const std::optional<QByteArray> &stored = html.value())
            detail.incidentReportHtml = QString::fromUtf8(*stored);
        return detail;
    }
    if (entry.kind != RunHistoryEntry::Kind::Rollback)
        return detail;
    auto run = RollbackJournal(journal).get(entry.id);
    if (!run)
        return run.failure();
    detail.run = run.value();
    // The newest report that verified this run.
    auto reports = store.list(entry.databaseUrl, listLimit);
    if (!reports)
        return reports.failure();
    for (const StoredReport &report : reports.value())
        if (report.runId == entry.id) {
            detail.report = reportFromJson(report.report);
            break;
        }
    return detail;
}

Result<std::optional<VerificationReport>> RunHistory::latestReport(Journal &journal,
                                                                   const QString &databaseUrl)
{
    auto reports = ReportStore(journal).list(databaseUrl, 1);
    if (!reports)
        return reports.failure();
    if (reports->isEmpty())
        return std::optional<VerificationReport>();
    return std::optional<VerificationReport>(reportFromJson(reports->first().report));
}

} // namespace backstep
