#include "ops/playbookflow.h"

#include "core/failpoint.h"
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "db/runownerlock.h"

#include <QCoreApplication>

namespace backstep {

PlaybookStepResult stepFailed(QJsonObject evidence, const QString &error)
{
    PlaybookStepResult result;
    result.status = PlaybookStep::Status::Failed;
    result.evidence = std::move(evidence);
    result.error = error;
    return result;
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookFlow)
};

} // namespace

PlaybookFlow::PlaybookFlow(Journal &journal, Actions actions, Observer observer,
                           const std::atomic_bool *cancel)
    : m_journal(journal)
    , m_actions(std::move(actions))
    , m_observer(std::move(observer))
    , m_cancel(cancel)
{}

Result<PlaybookRun> PlaybookFlow::start(PlaybookRun run, const QList<Skip> &skips)
{
    for (const Skip &skip : skips) {
        if (!playbookStepSkippable(skip.kind))
            return Error{Tr::tr("the step %1 cannot be skipped: it is the playbook itself")
                             .arg(playbookStepKindName(skip.kind))};
        if (skip.reason.trimmed().isEmpty())
            return Error{
                Tr::tr("skipping the step %1 needs a reason").arg(playbookStepKindName(skip.kind))};
        PlaybookStep *step = run.step(skip.kind);
        if (!step)
            return Error{Tr::tr("the run has no step %1").arg(playbookStepKindName(skip.kind))};
        step->status = PlaybookStep::Status::Skipped;
        step->skipReason = PlaybookSkipReason::Operator;
        step->skipNote = skip.reason.trimmed();
    }
    if (!run.startedAt.isValid())
        run.startedAt = QDateTime::currentDateTimeUtc();
    run.status = PlaybookRun::Status::Running;
    run.pid = QCoreApplication::applicationPid();
    // The lock is taken before the run exists anywhere, so no other process can resume it
    // between its creation and its first step.
    RunOwnerLock owner(m_journal.path(), run.id);
    if (auto taken = owner.acquire(); !taken)
        return taken.failure();
    if (auto created = PlaybookJournal(m_journal).create(run); !created)
        return created.failure();
    return execute(run.id);
}

Result<PlaybookRun> PlaybookFlow::resume(const QString &runId)
{
    RunOwnerLock owner(m_journal.path(), runId);
    if (auto taken = owner.acquire(); !taken)
        return taken.failure();
    PlaybookJournal journal(m_journal);
    auto run = journal.get(runId);
    if (!run)
        return run.failure();
    if (!run->open())
        return Error{Tr::tr("playbook run %1 is %2: nothing more runs")
                         .arg(runId, playbookRunStatusName(run->status))};
    if (auto executor = journal.setExecutor(runId, QCoreApplication::applicationPid()); !executor)
        return executor.failure();
    if (run->status != PlaybookRun::Status::Running)
        if (auto status = journal.setStatus(runId, PlaybookRun::Status::Running); !status)
            return status.failure();
    return execute(runId);
}

Result<PlaybookRun> PlaybookFlow::reload(const QString &runId, int current)
{
    auto run = PlaybookJournal(m_journal).get(runId);
    if (run && m_observer)
        m_observer(run.value(), current);
    return run;
}

Result<PlaybookRun> PlaybookFlow::execute(const QString &runId)
{
    PlaybookJournal journal(m_journal);
    auto loaded = reload(runId, -1);
    if (!loaded)
        return loaded;
    PlaybookRun run = std::move(loaded).value();
    for (int index = run.nextStep(); index < run.steps.size(); index = run.nextStep()) {
        if (m_cancel && m_cancel->load()) {
            if (auto status = journal.setStatus(runId, PlaybookRun::Status::Cancelled); !status)
                return status.failure();
            return reload(runId, index);
        }
        if (auto allowed = run.canStart(index); !allowed)
            return allowed.failure();
        const PlaybookStep found = run.steps[index];
        std::optional<PlaybookRecovery> recovery;
        if (found.status != PlaybookStep::Status::Pending)
            recovery = recoveryFor(found);
        if (auto started = journal.stepStarted(runId, index); !started)
            return started.failure();
        if (auto shown = reload(runId, index); shown)
            run = std::move(shown).value();
        else
            return shown;
        reach(Failpoint::PlaybookBeforeStep, index);

        PlaybookStepResult result;
        const auto action = m_actions.find(found.kind);
        if (action == m_actions.end() || !action->second) {
            result.status = PlaybookStep::Status::Failed;
            result.error = Tr::tr("this Backstep cannot do the step %1 yet")
                               .arg(playbookStepKindName(found.kind));
        } else {
            PlaybookStepContext context{run, index, recovery, found.evidence, {}, m_cancel};
            context.note = [&journal, &runId, index](const QJsonObject &evidence) {
                return journal.noteEvidence(runId, index, evidence);
            };
            result = action->second->run(context);
        }
        reach(Failpoint::PlaybookAfterStep, index);

        Result<void> settled;
        if (result.status == PlaybookStep::Status::Skipped)
            settled = journal.stepSkipped(runId, index, result.skipReason, result.skipNote);
        else
            settled = journal.stepFinished(runId, index, result.status, result.summary,
                                           result.evidence, result.error);
        if (!settled)
            return settled.failure();
        if (result.status == PlaybookStep::Status::Failed ||
            result.status == PlaybookStep::Status::Cancelled) {
            const bool failed = result.status == PlaybookStep::Status::Failed;
            if (auto status = journal.setStatus(
                    runId, failed ? PlaybookRun::Status::Failed : PlaybookRun::Status::Cancelled,
                    result.error);
                !status)
                return status.failure();
            return reload(runId, index);
        }
        if (auto shown = reload(runId, index); shown)
            run = std::move(shown).value();
        else
            return shown;
    }
    if (auto status = journal.setStatus(runId, PlaybookRun::Status::Done); !status)
        return status.failure();
    return reload(runId, int(run.steps.size()));
}

} // namespace backstep
