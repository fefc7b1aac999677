#include "ops/rollbackrunner.h"

#include "core/failpoint.h"
#include "core/operatorname.h"
#include "core/rollbackguard.h"
#include "core/version.h"
#include "db/backupcatalog.h"
#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "db/datachecks.h"
#include "db/historyreader.h"
#include "db/journal.h"
#include "db/reportstore.h"
#include "db/runownerlock.h"
#include "db/schemareader.h"
#include "db/serveractivity.h"
#include "db/snapshotstore.h"
#include "db/targetconnection.h"
#include "db/targetevidence.h"
#include "ops/rollbackexecutor.h"
#include "ops/rollbackreconcile.h"
#include "ops/statementwatch.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QUuid>

#include <mutex>
#include <variant>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RollbackRunner)
};

using Result_ = RollbackOutcome::Result;
using Why = RollbackOutcome::Reason;

RollbackOutcome refuse(Result_ result, Why reason, const QString &detail = {},
                       const QString &runId = {})
{
    RollbackOutcome outcome;
    outcome.result = result;
    outcome.reason = reason;
    outcome.detail = detail;
    outcome.runId = runId;
    return outcome;
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

RollbackRun runFor(const Workspace &workspace, const RollbackPlan &plan)
{
    RollbackRun run;
    run.id = RollbackRunner::newRunId();
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

// The observer hears from the runner's thread and from the watch's: one at a time.
RollbackRunner::Observer serialized(const RollbackRunner::Observer &observer)
{
    if (!observer)
        return {};
    auto mutex = std::make_shared<std::mutex>();
    return [observer, mutex](const RollbackProgress &progress) {
        std::lock_guard lock(*mutex);
        observer(progress);
    };
}

std::unique_ptr<StatementWatch> watchFor(const ConnectionSpec &spec, const QString &password,
                                         qint64 connectionId, const QString &runId, int steps,
                                         const std::atomic_bool *cancel,
                                         const RollbackRunner::Observer &observer)
{
    if (spec.engine == ConnectionSpec::Engine::Sqlite || connectionId <= 0)
        return {};
    return std::make_unique<StatementWatch>(
        spec, password, connectionId, cancel,
        [observer, runId, steps](const StatementActivity &activity) {
            if (!observer)
                return;
            RollbackProgress progress;
            progress.event = RollbackProgress::Event::StepActivity;
            progress.runId = runId;
            progress.step = activity.step;
            progress.steps = steps;
            progress.activity = activity;
            observer(progress);
        });
}

// Who executes the run now, if anyone: a probe of its owner lock.
RunOwner liveOwner(const QString &journalPath, const QString &runId)
{
    RunOwnerLock probe(journalPath, runId);
    if (probe.acquire())
        return {};
    return probe.owner();
}

// The steps that settled the run, then its progress rows (and those of every finished run of
// the database in this journal) released in the target, and the table dropped when no run
// needs it. Holding the database's lock; a connection lost on the way is opened again once.
QString releaseProgress(RollbackJournal &runs, DatabaseSession &session, const RollbackRun &run)
{
    auto finished = runs.finishedRunIds(run.databaseUrl);
    if (!finished)
        return finished.error();
    TargetProgress progress(session, run.progressSchema);
    auto released = progress.release(finished.value());
    if (released)
        return {};
    if (TargetConnection(session).connectionId() > 0 ||
        session.spec().engine == ConnectionSpec::Engine::Sqlite)
        return released.error();
    auto again = DatabaseSession::open(session.spec(), session.database().password());
    if (!again)
        return released.error();
    DatabaseLock lock(*again.value());
    if (auto locked = lock.acquire(); !locked)
        return locked.error();
    TargetProgress retry(*again.value(), run.progressSchema);
    auto retried = retry.release(finished.value());
    return retried ? QString() : retried.error();
}

// After the executor: the cleanup and the snapshot of a settled run, the backup a restore
// would use, the event.
void settle(RollbackOutcome &outcome, Journal &journal, RollbackJournal &runs,
            DatabaseSession &session, const Workspace &workspace)
{
    // Where the binary log stands now that the run has stopped (unknown when the
    // connection is gone): with the position before, its transactions lie between.
    outcome.run.positionAfter = DatabaseInspector::position(session);
    if (auto noted = runs.setPositionAfter(outcome.runId, outcome.run.positionAfter); !noted)
        recordEvent(journal, outcome.run.databaseUrl, QStringLiteral("position"),
                    QStringLiteral("failed"),
                    Tr::tr("run %1: %2").arg(outcome.runId, noted.error()));
    if (outcome.result == Result_::Done) {
        outcome.cleanupProblem = releaseProgress(runs, session, outcome.run);
        auto history = HistoryReader::read(session.database(), workspace.request.historyTable,
                                           workspace.migrations.tool);
        if (history)
            recordSnapshot(journal, session, outcome.run.databaseUrl,
                           latestAppliedVersion(history.value()), SnapshotPurpose::AfterRollback,
                           outcome.runId);
        else
            recordEvent(journal, outcome.run.databaseUrl, QStringLiteral("snapshot"),
                        QStringLiteral("failed"),
                        Tr::tr("run %1, %2: %3")
                            .arg(outcome.runId, SnapshotPurpose::AfterRollback, history.error()));
    }
    if (auto backup = RollbackRunner::backupFor(journal, outcome.run); backup)
        outcome.backup = backup.value();
    recordEvent(journal, outcome.run.databaseUrl, QStringLiteral("finish"),
                outcomeName(outcome.result),
                Tr::tr("run %1: %2").arg(outcome.runId, describeOutcome(outcome)));
}

// The history as the plan saw it, and as the database has it now: a plan made before another
// rollback (or a deploy) ran must not run.
QString historyChange(DatabaseSession &session, const Workspace &workspace)
{
    auto now = HistoryReader::read(session.database(), workspace.request.historyTable,
                                   workspace.migrations.tool);
    if (!now)
        return now.error();
    const QString planned = latestAppliedVersion(workspace.history);
    const QString current = latestAppliedVersion(now.value());
    if (planned != current || now->applied.size() != workspace.history.applied.size())
        return Tr::tr("the latest applied version was %1 with %2 rows, and is %3 with %4 rows now")
            .arg(planned.isEmpty() ? Tr::tr("none") : planned,
                 QString::number(workspace.history.applied.size()),
                 current.isEmpty() ? Tr::tr("none") : current,
                 QString::number(now->applied.size()));
    return {};
}

// The run `runId` of the journal, still open; or the refusal that says why it cannot be
// resumed or closed (resume and close ask the same).
// A run this process may act on: loaded from the journal, still open, and owned here (its
// lock held until this is destroyed, before the journal closes).
struct OwnedRun
{
    std::unique_ptr<Journal> journal;
    std::unique_ptr<RollbackJournal> runs;
    RollbackRun run;
    std::unique_ptr<RunOwnerLock> owner;
};

std::variant<OwnedRun, RollbackOutcome> takeRun(const QString &journalPath, const QString &runId)
{
    auto opened = Journal::open(journalPath);
    if (!opened)
        return refuse(Result_::Failed, Why::SetupFailed, opened.error(), runId);
    OwnedRun owned;
    owned.journal = std::move(opened).value();
    owned.runs = std::make_unique<RollbackJournal>(*owned.journal);
    auto loaded = owned.runs->load(runId);
    if (!loaded)
        return refuse(Result_::Failed, Why::SetupFailed, loaded.error(), runId);
    std::optional<RollbackRun> found = std::move(loaded).value();
    if (!found)
        return refuse(Result_::BadInput, Why::NoSuchRun, owned.journal->path(), runId);
    owned.run = std::move(*found);
    if (!owned.run.open()) {
        RollbackOutcome closed = refuse(Result_::BadInput, Why::RunNotOpen, {}, runId);
        closed.run = owned.run;
        return closed;
    }
    // A run that a live process executes goes on to its end: it is not this one's to touch.
    owned.owner = std::make_unique<RunOwnerLock>(owned.journal->path(), runId);
    if (auto acquired = owned.owner->acquire(); !acquired) {
        RollbackOutcome held =
            refuse(Result_::Refused, Why::RunOwnedElsewhere, acquired.error(), runId);
        held.owner = owned.owner->owner();
        held.run = owned.run;
        return held;
    }
    return owned;
}

} // namespace

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

Result<std::optional<BackupRecord>> RollbackRunner::backupFor(Journal &journal,
                                                              const RollbackRun &run)
{
    BackupCatalog catalog(journal);
    if (run.backupId > 0) {
        auto guarding = catalog.find(run.backupId);
        if (!guarding)
            return guarding;
        const std::optional<BackupRecord> &record = guarding.value();
        if (record && record->status == BackupStatus::Complete)
            return guarding;
    }
    return catalog.latestComplete(run.databaseUrl);
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

QString RollbackRunner::newRunId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

RollbackOutcome RollbackRunner::start(const Workspace &workspace, const RollbackPlan &plan,
                                      const RollbackOptions &options, const Observer &observer,
                                      const std::atomic_bool *cancel)
{
    const ConnectionSpec &spec = workspace.request.connection;
    const QString databaseName = spec.databaseName();
    if (plan.migrations.isEmpty())
        return refuse(Result_::BadInput, Why::EmptyPlan);
    if (!plan.blockers.isEmpty()) {
        RollbackOutcome blocked = refuse(Result_::Refused, Why::PlanBlocked);
        blocked.blockers = plan.blockers;
        return blocked;
    }
    if (!options.progressSchema.isEmpty() && spec.engine == ConnectionSpec::Engine::Sqlite)
        return refuse(Result_::BadInput, Why::SetupFailed,
                      Tr::tr("a SQLite database keeps its progress rows itself: there is no "
                             "other schema to keep them in"));
    auto journal = Journal::open(options.journalPath);
    if (!journal)
        return refuse(Result_::Failed, Why::SetupFailed, journal.error());
    RollbackJournal runs(*journal.value());

    // One run at a time per database: an unfinished one is resumed or closed first.
    auto openRuns = runs.unfinished(spec.url());
    if (!openRuns)
        return refuse(Result_::Failed, Why::SetupFailed, openRuns.error());
    if (!openRuns->isEmpty()) {
        RollbackOutcome open = refuse(Result_::Refused, Why::AnotherRunOpen);
        open.run = openRuns->first();
        open.runId = open.run.id;
        open.owner = liveOwner(journal.value()->path(), open.runId);
        open.database = databaseName;
        return open;
    }

    if (!options.runId.isEmpty()) {
        auto existing = runs.load(options.runId);
        if (!existing)
            return refuse(Result_::Failed, Why::SetupFailed, existing.error());
        if (existing->has_value())
            return refuse(Result_::Refused, Why::SetupFailed,
                          Tr::tr("the journal already holds a run %1: it is resumed, never "
                                 "started again")
                              .arg(options.runId));
    }

    qint64 backupId = 0;
    QString safety;
    if (options.withoutBackup) {
        if (!confirmsDatabase(options.confirmDatabase, databaseName)) {
            RollbackOutcome refused = refuse(Result_::Refused, Why::NotConfirmed);
            refused.database = databaseName;
            return refused;
        }
        safety = Tr::tr("without a backup, confirmed by typing %1").arg(databaseName);
    } else {
        std::optional<BackupRecord> latest;
        const BackupVerdict verdict = backupVerdict(*journal.value(), workspace, &latest);
        // A fresh verdict always names its backup; the second test says so to the reader.
        if (!verdict.fresh || !latest) {
            RollbackOutcome refused = refuse(Result_::Refused, Why::NoFreshBackup, verdict.reason);
            refused.database = databaseName;
            return refused;
        }
        backupId = latest->id;
        safety = verdict.reason;
    }

    auto session = DatabaseSession::open(spec, workspace.request.password);
    if (!session)
        return refuse(Result_::Failed, Why::SetupFailed, session.error());
    if (auto writable = DatabaseInspector::refuseReadOnly(*session.value()); !writable)
        return refuse(Result_::Refused, Why::SetupFailed, writable.error());
    DatabaseLock lock(*session.value());
    if (auto locked = lock.acquire(); !locked) {
        RollbackOutcome refused = refuse(Result_::Refused, Why::DatabaseLocked, locked.error());
        refused.lockHolder = lock.holder();
        refused.database = databaseName;
        return refused;
    }
    // Under the lock, nobody else changes the database: the plan still holds, or not.
    if (const QString changed = historyChange(*session.value(), workspace); !changed.isEmpty())
        return refuse(Result_::Refused, Why::PlanOutdated, changed);
    TargetConnection target(*session.value());
    if (auto set = target.setLockTimeouts(options.lockWaitTimeoutSeconds); !set)
        return refuse(Result_::Failed, Why::SetupFailed, set.error());

    RollbackRun run = runFor(workspace, plan);
    if (!options.runId.isEmpty())
        run.id = options.runId;
    run.backupId = backupId;
    run.backupOverride = options.withoutBackup;
    run.connectionId = target.connectionId();
    run.progressSchema = options.progressSchema;
    run.positionBefore = DatabaseInspector::position(*session.value());
    RunOwnerLock owner(journal.value()->path(), run.id);
    if (auto owned = owner.acquire(); !owned)
        return refuse(Result_::Failed, Why::SetupFailed, owned.error());
    // The schema before, without Backstep's progress table (created just after).
    recordSnapshot(*journal.value(), *session.value(), run.databaseUrl,
                   latestAppliedVersion(workspace.history), SnapshotPurpose::BeforeRollback,
                   run.id);
    TargetProgress progress(*session.value(), run.progressSchema);
    if (auto table = progress.ensureTable(); !table)
        return refuse(Result_::Refused, Why::SetupFailed, table.error());
    if (auto created = runs.create(run); !created)
        return refuse(Result_::Failed, Why::SetupFailed, created.error());
    recordEvent(*journal.value(), run.databaseUrl, QStringLiteral("start"), QStringLiteral("ok"),
                Tr::tr("run %1: %2, %3 steps; %4")
                    .arg(run.id, run.target, QString::number(run.steps.size()), safety));
    reach(Failpoint::RunCreated);
    const Observer report = serialized(observer);
    if (report) {
        RollbackProgress started;
        started.event = RollbackProgress::Event::RunStarted;
        started.runId = run.id;
        started.steps = int(run.steps.size());
        started.message = safety;
        report(started);
    }
    const auto watch = watchFor(spec, workspace.request.password, run.connectionId, run.id,
                                int(run.steps.size()), cancel, report);
    RollbackExecutor executor(runs, *session.value(), progress, run, workspace, report, cancel,
                              watch.get());
    RollbackOutcome outcome = executor.runFrom(0);
    settle(outcome, *journal.value(), runs, *session.value(), workspace);
    return outcome;
}

RollbackOutcome RollbackRunner::resume(const QString &runId, const QString &password,
                                       ResumeAction action, const RollbackOptions &options,
                                       const Observer &observer, const std::atomic_bool *cancel)
{
    auto taken = takeRun(options.journalPath, runId);
    if (auto *refused = std::get_if<RollbackOutcome>(&taken))
        return std::move(*refused);
    OwnedRun &owned = std::get<OwnedRun>(taken);
    Journal &journal = *owned.journal;
    RollbackJournal &runs = *owned.runs;
    RollbackRun &run = owned.run;
    auto request = requestFromJson(run.request);
    if (!request)
        return refuse(Result_::BadInput, Why::SetupFailed, request.error(), runId);
    request->password = password;
    const Workspace workspace = WorkspaceLoader::load(request.value());
    if (!workspace.databaseError.isEmpty())
        return refuse(Result_::Failed, Why::SetupFailed, workspace.databaseError, runId);

    auto session = DatabaseSession::open(request->connection, password);
    if (!session)
        return refuse(Result_::Failed, Why::SetupFailed, session.error(), runId);
    if (auto writable = DatabaseInspector::refuseReadOnly(*session.value()); !writable)
        return refuse(Result_::Refused, Why::SetupFailed, writable.error(), runId);
    DatabaseLock lock(*session.value());
    if (auto locked = lock.acquire(run.connectionId, options.previousConnectionWaitSeconds);
        !locked) {
        const bool previous =
            lock.holder().connectionId > 0 && lock.holder().connectionId == run.connectionId;
        RollbackOutcome refused =
            refuse(Result_::Refused, previous ? Why::PreviousConnectionBusy : Why::DatabaseLocked,
                   locked.error(), runId);
        refused.lockHolder = lock.holder();
        refused.database = run.databaseName;
        refused.run = run;
        return refused;
    }
    TargetProgress progress(*session.value(), run.progressSchema);
    auto undecided = RunReconciler::reconcile(runs, *session.value(), progress, run, workspace);
    if (!undecided)
        return refuse(Result_::Failed, Why::SetupFailed, undecided.error(), runId);

    auto confirmed = [&](RollbackOutcome *refusal) {
        if (confirmsDatabase(options.confirmDatabase, run.databaseName))
            return true;
        *refusal = refuse(Result_::Refused, Why::NotConfirmed, {}, runId);
        refusal->database = run.databaseName;
        refusal->run = run;
        return false;
    };
    if (action == ResumeAction::MarkDone || action == ResumeAction::RunAgain) {
        if (!undecided->isValid()) {
            RollbackOutcome nothing = refuse(Result_::BadInput, Why::NothingToDecide, {}, runId);
            nothing.run = run;
            return nothing;
        }
        RollbackOutcome refusal;
        if (!confirmed(&refusal))
            return refusal;
        const int index = undecided->step;
        const bool tookEffect = action == ResumeAction::MarkDone;
        const QString why = tookEffect
                                ? Tr::tr("decided by %1: it took effect (confirmed by typing %2)")
                                      .arg(operatorName(), run.databaseName)
                                : Tr::tr("decided by %1: it did not take effect and runs again "
                                         "(confirmed by typing %2)")
                                      .arg(operatorName(), run.databaseName);
        const RunStep::Status status =
            tookEffect ? RunStep::Status::Done : RunStep::Status::Pending;
        if (auto written = runs.settleStep(runId, index, status, why); !written)
            return refuse(Result_::Failed, Why::SetupFailed, written.error(), runId);
        run.steps[index].status = status;
        recordEvent(
            journal, run.databaseUrl, QStringLiteral("decide"), QStringLiteral("ok"),
            Tr::tr("run %1, step %2 (%3): %4")
                .arg(runId, QString::number(index + 1), run.steps[index].sql.left(200), why));
    } else if (undecided->isValid()) {
        RollbackOutcome ask = refuse(Result_::Refused, Why::UndecidedStep, {}, runId);
        ask.undecided = undecided.value();
        ask.step = undecided->step;
        ask.run = run;
        ask.database = run.databaseName;
        return ask;
    }

    // The step to skip is the one that failed; the statements before it in its transaction
    // were rolled back with it and run again.
    int next = run.nextStep();
    for (int i = next; i < run.steps.size(); ++i)
        if (run.steps[i].status == RunStep::Status::Failed) {
            next = i;
            break;
        }
    if (action == ResumeAction::Skip) {
        if (next >= run.steps.size() || run.steps[next].status != RunStep::Status::Failed) {
            RollbackOutcome nothing = refuse(Result_::BadInput, Why::NothingToSkip, {}, runId);
            nothing.run = run;
            return nothing;
        }
        RollbackOutcome refusal;
        if (!confirmed(&refusal))
            return refusal;
        const QString why =
            Tr::tr("skipped by %1, confirmed by typing %2").arg(operatorName(), run.databaseName);
        if (auto skipped = runs.settleStep(runId, next, RunStep::Status::Skipped, why); !skipped)
            return refuse(Result_::Failed, Why::SetupFailed, skipped.error(), runId);
        run.steps[next].status = RunStep::Status::Skipped;
        recordEvent(journal, run.databaseUrl, QStringLiteral("skip"), QStringLiteral("ok"),
                    Tr::tr("run %1, step %2 (%3): %4")
                        .arg(runId, QString::number(next + 1), run.steps[next].sql.left(200), why));
    }

    // The table may have gone with an earlier cleanup when this run had no rows in it.
    if (auto table = progress.ensureTable(); !table)
        return refuse(Result_::Failed, Why::SetupFailed, table.error(), runId);
    TargetConnection target(*session.value());
    if (auto set = target.setLockTimeouts(options.lockWaitTimeoutSeconds); !set)
        return refuse(Result_::Failed, Why::SetupFailed, set.error(), runId);
    if (auto restored = RunReconciler::restoreSessionState(*session.value(), run, run.nextStep());
        !restored)
        return refuse(Result_::Failed, Why::SetupFailed, restored.error(), runId);
    run.connectionId = target.connectionId();
    run.pid = getpid();
    if (auto written = runs.setExecutor(runId, run.pid, run.connectionId); !written)
        return refuse(Result_::Failed, Why::SetupFailed, written.error(), runId);
    if (auto running = runs.setStatus(runId, RollbackRun::Status::Running); !running)
        return refuse(Result_::Failed, Why::SetupFailed, running.error(), runId);
    recordEvent(
        journal, run.databaseUrl, QStringLiteral("resume"), QStringLiteral("ok"),
        Tr::tr("run %1 from step %2 of %3")
            .arg(runId, QString::number(run.nextStep() + 1), QString::number(run.steps.size())));
    const Observer report = serialized(observer);
    if (report) {
        RollbackProgress started;
        started.event = RollbackProgress::Event::RunStarted;
        started.runId = runId;
        started.steps = int(run.steps.size());
        started.settled = run.settledCount();
        started.message = Tr::tr("resumed from step %1").arg(run.nextStep() + 1);
        report(started);
    }
    const auto watch = watchFor(request->connection, password, run.connectionId, runId,
                                int(run.steps.size()), cancel, report);
    RollbackExecutor executor(runs, *session.value(), progress, run, workspace, report, cancel,
                              watch.get());
    RollbackOutcome outcome = executor.runFrom(run.nextStep());
    settle(outcome, journal, runs, *session.value(), workspace);
    return outcome;
}

RollbackOutcome RollbackRunner::close(const QString &runId, RollbackRun::Status status,
                                      const QString &note, const QString &password,
                                      const RollbackOptions &options)
{
    auto taken = takeRun(options.journalPath, runId);
    if (auto *refused = std::get_if<RollbackOutcome>(&taken))
        return std::move(*refused);
    OwnedRun &owned = std::get<OwnedRun>(taken);
    RollbackJournal &runs = *owned.runs;
    if (auto written = runs.setStatus(runId, status, note); !written)
        return refuse(Result_::Failed, Why::SetupFailed, written.error(), runId);
    recordEvent(*owned.journal, owned.run.databaseUrl, runStatusName(status), QStringLiteral("ok"),
                Tr::tr("run %1: %2").arg(runId, note));
    RollbackOutcome outcome;
    outcome.result = Result_::Done;
    outcome.reason = Why::Closed;
    outcome.runId = runId;
    // The run needs its progress rows no more: released where the database can be reached.
    auto request = requestFromJson(owned.run.request);
    auto session = request ? DatabaseSession::open(request->connection, password)
                           : Result<std::unique_ptr<DatabaseSession>>(request.failure());
    if (!session) {
        outcome.cleanupProblem = session.error();
    } else {
        DatabaseLock lock(*session.value());
        if (auto locked = lock.acquire(); !locked)
            outcome.cleanupProblem = locked.error();
        else
            outcome.cleanupProblem = releaseProgress(runs, *session.value(), owned.run);
    }
    if (auto recorded = runs.get(runId); recorded)
        outcome.run = std::move(recorded).value();
    return outcome;
}

Result<void> RollbackRunner::killBlocker(const QString &runId, const WorkspaceRequest &request,
                                         const LockRisk &blocker, const QString &typed,
                                         const QString &journalPath)
{
    const QString id = QString::number(blocker.connectionId);
    if (blocker.connectionId <= 0 || typed.trimmed() != id)
        return Error{Tr::tr("type the blocking connection's id, %1, to end it").arg(id)};
    auto journal = Journal::open(journalPath);
    if (!journal)
        return journal.failure();
    const QString url = request.connection.url();
    const QString who = Tr::tr("connection %1 (%2@%3, %4 s: %5)")
                            .arg(id, blocker.user, blocker.host, QString::number(blocker.seconds),
                                 blocker.detail.left(200));
    auto fail = [&](const Error &error) -> Result<void> {
        recordEvent(*journal.value(), url, QStringLiteral("kill blocker"), QStringLiteral("failed"),
                    Tr::tr("run %1: %2: %3").arg(runId, who, error.message));
        return error;
    };
    auto session = DatabaseSession::open(request.connection, request.password);
    if (!session)
        return fail(session.failure());
    // The id may have been given to a new connection since the page showed it.
    auto now = ServerActivity::process(*session.value(), blocker.connectionId);
    if (!now)
        return fail(now.failure());
    if (!now->exists)
        return fail(Error{Tr::tr("connection %1 has ended already").arg(id)});
    if (now->user != blocker.user || now->host != blocker.host)
        return fail(Error{Tr::tr("connection %1 is now %2@%3, not the blocker %4@%5: nothing was "
                                 "ended")
                              .arg(id, now->user, now->host, blocker.user, blocker.host)});
    if (auto killed = ServerActivity::killConnection(*session.value(), blocker.connectionId);
        !killed)
        return fail(killed.failure());
    recordEvent(*journal.value(), url, QStringLiteral("kill blocker"), QStringLiteral("ok"),
                Tr::tr("run %1: %2 ended by %3, confirmed by typing %4")
                    .arg(runId, who, operatorName(), id));
    return {};
}

} // namespace backstep
