#include "ops/rollbackreconcile.h"

#include "core/statementimpact.h"
#include "core/statementkind.h"
#include "core/version.h"
#include "db/databasesession.h"
#include "db/targetconnection.h"
#include "db/targetevidence.h"

#include <QCoreApplication>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RollbackRunner)
};

// How a step ran, for a journal written before modes were kept: from its kind.
RunStep::Mode legacyMode(const RunStep &step, bool sqlite)
{
    if (step.isHistory())
        return RunStep::Mode::History;
    switch (classifyStatement(step.sql)) {
    case StatementKind::Session:
        return RunStep::Mode::Session;
    case StatementKind::Schema:
        return sqlite ? RunStep::Mode::Batched : RunStep::Mode::Schema;
    case StatementKind::Transaction:
        return RunStep::Mode::TransactionControl;
    case StatementKind::Data:
    case StatementKind::Other:
        break;
    }
    // The old runner committed these with a progress row in their transaction.
    return RunStep::Mode::Batched;
}

bool cutOff(const RunStep &step)
{
    return step.status == RunStep::Status::Running || step.status == RunStep::Status::Cancelled;
}

QString tablesOf(DatabaseSession &session, const RunStep &step)
{
    const QStringList tables = analyzeStatement(step.sql).touchedTables;
    if (tables.isEmpty())
        return Tr::tr("a statement whose tables are not known (%1)")
            .arg(statementKindLabel(classifyStatement(step.sql)));
    auto engines = TableEngines::of(session, tables);
    QStringList described;
    for (const QString &table : tables) {
        if (!engines || !engines->contains(table))
            described.append(table);
        else
            described.append(QStringLiteral("%1 (%2)").arg(table, engines->value(table).engine));
    }
    return described.join(QStringLiteral(", "));
}

} // namespace

Result<UndecidedStep> RunReconciler::reconcile(RollbackJournal &journal, DatabaseSession &session,
                                               TargetProgress &progress, RollbackRun &run,
                                               const Workspace &workspace)
{
    auto committed = progress.settledSteps(run.id);
    if (!committed)
        return committed.failure();
    const bool sqlite = session.spec().engine == ConnectionSpec::Engine::Sqlite;
    UndecidedStep undecided;
    for (RunStep &step : run.steps) {
        if (step.status == RunStep::Status::Skipped)
            continue;
        auto settle = [&](RunStep::Status status, const QString &why) -> Result<void> {
            step.status = status;
            return journal.settleStep(run.id, step.index, status, why);
        };
        const RunStep::Mode mode =
            step.mode == RunStep::Mode::Unknown ? legacyMode(step, sqlite) : step.mode;
        const bool inTarget = committed->contains(step.index);
        Result<void> written;
        switch (mode) {
        case RunStep::Mode::History: {
            if (step.settled())
                break;
            // The history read again decides (golang-migrate: not while it is left dirty).
            if (rollbackRecorded(workspace.migrations, workspace.history, workspace.rows,
                                 step.version))
                written = settle(RunStep::Status::Done,
                                 Tr::tr("the history no longer lists %1 as applied: the update "
                                        "was written before the interruption")
                                     .arg(step.version));
            break;
        }
        case RunStep::Mode::Batched:
        case RunStep::Mode::OwnTransaction:
        case RunStep::Mode::TransactionControl:
        case RunStep::Mode::Unknown:
            if (step.settled() && !inTarget)
                written = settle(RunStep::Status::Pending,
                                 Tr::tr("its transaction was rolled back by the server when the "
                                        "connection ended (no progress row in %1)")
                                     .arg(progress.displayName()));
            else if (!step.settled() && inTarget)
                written = settle(RunStep::Status::Done,
                                 Tr::tr("committed before the interruption (found in %1)")
                                     .arg(progress.displayName()));
            else if (cutOff(step))
                written = settle(RunStep::Status::Pending,
                                 Tr::tr("not committed before the interruption (no progress row "
                                        "in %1)")
                                     .arg(progress.displayName()));
            break;
        case RunStep::Mode::Alone:
            if (!cutOff(step))
                break;
            if (inTarget) {
                written = settle(RunStep::Status::Done,
                                 Tr::tr("it took effect: its progress row was committed in %1")
                                     .arg(progress.displayName()));
            } else if (!undecided.isValid()) {
                undecided.step = step.index;
                undecided.tables = tablesOf(session, step);
                undecided.lastKnown =
                    !step.error.isEmpty()
                        ? step.error
                        : Tr::tr("the process that ran it ended after the journal recorded it "
                                 "as sent at %1")
                              .arg(step.startedAt.toLocalTime().toString(Qt::ISODate));
            }
            break;
        case RunStep::Mode::Schema: {
            if (!cutOff(step))
                break;
            auto now = SchemaFingerprint::of(session);
            if (!now)
                return now.failure();
            written = now.value() != step.fingerprint
                          ? settle(RunStep::Status::Done,
                                   Tr::tr("the schema changed since just before this statement: "
                                          "it was committed before the interruption"))
                          : settle(RunStep::Status::Pending,
                                   Tr::tr("the schema is as it was just before this statement: "
                                          "it did not take effect"));
            break;
        }
        case RunStep::Mode::Session:
            if (cutOff(step))
                written = settle(RunStep::Status::Pending, Tr::tr("interrupted; applied again"));
            break;
        }
        if (!written)
            return written.failure();
    }
    return undecided;
}

Result<void> RunReconciler::restoreSessionState(DatabaseSession &session, const RollbackRun &run,
                                                int upTo)
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
                             .arg(QString::number(i + 1), step.sql, out.message)};
    }
    return {};
}

} // namespace backstep
