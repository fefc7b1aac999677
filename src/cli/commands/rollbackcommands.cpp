// plan and rollback: the playbook's step 4 from scripts.
#include "cli/commands/commands.h"
#include "cli/connectionoptions.h"
#include "cli/plantarget.h"
#include "core/jsonexport.h"
#include "core/passwordsource.h"
#include "db/databasesession.h"
#include "db/journal.h"
#include "db/rollbackjournal.h"
#include "ops/rollbackpreview.h"
#include "ops/rollbackrunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace backstep::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rollback)
};

std::atomic_bool interrupted{false};

extern "C" void onRollbackInterrupt(int)
{
    interrupted.store(true);
}

void printPlan(QTextStream &out, const RollbackPlan &plan)
{
    out << Tr::tr("Plan: %1, %2 migrations, %3 statements, order %4; afterwards at %5")
               .arg(plan.target.describe())
               .arg(plan.migrations.size())
               .arg(plan.statementCount())
               .arg(plan.appliedOrder ? Tr::tr("as applied") : Tr::tr("by version"),
                    plan.resultingVersion.isEmpty() ? Tr::tr("no migration")
                                                    : plan.resultingVersion)
        << Qt::endl;
    for (const QString &blocker : plan.blockers)
        out << Tr::tr("  BLOCKED: %1").arg(blocker) << Qt::endl;
    for (const QString &warning : plan.warnings)
        out << Tr::tr("  warning: %1").arg(warning) << Qt::endl;
    int step = 0;
    for (const PlannedMigration &migration : plan.migrations) {
        out << QStringLiteral("%1 %2 (%3)").arg(migration.version, migration.name, migration.file)
            << Qt::endl;
        if (!migration.noOp.isEmpty())
            out << Tr::tr("  nothing to run: %1").arg(migration.noOp) << Qt::endl;
        else if (!migration.execution.isEmpty())
            out << Tr::tr("  as its tool ran it: %1").arg(migration.execution) << Qt::endl;
        for (int i = 0; i < migration.statements.size(); ++i) {
            const Statement &statement = migration.statements[i];
            out << QStringLiteral("  %1. [%2] line %3: %4")
                       .arg(++step)
                       .arg(statementKindName(migration.kinds.value(i)))
                       .arg(statement.start.line)
                       .arg(statement.sql.simplified().left(120))
                << Qt::endl;
        }
    }
}

QJsonObject stepToJson(const RunStep &step)
{
    return QJsonObject{
        {QStringLiteral("step"), step.index + 1},
        {QStringLiteral("version"), step.version},
        {QStringLiteral("file"), step.file},
        {QStringLiteral("line"), step.line},
        {QStringLiteral("column"), step.column},
        {QStringLiteral("kind"), step.kind},
        {QStringLiteral("status"), runStepStatusName(step.status)},
        {QStringLiteral("sql"), step.sql},
        {QStringLiteral("error"),
         step.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(step.error)},
    };
}

int exitCodeFor(RollbackOutcome::Result result)
{
    switch (result) {
    case RollbackOutcome::Result::Done:
        return ExitOk;
    case RollbackOutcome::Result::Refused:
        return ExitRefused;
    case RollbackOutcome::Result::BadInput:
        return ExitBadInput;
    default:
        return ExitFailed;
    }
}

QString reasonName(RollbackOutcome::Reason reason)
{
    using R = RollbackOutcome::Reason;
    switch (reason) {
    case R::Settled:
        return QStringLiteral("settled");
    case R::Closed:
        return QStringLiteral("closed");
    case R::EmptyPlan:
        return QStringLiteral("empty_plan");
    case R::PlanBlocked:
        return QStringLiteral("plan_blocked");
    case R::NotConfirmed:
        return QStringLiteral("not_confirmed");
    case R::NoFreshBackup:
        return QStringLiteral("no_fresh_backup");
    case R::DatabaseLocked:
        return QStringLiteral("database_locked");
    case R::PreviousConnectionBusy:
        return QStringLiteral("previous_connection_busy");
    case R::AnotherRunOpen:
        return QStringLiteral("another_run_open");
    case R::PlanOutdated:
        return QStringLiteral("plan_outdated");
    case R::RunOwnedElsewhere:
        return QStringLiteral("run_owned_elsewhere");
    case R::UndecidedStep:
        return QStringLiteral("undecided_step");
    case R::NoSuchRun:
        return QStringLiteral("no_such_run");
    case R::RunNotOpen:
        return QStringLiteral("run_not_open");
    case R::NothingToSkip:
        return QStringLiteral("nothing_to_skip");
    case R::NothingToDecide:
        return QStringLiteral("nothing_to_decide");
    case R::SetupFailed:
        return QStringLiteral("setup_failed");
    case R::StatementFailed:
        return QStringLiteral("statement_failed");
    case R::JournalFailed:
        return QStringLiteral("journal_failed");
    case R::ConnectionLost:
        return QStringLiteral("connection_lost");
    case R::CommitUnanswered:
        return QStringLiteral("commit_unanswered");
    case R::CancelledBeforeStep:
        return QStringLiteral("cancelled_before_step");
    case R::CancelledDuringStep:
        return QStringLiteral("cancelled_during_step");
    }
    return {};
}

// How to go on from the outcome, with this program's own options.
QString advice(const RollbackOutcome &outcome)
{
    using R = RollbackOutcome::Reason;
    const QString run = outcome.runId;
    const QString db = outcome.database.isEmpty() ? QStringLiteral("DB") : outcome.database;
    switch (outcome.reason) {
    case R::NoFreshBackup:
        return Tr::tr("Take a backup first (backstep-cli backup), or run without one by typing "
                      "the database's name: --no-backup --confirm %1")
            .arg(db);
    case R::NotConfirmed:
        return Tr::tr("Give the database's name exactly: --confirm %1").arg(db);
    case R::DatabaseLocked:
        return Tr::tr("Wait for the other Backstep to finish, then try again.");
    case R::PreviousConnectionBusy:
        return Tr::tr("Wait for it to finish, or end it on the server (KILL %1), then resume "
                      "again: backstep-cli rollback --resume %2")
            .arg(QString::number(outcome.lockHolder.connectionId), run);
    case R::AnotherRunOpen:
    case R::RunOwnedElsewhere:
        if (outcome.owner.known())
            return Tr::tr("It goes on to its end there: wait for it, or cancel it there (Ctrl+C "
                          "in its terminal, or Cancel in its window). Nothing was changed here.");
        return Tr::tr("Resume it (backstep-cli rollback --resume %1) or end it (--abort %1, or "
                      "--resolve %1 once it is finished by hand) first.")
            .arg(run);
    case R::PlanOutdated:
        return Tr::tr("Look at the history again (backstep-cli status) and plan again.");
    case R::UndecidedStep:
        return Tr::tr("Look at the data, then say what happened: backstep-cli rollback --resume "
                      "%1 --mark-done --confirm %2 (it took effect), or --resume %1 --run-again "
                      "--confirm %2 (it did not).")
            .arg(run, db);
    case R::StatementFailed:
        return Tr::tr("Fix the cause and retry: backstep-cli rollback --resume %1; or skip the "
                      "statement: --resume %1 --skip --confirm %2; or end the run: --abort %1 "
                      "(or --resolve %1 after restoring the backup).")
            .arg(run, db);
    case R::JournalFailed:
    case R::ConnectionLost:
    case R::CommitUnanswered:
    case R::CancelledBeforeStep:
    case R::CancelledDuringStep:
        return Tr::tr("Go on with backstep-cli rollback --resume %1, or end the run with --abort "
                      "%1 (or --resolve %1 after restoring the backup).")
            .arg(run);
    default:
        return {};
    }
}

QJsonObject ownerToJson(const RunOwner &owner)
{
    return QJsonObject{{QStringLiteral("pid"), owner.pid},
                       {QStringLiteral("host"), owner.machine},
                       {QStringLiteral("program"), owner.application},
                       {QStringLiteral("since"), owner.since.toUTC().toString(Qt::ISODate)}};
}

int report(CliContext &context, const RollbackOutcome &outcome)
{
    const QString message = describeOutcome(outcome);
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonObject object{
            {QStringLiteral("run"),
             outcome.runId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(outcome.runId)},
            {QStringLiteral("result"), outcomeName(outcome.result)},
            {QStringLiteral("reason"), reasonName(outcome.reason)},
            {QStringLiteral("message"), message},
            {QStringLiteral("steps"), int(outcome.run.steps.size())},
            {QStringLiteral("settled"), outcome.run.settledCount()},
        };
        if (outcome.step >= 0 && outcome.step < outcome.run.steps.size())
            object.insert(outcome.reason == RollbackOutcome::Reason::UndecidedStep
                              ? QStringLiteral("undecided_step")
                              : QStringLiteral("failed_step"),
                          stepToJson(outcome.run.steps[outcome.step]));
        if (outcome.undecided.isValid())
            object.insert(
                QStringLiteral("evidence"),
                QJsonObject{{QStringLiteral("tables"), outcome.undecided.tables},
                            {QStringLiteral("last_known"), outcome.undecided.lastKnown},
                            {QStringLiteral("choices"), QJsonArray{QStringLiteral("mark-done"),
                                                                   QStringLiteral("run-again")}}});
        if (outcome.owner.known())
            object.insert(QStringLiteral("owner"), ownerToJson(outcome.owner));
        if (outcome.serverError)
            object.insert(QStringLiteral("server_error"), outcome.serverError);
        if (!outcome.cleanupProblem.isEmpty())
            object.insert(QStringLiteral("cleanup_problem"), outcome.cleanupProblem);
        // Where the binary log stood before the run and after it (its transactions lie
        // between), when the run got that far.
        if (outcome.run.positionBefore.recorded() || outcome.run.positionAfter.recorded())
            object.insert(
                QStringLiteral("server_position"),
                QJsonObject{{QStringLiteral("before"), outcome.run.positionBefore.toJson()},
                            {QStringLiteral("after"), outcome.run.positionAfter.toJson()}});
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        const bool ok = outcome.result == RollbackOutcome::Result::Done;
        (ok ? context.out : context.err)
            << (ok ? QString() : Tr::tr("error: ")) << message << Qt::endl;
        if (const QString next = advice(outcome); !next.isEmpty())
            context.err << next << Qt::endl;
    }
    return exitCodeFor(outcome.result);
}

// Through an alias: lupdate reads `RollbackRunner::Observer printer(` as a member of a
// class it does not know and would put the strings below in the wrong context.
using Observer = RollbackRunner::Observer;

Observer printer(CliContext &context)
{
    if (context.parser.isSet(QStringLiteral("json")))
        return {};
    return [&context](const RollbackProgress &progress) {
        using Event = RollbackProgress::Event;
        const RunStep &step = progress.detail;
        switch (progress.event) {
        case Event::RunStarted:
            context.out << Tr::tr("run %1: %2 steps; %3")
                               .arg(progress.runId, QString::number(progress.steps),
                                    progress.message)
                        << Qt::endl;
            break;
        case Event::StepDone:
            context.out << QStringLiteral("[%1/%2] %3 %4:%5 ok (%6 ms)  %7")
                               .arg(QString::number(progress.step + 1),
                                    QString::number(progress.steps), step.version, step.file,
                                    QString::number(step.line), QString::number(step.durationMs),
                                    step.sql.simplified().left(100))
                        << Qt::endl;
            break;
        case Event::StepFailed:
            context.err << QStringLiteral("[%1/%2] %3 %4:%5:%6 %7: %8")
                               .arg(QString::number(progress.step + 1),
                                    QString::number(progress.steps), step.version, step.file,
                                    QString::number(step.line), QString::number(step.column),
                                    step.status == RunStep::Status::Cancelled ? Tr::tr("CANCELLED")
                                                                              : Tr::tr("FAILED"),
                                    progress.message)
                        << Qt::endl;
            break;
        case Event::MigrationDone:
            context.out << QStringLiteral("[%1/%2] %3")
                               .arg(QString::number(progress.step + 1),
                                    QString::number(progress.steps), progress.message)
                        << Qt::endl;
            break;
        case Event::StepActivity: {
            // A long statement: a line every few seconds, on stderr, so that a script's
            // stdout stays the run's steps.
            const StatementActivity &activity = progress.activity;
            if (activity.elapsedMs / 1000 % 5 != 1 && activity.elapsedMs >= 2000)
                break;
            QString line =
                Tr::tr("[%1/%2] running for %3 s")
                    .arg(QString::number(progress.step + 1), QString::number(progress.steps),
                         QString::number(activity.elapsedMs / 1000));
            if (!activity.state.isEmpty())
                line += QStringLiteral(": ") + activity.state;
            for (const LockRisk &blocker : activity.blockers)
                line += Tr::tr("; held up by connection %1 (%2@%3, %4 s): %5")
                            .arg(QString::number(blocker.connectionId), blocker.user, blocker.host,
                                 QString::number(blocker.seconds), blocker.detail.left(120));
            if (!activity.problem.isEmpty())
                line += QStringLiteral(" (") + activity.problem + u')';
            context.err << line << Qt::endl;
            break;
        }
        default:
            break;
        }
    };
}

QJsonObject previewToJson(const RollbackPreview &preview)
{
    QJsonArray impacts;
    for (const ImpactItem &item : preview.impacts)
        impacts.append(QJsonObject{
            {QStringLiteral("what"), impactKindName(item.kind)},
            {QStringLiteral("object"), item.object},
            {QStringLiteral("step"), item.step},
            {QStringLiteral("version"), item.version},
            {QStringLiteral("exists"), item.exists},
            {QStringLiteral("rows"),
             item.rows < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(item.rows)},
            {QStringLiteral("rows_estimated"), item.rowsEstimated},
            {QStringLiteral("bytes"), item.bytes},
        });
    QJsonArray risks;
    for (const LockRisk &risk : preview.lockRisks)
        risks.append(QJsonObject{
            {QStringLiteral("table"), risk.table},
            {QStringLiteral("kind"), risk.kind},
            {QStringLiteral("connection"), risk.connectionId},
            {QStringLiteral("user"), risk.user},
            {QStringLiteral("host"), risk.host},
            {QStringLiteral("seconds"), risk.seconds},
            {QStringLiteral("detail"), risk.detail},
        });
    return QJsonObject{
        {QStringLiteral("impact"), impacts},
        {QStringLiteral("implicit_commits"), preview.implicitCommits},
        {QStringLiteral("touched_tables"), QJsonArray::fromStringList(preview.touchedTables)},
        {QStringLiteral("lock_risks"), risks},
        {QStringLiteral("metadata_locks_known"), preview.metadataLocksKnown},
        {QStringLiteral("preview_error"),
         preview.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(preview.error)},
    };
}

void printPreview(QTextStream &out, const RollbackPreview &preview)
{
    out << Tr::tr("Impact (%1 statements commit implicitly: a transaction cannot undo them):")
               .arg(preview.implicitCommits)
        << Qt::endl;
    for (const ImpactItem &item : preview.impacts)
        out << QStringLiteral("  step %1 (%2): %3 %4%5")
                   .arg(item.step)
                   .arg(item.version, impactKindName(item.kind), item.object,
                        !item.exists ? Tr::tr(" (not there now)")
                        : item.rows >= 0
                            ? Tr::tr(" (%1%2 rows, %3 bytes)")
                                  .arg(item.rowsEstimated ? QStringLiteral("~") : QString())
                                  .arg(item.rows)
                                  .arg(item.bytes)
                            : QString())
            << Qt::endl;
    out << Tr::tr("Lock risks: %1").arg(preview.lockRisks.isEmpty() ? Tr::tr("none") : QString())
        << Qt::endl;
    for (const LockRisk &risk : preview.lockRisks)
        out << Tr::tr("  %1 on %2: connection %3 (%4@%5), %6 s: %7")
                   .arg(risk.kind, risk.table.isEmpty() ? Tr::tr("unknown tables") : risk.table)
                   .arg(risk.connectionId)
                   .arg(risk.user, risk.host)
                   .arg(risk.seconds)
                   .arg(risk.detail)
            << Qt::endl;
    if (!preview.error.isEmpty())
        out << Tr::tr("  (not all could be inspected: %1)").arg(preview.error) << Qt::endl;
}

BackupVerdict backupVerdict(const Workspace &workspace)
{
    auto journal = Journal::open();
    if (!journal)
        return {false, journal.error()};
    return RollbackRunner::backupVerdict(*journal.value(), workspace);
}

} // namespace

void declarePlan(QCommandLineParser &parser)
{
    ConnectionOptions::addTo(parser, true);
    declareTarget(parser);
}

int runPlan(CliContext &context)
{
    auto planned = loadPlan(context);
    if (auto *code = std::get_if<ExitCode>(&planned))
        return *code;
    const Planned &ready = std::get<Planned>(planned);
    const RollbackPlan &plan = ready.plan;
    RollbackPreview preview;
    auto session =
        DatabaseSession::open(ready.workspace.request.connection, ready.workspace.request.password);
    if (session)
        preview = RollbackPreviewer::inspect(*session.value(), plan);
    else
        preview.error = session.error();
    const BackupVerdict backup = backupVerdict(ready.workspace);
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = planToJson(plan);
        const QJsonObject previewJson = previewToJson(preview);
        for (auto it = previewJson.begin(); it != previewJson.end(); ++it)
            json.insert(it.key(), it.value());
        json.insert(QStringLiteral("backup"),
                    QJsonObject{{QStringLiteral("fresh"), backup.fresh},
                                {QStringLiteral("reason"), backup.reason}});
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        printPlan(context.out, plan);
        printPreview(context.out, preview);
        context.out << Tr::tr("Backup: %1").arg(backup.reason) << Qt::endl;
    }
    return plan.runnable() ? ExitOk : ExitRefused;
}

void declareRollback(QCommandLineParser &parser)
{
    ConnectionOptions::addTo(parser, true, ConnectionOptions::Migrations::Optional);
    declareTarget(parser);
    parser.addOption({QStringLiteral("yes"), Tr::tr("Run the plan (without it nothing runs).")});
    parser.addOption({QStringLiteral("no-backup"),
                      Tr::tr("Run without a fresh backup (needs --confirm with the database's "
                             "name).")});
    parser.addOption({QStringLiteral("confirm"),
                      Tr::tr("The database's name, typed to confirm --no-backup, --skip, "
                             "--mark-done or --run-again."),
                      Tr::tr("database")});
    parser.addOption({QStringLiteral("resume"),
                      Tr::tr("Go on with an interrupted, cancelled or failed run from the "
                             "journal."),
                      Tr::tr("run")});
    parser.addOption({QStringLiteral("skip"),
                      Tr::tr("With --resume: skip the failed statement (needs --confirm).")});
    parser.addOption({QStringLiteral("mark-done"),
                      Tr::tr("With --resume: the statement whose effect is undecided took "
                             "effect (needs --confirm).")});
    parser.addOption({QStringLiteral("run-again"),
                      Tr::tr("With --resume: the statement whose effect is undecided did not "
                             "take effect; run it (needs --confirm).")});
    parser.addOption(
        {QStringLiteral("abort"), Tr::tr("End a run: nothing more of it runs."), Tr::tr("run")});
    parser.addOption({QStringLiteral("resolve"),
                      Tr::tr("Mark a run resolved by hand (e.g. after restoring the backup)."),
                      Tr::tr("run")});
    parser.addOption({QStringLiteral("lock-wait-timeout"),
                      Tr::tr("Seconds a statement may wait for a lock (default 60)."),
                      Tr::tr("seconds"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("progress-schema"),
                      Tr::tr("Keep the progress rows in this schema of Backstep's own on the "
                             "same server instead of in the database (it needs CREATE, INSERT, "
                             "SELECT, DELETE and DROP there)."),
                      Tr::tr("schema")});
}

namespace {

// The password for --abort and --resolve, which clean up in the database when they can:
// as --resume finds it with --url or --profile, else from --password-file or BACKSTEP_PASSWORD,
// never asked for (the run is closed in the journal either way).
std::variant<QString, ExitCode> closingPassword(CliContext &context)
{
    if (context.parser.isSet(QStringLiteral("url")) ||
        context.parser.isSet(QStringLiteral("profile"))) {
        auto request =
            ConnectionOptions::resolve(context, true, ConnectionOptions::Migrations::Optional);
        if (auto *code = std::get_if<ExitCode>(&request))
            return *code;
        return std::get<WorkspaceRequest>(request).password;
    }
    auto password = PasswordSource::resolve(context.parser.value(QStringLiteral("password-file")));
    if (!password) {
        context.err << Tr::tr("error: %1").arg(password.error()) << Qt::endl;
        return ExitBadInput;
    }
    return password.value().value_or(QString());
}

int closeRun(CliContext &context, const QString &runId, RollbackRun::Status status)
{
    auto password = closingPassword(context);
    if (auto *code = std::get_if<ExitCode>(&password))
        return *code;
    const QString note = status == RollbackRun::Status::Aborted
                             ? Tr::tr("aborted from backstep-cli")
                             : Tr::tr("marked resolved from backstep-cli");
    return report(context,
                  RollbackRunner::close(runId, status, note, std::get<QString>(password), {}));
}

} // namespace

int runRollback(CliContext &context)
{
    const QCommandLineParser &parser = context.parser;
    if (parser.isSet(QStringLiteral("abort")))
        return closeRun(context, parser.value(QStringLiteral("abort")),
                        RollbackRun::Status::Aborted);
    if (parser.isSet(QStringLiteral("resolve")))
        return closeRun(context, parser.value(QStringLiteral("resolve")),
                        RollbackRun::Status::Resolved);

    RollbackOptions options;
    bool ok = false;
    options.lockWaitTimeoutSeconds = parser.value(QStringLiteral("lock-wait-timeout")).toInt(&ok);
    if (!ok || options.lockWaitTimeoutSeconds < 1) {
        context.err << Tr::tr("error: --lock-wait-timeout takes a number of seconds") << Qt::endl;
        return ExitBadInput;
    }
    options.withoutBackup = parser.isSet(QStringLiteral("no-backup"));
    options.confirmDatabase = parser.value(QStringLiteral("confirm"));
    options.progressSchema = parser.value(QStringLiteral("progress-schema"));
    // The watch's second connection interrupts the running statement (KILL QUERY) as soon
    // as the flag is up: a cancel never waits for a lock.
    std::signal(SIGINT, onRollbackInterrupt);
    std::signal(SIGTERM, onRollbackInterrupt);

    const int decisions = int(parser.isSet(QStringLiteral("skip"))) +
                          int(parser.isSet(QStringLiteral("mark-done"))) +
                          int(parser.isSet(QStringLiteral("run-again")));
    if (decisions > 1) {
        context.err << Tr::tr("error: give one of --skip, --mark-done and --run-again") << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("resume"))) {
        const QString runId = parser.value(QStringLiteral("resume"));
        auto request =
            ConnectionOptions::resolve(context, true, ConnectionOptions::Migrations::Optional);
        if (auto *code = std::get_if<ExitCode>(&request))
            return *code;
        auto action = RollbackRunner::ResumeAction::Resume;
        if (parser.isSet(QStringLiteral("skip")))
            action = RollbackRunner::ResumeAction::Skip;
        else if (parser.isSet(QStringLiteral("mark-done")))
            action = RollbackRunner::ResumeAction::MarkDone;
        else if (parser.isSet(QStringLiteral("run-again")))
            action = RollbackRunner::ResumeAction::RunAgain;
        return report(context,
                      RollbackRunner::resume(runId, std::get<WorkspaceRequest>(request).password,
                                             action, options, printer(context), &interrupted));
    }
    if (decisions > 0) {
        context.err << Tr::tr("error: --skip, --mark-done and --run-again go with --resume RUN")
                    << Qt::endl;
        return ExitBadInput;
    }
    if (parser.value(QStringLiteral("migrations")).isEmpty() &&
        !parser.isSet(QStringLiteral("profile"))) {
        context.err << Tr::tr("error: --migrations DIR is required (or --resume RUN)") << Qt::endl;
        return ExitBadInput;
    }
    auto planned = loadPlan(context);
    if (auto *code = std::get_if<ExitCode>(&planned))
        return *code;
    const Planned &ready = std::get<Planned>(planned);
    if (!parser.isSet(QStringLiteral("json")))
        printPlan(context.out, ready.plan);
    if (!parser.isSet(QStringLiteral("yes"))) {
        context.err << Tr::tr("error: nothing was run; pass --yes to run this plan") << Qt::endl;
        return ExitBadInput;
    }
    return report(context, RollbackRunner::start(ready.workspace, ready.plan, options,
                                                 printer(context), &interrupted));
}

} // namespace backstep::cli
