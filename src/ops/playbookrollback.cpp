#include "ops/playbookrollback.h"

#include "core/tablechecksum.h"
#include "db/databasesession.h"
#include "db/journal.h"
#include "db/rollbackjournal.h"
#include "db/tablechecksummer.h"
#include "ops/playbookactions.h"
#include "ops/playbookplanning.h"
#include "ops/rollbackrunner.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>
#include <utility>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookRollbackAction)
};

const QString checksumsKey = QStringLiteral("checksumsBefore");

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
    return TableChecksummer::before(*session.value(), setup.workspace.password, untouched.value(),
                                    options);
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

    // The run's id is noted before the runner creates the run: a noted id names the run a
    // killed attempt created, or no run at all (the kill came first, nothing was sent).
    const QString noted = evidence.value(playbookRollbackRunKey).toString();
    std::optional<RollbackRun> created;
    if (!noted.isEmpty()) {
        auto loaded = RollbackJournal(m_journal).load(noted);
        if (!loaded)
            return stepFailed(evidence, loaded.error());
        created = std::move(loaded).value();
    }
    RollbackOutcome outcome;
    if (created) {
        // The attempt's run goes on; its reconcile reads what the target committed.
        outcome = RollbackRunner::resume(noted, m_setup.workspace.password,
                                         RollbackRunner::ResumeAction::Resume, options, {},
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
        // The id an attempt noted and never created is used again: one id per step.
        options.runId = noted.isEmpty() ? RollbackRunner::newRunId() : noted;
        evidence.insert(playbookRollbackRunKey, options.runId);
        if (auto notedNow = context.note(evidence); !notedNow)
            return stepFailed(evidence, notedNow.error());
        if (context.cancelled()) {
            PlaybookStepResult cancelled = stepFailed(evidence, Tr::tr("cancelled before the run"));
            cancelled.status = PlaybookStep::Status::Cancelled;
            return cancelled;
        }
        outcome =
            RollbackRunner::start(planned->workspace, planned->plan, options, {}, context.cancel);
    }
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
        result.summary = Tr::tr("rolled back: run %1, %n statement(s)", nullptr, statements)
                             .arg(evidence.value(playbookRollbackRunKey).toString());
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
