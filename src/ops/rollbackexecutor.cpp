#include "ops/rollbackexecutor.h"

#include "core/sqltokens.h"
#include "core/statementimpact.h"
#include "core/statementkind.h"
#include "core/version.h"
#include "db/databasesession.h"
#include "db/historywriter.h"
#include "ops/statementwatch.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace backstep {

Q_LOGGING_CATEGORY(lcRollback, "backstep.rollback")

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RollbackRunner)
};

// How a transaction-control statement of the migration ends or begins its transaction,
// read from its tokens (so that "COMMIT\nWORK", "commit/*x*/" and "COMMIT;" all count).
enum class Control { Begin, Commit, Rollback, Other };
struct ControlStatement
{
    Control control = Control::Other;
    bool chain = false; // AND CHAIN: a new transaction begins at once
};

ControlStatement controlOf(const QString &sql)
{
    const QList<SqlToken> tokens = tokenizeSql(sql);
    QStringList words;
    for (const SqlToken &token : tokens)
        if (token.type == SqlToken::Type::Word)
            words.append(token.upper);
    ControlStatement parsed;
    const QString first = words.value(0);
    const qsizetype chain = words.indexOf(QStringLiteral("CHAIN"));
    parsed.chain = chain > 0 && words.value(chain - 1) == u"AND";
    if (first == u"START" && words.value(1) == u"TRANSACTION")
        parsed.control = Control::Begin;
    else if (first == u"BEGIN")
        parsed.control = Control::Begin;
    else if (first == u"COMMIT")
        parsed.control = Control::Commit;
    else if (first == u"ROLLBACK" && !words.contains(QStringLiteral("TO")))
        parsed.control = Control::Rollback;
    return parsed;
}

// The migration a history step records, from the folder as read now; a stand-in with the
// journal's facts when its file has gone since the run was planned.
Migration migrationFor(const MigrationSet &set, const RunStep &step)
{
    for (const Migration &migration : set.migrations)
        if (sameVersion(set.format, migration.version, step.version) &&
            (step.author.isEmpty() || migration.author == step.author))
            return migration;
    Migration standIn;
    standIn.version = step.version;
    standIn.name = step.name;
    standIn.author = step.author;
    standIn.files = {step.file};
    standIn.down.file = step.file;
    return standIn;
}

} // namespace

RollbackExecutor::RollbackExecutor(RollbackJournal &journal, DatabaseSession &target,
                                   TargetProgress &progress, RollbackRun &run,
                                   const Workspace &workspace,
                                   const RollbackRunner::Observer &observer,
                                   const std::atomic_bool *cancel, StatementWatch *watch)
    : m_journal(journal)
    , m_target(target)
    , m_connection(target)
    , m_progress(progress)
    , m_run(run)
    , m_workspace(workspace)
    , m_observer(observer)
    , m_cancel(cancel)
    , m_watch(watch)
{}

RollbackExecutor::~RollbackExecutor() = default;

void RollbackExecutor::report(RollbackProgress::Event event, int index, const QString &message)
{
    if (!m_observer)
        return;
    RollbackProgress progress;
    progress.event = event;
    progress.runId = m_run.id;
    progress.step = index;
    progress.steps = int(m_run.steps.size());
    if (index >= 0 && index < m_run.steps.size())
        progress.detail = m_run.steps[index];
    progress.message = message;
    m_observer(progress);
}

bool RollbackExecutor::journalOk(const Result<void> &written)
{
    if (!written && m_journalError.isEmpty())
        m_journalError = written.error();
    return written.ok();
}

void RollbackExecutor::failpoint(Failpoint point, int index)
{
    if (reach(point, index) == FailAction::DropConnection)
        m_connection.endConnection();
}

RollbackOutcome RollbackExecutor::finish(RollbackOutcome::Result result,
                                         RollbackOutcome::Reason reason, int step,
                                         const QString &detail)
{
    m_journal.setSyncedWrites(true);
    RollbackRun::Status status = RollbackRun::Status::Failed;
    switch (result) {
    case RollbackOutcome::Result::Done:
        status = RollbackRun::Status::Done;
        break;
    case RollbackOutcome::Result::Cancelled:
        status = RollbackRun::Status::Cancelled;
        break;
    case RollbackOutcome::Result::Interrupted:
        status = RollbackRun::Status::Interrupted;
        break;
    default:
        break;
    }
    RollbackOutcome outcome;
    outcome.result = result;
    outcome.reason = reason;
    outcome.runId = m_run.id;
    outcome.step = step;
    outcome.detail = detail;
    outcome.serverError = m_serverError;
    outcome.rolledBack = m_rolledBack;
    outcome.database = m_run.databaseName;
    outcome.run = m_run;
    // Best effort: when the journal itself failed, the outcome still says so.
    (void)m_journal.setStatus(m_run.id, status, describeOutcome(outcome));
    auto recorded = m_journal.get(m_run.id);
    if (recorded)
        outcome.run = std::move(recorded).value();
    return outcome;
}

RollbackOutcome RollbackExecutor::runFrom(int first)
{
    using R = RollbackOutcome::Result;
    using Why = RollbackOutcome::Reason;
    const int total = int(m_run.steps.size());
    for (int i = first; i < total; ++i) {
        if (m_run.steps[i].settled())
            continue;
        if (m_cancel && m_cancel->load()) {
            if (flushBatch() != StepResult::Done)
                return finish(R::Interrupted, Why::CommitUnanswered, m_batch.value(0, i),
                              m_run.steps[m_batch.value(0, i)].error);
            abandonOwnTransaction(Tr::tr("rolled back: the run was cancelled before step %1 "
                                         "inside the migration's own transaction")
                                      .arg(i + 1));
            return finish(R::Cancelled, Why::CancelledBeforeStep, i);
        }
        const RunStep::Mode mode = modeOf(i);
        StepResult result = StepResult::Done;
        if (mode != RunStep::Mode::Batched) {
            // Whatever is not batched comes after the batch is committed.
            const int last = m_batch.value(m_batch.size() - 1, i);
            if (flushBatch() != StepResult::Done)
                return finish(R::Interrupted, Why::CommitUnanswered, last, m_run.steps[last].error);
        }
        if (mode == RunStep::Mode::Unknown) {
            // The catalog could not be read because the connection is gone: nothing of this
            // step has started.
            return finish(R::Interrupted, Why::ConnectionLost, i, m_run.steps[i].error);
        }
        // Before a migration's first statement, what its tool writes first (golang-migrate's
        // dirty mark).
        if (mode != RunStep::Mode::History)
            result = markMigrationStarted(i);
        if (result == StepResult::Done)
            result = runStep(i, mode);
        const RunStep &step = m_run.steps[i];
        if (!m_journalError.isEmpty())
            return finish(R::Failed, Why::JournalFailed, i, m_journalError);
        switch (result) {
        case StepResult::Done:
            break;
        case StepResult::Lost:
            qCWarning(lcRollback) << "connection lost at step" << i + 1 << "of" << total
                                  << step.error;
            abandonOwnTransaction(Tr::tr("rolled back with the connection, lost during step %1 "
                                         "inside the migration's own transaction")
                                      .arg(i + 1));
            return finish(R::Interrupted, Why::ConnectionLost, i, step.error);
        case StepResult::Failed:
            abandonOwnTransaction(
                Tr::tr("rolled back: step %1 failed inside the migration's own transaction")
                    .arg(i + 1));
            return finish(R::Failed, Why::StatementFailed, i, step.error);
        case StepResult::Cancelled:
            abandonOwnTransaction(Tr::tr("rolled back: the run was cancelled during step %1 "
                                         "inside the migration's own transaction")
                                      .arg(i + 1));
            return finish(R::Cancelled, Why::CancelledDuringStep, i, step.error);
        }
    }
    const int last = m_batch.value(m_batch.size() - 1, total - 1);
    if (flushBatch() != StepResult::Done)
        return finish(R::Interrupted, Why::CommitUnanswered, last, m_run.steps[last].error);
    return finish(R::Done, Why::Settled);
}

RunStep::Mode RollbackExecutor::modeOf(int index)
{
    const RunStep &step = m_run.steps[index];
    if (step.isHistory())
        return RunStep::Mode::History;
    const StatementKind kind = classifyStatement(step.sql);
    const bool sqlite = m_connection.isSqlite();
    if (kind == StatementKind::Transaction)
        return RunStep::Mode::TransactionControl;
    if (kind == StatementKind::Session)
        return RunStep::Mode::Session;
    if (kind == StatementKind::Schema && !sqlite)
        return RunStep::Mode::Schema;
    // SQLite's DDL is transactional, and all its tables are: everything else batches.
    if (sqlite)
        return m_ownTransaction               ? RunStep::Mode::OwnTransaction
               : kind == StatementKind::Other ? RunStep::Mode::Alone
                                              : RunStep::Mode::Batched;
    // CALL, DO, a global SET, GRANT, ... may do anything, commit included: alone.
    if (kind != StatementKind::Data)
        return RunStep::Mode::Alone;
    QString why;
    const bool transactional =
        onTransactionalTables(analyzeStatement(step.sql).touchedTables, &why);
    if (!transactional && m_connection.connectionId() == 0) {
        m_run.steps[index].error = why;
        return RunStep::Mode::Unknown;
    }
    if (!transactional)
        return RunStep::Mode::Alone;
    return m_ownTransaction ? RunStep::Mode::OwnTransaction : RunStep::Mode::Batched;
}

bool RollbackExecutor::onTransactionalTables(const QStringList &tables, QString *why)
{
    QStringList unknown;
    for (const QString &table : tables)
        if (!m_engines.contains(table))
            unknown.append(table);
    if (!unknown.isEmpty()) {
        auto read = TableEngines::of(m_target, unknown);
        if (!read) {
            // Not knowing is not knowing it is safe: the statement runs alone.
            qCWarning(lcRollback) << read.error();
            if (why)
                *why = read.error();
            return false;
        }
        for (auto it = read->cbegin(); it != read->cend(); ++it)
            m_engines.insert(it.key(), it.value());
    }
    QStringList described;
    bool all = true;
    for (const QString &table : tables) {
        const auto found = m_engines.constFind(table);
        // A table the catalog does not know cannot keep a change: the statement fails (it
        // does not exist), or it is the connection's own temporary table, which goes with
        // the connection whatever its engine.
        if (found == m_engines.cend())
            continue;
        if (!found->transactional) {
            all = false;
            described.append(QStringLiteral("%1 (%2)").arg(
                table, found->engine.isEmpty() ? Tr::tr("a view") : found->engine));
        }
    }
    if (why)
        *why = described.join(QStringLiteral(", "));
    return all;
}

RollbackExecutor::StepResult RollbackExecutor::runStep(int index, RunStep::Mode mode)
{
    // A statement that commits implicitly commits the migration's own transaction first:
    // that transaction's progress rows go in before it, so that they commit with it.
    if (m_ownTransaction && mode != RunStep::Mode::TransactionControl &&
        mode != RunStep::Mode::History && causesImplicitCommit(m_run.steps[index].sql)) {
        if (auto marked = m_progress.markAll(m_run.id, m_ownBlock); !marked) {
            m_run.steps[index].error = marked.error();
            return m_connection.connectionId() == 0 ? StepResult::Lost : StepResult::Failed;
        }
        m_ownTransaction = false;
        m_ownBlock.clear();
    }
    switch (mode) {
    case RunStep::Mode::Batched:
        return runBatched(index);
    case RunStep::Mode::OwnTransaction:
        return runInOwnTransaction(index, mode);
    case RunStep::Mode::TransactionControl:
        return runTransactionControl(index);
    case RunStep::Mode::Alone:
        return m_ownTransaction ? runInOwnTransaction(index, mode) : runAlone(index);
    case RunStep::Mode::Schema:
        return runSchema(index);
    case RunStep::Mode::Session:
        return runSession(index);
    case RunStep::Mode::History:
        return runHistory(index);
    case RunStep::Mode::Unknown:
        break;
    }
    return runAlone(index);
}

bool RollbackExecutor::beginStep(int index, RunStep::Mode mode, bool synced,
                                 const QString &fingerprint)
{
    RunStep &step = m_run.steps[index];
    step.mode = mode;
    step.fingerprint = fingerprint;
    step.status = RunStep::Status::Running;
    m_journal.setSyncedWrites(synced);
    if (!journalOk(m_journal.stepStarted(m_run.id, index, mode, fingerprint)))
        return false;
    report(RollbackProgress::Event::StepStarted, index);
    failpoint(mode == RunStep::Mode::History ? Failpoint::BeforeHistory
                                             : Failpoint::BeforeStatement,
              index);
    return true;
}

ExecOutcome RollbackExecutor::send(int index)
{
    RunStep &step = m_run.steps[index];
    if (m_watch)
        m_watch->started(index, analyzeStatement(step.sql).touchedTables);
    QElapsedTimer timer;
    timer.start();
    ExecOutcome out = m_connection.execute(step.sql);
    step.durationMs = timer.elapsed();
    const bool interruptedByUs = m_watch && m_watch->ended() && out.interrupted;
    if (out.interrupted && !interruptedByUs)
        out.interrupted = false; // someone else's KILL QUERY: an ordinary failure
    if (interruptedByUs) {
        const QString state = m_watch->stateWhenInterrupted();
        out.message = state.isEmpty()
                          ? Tr::tr("interrupted by the cancel (KILL QUERY): %1").arg(out.message)
                          : Tr::tr("interrupted by the cancel (KILL QUERY) while the server "
                                   "said \"%1\": %2")
                                .arg(state, out.message);
    }
    if (out.ok)
        failpoint(Failpoint::AfterStatement, index);
    return out;
}

ExecOutcome RollbackExecutor::bookkeepingFailure(const QString &message)
{
    ExecOutcome out = ExecOutcome::failure(message);
    // Backstep's own statement failed: because the connection did, or for a reason of its own.
    out.connectionLost = !m_connection.isSqlite() && m_connection.connectionId() == 0;
    return out;
}

RollbackExecutor::StepResult RollbackExecutor::finishDone(int index)
{
    RunStep &step = m_run.steps[index];
    step.status = RunStep::Status::Done;
    if (!journalOk(m_journal.stepFinished(m_run.id, index, RunStep::Status::Done, step.durationMs)))
        return StepResult::Failed;
    report(RollbackProgress::Event::StepDone, index);
    return StepResult::Done;
}

RollbackExecutor::StepResult RollbackExecutor::finishStep(int index, const ExecOutcome &out)
{
    if (out.ok)
        return finishDone(index);
    RunStep &step = m_run.steps[index];
    step.error = out.message;
    m_serverError = out.serverError;
    m_journal.setSyncedWrites(true);
    if (out.connectionLost) {
        // The step stays "running": its effect is decided on resume. The reason is kept as
        // evidence for whoever has to decide.
        (void)m_journal.noteStep(m_run.id, index,
                                 Tr::tr("the connection broke: %1").arg(out.message));
        return StepResult::Lost;
    }
    if (out.interrupted) {
        step.status = RunStep::Status::Cancelled;
        journalOk(m_journal.stepFinished(m_run.id, index, RunStep::Status::Cancelled,
                                         step.durationMs, out.message));
        report(RollbackProgress::Event::StepFailed, index, out.message);
        return StepResult::Cancelled;
    }
    step.status = RunStep::Status::Failed;
    journalOk(m_journal.stepFinished(m_run.id, index, RunStep::Status::Failed, step.durationMs,
                                     out.message));
    report(RollbackProgress::Event::StepFailed, index, out.message);
    return StepResult::Failed;
}

RollbackExecutor::StepResult RollbackExecutor::runBatched(int index)
{
    if (!m_batchTransaction) {
        auto transaction = std::make_unique<TargetTransaction>(m_connection);
        const ExecOutcome begun = transaction->begin();
        if (!begun.ok) {
            m_run.steps[index].error = begun.message;
            m_serverError = begun.serverError;
            return begun.connectionLost ? StepResult::Lost : StepResult::Failed;
        }
        m_batchTransaction = std::move(transaction);
        m_batchAge.start();
    }
    // The target's progress rows, committed with the batch, are what a resume believes:
    // these journal writes need not wait for the disk.
    if (!beginStep(index, RunStep::Mode::Batched, false))
        return StepResult::Failed;
    const ExecOutcome out = send(index);
    if (!out.ok) {
        m_batchTransaction.reset(); // rolled back
        revertBatch(Tr::tr("rolled back with step %1, which failed in the same transaction")
                        .arg(index + 1));
        return finishStep(index, out);
    }
    m_batch.append(index);
    if (finishDone(index) != StepResult::Done)
        return StepResult::Failed;
    failpoint(Failpoint::InsideBatch, index);
    if (m_batch.size() >= 100 || m_batchAge.elapsed() >= 200)
        return flushBatch();
    return StepResult::Done;
}

RollbackExecutor::StepResult RollbackExecutor::flushBatch()
{
    if (m_batch.isEmpty()) {
        m_batchTransaction.reset();
        return StepResult::Done;
    }
    RunStep &last = m_run.steps[m_batch.last()];
    if (auto marked = m_progress.markAll(m_run.id, m_batch); !marked) {
        last.error = marked.error();
        m_batchTransaction.reset();
        // Whether the INSERT failed or the connection did, nothing of the batch committed.
        revertBatch(Tr::tr("rolled back: its progress rows could not be written"));
        return StepResult::Lost;
    }
    failpoint(Failpoint::BeforeProgressCommit, m_batch.last());
    const ExecOutcome committed = m_batchTransaction->commit();
    m_batchTransaction.reset();
    if (!committed.ok) {
        last.error = committed.message;
        m_serverError = committed.serverError;
        if (!committed.connectionLost)
            revertBatch(Tr::tr("rolled back: the server refused the commit"));
        // A commit that got no answer may have happened: the progress rows decide on resume.
        return StepResult::Lost;
    }
    failpoint(Failpoint::AfterProgressCommit, m_batch.last());
    m_batch.clear();
    return StepResult::Done;
}

void RollbackExecutor::revertBatch(const QString &why)
{
    m_rolledBack = int(m_batch.size());
    for (int index : std::as_const(m_batch)) {
        m_run.steps[index].status = RunStep::Status::Pending;
        journalOk(m_journal.settleStep(m_run.id, index, RunStep::Status::Pending, why));
    }
    m_batch.clear();
}

void RollbackExecutor::abandonOwnTransaction(const QString &why)
{
    if (!m_ownTransaction)
        return;
    (void)m_connection.execute(QStringLiteral("ROLLBACK"));
    for (int index : std::as_const(m_ownBlock)) {
        m_run.steps[index].status = RunStep::Status::Pending;
        journalOk(m_journal.settleStep(m_run.id, index, RunStep::Status::Pending, why));
    }
    m_ownBlock.clear();
    m_ownTransaction = false;
}

RollbackExecutor::StepResult RollbackExecutor::runInOwnTransaction(int index, RunStep::Mode mode)
{
    // A non-transactional statement inside the migration's transaction takes effect at once
    // and no progress row can commit apart from the transaction: only the journal, synced,
    // can vouch for it.
    const bool alone = mode == RunStep::Mode::Alone;
    if (!beginStep(index, mode, alone))
        return StepResult::Failed;
    const ExecOutcome out = send(index);
    if (out.ok && !alone)
        m_ownBlock.append(index);
    return finishStep(index, out);
}

RollbackExecutor::StepResult RollbackExecutor::runTransactionControl(int index)
{
    const ControlStatement control = controlOf(m_run.steps[index].sql);
    if (!beginStep(index, RunStep::Mode::TransactionControl, false))
        return StepResult::Failed;
    ExecOutcome out;
    switch (control.control) {
    case Control::Commit:
        // The transaction's progress rows, this COMMIT's own among them, commit with it.
        m_ownBlock.append(index);
        if (auto marked = m_progress.markAll(m_run.id, m_ownBlock); !marked) {
            m_ownBlock.removeLast();
            m_run.steps[index].error = marked.error();
            return finishStep(index, bookkeepingFailure(marked.error()));
        }
        failpoint(Failpoint::BeforeProgressCommit, index);
        out = send(index);
        if (!out.ok) {
            m_ownBlock.removeLast();
            break;
        }
        m_ownBlock.clear();
        m_ownTransaction = control.chain;
        break;
    case Control::Rollback:
        out = send(index);
        if (!out.ok)
            break;
        // Undone by design: the transaction's steps are settled, in a transaction of their
        // own with this ROLLBACK's row.
        m_ownBlock.append(index);
        {
            TargetTransaction record(m_connection);
            ExecOutcome recorded = record.begin();
            if (recorded.ok) {
                if (auto marked = m_progress.markAll(m_run.id, m_ownBlock); !marked)
                    recorded = bookkeepingFailure(marked.error());
                else
                    recorded = record.commit();
            }
            if (!recorded.ok) {
                out = recorded;
                out.message = Tr::tr("cannot record the rollback: %1").arg(recorded.message);
            }
        }
        m_ownBlock.clear();
        m_ownTransaction = control.chain;
        break;
    case Control::Begin:
        // A transaction begun inside another commits the other first, progress rows and all.
        if (m_ownTransaction) {
            if (auto marked = m_progress.markAll(m_run.id, m_ownBlock); !marked)
                return finishStep(index, bookkeepingFailure(marked.error()));
            m_ownBlock.clear();
        }
        out = send(index);
        if (out.ok) {
            m_ownTransaction = true;
            m_ownBlock = {index};
        }
        break;
    case Control::Other: // SAVEPOINT, RELEASE, ROLLBACK TO, XA, ...
        out = send(index);
        if (out.ok && m_ownTransaction)
            m_ownBlock.append(index);
        break;
    }
    return finishStep(index, out);
}

RollbackExecutor::StepResult RollbackExecutor::runAlone(int index)
{
    // No transaction can undo it: the journal says it runs (synced) before it is sent, and
    // its progress row is committed the moment it returns. Cut off between the two, its
    // effect cannot be known, and a resume asks.
    if (!beginStep(index, RunStep::Mode::Alone, true))
        return StepResult::Failed;
    const ExecOutcome out = send(index);
    if (!out.ok)
        return finishStep(index, out);
    failpoint(Failpoint::BeforeProgressCommit, index);
    const auto marked = m_progress.mark(m_run.id, index);
    if (marked)
        failpoint(Failpoint::AfterProgressCommit, index);
    // The server answered: whatever happens to the row, the journal (synced) knows.
    const StepResult done = finishDone(index);
    if (!marked && done == StepResult::Done) {
        qCWarning(lcRollback) << "step" << index + 1 << "is done, but its progress row was not "
                              << "written:" << marked.error();
        if (m_connection.connectionId() == 0) {
            m_run.steps[index].error = marked.error();
            return StepResult::Lost;
        }
    }
    return done;
}

RollbackExecutor::StepResult RollbackExecutor::runSchema(int index)
{
    RunStep &step = m_run.steps[index];
    auto fingerprint = SchemaFingerprint::of(m_target);
    if (!fingerprint) {
        step.error = fingerprint.error();
        m_journal.setSyncedWrites(true);
        (void)m_journal.stepFinished(m_run.id, index, RunStep::Status::Failed, 0, step.error);
        step.status = RunStep::Status::Failed;
        report(RollbackProgress::Event::StepFailed, index, step.error);
        return StepResult::Failed;
    }
    if (!beginStep(index, RunStep::Mode::Schema, true, fingerprint.value()))
        return StepResult::Failed;
    const ExecOutcome out = send(index);
    // Tables may have come, gone or changed engine: their engines are read again.
    m_engines.clear();
    return finishStep(index, out);
}

RollbackExecutor::StepResult RollbackExecutor::runSession(int index)
{
    if (!beginStep(index, RunStep::Mode::Session, true))
        return StepResult::Failed;
    return finishStep(index, send(index));
}

RollbackExecutor::StepResult RollbackExecutor::markMigrationStarted(int index)
{
    RunStep &step = m_run.steps[index];
    const QString key = step.version + u'\x1e' + step.author;
    if (m_startedMigrations.contains(key))
        return StepResult::Done;
    // Its own transaction: nothing of Backstep's may be open on the connection.
    if (const StepResult flushed = flushBatch(); flushed != StepResult::Done)
        return flushed;
    auto written =
        HistoryWriter::recordRollbackStart(m_target, m_workspace.history, m_workspace.migrations,
                                           migrationFor(m_workspace.migrations, step));
    if (!written) {
        step.error = written.error();
        if (!m_connection.isSqlite() && !m_target.database().isOpen())
            return StepResult::Lost;
        step.status = RunStep::Status::Failed;
        journalOk(m_journal.stepFinished(m_run.id, index, RunStep::Status::Failed, 0, step.error));
        report(RollbackProgress::Event::StepFailed, index, step.error);
        return StepResult::Failed;
    }
    m_startedMigrations.insert(key);
    return StepResult::Done;
}

RollbackExecutor::StepResult RollbackExecutor::runHistory(int index)
{
    RunStep &step = m_run.steps[index];
    if (!beginStep(index, RunStep::Mode::History, true))
        return StepResult::Failed;
    qint64 migrationMs = 0;
    for (const RunStep &other : std::as_const(m_run.steps))
        if (other.version == step.version && other.author == step.author && !other.isHistory())
            migrationMs += other.durationMs;
    QElapsedTimer timer;
    timer.start();
    const Migration migration = migrationFor(m_workspace.migrations, step);
    auto written = HistoryWriter::recordRollback(m_target, m_workspace.history,
                                                 m_workspace.migrations, migration, migrationMs);
    step.durationMs = timer.elapsed();
    if (!written) {
        ExecOutcome out;
        out.message = written.error();
        out.connectionLost = !m_connection.isSqlite() && !m_target.database().isOpen();
        if (!out.connectionLost && !m_connection.isSqlite()) {
            // The history writer's own error says little about the connection: ask it.
            out.connectionLost = m_connection.connectionId() == 0;
        }
        return finishStep(index, out);
    }
    failpoint(Failpoint::AfterHistory, index);
    step.status = RunStep::Status::Done;
    if (!journalOk(m_journal.stepFinished(m_run.id, index, RunStep::Status::Done, step.durationMs)))
        return StepResult::Failed;
    report(RollbackProgress::Event::MigrationDone, index,
           Tr::tr("%1 rolled back; %n row(s) of %2 written", nullptr, written.value())
               .arg(step.version, m_workspace.history.table));
    return StepResult::Done;
}

} // namespace backstep
