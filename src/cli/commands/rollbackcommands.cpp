// plan and rollback: the playbook's step 4 from scripts.
#include "cli/commands/commands.h"
#include "cli/connectionoptions.h"
#include "core/jsonexport.h"
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

void declareTarget(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("to"),
                      Tr::tr("Roll back every migration applied after VERSION (it stays applied)."),
                      Tr::tr("version")});
    parser.addOption(
        {QStringLiteral("steps"), Tr::tr("Roll back the last N applied migrations."), Tr::tr("n")});
    parser.addOption({QStringLiteral("only"),
                      Tr::tr("Roll back exactly these versions (repeat the option, or separate "
                             "with commas)."),
                      Tr::tr("version")});
}

std::variant<RollbackTarget, ExitCode> targetFrom(CliContext &context)
{
    const QCommandLineParser &parser = context.parser;
    const int given = int(parser.isSet(QStringLiteral("to"))) +
                      int(parser.isSet(QStringLiteral("steps"))) +
                      int(parser.isSet(QStringLiteral("only")));
    if (given > 1) {
        context.err << Tr::tr("error: give one of --to, --steps and --only") << Qt::endl;
        return ExitBadInput;
    }
    RollbackTarget target;
    if (parser.isSet(QStringLiteral("to"))) {
        target.mode = RollbackTarget::Mode::ToVersion;
        target.version = parser.value(QStringLiteral("to"));
    } else if (parser.isSet(QStringLiteral("steps"))) {
        bool ok = false;
        target.mode = RollbackTarget::Mode::Steps;
        target.steps = parser.value(QStringLiteral("steps")).toInt(&ok);
        if (!ok || target.steps < 1) {
            context.err << Tr::tr("error: --steps takes a number of at least 1, not \"%1\"")
                               .arg(parser.value(QStringLiteral("steps")))
                        << Qt::endl;
            return ExitBadInput;
        }
    } else if (parser.isSet(QStringLiteral("only"))) {
        target.mode = RollbackTarget::Mode::Selected;
        for (const QString &value : parser.values(QStringLiteral("only")))
            for (const QString &version : value.split(u',', Qt::SkipEmptyParts))
                target.versions.append(version.trimmed());
    }
    return target;
}

struct Planned
{
    Workspace workspace;
    RollbackPlan plan;
};

std::variant<Planned, ExitCode> loadPlan(CliContext &context)
{
    auto target = targetFrom(context);
    if (auto *code = std::get_if<ExitCode>(&target))
        return *code;
    auto loaded = ConnectionOptions::loadWorkspace(context);
    if (auto *code = std::get_if<ExitCode>(&loaded))
        return *code;
    Planned planned;
    planned.workspace = std::move(std::get<Workspace>(loaded));
    auto plan = planRollback(planned.workspace.migrations, planned.workspace.history,
                             planned.workspace.rows, std::get<RollbackTarget>(target));
    if (!plan) {
        context.err << Tr::tr("error: %1").arg(plan.error()) << Qt::endl;
        return ExitBadInput;
    }
    planned.plan = plan.value();
    return planned;
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

int report(CliContext &context, const RollbackOutcome &outcome)
{
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonObject object{
            {QStringLiteral("run"),
             outcome.runId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(outcome.runId)},
            {QStringLiteral("result"), outcomeName(outcome.result)},
            {QStringLiteral("message"), outcome.message},
            {QStringLiteral("steps"), int(outcome.run.steps.size())},
            {QStringLiteral("settled"), outcome.run.settledCount()},
        };
        if (outcome.failedStep >= 0 && outcome.failedStep < outcome.run.steps.size())
            object.insert(QStringLiteral("failed_step"),
                          stepToJson(outcome.run.steps[outcome.failedStep]));
        if (outcome.serverError)
            object.insert(QStringLiteral("server_error"), outcome.serverError);
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        (outcome.result == RollbackOutcome::Result::Done ? context.out : context.err)
            << (outcome.result == RollbackOutcome::Result::Done ? QString() : Tr::tr("error: "))
            << outcome.message << Qt::endl;
        if (!outcome.runId.isEmpty() && outcome.result != RollbackOutcome::Result::Done)
            context.err << Tr::tr(
                               "run %1: resume with backstep-cli rollback --resume %1 (add --skip "
                               "--confirm DB to skip the failed statement), or end it with "
                               "--abort %1 / --resolve %1")
                               .arg(outcome.runId)
                        << Qt::endl;
    }
    return exitCodeFor(outcome.result);
}

RollbackRunner::Observer printer(CliContext &context)
{
    if (context.parser.isSet(QStringLiteral("json")))
        return {};
    return [&context](const RollbackProgress &progress) {
        using Event = RollbackProgress::Event;
        const RunStep &step = progress.detail;
        switch (progress.event) {
        case Event::RunStarted:
            context.out << Tr::tr("run %1: %2 steps; %3")
                               .arg(progress.runId)
                               .arg(progress.steps)
                               .arg(progress.message)
                        << Qt::endl;
            break;
        case Event::StepDone:
            context.out << QStringLiteral("[%1/%2] %3 %4:%5 ok (%6 ms)  %7")
                               .arg(progress.step + 1)
                               .arg(progress.steps)
                               .arg(step.version, step.file)
                               .arg(step.line)
                               .arg(step.durationMs)
                               .arg(step.sql.simplified().left(100))
                        << Qt::endl;
            break;
        case Event::StepFailed:
            context.err << QStringLiteral("[%1/%2] %3 %4:%5:%6 FAILED: %7")
                               .arg(progress.step + 1)
                               .arg(progress.steps)
                               .arg(step.version, step.file)
                               .arg(step.line)
                               .arg(step.column)
                               .arg(progress.message)
                        << Qt::endl;
            break;
        case Event::MigrationDone:
            context.out << QStringLiteral("[%1/%2] %3")
                               .arg(progress.step + 1)
                               .arg(progress.steps)
                               .arg(progress.message)
                        << Qt::endl;
            break;
        default:
            break;
        }
    };
}

int closeRun(CliContext &context, const QString &runId, RollbackRun::Status status)
{
    const QString note = status == RollbackRun::Status::Aborted
                             ? Tr::tr("aborted from backstep-cli")
                             : Tr::tr("marked resolved from backstep-cli");
    auto closed = RollbackRunner::close(runId, status, note);
    if (!closed) {
        context.err << Tr::tr("error: %1").arg(closed.error()) << Qt::endl;
        return ExitBadInput;
    }
    context.out << Tr::tr("run %1 is %2").arg(runId, runStatusName(status)) << Qt::endl;
    return ExitOk;
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
                      Tr::tr("The database's name, typed to confirm --no-backup or --skip."),
                      Tr::tr("database")});
    parser.addOption({QStringLiteral("resume"),
                      Tr::tr("Go on with an interrupted or failed run from the journal."),
                      Tr::tr("run")});
    parser.addOption({QStringLiteral("skip"),
                      Tr::tr("With --resume: skip the failed statement (needs --confirm).")});
    parser.addOption(
        {QStringLiteral("abort"), Tr::tr("End a run: nothing more of it runs."), Tr::tr("run")});
    parser.addOption({QStringLiteral("resolve"),
                      Tr::tr("Mark a run resolved by hand (e.g. after restoring the backup)."),
                      Tr::tr("run")});
    parser.addOption({QStringLiteral("lock-wait-timeout"),
                      Tr::tr("Seconds a statement may wait for a lock (default 60)."),
                      Tr::tr("seconds"), QStringLiteral("60")});
}

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
    std::signal(SIGINT, onRollbackInterrupt);
    std::signal(SIGTERM, onRollbackInterrupt);

    if (parser.isSet(QStringLiteral("resume"))) {
        const QString runId = parser.value(QStringLiteral("resume"));
        auto request =
            ConnectionOptions::resolve(context, true, ConnectionOptions::Migrations::Optional);
        if (auto *code = std::get_if<ExitCode>(&request))
            return *code;
        const auto action = parser.isSet(QStringLiteral("skip"))
                                ? RollbackRunner::ResumeAction::Skip
                                : RollbackRunner::ResumeAction::Resume;
        return report(context,
                      RollbackRunner::resume(runId, std::get<WorkspaceRequest>(request).password,
                                             action, options, printer(context), &interrupted));
    }
    if (parser.isSet(QStringLiteral("skip"))) {
        context.err << Tr::tr("error: --skip goes with --resume RUN") << Qt::endl;
        return ExitBadInput;
    }
    if (parser.value(QStringLiteral("migrations")).isEmpty()) {
        context.err << Tr::tr("error: --migrations DIR is required (or --resume RUN)") << Qt::endl;
        return ExitBadInput;
    }
    auto planned = loadPlan(context);
    if (auto *code = std::get_if<ExitCode>(&planned))
        return *code;
    const Planned &ready = std::get<Planned>(planned);

    // One run at a time per database: an unfinished one is resumed or closed first.
    {
        auto journal = Journal::open();
        auto open = journal ? RollbackJournal(*journal.value())
                                  .unfinished(ready.workspace.request.connection.url())
                            : Result<QList<RollbackRun>>(journal.failure());
        if (!open) {
            context.err << Tr::tr("error: cannot tell whether another run of this database is "
                                  "open: %1")
                               .arg(open.error())
                        << Qt::endl;
            return ExitFailed;
        }
        if (!open->isEmpty()) {
            const RollbackRun &run = open->first();
            context.err << Tr::tr(
                               "error: run %1 on this database is %2 at step %3 of %4; resume it "
                               "(--resume %1) or end it (--abort %1, --resolve %1) first")
                               .arg(run.id, runStatusName(run.status))
                               .arg(run.nextStep() + 1)
                               .arg(run.steps.size())
                        << Qt::endl;
            return ExitRefused;
        }
    }
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
