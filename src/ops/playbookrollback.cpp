#include "ops/playbookrollback.h"

#include "core/tablechecksum.h"
#include "db/databasesession.h"
#include "db/journal.h"
#include "db/tablechecksummer.h"
#include "ops/playbookactions.h"
#include "ops/playbookplanning.h"
#include "ops/rollbackrunner.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <utility>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookRollbackAction)
};

const QString runKey = QStringLiteral("rollbackRun");
const QString checksumsKey = QStringLiteral("checksumsBefore");
const QString attemptKey = QStringLiteral("attemptStartedAt");

// Whether the open run a start was refused for is the one a killed attempt of this step
// created without noting its id (the kill fell between the two): a run of this database
// that no live process owns, begun after that attempt noted its start, that rolls back
// the plan's migrations. Such a run is adopted and resumed, never started twice.
bool isTheKilledAttemptsRun(const RollbackOutcome &refused, const QDateTime &attemptStarted,
                            const RollbackPlan &plan)
{
    // The journal may keep whole seconds: the attempt's start is compared as it would.
    const QDateTime since = attemptStarted.addMSecs(-attemptStarted.time().msec());
    if (refused.reason != RollbackOutcome::Reason::AnotherRunOpen || refused.owner.known() ||
        !attemptStarted.isValid() || !refused.run.startedAt.isValid() ||
        refused.run.startedAt < since)
        return false;
    QStringList planned;
    for (const PlannedMigration &migration : plan.migrations)
        planned.append(migration.version);
    QStringList inRun;
    for (const RunStep &step : refused.run.steps)
        if (!inRun.contains(step.version))
            inRun.append(step.version);
    return planned == inRun;
}

// The untouched tables' checksums now, within the budget; the snapshot says what it could
// not cover (and on SQLite, why nothing).
Result<ChecksumSnapshot> checksumUntouched(const PlaybookSetup &setup, const PlaybookRun &run,
                                           const PlaybookPlanned &planned)
{
    auto session = DatabaseSession::open(setup.workspace.connection, setup.workspace.password);
    if (!session)
        return session.failure();
    const QString database = setup.workspace.connection.databaseName();
    auto untouched = playbookUntouchedTables(*session.value(),
                                             playbookTouchedTables(run, planned.plan, database),
                                             planned.workspace.history);
    if (!untouched)
        return untouched.failure();
    TableChecksummer::Options options;
    options.budgetMs = qint64(setup.checksumBudgetSeconds) * 1000;
    return TableChecksummer::before(*session.value(), untouched.value(), options);
}

} // namespace

PlaybookRollbackAction::PlaybookRollbackAction(Journal &journal, const PlaybookSetup &setup)
    : m_journal(journal)
    , m_setup(setup)
{}

PlaybookStepResult PlaybookRollbackAction::run(PlaybookStepContext &context)
{
    QJsonObject evidence = context.evidence;
    RollbackOptions options;
    options.lockWaitTimeoutSeconds = m_setup.lockWaitTimeoutSeconds;
    options.journalPath = m_journal.path();
    // The run's id, durable as soon as the run exists (before its first statement).
    Result<void> notedRun;
    const RollbackRunner::Observer observer = [&](const RollbackProgress &progress) {
        if (progress.event != RollbackProgress::Event::RunStarted ||
            evidence.value(runKey).toString() == progress.runId)
            return;
        evidence.insert(runKey, progress.runId);
        notedRun = context.note(evidence);
    };

    RollbackOutcome outcome;
    const QString interrupted = context.recovery ? evidence.value(runKey).toString() : QString();
    // When the killed attempt (if any) began: a run it created is not older.
    const QDateTime killedAttempt =
        context.recovery
            ? QDateTime::fromString(evidence.value(attemptKey).toString(), Qt::ISODateWithMs)
            : QDateTime();
    if (!interrupted.isEmpty()) {
        // The killed attempt's run goes on; its reconcile reads what the target committed.
        outcome = RollbackRunner::resume(interrupted, m_setup.workspace.password,
                                         RollbackRunner::ResumeAction::Resume, options, observer,
                                         context.cancel);
        if (outcome.reason == RollbackOutcome::Reason::RunNotOpen &&
            outcome.run.status == RollbackRun::Status::Done) {
            outcome.result = RollbackOutcome::Result::Done;
            outcome.reason = RollbackOutcome::Reason::Settled;
        }
    } else {
        auto planned = planPlaybookTarget(m_setup, context.cancel);
        if (!planned)
            return stepFailed(evidence, planned.error());
        if (!planned->plan.runnable())
            return stepFailed(evidence, planned->plan.blockers.isEmpty()
                                            ? Tr::tr("nothing to roll back")
                                            : planned->plan.blockers.join(u'\n'));
        // The guard takes the newest complete backup: it must be the one step 3 took.
        const PlaybookStep *backUp = context.run.step(PlaybookStepKind::BackUp);
        const qint64 backupId =
            backUp ? backUp->evidence.value(QStringLiteral("backupId")).toInteger() : 0;
        std::optional<BackupRecord> newest;
        const BackupVerdict verdict =
            RollbackRunner::backupVerdict(m_journal, planned->workspace, &newest);
        if (!verdict.fresh)
            return stepFailed(evidence,
                              Tr::tr("the rollback is not guarded: %1").arg(verdict.reason));
        if (backupId <= 0 || !newest || newest->id != backupId)
            return stepFailed(
                evidence, Tr::tr("the newest backup of %1 is %2, not the playbook's (%3): the "
                                 "rollback would not be guarded by it")
                              .arg(m_setup.workspace.connection.databaseName(),
                                   newest ? QStringLiteral("#%1").arg(newest->id) : Tr::tr("none"),
                                   backupId > 0 ? QStringLiteral("#%1").arg(backupId)
                                                : Tr::tr("no backup recorded")));

        auto before = checksumUntouched(m_setup, context.run, planned.value());
        if (!before)
            return stepFailed(evidence, Tr::tr("cannot checksum the tables the plan does not "
                                               "touch: %1")
                                            .arg(before.error()));
        evidence.insert(checksumsKey, checksumSnapshotToJson(before.value()));
        evidence.insert(attemptKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (auto noted = context.note(evidence); !noted)
            return stepFailed(evidence, noted.error());
        if (context.cancelled()) {
            PlaybookStepResult cancelled = stepFailed(evidence, Tr::tr("cancelled before the run"));
            cancelled.status = PlaybookStep::Status::Cancelled;
            return cancelled;
        }
        outcome = RollbackRunner::start(planned->workspace, planned->plan, options, observer,
                                        context.cancel);
        if (isTheKilledAttemptsRun(outcome, killedAttempt, planned->plan)) {
            const QString adopted = outcome.runId;
            evidence.insert(runKey, adopted);
            evidence.insert(QStringLiteral("adoptedRun"), true);
            if (auto noted = context.note(evidence); !noted)
                return stepFailed(evidence, noted.error());
            outcome = RollbackRunner::resume(adopted, m_setup.workspace.password,
                                             RollbackRunner::ResumeAction::Resume, options,
                                             observer, context.cancel);
        }
    }
    if (!notedRun)
        return stepFailed(evidence, notedRun.error());
    if (!outcome.runId.isEmpty())
        evidence.insert(runKey, outcome.runId);
    evidence.insert(QStringLiteral("outcome"), outcomeName(outcome.result));
    // The statements of the DOWN sections (the history updates are steps, not statements),
    // and every step as the run's journal has it.
    int statements = 0;
    QJsonArray steps;
    for (const RunStep &step : std::as_const(outcome.run.steps)) {
        if (!step.isHistory())
            ++statements;
        steps.append(QJsonObject{{QStringLiteral("version"), step.version},
                                 {QStringLiteral("file"), step.file},
                                 {QStringLiteral("line"), step.line},
                                 {QStringLiteral("column"), step.column},
                                 {QStringLiteral("kind"), step.kind},
                                 {QStringLiteral("status"), runStepStatusName(step.status)},
                                 {QStringLiteral("durationMs"), step.durationMs},
                                 {QStringLiteral("sql"), step.sql}});
    }
    evidence.insert(QStringLiteral("statements"), statements);
    evidence.insert(QStringLiteral("steps"), steps);
    evidence.insert(QStringLiteral("settled"), outcome.run.settledCount());
    if (outcome.run.startedAt.isValid() && outcome.run.finishedAt.isValid())
        evidence.insert(QStringLiteral("durationMs"),
                        outcome.run.startedAt.msecsTo(outcome.run.finishedAt));
    evidence.insert(QStringLiteral("detail"), describeOutcome(outcome));

    PlaybookStepResult result;
    result.evidence = evidence;
    switch (outcome.result) {
    case RollbackOutcome::Result::Done:
        result.summary =
            Tr::tr("rolled back: run %1, %n statement(s)", nullptr, statements).arg(outcome.runId);
        return result;
    case RollbackOutcome::Result::Cancelled:
        result.status = PlaybookStep::Status::Cancelled;
        result.error = describeOutcome(outcome);
        return result;
    default:
        result.status = PlaybookStep::Status::Failed;
        result.error = describeOutcome(outcome);
        return result;
    }
}

} // namespace backstep
