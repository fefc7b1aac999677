#include "ops/rollbackrunner.h"

#include "core/rollbackguard.h"
#include "core/statementkind.h"
#include "core/version.h"
#include "db/backupcatalog.h"
#include "db/databasesession.h"
#include "db/datachecks.h"
#include "db/historyreader.h"
#include "db/journal.h"
#include "db/reportstore.h"
#include "db/schemareader.h"
#include "db/snapshotstore.h"
#include "db/targetconnection.h"
#include "db/targetevidence.h"
#include "ops/rollbackexecutor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RollbackRunner)
};

RollbackOutcome refuse(RollbackOutcome::Result result, const QString &message,
                       const QString &runId = {})
{
    RollbackOutcome outcome;
    outcome.result = result;
    outcome.message = message;
    outcome.runId = runId;
    return outcome;
}

// Who ran it, for the evidence: the login name, else the account's name.
QString operatorName()
{
    for (const char *variable : {"USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    if (const passwd *account = getpwuid(getuid()))
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("uid %1").arg(getuid());
}

void recordEvent(Journal &journal, const QString &subject, const QString &action,
                 const QString &outcome, const QString &detail)
{
    // The run's own tables are the evidence; the event log is the timeline beside the
    // backups and service actions. A failure to add to it must not stop a rollback.
    (void)journal.record({0, {}, QStringLiteral("rollback"), subject, action, outcome, detail});
}

// The schema before and after a run, in the journal with the run's id: what the
// verification compares, and a recording at that version for later rollbacks to it. A
// snapshot that cannot be taken or stored is an event, never a reason to stop a rollback.
void recordSnapshot(Journal &journal, DatabaseSession &session, const QString &url,
                    const QString &version, const QString &purpose, const QString &runId)
{
    auto snapshot = SchemaReader::readStructure(session);
    if (!snapshot) {
        recordEvent(journal, url, QStringLiteral("snapshot"), QStringLiteral("failed"),
                    Tr::tr("run %1, %2: %3").arg(runId, purpose, snapshot.error()));
        return;
    }
    snapshot->migrationVersion = version;
    auto saved = SnapshotStore(journal).save(url, snapshot.value(), purpose, runId);
    if (!saved) {
        recordEvent(journal, url, QStringLiteral("snapshot"), QStringLiteral("failed"),
                    Tr::tr("run %1, %2: %3").arg(runId, purpose, saved.error()));
        return;
    }
    // Before a run, every table's exact row count too: afterwards the tables the plan did
    // not touch must hold as many rows.
    if (purpose != SnapshotPurpose::BeforeRollback)
        return;
    auto counts = DataChecks::rowCounts(session);
    auto stored = counts ? ReportStore(journal).saveRowCounts(saved.value(), counts.value())
                         : Result<void>(counts.failure());
    if (!stored)
        recordEvent(journal, url, QStringLiteral("row counts"), QStringLiteral("failed"),
                    Tr::tr("run %1: %2").arg(runId, stored.error()));
}

// After a run that settled every step: the schema at the version the history now says.
void recordSnapshotAfter(Journal &journal, DatabaseSession &session, const Workspace &workspace,
                         const RollbackOutcome &outcome, const QString &runId)
{
    if (outcome.result != RollbackOutcome::Result::Done)
        return;
    const QString url = workspace.request.connection.url();
    auto history = HistoryReader::read(session.database(), workspace.request.historyTable,
                                       workspace.migrations.tool);
    if (!history) {
        recordEvent(
            journal, url, QStringLiteral("snapshot"), QStringLiteral("failed"),
            Tr::tr("run %1, %2: %3").arg(runId, SnapshotPurpose::AfterRollback, history.error()));
        return;
    }
    recordSnapshot(journal, session, url, latestAppliedVersion(history.value()),
                   SnapshotPurpose::AfterRollback, runId);
}

RollbackRun runFor(const Workspace &workspace, const RollbackPlan &plan)
{
    RollbackRun run;
    run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run.databaseUrl = workspace.request.connection.url();
    run.databaseName = workspace.request.connection.databaseName();
    run.engine = workspace.request.connection.engine == ConnectionSpec::Engine::Sqlite
                     ? QStringLiteral("sqlite")
                     : QStringLiteral("mysql");
    run.target = plan.target.describe();
    run.request = RollbackRunner::requestToJson(workspace.request);
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.operatorName = operatorName();
    run.host = QSysInfo::machineHostName();
    run.pid = getpid();
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &planned = plan.steps[i];
        const PlannedMigration &migration = plan.migrations[planned.migration];
        RunStep step;
        step.index = i;
        step.version = migration.version;
        step.name = migration.name;
        step.author = migration.author;
        step.file = migration.file;
        if (planned.isHistory()) {
            step.kind = QStringLiteral("history");
            step.sql = Tr::tr("record in %1 (%2) that %3 is rolled back")
                           .arg(workspace.history.table, historyStyleName(workspace.history.style),
                                migration.version);
        } else {
            const Statement &statement = migration.statements[planned.statement];
            step.kind = statementKindName(migration.kinds.value(planned.statement));
            step.sql = statement.sql;
            step.line = statement.start.line;
            step.column = statement.start.column;
            if (!statement.start.file.isEmpty())
                step.file = statement.start.file;
        }
        run.steps.append(step);
    }
    return run;
}

// Decides, from the target's own evidence, the steps the journal cannot vouch for: the one
// that was running when the process or the connection died, and the migration's own
// transaction that the server rolled back with the connection.
Result<void> reconcile(RollbackJournal &journal, DatabaseSession &session, RollbackRun &run,
                       const Workspace &workspace)
{
    auto committed = TargetProgress::settledSteps(session, run.id);
    if (!committed)
        return committed.failure();
    const QList<MigrationStatus> rows = workspace.rows;
    for (RunStep &step : run.steps) {
        if (step.status == RunStep::Status::Skipped)
            continue;
        auto settle = [&](RunStep::Status status, const QString &why) -> Result<void> {
            step.status = status;
            return journal.settleStep(run.id, step.index, status, why);
        };
        Result<void> written;
        if (step.isHistory()) {
            if (step.settled())
                continue;
            // The history read again decides (golang-migrate: not while it is left dirty).
            if (rollbackRecorded(workspace.migrations, workspace.history, rows, step.version))
                written = settle(RunStep::Status::Done,
                                 Tr::tr("the history no longer lists %1 as applied: the update was "
                                        "written before the interruption")
                                     .arg(step.version));
            continue;
        }
        const StatementKind kind = classifyStatement(step.sql);
        const bool sqlite = session.spec().engine == ConnectionSpec::Engine::Sqlite;
        if (kind == StatementKind::Data || kind == StatementKind::Other ||
            kind == StatementKind::Transaction || (sqlite && kind == StatementKind::Schema)) {
            const bool inTarget = committed->contains(step.index);
            if (step.settled() && !inTarget)
                written = settle(RunStep::Status::Pending,
                                 Tr::tr("ran inside the migration's own transaction, which the "
                                        "server rolled back when the connection ended"));
            else if (!step.settled() && inTarget)
                written = settle(RunStep::Status::Done,
                                 Tr::tr("committed before the interruption (found in %1)")
                                     .arg(TargetProgress::tableName()));
        } else if (kind == StatementKind::Schema && step.status == RunStep::Status::Running) {
            auto now = SchemaFingerprint::of(session);
            if (!now)
                return now.failure();
            if (now.value() != step.fingerprint)
                written = settle(RunStep::Status::Done,
                                 Tr::tr("the schema changed since just before this statement: it "
                                        "was committed before the interruption"));
            else
                written =
                    settle(RunStep::Status::Pending,
                           Tr::tr("the schema is as it was just before this statement: it did "
                                  "not take effect"));
        } else if (kind == StatementKind::Session && step.status == RunStep::Status::Running) {
            written = settle(RunStep::Status::Pending, Tr::tr("interrupted; applied again"));
        }
        if (!written)
            return written;
    }
    return {};
}

// The connection's own state (SET, USE, ...) is gone with the old connection: the settled
// session statements are applied again, in order, before the run goes on.
Result<void> restoreSessionState(DatabaseSession &session, const RollbackRun &run, int upTo)
{
    TargetConnection target(session);
    for (int i = 0; i < upTo && i < run.steps.size(); ++i) {
        const RunStep &step = run.steps[i];
        if (step.isHistory() || step.status != RunStep::Status::Done ||
            classifyStatement(step.sql) != StatementKind::Session)
            continue;
        const ExecOutcome out = target.execute(step.sql);
        if (!out.ok)
            return Error{Tr::tr("cannot restore the session state of step %1 (%2): %3")
                             .arg(i + 1)
                             .arg(step.sql, out.message)};
    }
    return {};
}

Result<void> waitForPreviousConnection(DatabaseSession &session, qint64 id, int seconds)
{
    TargetConnection target(session);
    for (int waited = 0; waited <= seconds * 10; ++waited) {
        auto alive = target.connectionAlive(id);
        if (!alive)
            return alive.failure();
        if (!alive.value())
            return {};
        QThread::msleep(100);
    }
    return Error{Tr::tr("the previous run's connection %1 is still on the server (its statement "
                        "may still be running); wait for it, or end it with KILL %1, then resume")
                     .arg(id)};
}

} // namespace

QString outcomeName(RollbackOutcome::Result result)
{
    switch (result) {
    case RollbackOutcome::Result::Done:
        return QStringLiteral("done");
    case RollbackOutcome::Result::Failed:
        return QStringLiteral("failed");
    case RollbackOutcome::Result::Refused:
        return QStringLiteral("refused");
    case RollbackOutcome::Result::Cancelled:
        return QStringLiteral("cancelled");
    case RollbackOutcome::Result::Interrupted:
        return QStringLiteral("interrupted");
    case RollbackOutcome::Result::BadInput:
        return QStringLiteral("bad_input");
    }
    return {};
}

BackupVerdict RollbackRunner::backupVerdict(Journal &journal, const Workspace &workspace,
                                            std::optional<BackupRecord> *backup)
{
    const auto latest = BackupCatalog(journal).latestComplete(workspace.request.connection.url());
    if (!latest)
        return {false, Tr::tr("cannot read the backup catalog: %1").arg(latest.error())};
    if (backup)
        *backup = latest.value();
    return judgeBackup(latest.value(), latestAppliedVersion(workspace.history),
                       latestAppliedAt(workspace.rows));
}

QString RollbackRunner::requestToJson(const WorkspaceRequest &request)
{
    QJsonObject object{
        {QStringLiteral("url"), request.connection.url()},
        {QStringLiteral("migrations"), request.migrationsFolder},
        {QStringLiteral("format"), formatName(request.format)},
        {QStringLiteral("historyTable"), request.historyTable.table},
        {QStringLiteral("versionColumn"), request.historyTable.versionColumn},
        {QStringLiteral("appliedAtColumn"), request.historyTable.appliedAtColumn},
        {QStringLiteral("encoding"), encodingName(request.encoding)},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<WorkspaceRequest> RollbackRunner::requestFromJson(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    auto spec = ConnectionSpec::parse(object.value(QStringLiteral("url")).toString());
    if (!spec)
        return Error{Tr::tr("the run's connection cannot be read back: %1").arg(spec.error())};
    WorkspaceRequest request;
    request.connection = spec.value();
    request.migrationsFolder = object.value(QStringLiteral("migrations")).toString();
    request.format = formatFromName(object.value(QStringLiteral("format")).toString())
                         .value_or(MigrationFormat::Auto);
    request.historyTable.table = object.value(QStringLiteral("historyTable")).toString();
    request.historyTable.versionColumn = object.value(QStringLiteral("versionColumn")).toString();
    request.historyTable.appliedAtColumn =
        object.value(QStringLiteral("appliedAtColumn")).toString();
    request.encoding = encodingFromName(object.value(QStringLiteral("encoding")).toString())
                           .value_or(SourceEncoding::Utf8);
    return request;
}

RollbackOutcome RollbackRunner::start(const Workspace &workspace, const RollbackPlan &plan,
                                      const RollbackOptions &options, const Observer &observer,
                                      const std::atomic_bool *cancel)
{
    using R = RollbackOutcome::Result;
    if (plan.migrations.isEmpty())
        return refuse(R::BadInput, Tr::tr("the plan is empty: nothing to roll back"));
    if (!plan.blockers.isEmpty())
        return refuse(
            R::Refused,
            Tr::tr("the plan cannot run: %1").arg(plan.blockers.join(QStringLiteral("; "))));
    auto journal = Journal::open(options.journalPath);
    if (!journal)
        return refuse(R::Failed, journal.error());
    const ConnectionSpec &spec = workspace.request.connection;
    const QString databaseName = spec.databaseName();

    qint64 backupId = 0;
    QString safety;
    if (options.withoutBackup) {
        if (!confirmsDatabase(options.confirmDatabase, databaseName))
            return refuse(R::Refused,
                          Tr::tr("running without a fresh backup needs the database's name typed "
                                 "as confirmation (%1)")
                              .arg(databaseName));
        safety = Tr::tr("without a backup, confirmed by typing %1").arg(databaseName);
    } else {
        std::optional<BackupRecord> latest;
        const BackupVerdict verdict = backupVerdict(*journal.value(), workspace, &latest);
        if (!verdict.fresh)
            return refuse(R::Refused, Tr::tr("%1. Take a backup first (Back up now, or "
                                             "backstep-cli backup), or run without one by typing "
                                             "the database's name (--no-backup --confirm %2).")
                                          .arg(verdict.reason, databaseName));
        backupId = latest->id;
        safety = verdict.reason;
    }

    auto session = DatabaseSession::open(spec, workspace.request.password);
    if (!session)
        return refuse(R::Failed, session.error());
    DatabaseLock lock(*session.value());
    if (auto locked = lock.acquire(); !locked)
        return refuse(R::Refused, locked.error());
    TargetConnection target(*session.value());
    if (auto set = target.setLockTimeouts(options.lockWaitTimeoutSeconds); !set)
        return refuse(R::Failed, set.error());
    if (auto table = TargetProgress::ensureTable(*session.value()); !table)
        return refuse(R::Refused, table.error());

    RollbackJournal runs(*journal.value());
    RollbackRun run = runFor(workspace, plan);
    run.backupId = backupId;
    run.backupOverride = options.withoutBackup;
    run.connectionId = target.connectionId();
    if (auto created = runs.create(run); !created)
        return refuse(R::Failed, created.error());
    recordEvent(*journal.value(), run.databaseUrl, QStringLiteral("start"), QStringLiteral("ok"),
                Tr::tr("run %1: %2, %3 steps; %4")
                    .arg(run.id, run.target)
                    .arg(run.steps.size())
                    .arg(safety));
    if (observer) {
        RollbackProgress started;
        started.event = RollbackProgress::Event::RunStarted;
        started.runId = run.id;
        started.steps = int(run.steps.size());
        started.message = safety;
        observer(started);
    }
    recordSnapshot(*journal.value(), *session.value(), run.databaseUrl,
                   latestAppliedVersion(workspace.history), SnapshotPurpose::BeforeRollback,
                   run.id);
    RollbackExecutor executor(runs, *session.value(), run, workspace, observer, cancel);
    RollbackOutcome outcome = executor.runFrom(0);
    recordSnapshotAfter(*journal.value(), *session.value(), workspace, outcome, run.id);
    recordEvent(*journal.value(), run.databaseUrl, QStringLiteral("finish"),
                outcomeName(outcome.result), Tr::tr("run %1: %2").arg(run.id, outcome.message));
    return outcome;
}

RollbackOutcome RollbackRunner::resume(const QString &runId, const QString &password,
                                       ResumeAction action, const RollbackOptions &options,
                                       const Observer &observer, const std::atomic_bool *cancel)
{
    using R = RollbackOutcome::Result;
    auto journal = Journal::open(options.journalPath);
    if (!journal)
        return refuse(R::Failed, journal.error(), runId);
    RollbackJournal runs(*journal.value());
    auto loaded = runs.load(runId);
    if (!loaded)
        return refuse(R::Failed, loaded.error(), runId);
    if (!loaded->has_value())
        return refuse(R::BadInput,
                      Tr::tr("there is no rollback run %1 in the journal %2")
                          .arg(runId, journal.value()->path()),
                      runId);
    RollbackRun run = std::move(loaded).value().value();
    if (!run.open())
        return refuse(R::BadInput,
                      Tr::tr("run %1 is %2: there is nothing to resume")
                          .arg(runId, runStatusName(run.status)),
                      runId);
    auto request = requestFromJson(run.request);
    if (!request)
        return refuse(R::BadInput, request.error(), runId);
    request->password = password;
    const Workspace workspace = WorkspaceLoader::load(request.value());
    if (!workspace.databaseError.isEmpty())
        return refuse(R::Failed, workspace.databaseError, runId);

    auto session = DatabaseSession::open(request->connection, password);
    if (!session)
        return refuse(R::Failed, session.error(), runId);
    DatabaseLock lock(*session.value());
    if (auto locked = lock.acquire(); !locked)
        return refuse(R::Refused, locked.error(), runId);
    if (auto gone = waitForPreviousConnection(*session.value(), run.connectionId,
                                              options.previousConnectionWaitSeconds);
        !gone)
        return refuse(R::Refused, gone.error(), runId);
    if (auto settled = reconcile(runs, *session.value(), run, workspace); !settled)
        return refuse(R::Failed, settled.error(), runId);

    // The step to skip is the one that failed; the statements before it in its transaction
    // were rolled back with it and run again.
    int next = run.nextStep();
    for (int i = next; i < run.steps.size(); ++i)
        if (run.steps[i].status == RunStep::Status::Failed) {
            next = i;
            break;
        }
    if (action == ResumeAction::Skip) {
        if (next >= run.steps.size())
            return refuse(R::BadInput, Tr::tr("run %1 has no step left to skip").arg(runId), runId);
        if (!confirmsDatabase(options.confirmDatabase, run.databaseName))
            return refuse(R::Refused,
                          Tr::tr("skipping a statement needs the database's name typed as "
                                 "confirmation (%1)")
                              .arg(run.databaseName),
                          runId);
        const QString why =
            Tr::tr("skipped by %1, confirmed by typing %2").arg(operatorName(), run.databaseName);
        if (auto skipped = runs.settleStep(runId, next, RunStep::Status::Skipped, why); !skipped)
            return refuse(R::Failed, skipped.error(), runId);
        run.steps[next].status = RunStep::Status::Skipped;
        recordEvent(*journal.value(), run.databaseUrl, QStringLiteral("skip"), QStringLiteral("ok"),
                    Tr::tr("run %1, step %2 (%3): %4")
                        .arg(runId)
                        .arg(next + 1)
                        .arg(run.steps[next].sql.left(200), why));
    }

    TargetConnection target(*session.value());
    if (auto set = target.setLockTimeouts(options.lockWaitTimeoutSeconds); !set)
        return refuse(R::Failed, set.error(), runId);
    if (auto restored = restoreSessionState(*session.value(), run, run.nextStep()); !restored)
        return refuse(R::Failed, restored.error(), runId);
    run.connectionId = target.connectionId();
    run.pid = getpid();
    if (auto written = runs.setExecutor(runId, run.pid, run.connectionId); !written)
        return refuse(R::Failed, written.error(), runId);
    (void)runs.setStatus(runId, RollbackRun::Status::Running);
    recordEvent(*journal.value(), run.databaseUrl, QStringLiteral("resume"), QStringLiteral("ok"),
                Tr::tr("run %1 from step %2 of %3")
                    .arg(runId)
                    .arg(run.nextStep() + 1)
                    .arg(run.steps.size()));
    RollbackExecutor executor(runs, *session.value(), run, workspace, observer, cancel);
    RollbackOutcome outcome = executor.runFrom(run.nextStep());
    recordSnapshotAfter(*journal.value(), *session.value(), workspace, outcome, runId);
    recordEvent(*journal.value(), run.databaseUrl, QStringLiteral("finish"),
                outcomeName(outcome.result), Tr::tr("run %1: %2").arg(runId, outcome.message));
    return outcome;
}

Result<void> RollbackRunner::close(const QString &runId, RollbackRun::Status status,
                                   const QString &note, const QString &journalPath)
{
    auto journal = Journal::open(journalPath);
    if (!journal)
        return journal.failure();
    RollbackJournal runs(*journal.value());
    auto run = runs.get(runId);
    if (!run)
        return run.failure();
    if (!run->open())
        return Error{Tr::tr("run %1 is already %2").arg(runId, runStatusName(run->status))};
    if (auto written = runs.setStatus(runId, status, note); !written)
        return written;
    recordEvent(*journal.value(), run->databaseUrl, runStatusName(status), QStringLiteral("ok"),
                Tr::tr("run %1: %2").arg(runId, note));
    return {};
}

} // namespace backstep
