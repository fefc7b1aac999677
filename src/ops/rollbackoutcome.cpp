#include "ops/rollbackoutcome.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RollbackOutcome)
};

QString holderText(const LockHolder &holder)
{
    if (holder.connectionId > 0)
        return Tr::tr("connection %1 (%2@%3, %4 s in its current state%5)")
            .arg(QString::number(holder.connectionId), holder.user, holder.host,
                 QString::number(holder.seconds),
                 holder.statement.isEmpty()
                     ? QString()
                     : Tr::tr(", running: %1").arg(holder.statement.simplified().left(200)));
    if (holder.pid > 0)
        return Tr::tr("process %1 on %2").arg(QString::number(holder.pid), holder.machine);
    return Tr::tr("an unknown connection");
}

QString ownerText(const RunOwner &owner)
{
    QString text = Tr::tr("process %1 (%2) on %3")
                       .arg(QString::number(owner.pid), owner.application, owner.machine);
    if (owner.since.isValid())
        text += Tr::tr(", since %1").arg(owner.since.toLocalTime().toString(Qt::ISODate));
    return text;
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

QString outcomeLabel(RollbackOutcome::Result result)
{
    switch (result) {
    case RollbackOutcome::Result::Done:
        return Tr::tr("done");
    case RollbackOutcome::Result::Failed:
        return Tr::tr("failed");
    case RollbackOutcome::Result::Refused:
        return Tr::tr("refused");
    case RollbackOutcome::Result::Cancelled:
        return Tr::tr("cancelled");
    case RollbackOutcome::Result::Interrupted:
        return Tr::tr("interrupted");
    case RollbackOutcome::Result::BadInput:
        return Tr::tr("bad input");
    }
    return {};
}

QString RollbackOutcome::stepText() const
{
    if (step < 0 || step >= run.steps.size())
        return step >= 0 ? Tr::tr("step %1").arg(step + 1) : QString();
    const RunStep &at = run.steps[step];
    const QString file = QFileInfo(at.file).fileName();
    const QString where = at.line > 0 ? QStringLiteral("%1:%2").arg(file).arg(at.line) : file;
    return Tr::tr("step %1 of %2 (%3, %4)")
        .arg(QString::number(step + 1), QString::number(run.steps.size()), at.version, where);
}

QString describeOutcome(const RollbackOutcome &outcome)
{
    using R = RollbackOutcome::Reason;
    const QString step = outcome.stepText();
    const QString statement = outcome.step >= 0 && outcome.step < outcome.run.steps.size()
                                  ? outcome.run.steps[outcome.step].sql.simplified().left(300)
                                  : QString();
    switch (outcome.reason) {
    case R::Settled: {
        QString text =
            Tr::tr("rolled back: %n step(s) settled", nullptr, int(outcome.run.steps.size()));
        if (!outcome.cleanupProblem.isEmpty())
            text += Tr::tr("; the progress table could not be removed (%1): it goes when a "
                           "later run of this database settles")
                        .arg(outcome.cleanupProblem);
        return text;
    }
    case R::Closed:
        return Tr::tr("run %1 is %2").arg(outcome.runId, runStatusLabel(outcome.run.status)) +
               (outcome.cleanupProblem.isEmpty()
                    ? QString()
                    : Tr::tr("; the progress table could not be removed (%1): it goes when a "
                             "later run of this database settles")
                          .arg(outcome.cleanupProblem));
    case R::EmptyPlan:
        return Tr::tr("the plan is empty: nothing to roll back");
    case R::PlanBlocked:
        return Tr::tr("the plan cannot run: %1").arg(outcome.blockers.join(QStringLiteral("; ")));
    case R::NotConfirmed:
        return Tr::tr("the typed confirmation is not the database's name (%1)")
            .arg(outcome.database);
    case R::NoFreshBackup:
        return Tr::tr("no fresh backup: %1").arg(outcome.detail);
    case R::DatabaseLocked:
        return Tr::tr("another Backstep is changing %1: its lock is held by %2")
            .arg(outcome.database, holderText(outcome.lockHolder));
    case R::PreviousConnectionBusy:
        return Tr::tr("the connection of the run's previous attempt is still on the server: %1; "
                      "its statement may still be running")
            .arg(holderText(outcome.lockHolder));
    case R::AnotherRunOpen: {
        QString text = Tr::tr("run %1 of this database is %2 with %3 of %4 steps settled")
                           .arg(outcome.run.id, runStatusLabel(outcome.run.status),
                                QString::number(outcome.run.settledCount()),
                                QString::number(outcome.run.steps.size()));
        if (outcome.owner.known())
            text += Tr::tr(", and %1 is executing it now").arg(ownerText(outcome.owner));
        return text;
    }
    case R::PlanOutdated:
        return Tr::tr("the database's history changed since the plan was made (%1): nothing "
                      "ran; plan again")
            .arg(outcome.detail);
    case R::RunOwnedElsewhere:
        return Tr::tr("run %1 is being executed by %2")
            .arg(outcome.runId, ownerText(outcome.owner));
    case R::UndecidedStep: {
        const UndecidedStep &undecided = outcome.undecided;
        return Tr::tr("%1 may or may not have taken effect: %2 cannot undo a statement, and it "
                      "was cut off between being sent and its progress record (%3). "
                      "Statement: %4")
            .arg(step, undecided.tables, undecided.lastKnown, statement);
    }
    case R::NoSuchRun:
        return Tr::tr("there is no rollback run %1 in the journal (%2)")
            .arg(outcome.runId, outcome.detail);
    case R::RunNotOpen:
        return Tr::tr("run %1 is %2: nothing of it can run any more")
            .arg(outcome.runId, runStatusLabel(outcome.run.status));
    case R::NothingToSkip:
        return Tr::tr("run %1 has no failed step to skip").arg(outcome.runId);
    case R::NothingToDecide:
        return Tr::tr("run %1 has no step whose effect is undecided").arg(outcome.runId);
    case R::SetupFailed:
        return outcome.detail;
    case R::StatementFailed: {
        QString text = Tr::tr("%1 failed: %2").arg(step, outcome.detail);
        if (outcome.rolledBack > 0)
            text += Tr::tr("; the %n data statement(s) before it in the same transaction were "
                           "rolled back with it and run again when the run goes on",
                           nullptr, outcome.rolledBack);
        return text;
    }
    case R::JournalFailed:
        return Tr::tr("the journal could not be written, so Backstep stopped at %1: %2")
            .arg(step, outcome.detail);
    case R::ConnectionLost:
        return Tr::tr("the connection to the server broke during %1: %2. Whether the statement "
                      "took effect is decided from the database when the run goes on.")
            .arg(step, outcome.detail);
    case R::CommitUnanswered:
        return Tr::tr("the commit of the statements up to %1 got no answer from the server: %2. "
                      "Whether it took effect is decided from the database when the run goes "
                      "on.")
            .arg(step, outcome.detail);
    case R::CancelledBeforeStep:
        return Tr::tr("cancelled before %1; nothing of it ran").arg(step);
    case R::CancelledDuringStep:
        return Tr::tr("cancelled during %1: the server interrupted the statement (%2). Whether "
                      "any of it took effect is decided from the database when the run goes on.")
            .arg(step, outcome.detail);
    }
    return outcome.detail;
}

} // namespace backstep
