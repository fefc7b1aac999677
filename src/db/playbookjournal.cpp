#include "db/playbookjournal.h"

#include "db/journal.h"
#include "db/journalrows.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookJournal)
};

using journalrows::nowText;
using journalrows::text;
using journalrows::timeFrom;
using journalrows::timeText;
using journalrows::timeValue;

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QString runColumns =
    QStringLiteral("id, profile, database_url, database_name, target, target_option, "
                   "backup_kind, status, started_at, finished_at, operator, host, pid, server, "
                   "connection, error");

PlaybookRun runFrom(const QSqlQuery &query)
{
    PlaybookRun run;
    run.id = query.value(0).toString();
    run.profile = query.value(1).toString();
    run.databaseUrl = query.value(2).toString();
    run.databaseName = query.value(3).toString();
    run.target = query.value(4).toString();
    run.targetOption = query.value(5).toString();
    if (auto kind = playbookBackupKindFromName(query.value(6).toString()))
        run.backupKind = kind.value();
    run.status = playbookRunStatusFromName(query.value(7).toString());
    run.startedAt = timeFrom(query.value(8));
    run.finishedAt = timeFrom(query.value(9));
    run.operatorName = query.value(10).toString();
    run.host = query.value(11).toString();
    run.pid = query.value(12).toLongLong();
    run.server = query.value(13).toString();
    run.connection = query.value(14).toString();
    run.error = query.value(15).toString();
    return run;
}

} // namespace

Result<void> PlaybookJournal::create(const PlaybookRun &run)
{
    sql::Transaction transaction(m_journal.database());
    if (auto begun = transaction.begin(); !begun)
        return begun.failure().prefixed(Tr::tr("cannot write the playbook journal"));
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("INSERT INTO playbook_runs (%1) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(runColumns));
    for (const QVariant &value : QVariantList{
             run.id, text(run.profile), text(run.databaseUrl), text(run.databaseName),
             text(run.target), text(run.targetOption), playbookBackupKindName(run.backupKind),
             playbookRunStatusName(run.status),
             timeText(run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc()),
             timeValue(run.finishedAt), text(run.operatorName), text(run.host), run.pid,
             text(run.server), text(run.connection), text(run.error)})
        query.addBindValue(value);
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot write playbook run %1").arg(run.id));
    for (int i = 0; i < run.steps.size(); ++i) {
        const PlaybookStep &step = run.steps[i];
        query.prepare(QStringLiteral(
            "INSERT INTO playbook_steps (run_id, idx, step, status, started_at, finished_at, "
            "attempts, skip_reason, skip_note, error, summary, evidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : QVariantList{
                 run.id, i, playbookStepKindName(step.kind), playbookStepStatusName(step.status),
                 timeValue(step.startedAt), timeValue(step.finishedAt), step.attempts,
                 playbookSkipReasonName(step.skipReason), text(step.skipNote), text(step.error),
                 text(step.summary), jsonText(step.evidence)})
            query.addBindValue(value);
        if (!query.exec())
            return sql::queryError(
                query, Tr::tr("cannot write step %1 of playbook run %2").arg(i + 1).arg(run.id));
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.failure().prefixed(Tr::tr("cannot write the playbook journal"));
    return {};
}

Result<void> PlaybookJournal::update(const QString &sql, const QVariantList &values,
                                     const QString &runId, int index,
                                     const std::function<QString(const QString &)> &refusal)
{
    QSqlQuery query(m_journal.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot write playbook run %1").arg(runId));
    if (query.numRowsAffected() > 0)
        return {};
    auto run = load(runId);
    if (!run)
        return run.failure();
    const std::optional<PlaybookRun> &maybe = run.value();
    if (!maybe)
        return Error{Tr::tr("the journal %1 has no playbook run %2").arg(m_journal.path(), runId)};
    const PlaybookRun &found = *maybe;
    if (index < 0)
        return Error{refusal(playbookRunStatusName(found.status))};
    if (index >= found.steps.size())
        return Error{Tr::tr("playbook run %1 has no step %2").arg(runId).arg(index + 1)};
    if (!found.open())
        return Error{Tr::tr("playbook run %1 is %2: no step changes any more")
                         .arg(runId, playbookRunStatusName(found.status))};
    return Error{refusal(playbookStepStatusName(found.steps[index].status))};
}

Result<void> PlaybookJournal::stepStarted(const QString &runId, int index)
{
    return update(
        QStringLiteral("UPDATE playbook_steps SET status = 'running', started_at = ?, "
                       "finished_at = NULL, error = '', attempts = attempts + 1 "
                       "WHERE run_id = ? AND idx = ? AND status NOT IN ('done', 'skipped') "
                       "AND (SELECT status FROM playbook_runs WHERE id = ?) IN "
                       "('running', 'failed', 'cancelled')"),
        {nowText(), runId, index, runId}, runId, index, [&](const QString &state) {
            return Tr::tr("step %1 of playbook run %2 is already %3; it never runs twice")
                .arg(QString::number(index + 1), runId, state);
        });
}

Result<void> PlaybookJournal::noteEvidence(const QString &runId, int index,
                                           const QJsonObject &evidence)
{
    return update(
        QStringLiteral("UPDATE playbook_steps SET evidence = ? WHERE run_id = ? AND "
                       "idx = ? AND status = 'running'"),
        {jsonText(evidence), runId, index}, runId, index, [&](const QString &state) {
            return Tr::tr("step %1 of playbook run %2 is %3, not running: its evidence is kept "
                          "as it was")
                .arg(QString::number(index + 1), runId, state);
        });
}

Result<void> PlaybookJournal::stepFinished(const QString &runId, int index,
                                           PlaybookStep::Status status, const QString &summary,
                                           const QJsonObject &evidence, const QString &error)
{
    return update(QStringLiteral("UPDATE playbook_steps SET status = ?, finished_at = ?, "
                                 "summary = ?, evidence = ?, error = ? WHERE run_id = ? AND "
                                 "idx = ? AND status = 'running'"),
                  {playbookStepStatusName(status), nowText(), text(summary), jsonText(evidence),
                   text(error), runId, index},
                  runId, index, [&](const QString &state) {
                      return Tr::tr(
                                 "step %1 of playbook run %2 is %3, not running: it cannot finish")
                          .arg(QString::number(index + 1), runId, state);
                  });
}

Result<void> PlaybookJournal::stepSkipped(const QString &runId, int index,
                                          PlaybookSkipReason reason, const QString &note)
{
    return update(QStringLiteral("UPDATE playbook_steps SET status = 'skipped', finished_at = ?, "
                                 "skip_reason = ?, skip_note = ? WHERE run_id = ? AND idx = ? "
                                 "AND status NOT IN ('done', 'skipped')"),
                  {nowText(), playbookSkipReasonName(reason), text(note), runId, index}, runId,
                  index, [&](const QString &state) {
                      return Tr::tr(
                                 "step %1 of playbook run %2 is already %3: it cannot be skipped")
                          .arg(QString::number(index + 1), runId, state);
                  });
}

Result<void> PlaybookJournal::setStatus(const QString &runId, PlaybookRun::Status status,
                                        const QString &error)
{
    const bool finished =
        status == PlaybookRun::Status::Done || status == PlaybookRun::Status::Aborted;
    return update(QStringLiteral("UPDATE playbook_runs SET status = ?, error = ?, finished_at = ? "
                                 "WHERE id = ? AND status NOT IN ('done', 'aborted')"),
                  {playbookRunStatusName(status), text(error),
                   finished ? QVariant(nowText()) : QVariant(QMetaType::fromType<QString>()),
                   runId},
                  runId, -1, [&](const QString &state) {
                      return Tr::tr("playbook run %1 is already %2; its status does not change "
                                    "any more")
                          .arg(runId, state);
                  });
}

Result<void> PlaybookJournal::setExecutor(const QString &runId, qint64 pid)
{
    return update(QStringLiteral("UPDATE playbook_runs SET pid = ? WHERE id = ?"), {pid, runId},
                  runId, -1, [&](const QString &state) {
                      return Tr::tr("playbook run %1 (%2) was not changed").arg(runId, state);
                  });
}

Result<void> PlaybookJournal::storeReport(const QString &runId, const QString &format,
                                          const QByteArray &body)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO playbook_reports (run_id, format, "
                                 "generated_at, body) VALUES (?, ?, ?, ?)"));
    query.addBindValue(runId);
    query.addBindValue(format);
    query.addBindValue(nowText());
    query.addBindValue(body);
    if (!query.exec())
        return sql::queryError(
            query, Tr::tr("cannot store the %1 report of playbook run %2").arg(format, runId));
    return {};
}

Result<std::optional<QByteArray>> PlaybookJournal::report(const QString &runId,
                                                          const QString &format) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(
        QStringLiteral("SELECT body FROM playbook_reports WHERE run_id = ? AND format = ?"));
    query.addBindValue(runId);
    query.addBindValue(format);
    if (!query.exec())
        return sql::queryError(
            query, Tr::tr("cannot read the %1 report of playbook run %2").arg(format, runId));
    if (!query.next())
        return std::optional<QByteArray>();
    return std::optional(query.value(0).toByteArray());
}

Result<std::optional<PlaybookRun>> PlaybookJournal::load(const QString &runId) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("SELECT %1 FROM playbook_runs WHERE id = ?").arg(runColumns));
    query.addBindValue(runId);
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot read playbook run %1").arg(runId));
    if (!query.next())
        return std::optional<PlaybookRun>();
    PlaybookRun run = runFrom(query);
    query.prepare(QStringLiteral(
        "SELECT step, status, started_at, finished_at, attempts, skip_reason, skip_note, error, "
        "summary, evidence FROM playbook_steps WHERE run_id = ? ORDER BY idx"));
    query.addBindValue(runId);
    if (!query.exec())
        return sql::queryError(query,
                               Tr::tr("cannot read the steps of playbook run %1").arg(runId));
    while (query.next()) {
        PlaybookStep step;
        auto kind = playbookStepKindFromName(query.value(0).toString());
        if (!kind)
            return kind.failure().prefixed(
                Tr::tr("cannot read the steps of playbook run %1").arg(runId));
        step.kind = kind.value();
        step.status = playbookStepStatusFromName(query.value(1).toString());
        step.startedAt = timeFrom(query.value(2));
        step.finishedAt = timeFrom(query.value(3));
        step.attempts = query.value(4).toInt();
        step.skipReason = playbookSkipReasonFromName(query.value(5).toString());
        step.skipNote = query.value(6).toString();
        step.error = query.value(7).toString();
        step.summary = query.value(8).toString();
        step.evidence = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
        run.steps.append(step);
    }
    return std::optional(std::move(run));
}

Result<PlaybookRun> PlaybookJournal::get(const QString &runId) const
{
    return journalrows::requireRun(
        load(runId), Tr::tr("the journal %1 has no playbook run %2").arg(m_journal.path(), runId));
}

Result<QList<PlaybookRun>> PlaybookJournal::list(const QString &databaseUrl, int limit) const
{
    return journalrows::listRuns(m_journal, QStringLiteral("playbook_runs"), runColumns,
                                 databaseUrl, limit, runFrom,
                                 Tr::tr("cannot read the playbook runs"));
}

Result<QList<PlaybookRun>> PlaybookJournal::unfinished(const QString &databaseUrl) const
{
    return journalrows::openRuns(list(databaseUrl),
                                 [this](const QString &runId) { return get(runId); });
}

} // namespace backstep
