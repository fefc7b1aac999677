#include "ops/rollbackexecutor.h"

#include "core/statementkind.h"
#include "core/version.h"
#include "db/databasesession.h"
#include "db/historywriter.h"
#include "db/targetconnection.h"
#include "db/targetevidence.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>

namespace backstep {

Q_LOGGING_CATEGORY(lcRollback, "backstep.rollback")

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RollbackRunner)
};

QString firstWord(const QString &sql)
{
    return sql.section(u' ', 0, 0, QString::SectionSkipEmpty).toUpper();
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
                                   RollbackRun &run, const Workspace &workspace,
                                   const RollbackRunner::Observer &observer,
                                   const std::atomic_bool *cancel)
    : m_journal(journal)
    , m_target(target)
    , m_run(run)
    , m_workspace(workspace)
    , m_observer(observer)
    , m_cancel(cancel)
{}

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
    if (!written)
        m_journalError = written.error();
    return written.ok();
}

RollbackOutcome RollbackExecutor::finish(RollbackOutcome::Result result, const QString &message,
                                         int step)
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
    // Best effort: when the journal itself failed, the outcome still says so.
    (void)m_journal.setStatus(m_run.id, status, message);
    RollbackOutcome outcome;
    outcome.result = result;
    outcome.runId = m_run.id;
    outcome.message = message;
    outcome.failedStep = step;
    outcome.serverError = m_serverError;
    auto recorded = m_journal.get(m_run.id);
    outcome.run = recorded ? std::move(recorded).value() : m_run;
    return outcome;
}

RollbackOutcome RollbackExecutor::runFrom(int first)
{
    for (int i = first; i < m_run.steps.size(); ++i) {
        if (m_run.steps[i].settled())
            continue;
        if (m_cancel && m_cancel->load()) {
            if (flushBatch() != StepResult::Done)
                return finish(RollbackOutcome::Result::Interrupted,
                              Tr::tr("cancelled, but the last statements' commit got no answer: "
                                     "whether it took effect is decided when the run is resumed"),
                              i);
            return finish(RollbackOutcome::Result::Cancelled,
                          Tr::tr("cancelled before step %1 of %2; resume to go on")
                              .arg(i + 1)
                              .arg(m_run.steps.size()),
                          i);
        }
        StepResult result = m_run.steps[i].isHistory() ? StepResult::Done : markMigrationStarted(i);
        if (result == StepResult::Done) {
            if (batchable(i)) {
                result = runInBatch(i);
            } else {
                // Whatever is not a data statement comes after the batch is committed.
                result = flushBatch();
                if (result == StepResult::Done)
                    result = m_run.steps[i].isHistory() ? runHistory(i) : runStatement(i);
            }
        }
        const RunStep &step = m_run.steps[i];
        if (!m_journalError.isEmpty())
            return finish(RollbackOutcome::Result::Failed,
                          Tr::tr("the journal could not be written, so Backstep stopped after step "
                                 "%1 (%2): %3")
                              .arg(i + 1)
                              .arg(step.version, m_journalError),
                          i);
        if (result == StepResult::Lost)
            return finish(
                RollbackOutcome::Result::Interrupted,
                Tr::tr("the connection to the server broke during step %1 (%2, %3:%4): %5. "
                       "Whether it took effect is decided when the run is resumed.")
                    .arg(i + 1)
                    .arg(step.version, step.file)
                    .arg(step.line)
                    .arg(step.error),
                i);
        if (result == StepResult::Failed) {
            QString message = Tr::tr("step %1 of %2 failed (%3, %4:%5): %6")
                                  .arg(i + 1)
                                  .arg(m_run.steps.size())
                                  .arg(step.version, step.file)
                                  .arg(step.line)
                                  .arg(step.error);
            if (m_rolledBack > 0)
                message += Tr::tr("; the %1 data statements before it in the same transaction were "
                                  "rolled back with it and run again on retry")
                               .arg(m_rolledBack);
            return finish(RollbackOutcome::Result::Failed, message, i);
        }
    }
    if (flushBatch() != StepResult::Done)
        return finish(RollbackOutcome::Result::Interrupted,
                      Tr::tr("the last statements' commit got no answer from the server: whether "
                             "it took effect is decided when the run is resumed"),
                      m_batch.value(0, int(m_run.steps.size()) - 1));
    return finish(RollbackOutcome::Result::Done,
                  Tr::tr("rolled back: %1 steps settled").arg(m_run.steps.size()));
}

bool RollbackExecutor::batchable(int index) const
{
    const RunStep &step = m_run.steps[index];
    if (step.isHistory() || !m_openBlock.isEmpty())
        return false;
    const StatementKind kind = classifyStatement(step.sql);
    // CALL and the like may commit implicitly inside: they keep a transaction of their own.
    return kind == StatementKind::Data ||
           (kind == StatementKind::Schema &&
            m_target.spec().engine == ConnectionSpec::Engine::Sqlite);
}

RollbackExecutor::StepResult RollbackExecutor::runInBatch(int index)
{
    RunStep &step = m_run.steps[index];
    TargetConnection target(m_target);
    m_journal.setSyncedWrites(false);
    if (m_batch.isEmpty()) {
        if (auto begun = target.begin(); !begun) {
            step.error = begun.error();
            return m_target.database().isOpen() ? StepResult::Failed : StepResult::Lost;
        }
        m_batchAge.start();
    }
    if (!journalOk(m_journal.stepStarted(m_run.id, index)))
        return StepResult::Failed;
    report(RollbackProgress::Event::StepStarted, index);
    QElapsedTimer timer;
    timer.start();
    const ExecOutcome out = target.execute(step.sql);
    step.durationMs = timer.elapsed();
    if (!out.ok) {
        step.error = out.message;
        m_serverError = out.serverError;
        target.rollback();
        revertBatch(Tr::tr("rolled back with step %1, which failed in the same transaction")
                        .arg(index + 1));
        if (out.connectionLost)
            return StepResult::Lost;
        step.status = RunStep::Status::Failed;
        journalOk(m_journal.stepFinished(m_run.id, index, RunStep::Status::Failed, step.durationMs,
                                         out.message));
        report(RollbackProgress::Event::StepFailed, index, out.message);
        return StepResult::Failed;
    }
    // Done in the journal now; the target's progress row, committed with the batch, is what
    // a resume believes.
    m_batch.append(index);
    step.status = RunStep::Status::Done;
    if (!journalOk(m_journal.stepFinished(m_run.id, index, RunStep::Status::Done, step.durationMs)))
        return StepResult::Failed;
    report(RollbackProgress::Event::StepDone, index);
    if (m_batch.size() >= 100 || m_batchAge.elapsed() >= 200)
        return flushBatch();
    return StepResult::Done;
}

RollbackExecutor::StepResult RollbackExecutor::flushBatch()
{
    if (m_batch.isEmpty())
        return StepResult::Done;
    TargetConnection target(m_target);
    auto marked = TargetProgress::markAll(m_target, m_run.id, m_batch);
    auto committed = marked ? target.commit() : Result<void>(marked.failure());
    if (!committed) {
        target.rollback();
        RunStep &last = m_run.steps[m_batch.last()];
        last.error = committed.error();
        // A commit that got no answer may have happened: the progress rows decide on resume.
        return StepResult::Lost;
    }
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

Result<void> RollbackExecutor::markOpenBlock()
{
    for (int index : std::as_const(m_openBlock))
        if (auto marked = TargetProgress::mark(m_target, m_run.id, index); !marked)
            return marked;
    return {};
}

RollbackExecutor::StepResult RollbackExecutor::runStatement(int index)
{
    RunStep &step = m_run.steps[index];
    TargetConnection target(m_target);
    const StatementKind kind = classifyStatement(step.sql);
    const bool commitsImplicitly = causesImplicitCommit(step.sql);
    const QString word = firstWord(step.sql);
    QElapsedTimer timer;
    ExecOutcome out;

    // The migration's own transaction is committed by this statement: its steps' progress
    // rows go in first, so that they commit with it.
    if (!m_openBlock.isEmpty() && commitsImplicitly) {
        if (auto marked = markOpenBlock(); !marked) {
            step.error = marked.error();
            return StepResult::Failed;
        }
        m_openBlock.clear();
    }

    // SQLite's DDL is transactional: there every statement commits with its progress row.
    const bool withProgressRow = kind == StatementKind::Data || kind == StatementKind::Other ||
                                 (kind == StatementKind::Schema && target.isSqlite());
    // The target's progress rows decide such steps (and a transaction's) on resume: their
    // journal records need not wait for the disk. Everything else is synced.
    m_journal.setSyncedWrites(!withProgressRow && kind != StatementKind::Transaction &&
                              m_openBlock.isEmpty());
    if (kind == StatementKind::Schema && !withProgressRow) {
        auto fingerprint = SchemaFingerprint::of(m_target);
        if (!fingerprint) {
            step.error = fingerprint.error();
            (void)m_journal.stepFinished(m_run.id, index, RunStep::Status::Failed, 0, step.error);
            return StepResult::Failed;
        }
        step.fingerprint = fingerprint.value();
        if (!journalOk(m_journal.stepStarted(m_run.id, index, step.fingerprint)))
            return StepResult::Failed;
        report(RollbackProgress::Event::StepStarted, index);
        timer.start();
        out = target.execute(step.sql);
    } else if (kind == StatementKind::Transaction) {
        if (!journalOk(m_journal.stepStarted(m_run.id, index)))
            return StepResult::Failed;
        report(RollbackProgress::Event::StepStarted, index);
        timer.start();
        if (word == u"COMMIT") {
            m_openBlock.append(index);
            if (auto marked = markOpenBlock(); !marked) {
                step.error = marked.error();
                return StepResult::Failed;
            }
            m_openBlock.clear();
            out = target.execute(step.sql);
        } else if (word == u"ROLLBACK" &&
                   !step.sql.contains(QLatin1StringView("SAVEPOINT"), Qt::CaseInsensitive)) {
            out = target.execute(step.sql);
            if (out.ok) {
                // Undone by design: settled, in a transaction of their own.
                m_openBlock.append(index);
                Result<void> recorded = target.begin();
                if (recorded)
                    recorded = markOpenBlock();
                if (recorded)
                    recorded = target.commit();
                if (!recorded) {
                    target.rollback();
                    out.ok = false;
                    out.message = Tr::tr("cannot record the rollback: %1").arg(recorded.error());
                }
                m_openBlock.clear();
            }
        } else {
            out = target.execute(step.sql);
            if (out.ok)
                m_openBlock.append(index);
        }
    } else if (withProgressRow) {
        if (!journalOk(m_journal.stepStarted(m_run.id, index)))
            return StepResult::Failed;
        report(RollbackProgress::Event::StepStarted, index);
        timer.start();
        if (!m_openBlock.isEmpty()) {
            out = target.execute(step.sql);
            if (out.ok)
                m_openBlock.append(index);
        } else if (auto begun = target.begin(); !begun) {
            out.message = begun.error();
            out.connectionLost = !m_target.database().isOpen();
        } else {
            // The statement and its progress row commit together, or neither does.
            out = target.execute(step.sql);
            if (out.ok) {
                auto marked = TargetProgress::mark(m_target, m_run.id, index);
                auto committed = marked ? target.commit() : Result<void>(marked.failure());
                if (!committed) {
                    target.rollback();
                    out.ok = false;
                    out.message = committed.error();
                    // A commit that got no answer may have happened: decided on resume.
                    out.connectionLost = true;
                }
            } else {
                target.rollback();
            }
        }
    } else { // Session
        if (!journalOk(m_journal.stepStarted(m_run.id, index)))
            return StepResult::Failed;
        report(RollbackProgress::Event::StepStarted, index);
        timer.start();
        out = target.execute(step.sql);
    }

    const qint64 elapsed = timer.isValid() ? timer.elapsed() : 0;
    step.durationMs = elapsed;
    if (!out.ok) {
        step.error = out.message;
        m_serverError = out.serverError;
        if (out.connectionLost) {
            qCWarning(lcRollback) << "connection lost at step" << index << out.message;
            return StepResult::Lost;
        }
        step.status = RunStep::Status::Failed;
        journalOk(
            m_journal.stepFinished(m_run.id, index, RunStep::Status::Failed, elapsed, out.message));
        report(RollbackProgress::Event::StepFailed, index, out.message);
        return StepResult::Failed;
    }
    step.status = RunStep::Status::Done;
    if (!journalOk(m_journal.stepFinished(m_run.id, index, RunStep::Status::Done, elapsed)))
        return StepResult::Failed;
    report(RollbackProgress::Event::StepDone, index);
    return StepResult::Done;
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
        if (!m_target.database().isOpen())
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
    m_journal.setSyncedWrites(true);
    if (!journalOk(m_journal.stepStarted(m_run.id, index)))
        return StepResult::Failed;
    report(RollbackProgress::Event::StepStarted, index);
    qint64 migrationMs = 0;
    for (const RunStep &other : std::as_const(m_run.steps))
        if (other.version == step.version && other.author == step.author && !other.isHistory())
            migrationMs += other.durationMs;
    QElapsedTimer timer;
    timer.start();
    const Migration migration = migrationFor(m_workspace.migrations, step);
    auto written = HistoryWriter::recordRollback(m_target, m_workspace.history,
                                                 m_workspace.migrations, migration, migrationMs);
    const qint64 elapsed = timer.elapsed();
    if (!written) {
        step.error = written.error();
        if (!m_target.database().isOpen())
            return StepResult::Lost;
        step.status = RunStep::Status::Failed;
        journalOk(
            m_journal.stepFinished(m_run.id, index, RunStep::Status::Failed, elapsed, step.error));
        report(RollbackProgress::Event::StepFailed, index, step.error);
        return StepResult::Failed;
    }
    step.status = RunStep::Status::Done;
    if (!journalOk(m_journal.stepFinished(m_run.id, index, RunStep::Status::Done, elapsed)))
        return StepResult::Failed;
    report(RollbackProgress::Event::MigrationDone, index,
           Tr::tr("%1 rolled back; %2 rows of %3 written")
               .arg(step.version)
               .arg(written.value())
               .arg(m_workspace.history.table));
    return StepResult::Done;
}

} // namespace backstep
