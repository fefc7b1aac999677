#include "core/incidentsections.h"

#include "core/incidentreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReport)
};

using K = PlaybookStepKind;

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"))
                        : QStringLiteral("—");
}

// A JSON value as the report shows it: whole numbers without a fraction, rates with at
// most two decimals, booleans as yes/no, arrays as a list.
QString valueText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        QString out = QString::number(number, 'f', 2);
        while (out.endsWith(u'0'))
            out.chop(1);
        return out;
    }
    if (value.isBool())
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    if (value.isArray()) {
        QStringList items;
        for (const auto &item : value.toArray())
            items.append(valueText(item));
        return items.join(QStringLiteral(", "));
    }
    return value.toString();
}

QString text(const QJsonObject &object, const char *key)
{
    return valueText(object.value(QLatin1StringView(key)));
}

bool has(const QJsonObject &object, const char *key)
{
    return object.contains(QLatin1StringView(key));
}

QJsonArray array(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toArray();
}

qint64 millis(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toInteger();
}

QString place(const QJsonObject &object)
{
    const QString line = text(object, "line");
    return line.isEmpty() || line == QLatin1StringView("0") ? text(object, "file")
                                                            : text(object, "file") + u':' + line;
}

QString sizeText(qint64 bytes)
{
    return Tr::tr("%1 (%2 bytes)")
        .arg(QLocale::c().formattedDataSize(bytes), QString::number(bytes));
}

// What a section says when its step has no evidence to show: it did not run.
bool notRun(const PlaybookStep &step, ReportSection &section)
{
    switch (step.status) {
    case PlaybookStep::Status::Pending:
        section.paragraphs.append(Tr::tr("Not reached: the run stopped before this step."));
        return true;
    case PlaybookStep::Status::Skipped:
        section.paragraphs.append(
            Tr::tr("Skipped (%1): %2").arg(playbookSkipReasonName(step.skipReason), step.skipNote));
        return true;
    case PlaybookStep::Status::Running:
    case PlaybookStep::Status::Failed:
    case PlaybookStep::Status::Cancelled:
        if (!step.error.isEmpty())
            section.paragraphs.append(
                Tr::tr("%1: %2").arg(playbookStepStatusName(step.status), step.error));
        break;
    case PlaybookStep::Status::Done:
        break;
    }
    return false;
}

ReportSection whoAndWhat(const PlaybookRun &run)
{
    ReportSection section;
    section.title = Tr::tr("Who and against what");
    section.headers = {Tr::tr("What"), Tr::tr("Value")};
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

ReportSection timeline(const PlaybookRun &run)
{
    ReportSection section;
    section.title = Tr::tr("Timeline");
    section.headers = {
        Tr::tr("#"),        Tr::tr("Step"),     Tr::tr("Status"),       Tr::tr("Started"),
        Tr::tr("Finished"), Tr::tr("Duration"), Tr::tr("What happened")};
    for (int i = 0; i < run.steps.size(); ++i) {
        const PlaybookStep &step = run.steps[i];
        QString what = step.summary;
        if (step.status == PlaybookStep::Status::Skipped)
            what = Tr::tr("skipped (%1): %2")
                       .arg(playbookSkipReasonName(step.skipReason), step.skipNote);
        else if (!step.error.isEmpty())
            what = step.error;
        const bool timed = step.startedAt.isValid() && step.finishedAt.isValid();
        QString status = playbookStepStatusName(step.status);
        if (step.attempts > 1)
            status = Tr::tr("%1 (%2 attempts)").arg(status).arg(step.attempts);
        section.rows.append({QString::number(i + 1), playbookStepTitle(step.kind), status,
                             timeText(step.startedAt), timeText(step.finishedAt),
                             timed ? incidentDurationText(step.durationMs()) : QStringLiteral("—"),
                             what});
    }
    return section;
}

ReportSection plan(const PlaybookStep &identify)
{
    ReportSection section;
    section.title = Tr::tr("Plan");
    if (notRun(identify, section))
        return section;
    const QJsonObject &evidence = identify.evidence;
    if (has(evidence, "target"))
        section.paragraphs.append(Tr::tr("Target: %1.").arg(text(evidence, "target")));
    if (has(evidence, "targetReason"))
        section.paragraphs.append(
            Tr::tr("No target was named; the default: %1.").arg(text(evidence, "targetReason")));
    if (has(evidence, "fromVersion") || has(evidence, "toVersion")) {
        const QString to = text(evidence, "toVersion");
        section.paragraphs.append(Tr::tr("From version %1 down to %2.")
                                      .arg(text(evidence, "fromVersion"),
                                           to.isEmpty() ? Tr::tr("no migration applied") : to));
    }
    if (has(evidence, "plannedTables"))
        section.paragraphs.append(
            Tr::tr("Tables the plan touches: %1.").arg(text(evidence, "plannedTables")));
    section.headers = {Tr::tr("Version"), Tr::tr("Name"), Tr::tr("File"), Tr::tr("Applied at")};
    for (const auto &value : array(evidence, "migrations")) {
        const QJsonObject migration = value.toObject();
        section.rows.append({text(migration, "version"), text(migration, "name"),
                             text(migration, "file"), text(migration, "appliedAt")});
    }
    for (const auto &value : array(evidence, "planStatements")) {
        const QJsonObject statement = value.toObject();
        section.blocks.append({Tr::tr("%1 at %2").arg(text(statement, "version"), place(statement)),
                               text(statement, "sql")});
    }
    if (section.blocks.isEmpty())
        section.paragraphs.append(has(evidence, "statements")
                                      ? Tr::tr("%1 statements; their text was not recorded.")
                                            .arg(text(evidence, "statements"))
                                      : Tr::tr("No statement was recorded."));
    return section;
}

ReportSection service(const PlaybookRun &run)
{
    ReportSection section;
    section.title = Tr::tr("Service");
    section.headers = {Tr::tr("Step"), Tr::tr("Unit"), Tr::tr("Backend"), Tr::tr("Before"),
                       Tr::tr("After")};
    for (K kind : {K::StopService, K::StartService}) {
        const PlaybookStep *step = run.step(kind);
        if (!step)
            continue;
        if (step->status == PlaybookStep::Status::Skipped ||
            step->status == PlaybookStep::Status::Pending) {
            ReportSection note;
            notRun(*step, note);
            section.paragraphs.append(playbookStepTitle(kind) + QStringLiteral(": ") +
                                      note.paragraphs.value(0));
            continue;
        }
        const QJsonObject &evidence = step->evidence;
        section.rows.append({playbookStepTitle(kind), text(evidence, "unit"),
                             text(evidence, "backend"), text(evidence, "stateBefore"),
                             text(evidence, "stateAfter")});
    }
    return section;
}

ReportSection backup(const PlaybookStep &backUp)
{
    ReportSection section;
    section.title = Tr::tr("Backup");
    if (notRun(backUp, section))
        return section;
    const QJsonObject &evidence = backUp.evidence;
    // One row per fact: a path and a SHA-256 side by side would not fit a printed page.
    section.headers = {Tr::tr("What"), Tr::tr("Value")};
    section.rows = {
        {Tr::tr("Kind"), text(evidence, "kind")},
        {Tr::tr("File"), text(evidence, "file")},
        {Tr::tr("Size"), has(evidence, "size") ? sizeText(millis(evidence, "size")) : QString()},
        {Tr::tr("SHA-256"), text(evidence, "sha256")},
        {Tr::tr("Catalog id"), text(evidence, "backupId")},
    };
    if (has(evidence, "notRestorable"))
        section.paragraphs.append(
            Tr::tr("What this backup cannot restore: %1").arg(text(evidence, "notRestorable")));
    return section;
}

ReportSection rehearsal(const PlaybookStep &rehearse, const PlaybookStep *rollBack)
{
    ReportSection section;
    section.title = Tr::tr("Rehearsal");
    if (notRun(rehearse, section))
        return section;
    const QJsonObject &evidence = rehearse.evidence;
    section.headers = {Tr::tr("What"), Tr::tr("Value")};
    section.rows = {
        {Tr::tr("Result"), text(evidence, "result")},
        {Tr::tr("Scratch database"), text(evidence, "scratchDatabase")},
        {Tr::tr("Restore"), incidentDurationText(millis(evidence, "restoreMs"))},
        {Tr::tr("Rollback"), incidentDurationText(millis(evidence, "rollbackMs"))},
        {Tr::tr("Verification"), incidentDurationText(millis(evidence, "verifyMs"))},
        {Tr::tr("Scratch database dropped"), text(evidence, "dropped")},
    };
    if (has(evidence, "failedStatement"))
        section.blocks.append({Tr::tr("Failed at %1").arg(text(evidence, "failedLocation")),
                               text(evidence, "failedStatement")});
    if (has(evidence, "rollbackMs")) {
        QString prediction = Tr::tr("Predicted for production: about %1 of rollback.")
                                 .arg(incidentDurationText(millis(evidence, "rollbackMs")));
        if (rollBack && rollBack->status == PlaybookStep::Status::Done &&
            rollBack->startedAt.isValid() && rollBack->finishedAt.isValid())
            prediction += u' ' + Tr::tr("Production's rollback step took %1.")
                                     .arg(incidentDurationText(rollBack->durationMs()));
        section.paragraphs.append(prediction);
    }
    return section;
}

ReportSection rollback(const PlaybookStep &rollBack)
{
    ReportSection section;
    section.title = Tr::tr("Rollback");
    if (notRun(rollBack, section))
        return section;
    const QJsonObject &evidence = rollBack.evidence;
    if (has(evidence, "rollbackRun"))
        section.paragraphs.append(
            Tr::tr("Rollback run %1: %2.")
                .arg(text(evidence, "rollbackRun"),
                     has(evidence, "outcome") ? text(evidence, "outcome") : Tr::tr("no outcome")));
    const QJsonValue statements = evidence.value(QLatin1StringView("statements"));
    if (statements.isDouble())
        section.paragraphs.append(Tr::tr("Statements run: %1.").arg(valueText(statements)));
    if (has(evidence, "checksumsBefore"))
        section.paragraphs.append(
            Tr::tr("Checksums of the untouched tables were taken before the rollback started."));
    return section;
}

ReportSection verification(const PlaybookStep &verify)
{
    ReportSection section;
    section.title = Tr::tr("Verification");
    if (notRun(verify, section))
        return section;
    const QJsonObject &evidence = verify.evidence;
    const QString verdict = text(evidence, "verdict");
    section.paragraphs.append(
        Tr::tr("Verdict: %1.").arg(verdict.isEmpty() ? Tr::tr("unknown") : verdict));
    if (has(evidence, "reportId"))
        section.paragraphs.append(
            Tr::tr("Verification report %1 (backstep-cli verify shows it again).")
                .arg(text(evidence, "reportId")));
    for (const auto &value : array(evidence, "differences")) {
        const QJsonObject difference = value.toObject();
        section.pairs.append(
            {Tr::tr("%1 %2").arg(text(difference, "kind"), text(difference, "object")),
             Tr::tr("Expected"), text(difference, "expected"), Tr::tr("Actual"),
             text(difference, "actual")});
    }
    if (has(evidence, "differences"))
        section.paragraphs.append(Tr::tr("Differences with the expected schema: %1.")
                                      .arg(array(evidence, "differences").size()));

    const QJsonObject checksums = evidence.value(QLatin1StringView("checksums")).toObject();
    if (!checksums.isEmpty()) {
        section.paragraphs.append(
            Tr::tr("Checksums of the tables the plan does not touch: %1 chunks compared, "
                   "%2 differing.")
                .arg(text(checksums, "compared"),
                     QString::number(array(checksums, "differing").size())));
        section.headers = {Tr::tr("Differing table"), Tr::tr("Key range")};
        for (const auto &value : array(checksums, "differing")) {
            const QJsonObject chunk = value.toObject();
            section.rows.append({text(chunk, "table"), text(chunk, "range")});
        }
        // The verify step lists each range it did not reach ({table, range, reason}); older
        // evidence may hold words or a count.
        QStringList ranges;
        for (const auto &value : array(checksums, "notCovered")) {
            const QJsonObject range = value.toObject();
            if (range.isEmpty()) {
                ranges.append(valueText(value));
                continue;
            }
            const QString where =
                text(range, "range").isEmpty()
                    ? text(range, "table")
                    : Tr::tr("%1 (%2)").arg(text(range, "table"), text(range, "range"));
            ranges.append(text(range, "reason").isEmpty()
                              ? where
                              : Tr::tr("%1: %2").arg(where, text(range, "reason")));
        }
        const QString notCovered = checksums.value(QLatin1StringView("notCovered")).isArray()
                                       ? ranges.join(QStringLiteral("; "))
                                       : text(checksums, "notCovered");
        if (!notCovered.isEmpty() && notCovered != QLatin1StringView("0"))
            section.paragraphs.append(
                Tr::tr("Not covered within the time budget, so not checked: %1.").arg(notCovered));
    }
    return section;
}

ReportSection validation(const PlaybookStep &validate)
{
    ReportSection section;
    section.title = Tr::tr("Validation commands");
    if (notRun(validate, section))
        return section;
    section.headers = {Tr::tr("Name"), Tr::tr("Command"), Tr::tr("Exit code"), Tr::tr("Outcome")};
    for (const auto &value : array(validate.evidence, "commands")) {
        const QJsonObject command = value.toObject();
        section.rows.append({text(command, "name"), text(command, "command"),
                             text(command, "exitCode"), text(command, "outcome")});
        if (!text(command, "outputTail").isEmpty())
            section.blocks.append({Tr::tr("Output of %1 (its end)").arg(text(command, "name")),
                                   text(command, "outputTail")});
    }
    return section;
}

ReportSection logWatch(const PlaybookStep &watch)
{
    ReportSection section;
    section.title = Tr::tr("Log watch");
    if (notRun(watch, section))
        return section;
    const QJsonObject &evidence = watch.evidence;
    if (has(evidence, "seconds"))
        section.paragraphs.append(
            Tr::tr("Watched for %1 after the service started, against the same time before "
                   "it stopped.")
                .arg(incidentDurationText(millis(evidence, "seconds") * 1000)));
    if (has(evidence, "threshold"))
        section.paragraphs.append(Tr::tr("The step fails above %1 error lines a minute.")
                                      .arg(text(evidence, "threshold")));
    section.headers = {Tr::tr("Window"), Tr::tr("Errors a minute"), Tr::tr("Warnings a minute")};
    const QJsonObject before = evidence.value(QLatin1StringView("before")).toObject();
    const QJsonObject after = evidence.value(QLatin1StringView("after")).toObject();
    section.rows = {
        {Tr::tr("Before"), text(before, "errors"), text(before, "warnings")},
        {Tr::tr("After"), text(after, "errors"), text(after, "warnings")},
    };
    QStringList lines;
    for (const auto &line : array(evidence, "lines"))
        lines.append(line.toString());
    if (!lines.isEmpty())
        section.blocks.append({Tr::tr("Error and warning lines"), lines.join(u'\n')});
    return section;
}

ReportSection skipped(const PlaybookRun &run)
{
    ReportSection section;
    section.title = Tr::tr("Skipped");
    section.headers = {Tr::tr("Step"), Tr::tr("Reason"), Tr::tr("Why")};
    for (const PlaybookStep &step : run.steps)
        if (step.status == PlaybookStep::Status::Skipped)
            section.rows.append({playbookStepTitle(step.kind),
                                 playbookSkipReasonName(step.skipReason), step.skipNote});
    if (section.rows.isEmpty())
        section.paragraphs.append(Tr::tr("Nothing was skipped."));
    return section;
}

} // namespace

QString incidentDurationText(qint64 ms)
{
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return Tr::tr("%1 s").arg(QLocale::c().toString(double(ms) / 1000.0, 'f', 1));
    return Tr::tr("%1 min %2 s").arg(ms / 60'000).arg((ms % 60'000) / 1000);
}

QString incidentVerdictSentence(const PlaybookRun &run)
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

QList<ReportSection> incidentSections(const PlaybookRun &run)
{
    QList<ReportSection> all{whoAndWhat(run), timeline(run)};
    if (const PlaybookStep *identify = run.step(K::Identify))
        all.append(plan(*identify));
    all.append(service(run));
    if (const PlaybookStep *backUp = run.step(K::BackUp))
        all.append(backup(*backUp));
    if (const PlaybookStep *rehearse = run.step(K::Rehearse))
        all.append(rehearsal(*rehearse, run.step(K::RollBack)));
    if (const PlaybookStep *rollBack = run.step(K::RollBack))
        all.append(rollback(*rollBack));
    if (const PlaybookStep *verify = run.step(K::Verify))
        all.append(verification(*verify));
    if (const PlaybookStep *validate = run.step(K::Validate))
        all.append(validation(*validate));
    if (const PlaybookStep *watch = run.step(K::WatchLog))
        all.append(logWatch(*watch));
    all.append(skipped(run));
    return all;
}

} // namespace backstep
