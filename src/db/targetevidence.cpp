#include "db/targetevidence.h"

#include "core/schemadiff.h"
#include "db/databasesession.h"
#include "db/schemareader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TargetEvidence)
};

bool isSqlite(DatabaseSession &session)
{
    return session.spec().engine == ConnectionSpec::Engine::Sqlite;
}

} // namespace

QString TargetProgress::tableName()
{
    return QStringLiteral("backstep_rollback_progress");
}

Result<void> TargetProgress::ensureTable(DatabaseSession &session)
{
    QSqlQuery query(session.database());
    const QString sql =
        isSqlite(session)
            ? QStringLiteral("CREATE TABLE IF NOT EXISTS backstep_rollback_progress (run_id TEXT "
                             "NOT NULL, step INTEGER NOT NULL, settled_at TEXT NOT NULL DEFAULT "
                             "CURRENT_TIMESTAMP, PRIMARY KEY (run_id, step))")
            : QStringLiteral("CREATE TABLE IF NOT EXISTS backstep_rollback_progress (run_id "
                             "VARCHAR(40) NOT NULL, step INT NOT NULL, settled_at TIMESTAMP(6) "
                             "NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (run_id, step)) "
                             "ENGINE=InnoDB COMMENT='Backstep: statements of rollback runs "
                             "committed here'");
    if (!query.exec(sql))
        return Error{Tr::tr("cannot create %1 in the target database (Backstep's record of which "
                            "rollback statements were committed): %2")
                         .arg(tableName(), query.lastError().text())};
    return {};
}

Result<void> TargetProgress::mark(DatabaseSession &session, const QString &runId, int step)
{
    // Sent as text, not prepared: a prepared statement costs MySQL three round trips, and
    // this runs once per data statement. Run ids are UUIDs, so the literal is safe.
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f-]{36}$"));
    if (!uuid.match(runId).hasMatch())
        return Error{Tr::tr("not a run id: %1").arg(runId)};
    QSqlQuery query(session.database());
    if (!query.exec(QStringLiteral("INSERT INTO backstep_rollback_progress (run_id, step) "
                                   "VALUES ('%1', %2)")
                        .arg(runId)
                        .arg(step)))
        return Error{Tr::tr("cannot record step %1 in %2: %3")
                         .arg(step)
                         .arg(tableName(), query.lastError().text())};
    return {};
}

Result<void> TargetProgress::markAll(DatabaseSession &session, const QString &runId,
                                     const QList<int> &steps)
{
    if (steps.isEmpty())
        return {};
    if (steps.size() == 1)
        return mark(session, runId, steps.first());
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f-]{36}$"));
    if (!uuid.match(runId).hasMatch())
        return Error{Tr::tr("not a run id: %1").arg(runId)};
    QStringList rows;
    for (int step : steps)
        rows.append(QStringLiteral("('%1', %2)").arg(runId).arg(step));
    QSqlQuery query(session.database());
    if (!query.exec(
            QStringLiteral("INSERT INTO backstep_rollback_progress (run_id, step) VALUES ") +
            rows.join(QStringLiteral(", "))))
        return Error{Tr::tr("cannot record steps %1-%2 in %3: %4")
                         .arg(steps.first())
                         .arg(steps.last())
                         .arg(tableName(), query.lastError().text())};
    return {};
}

Result<bool> TargetProgress::contains(DatabaseSession &session, const QString &runId, int step)
{
    QSqlQuery query(session.database());
    query.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM backstep_rollback_progress WHERE run_id = ? AND step = ?"));
    query.addBindValue(runId);
    query.addBindValue(step);
    if (!query.exec() || !query.next())
        return Error{Tr::tr("cannot read %1: %2").arg(tableName(), query.lastError().text())};
    return query.value(0).toLongLong() > 0;
}

Result<QSet<int>> TargetProgress::settledSteps(DatabaseSession &session, const QString &runId)
{
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT step FROM backstep_rollback_progress WHERE run_id = ?"));
    query.addBindValue(runId);
    if (!query.exec())
        return Error{Tr::tr("cannot read %1: %2").arg(tableName(), query.lastError().text())};
    QSet<int> steps;
    while (query.next())
        steps.insert(query.value(0).toInt());
    return steps;
}

Result<QString> SchemaFingerprint::of(DatabaseSession &session)
{
    // The same reading as a verification's snapshot, less what changes without DDL.
    auto snapshot = SchemaReader::readStructure(session);
    if (!snapshot)
        return Error{Tr::tr("cannot read the schema: %1").arg(snapshot.error())};
    const QStringList &skipped = volatileAttributes();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SchemaObject &object : std::as_const(snapshot->objects)) {
        if (object.table == TargetProgress::tableName() ||
            object.name == TargetProgress::tableName())
            continue;
        hash.addData(object.key.toUtf8());
        for (auto it = object.attributes.cbegin(); it != object.attributes.cend(); ++it) {
            if (skipped.contains(it.key()))
                continue;
            hash.addData(QByteArrayView("\x01"));
            hash.addData(it.key().toUtf8());
            hash.addData(QByteArrayView("\x02"));
            hash.addData(it.value().toUtf8());
        }
        hash.addData(QByteArrayView("\x03"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace backstep
