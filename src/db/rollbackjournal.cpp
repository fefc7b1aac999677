#include "db/rollbackjournal.h"

#include "db/journal.h"
#include "db/journalrows.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RollbackJournal)
};

using journalrows::nowText;
using journalrows::text;
using journalrows::timeFrom;
using journalrows::timeText;

const QString runColumns = QStringLiteral(
    "id, database_url, database_name, engine, target, request, status, started_at, "
    "finished_at, backup_id, backup_override, operator, host, pid, connection_id, error, "
    "progress_schema, position_before, position_after");

RollbackRun runFrom(const QSqlQuery &query)
{
    RollbackRun run;
    run.id = query.value(0).toString();
    run.databaseUrl = query.value(1).toString();
    run.databaseName = query.value(2).toString();
    run.engine = query.value(3).toString();
    run.target = query.value(4).toString();
    run.request = query.value(5).toString();
    run.status = runStatusFromName(query.value(6).toString());
    run.startedAt = timeFrom(query.value(7));
    run.finishedAt = timeFrom(query.value(8));
    run.backupId = query.value(9).toLongLong();
    run.backupOverride = query.value(10).toBool();
    run.operatorName = query.value(11).toString();
    run.host = query.value(12).toString();
    run.pid = query.value(13).toLongLong();
    run.connectionId = query.value(14).toLongLong();
    run.error = query.value(15).toString();
    run.progressSchema = query.value(16).toString();
    run.positionBefore = ServerPosition::fromText(query.value(17).toString());
    run.positionAfter = ServerPosition::fromText(query.value(18).toString());
    return run;
}

} // namespace

QString runStepStatusName(RunStep::Status status)
{
    switch (status) {
    case RunStep::Status::Pending:
        return QStringLiteral("pending");
    case RunStep::Status::Running:
        return QStringLiteral("running");
    case RunStep::Status::Done:
        return QStringLiteral("done");
    case RunStep::Status::Failed:
        return QStringLiteral("failed");
    case RunStep::Status::Skipped:
        return QStringLiteral("skipped");
    case RunStep::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString runStepStatusLabel(RunStep::Status status)
{
    switch (status) {
    case RunStep::Status::Pending:
        return Tr::tr("pending");
    case RunStep::Status::Running:
        return Tr::tr("running");
    case RunStep::Status::Done:
        return Tr::tr("done");
    case RunStep::Status::Failed:
        return Tr::tr("failed");
    case RunStep::Status::Skipped:
        return Tr::tr("skipped");
    case RunStep::Status::Cancelled:
        return Tr::tr("cancelled");
    }
    return {};
}

RunStep::Status runStepStatusFromName(const QString &name)
{
    for (auto status : {RunStep::Status::Running, RunStep::Status::Done, RunStep::Status::Failed,
                        RunStep::Status::Skipped, RunStep::Status::Cancelled})
        if (runStepStatusName(status) == name)
            return status;
    return RunStep::Status::Pending;
}

QString runStepModeName(RunStep::Mode mode)
{
    switch (mode) {
    case RunStep::Mode::Unknown:
        return {};
    case RunStep::Mode::Batched:
        return QStringLiteral("batched");
    case RunStep::Mode::OwnTransaction:
        return QStringLiteral("own transaction");
    case RunStep::Mode::TransactionControl:
        return QStringLiteral("transaction control");
    case RunStep::Mode::Alone:
        return QStringLiteral("alone");
    case RunStep::Mode::Schema:
        return QStringLiteral("schema");
    case RunStep::Mode::Session:
        return QStringLiteral("session");
    case RunStep::Mode::History:
        return QStringLiteral("history");
    }
    return {};
}

RunStep::Mode runStepModeFromName(const QString &name)
{
    for (auto mode : {RunStep::Mode::Batched, RunStep::Mode::OwnTransaction,
                      RunStep::Mode::TransactionControl, RunStep::Mode::Alone,
                      RunStep::Mode::Schema, RunStep::Mode::Session, RunStep::Mode::History})
        if (runStepModeName(mode) == name)
            return mode;
    return RunStep::Mode::Unknown;
}

QString runStatusName(RollbackRun::Status status)
{
    switch (status) {
    case RollbackRun::Status::Running:
        return QStringLiteral("running");
    case RollbackRun::Status::Done:
        return QStringLiteral("done");
    case RollbackRun::Status::Failed:
        return QStringLiteral("failed");
    case RollbackRun::Status::Cancelled:
        return QStringLiteral("cancelled");
    case RollbackRun::Status::Interrupted:
        return QStringLiteral("interrupted");
    case RollbackRun::Status::Aborted:
        return QStringLiteral("aborted");
    case RollbackRun::Status::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

QString runStatusLabel(RollbackRun::Status status)
{
    switch (status) {
    case RollbackRun::Status::Running:
        return Tr::tr("running");
    case RollbackRun::Status::Done:
        return Tr::tr("done");
    case RollbackRun::Status::Failed:
        return Tr::tr("failed");
    case RollbackRun::Status::Cancelled:
        return Tr::tr("cancelled");
    case RollbackRun::Status::Interrupted:
        return Tr::tr("interrupted");
    case RollbackRun::Status::Aborted:
        return Tr::tr("aborted");
    case RollbackRun::Status::Resolved:
        return Tr::tr("resolved");
    }
    return {};
}

RollbackRun::Status runStatusFromName(const QString &name)
{
    for (auto status : {RollbackRun::Status::Done, RollbackRun::Status::Failed,
                        RollbackRun::Status::Cancelled, RollbackRun::Status::Interrupted,
                        RollbackRun::Status::Aborted, RollbackRun::Status::Resolved})
        if (runStatusName(status) == name)
            return status;
    return RollbackRun::Status::Running;
}

bool RollbackRun::open() const
{
    return status == Status::Running || status == Status::Failed || status == Status::Cancelled ||
           status == Status::Interrupted;
}

int RollbackRun::nextStep() const
{
    for (int i = 0; i < steps.size(); ++i)
        if (!steps[i].settled())
            return i;
    return int(steps.size());
}

int RollbackRun::settledCount() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(),
                             [](const RunStep &step) { return step.settled(); }));
}

Result<void> RollbackJournal::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_journal.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{Tr::tr("cannot write the rollback journal: %1").arg(query.lastError().text())};
    return {};
}

Result<void> RollbackJournal::create(const RollbackRun &run)
{
    sql::Transaction transaction(m_journal.database());
    if (auto begun = transaction.begin(); !begun)
        return begun.failure().prefixed(Tr::tr("cannot write the rollback journal"));
    auto written =
        exec(QStringLiteral("INSERT INTO rollback_runs (%1) VALUES "
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                 .arg(runColumns),
             {run.id, text(run.databaseUrl), text(run.databaseName), text(run.engine),
              text(run.target), text(run.request), runStatusName(run.status),
              timeText(run.startedAt), QVariant(QMetaType::fromType<QString>()),
              run.backupId ? QVariant(run.backupId) : QVariant(QMetaType::fromType<qint64>()),
              run.backupOverride ? 1 : 0, text(run.operatorName), text(run.host), run.pid,
              run.connectionId, text(run.error), text(run.progressSchema),
              text(run.positionBefore.toText()), text(run.positionAfter.toText())});
    for (const RunStep &step : run.steps) {
        if (!written)
            break;
        written =
            exec(QStringLiteral("INSERT INTO rollback_steps (run_id, idx, migration_version, "
                                "migration_name, migration_author, file, line, col, kind, sql, "
                                "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {run.id, step.index, text(step.version), text(step.name), text(step.author),
                  text(step.file), step.line, step.column, text(step.kind), text(step.sql),
                  runStepStatusName(step.status)});
    }
    if (!written)
        return written;
    if (auto committed = transaction.commit(); !committed)
        return committed.failure().prefixed(Tr::tr("cannot write the rollback journal"));
    return {};
}

Result<void> RollbackJournal::stepStarted(const QString &runId, int index, RunStep::Mode mode,
                                          const QString &fingerprint)
{
    return exec(QStringLiteral("UPDATE rollback_steps SET status = 'running', started_at = ?, "
                               "finished_at = NULL, error = NULL, fingerprint = ?, mode = ?, "
                               "attempts = attempts + 1 WHERE run_id = ? AND idx = ?"),
                {nowText(), text(fingerprint), runStepModeName(mode), runId, index});
}

Result<void> RollbackJournal::stepFinished(const QString &runId, int index, RunStep::Status status,
                                           qint64 durationMs, const QString &error)
{
    return exec(QStringLiteral("UPDATE rollback_steps SET status = ?, finished_at = ?, "
                               "duration_ms = ?, error = ? WHERE run_id = ? AND idx = ?"),
                {runStepStatusName(status), nowText(), durationMs, error, runId, index});
}

Result<void> RollbackJournal::settleStep(const QString &runId, int index, RunStep::Status status,
                                         const QString &why)
{
    return exec(QStringLiteral("UPDATE rollback_steps SET status = ?, finished_at = "
                               "COALESCE(finished_at, ?), error = ? WHERE run_id = ? AND idx = ?"),
                {runStepStatusName(status), nowText(), why, runId, index});
}

Result<void> RollbackJournal::setStatus(const QString &runId, RollbackRun::Status status,
                                        const QString &error)
{
    const bool finished = status == RollbackRun::Status::Done ||
                          status == RollbackRun::Status::Aborted ||
                          status == RollbackRun::Status::Resolved;
    // Only an open run changes: a run that is done, aborted or resolved stays so, whoever
    // writes (an aborted run must never come back as done).
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("UPDATE rollback_runs SET status = ?, error = ?, finished_at = ? "
                                 "WHERE id = ? AND status NOT IN ('done', 'aborted', 'resolved')"));
    query.addBindValue(runStatusName(status));
    query.addBindValue(text(error));
    query.addBindValue(finished ? QVariant(nowText()) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(runId);
    if (!query.exec())
        return Error{Tr::tr("cannot write the rollback journal: %1").arg(query.lastError().text())};
    if (query.numRowsAffected() > 0)
        return {};
    auto run = load(runId);
    if (!run)
        return run.failure();
    const std::optional<RollbackRun> &found = run.value();
    if (!found)
        return Error{Tr::tr("the journal %1 has no rollback run %2").arg(m_journal.path(), runId)};
    return Error{Tr::tr("run %1 is already %2; its status does not change any more")
                     .arg(runId, runStatusName(found->status))};
}

Result<void> RollbackJournal::noteStep(const QString &runId, int index, const QString &note)
{
    return exec(QStringLiteral("UPDATE rollback_steps SET error = ? WHERE run_id = ? AND idx = ?"),
                {note, runId, index});
}

Result<void> RollbackJournal::setExecutor(const QString &runId, qint64 pid, qint64 connectionId)
{
    return exec(QStringLiteral("UPDATE rollback_runs SET pid = ?, connection_id = ? WHERE id = ?"),
                {pid, connectionId, runId});
}

Result<void> RollbackJournal::setPositionAfter(const QString &runId, const ServerPosition &position)
{
    return exec(QStringLiteral("UPDATE rollback_runs SET position_after = ? WHERE id = ?"),
                {text(position.toText()), runId});
}

void RollbackJournal::setSyncedWrites(bool synced)
{
    if (synced == m_synced)
        return;
    QSqlQuery query(m_journal.database());
    if (query.exec(synced ? QStringLiteral("PRAGMA synchronous=FULL")
                          : QStringLiteral("PRAGMA synchronous=NORMAL")))
        m_synced = synced;
}

Result<std::optional<RollbackRun>> RollbackJournal::load(const QString &runId) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("SELECT %1 FROM rollback_runs WHERE id = ?").arg(runColumns));
    query.addBindValue(runId);
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot read run %1 from the journal").arg(runId));
    if (!query.next())
        return std::optional<RollbackRun>();
    RollbackRun run = runFrom(query);
    query.prepare(QStringLiteral(
        "SELECT idx, migration_version, migration_name, migration_author, file, line, col, "
        "kind, sql, status, started_at, finished_at, duration_ms, error, fingerprint, attempts, "
        "mode FROM rollback_steps WHERE run_id = ? ORDER BY idx"));
    query.addBindValue(runId);
    if (!query.exec())
        return sql::queryError(
            query, Tr::tr("cannot read the steps of run %1 from the journal").arg(runId));
    while (query.next()) {
        RunStep step;
        step.index = query.value(0).toInt();
        step.version = query.value(1).toString();
        step.name = query.value(2).toString();
        step.author = query.value(3).toString();
        step.file = query.value(4).toString();
        step.line = query.value(5).toInt();
        step.column = query.value(6).toInt();
        step.kind = query.value(7).toString();
        step.sql = query.value(8).toString();
        step.status = runStepStatusFromName(query.value(9).toString());
        step.startedAt = timeFrom(query.value(10));
        step.finishedAt = timeFrom(query.value(11));
        step.durationMs = query.value(12).toLongLong();
        step.error = query.value(13).toString();
        step.fingerprint = query.value(14).toString();
        step.attempts = query.value(15).toInt();
        step.mode = runStepModeFromName(query.value(16).toString());
        run.steps.append(step);
    }
    return std::optional(std::move(run));
}

Result<RollbackRun> RollbackJournal::get(const QString &runId) const
{
    return journalrows::requireRun(
        load(runId), Tr::tr("the journal %1 has no rollback run %2").arg(m_journal.path(), runId));
}

Result<QList<RollbackRun>> RollbackJournal::list(const QString &databaseUrl, int limit) const
{
    return journalrows::listRuns(m_journal, QStringLiteral("rollback_runs"), runColumns,
                                 databaseUrl, limit, runFrom,
                                 Tr::tr("cannot read the rollback runs from the journal"));
}

Result<QStringList> RollbackJournal::finishedRunIds(const QString &databaseUrl) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("SELECT id FROM rollback_runs WHERE database_url = ? AND status "
                                 "IN ('done', 'aborted', 'resolved')"));
    query.addBindValue(databaseUrl);
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot read the rollback runs from the journal"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

Result<QList<RollbackRun>> RollbackJournal::unfinished(const QString &databaseUrl) const
{
    return journalrows::openRuns(list(databaseUrl),
                                 [this](const QString &runId) { return get(runId); });
}

} // namespace backstep
