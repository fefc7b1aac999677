#include "db/serveractivity.h"

#include "db/databasesession.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerActivity)
};

bool isSqlite(DatabaseSession &session)
{
    return session.spec().engine == ConnectionSpec::Engine::Sqlite;
}

// KILL takes a number and cannot be prepared: the id is an integer Backstep read from the
// server, so its decimal text is all that goes into the statement.
Result<void> kill(DatabaseSession &session, const QString &what, qint64 connectionId)
{
    if (isSqlite(session) || connectionId <= 0)
        return Error{Tr::tr("there is no server connection %1 to end").arg(connectionId)};
    QSqlQuery query(session.database());
    if (!query.exec(QStringLiteral("KILL %1 %2").arg(what, QString::number(connectionId))))
        return sql::queryError(query, Tr::tr("KILL %1 %2").arg(what).arg(connectionId));
    return {};
}

} // namespace

Result<ServerProcess> ServerActivity::process(DatabaseSession &session, qint64 connectionId)
{
    ServerProcess process;
    process.id = connectionId;
    if (isSqlite(session) || connectionId <= 0)
        return process;
    QSqlQuery query(session.database());
    query.prepare(QStringLiteral("SELECT USER, HOST, COMMAND, COALESCE(STATE, ''), TIME, "
                                 "COALESCE(INFO, '') FROM information_schema.PROCESSLIST WHERE "
                                 "ID = ?"));
    query.addBindValue(connectionId);
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot read the process list"));
    if (query.next()) {
        process.exists = true;
        process.user = query.value(0).toString();
        process.host = query.value(1).toString();
        process.command = query.value(2).toString();
        process.state = query.value(3).toString();
        process.seconds = query.value(4).toLongLong();
        process.statement = query.value(5).toString();
    }
    return process;
}

Result<QList<LockRisk>> ServerActivity::blockersOf(DatabaseSession &session, qint64 connectionId,
                                                   const QStringList &tables)
{
    QList<LockRisk> blockers;
    if (isSqlite(session))
        return blockers;
    // Row locks: who holds what the connection's transaction waits for. MySQL 8 moved this
    // to performance_schema; there the question finds nothing and the list below remains.
    QSqlQuery query(session.database());
    query.prepare(QStringLiteral(
        "SELECT b.trx_mysql_thread_id, COALESCE(p.USER, ''), COALESCE(p.HOST, ''), "
        "TIMESTAMPDIFF(SECOND, b.trx_started, NOW()), COALESCE(b.trx_query, p.INFO, '') "
        "FROM information_schema.INNODB_LOCK_WAITS w "
        "JOIN information_schema.INNODB_TRX r ON r.trx_id = w.requesting_trx_id "
        "JOIN information_schema.INNODB_TRX b ON b.trx_id = w.blocking_trx_id "
        "LEFT JOIN information_schema.PROCESSLIST p ON p.ID = b.trx_mysql_thread_id "
        "WHERE r.trx_mysql_thread_id = ?"));
    query.addBindValue(connectionId);
    if (query.exec()) {
        while (query.next()) {
            LockRisk risk;
            risk.kind = QStringLiteral("row lock");
            risk.connectionId = query.value(0).toLongLong();
            risk.user = query.value(1).toString();
            risk.host = query.value(2).toString();
            risk.seconds = query.value(3).toLongLong();
            risk.detail = query.value(4).toString().simplified();
            if (risk.detail.isEmpty())
                risk.detail = Tr::tr("holds a row lock in its open transaction; no statement "
                                     "running");
            blockers.append(risk);
        }
    }
    auto risks = ImpactInspector::lockRisks(session, tables);
    if (!risks)
        return risks.failure();
    for (const LockRisk &risk : std::as_const(risks.value())) {
        if (risk.connectionId == connectionId)
            continue;
        bool known = false;
        for (const LockRisk &found : std::as_const(blockers))
            known |= found.connectionId == risk.connectionId && risk.connectionId != 0;
        if (!known)
            blockers.append(risk);
    }
    return blockers;
}

Result<void> ServerActivity::killQuery(DatabaseSession &session, qint64 connectionId)
{
    return kill(session, QStringLiteral("QUERY"), connectionId);
}

Result<void> ServerActivity::killConnection(DatabaseSession &session, qint64 connectionId)
{
    return kill(session, QStringLiteral("CONNECTION"), connectionId);
}

} // namespace backstep
