#include "db/targetevidence.h"

#include "db/databasesession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace backstep {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TargetEvidence", text);
}

bool isSqlite(DatabaseSession &session)
{
    return session.spec().engine == ConnectionSpec::Engine::Sqlite;
}

// One query per kind of object, each for the whole schema at once, in a stable order.
// Nothing that changes without DDL (row estimates, sizes, times, AUTO_INCREMENT).
const QStringList &mysqlStructureQueries()
{
    static const QStringList queries{
        QStringLiteral("SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, CREATE_OPTIONS, "
                       "TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND "
                       "TABLE_NAME <> 'backstep_rollback_progress' ORDER BY TABLE_NAME"),
        QStringLiteral(
            "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, "
            "COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT, GENERATION_EXPRESSION, "
            "COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? "
            "ORDER BY TABLE_NAME, ORDINAL_POSITION"),
        QStringLiteral("SELECT TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE, "
                       "INDEX_TYPE, SUB_PART FROM information_schema.STATISTICS WHERE "
                       "TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX"),
        QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM "
                       "information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? "
                       "ORDER BY TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE"),
        QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME, UPDATE_RULE, "
                       "DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE "
                       "CONSTRAINT_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME"),
        QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION, COLUMN_NAME, "
                       "REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM "
                       "information_schema.KEY_COLUMN_USAGE WHERE CONSTRAINT_SCHEMA = ? "
                       "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION"),
        QStringLiteral("SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM "
                       "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? "
                       "ORDER BY CONSTRAINT_NAME, CHECK_CLAUSE"),
        QStringLiteral("SELECT TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, "
                       "ACTION_TIMING, ACTION_ORDER, ACTION_STATEMENT FROM "
                       "information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ? ORDER BY "
                       "TRIGGER_NAME"),
        QStringLiteral("SELECT ROUTINE_TYPE, ROUTINE_NAME, DTD_IDENTIFIER, ROUTINE_DEFINITION "
                       "FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ? ORDER BY "
                       "ROUTINE_TYPE, ROUTINE_NAME"),
        QStringLiteral("SELECT EVENT_NAME, EVENT_DEFINITION, STATUS, INTERVAL_VALUE, "
                       "INTERVAL_FIELD FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ? "
                       "ORDER BY EVENT_NAME"),
        QStringLiteral("SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE "
                       "TABLE_SCHEMA = ? ORDER BY TABLE_NAME"),
        QStringLiteral(
            "SELECT TABLE_NAME, PARTITION_NAME, SUBPARTITION_NAME, PARTITION_METHOD, "
            "PARTITION_EXPRESSION, PARTITION_DESCRIPTION FROM "
            "information_schema.PARTITIONS WHERE TABLE_SCHEMA = ? AND "
            "PARTITION_NAME IS NOT NULL ORDER BY TABLE_NAME, PARTITION_ORDINAL_POSITION, "
            "SUBPARTITION_ORDINAL_POSITION"),
    };
    return queries;
}

void addRows(QCryptographicHash &hash, QSqlQuery &query, int tag)
{
    hash.addData(QByteArray::number(tag));
    const int columns = query.record().count();
    while (query.next()) {
        for (int c = 0; c < columns; ++c) {
            const QVariant value = query.value(c);
            hash.addData(value.isNull() ? QByteArrayView("\x01N") : QByteArrayView("\x01V"));
            hash.addData(value.toString().toUtf8());
        }
        hash.addData(QByteArrayView("\x02"));
    }
}

} // namespace

QString TargetProgress::tableName()
{
    return QStringLiteral("backstep_rollback_progress");
}

Result<bool> TargetProgress::ensureTable(DatabaseSession &session)
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
        return Error{tr("cannot create %1 in the target database (Backstep's record of which "
                        "rollback statements were committed): %2")
                         .arg(tableName(), query.lastError().text())};
    return true;
}

Result<bool> TargetProgress::mark(DatabaseSession &session, const QString &runId, int step)
{
    // Sent as text, not prepared: a prepared statement costs MySQL three round trips, and
    // this runs once per data statement. Run ids are UUIDs, so the literal is safe.
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f-]{36}$"));
    if (!uuid.match(runId).hasMatch())
        return Error{tr("not a run id: %1").arg(runId)};
    QSqlQuery query(session.database());
    if (!query.exec(QStringLiteral("INSERT INTO backstep_rollback_progress (run_id, step) "
                                   "VALUES ('%1', %2)")
                        .arg(runId)
                        .arg(step)))
        return Error{tr("cannot record step %1 in %2: %3")
                         .arg(step)
                         .arg(tableName(), query.lastError().text())};
    return true;
}

Result<bool> TargetProgress::markAll(DatabaseSession &session, const QString &runId,
                                     const QList<int> &steps)
{
    if (steps.isEmpty())
        return true;
    if (steps.size() == 1)
        return mark(session, runId, steps.first());
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f-]{36}$"));
    if (!uuid.match(runId).hasMatch())
        return Error{tr("not a run id: %1").arg(runId)};
    QStringList rows;
    for (int step : steps)
        rows.append(QStringLiteral("('%1', %2)").arg(runId).arg(step));
    QSqlQuery query(session.database());
    if (!query.exec(
            QStringLiteral("INSERT INTO backstep_rollback_progress (run_id, step) VALUES ") +
            rows.join(QStringLiteral(", "))))
        return Error{tr("cannot record steps %1-%2 in %3: %4")
                         .arg(steps.first())
                         .arg(steps.last())
                         .arg(tableName(), query.lastError().text())};
    return true;
}

Result<bool> TargetProgress::contains(DatabaseSession &session, const QString &runId, int step)
{
    QSqlQuery query(session.database());
    query.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM backstep_rollback_progress WHERE run_id = ? AND step = ?"));
    query.addBindValue(runId);
    query.addBindValue(step);
    if (!query.exec() || !query.next())
        return Error{tr("cannot read %1: %2").arg(tableName(), query.lastError().text())};
    return query.value(0).toLongLong() > 0;
}

Result<QSet<int>> TargetProgress::settledSteps(DatabaseSession &session, const QString &runId)
{
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT step FROM backstep_rollback_progress WHERE run_id = ?"));
    query.addBindValue(runId);
    if (!query.exec())
        return Error{tr("cannot read %1: %2").arg(tableName(), query.lastError().text())};
    QSet<int> steps;
    while (query.next())
        steps.insert(query.value(0).toInt());
    return steps;
}

Result<QString> SchemaFingerprint::of(DatabaseSession &session)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    if (isSqlite(session)) {
        if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE "
                                       "name <> 'backstep_rollback_progress' ORDER BY type, name")))
            return Error{tr("cannot read the schema: %1").arg(query.lastError().text())};
        addRows(hash, query, 0);
        return QString::fromLatin1(hash.result().toHex());
    }
    int tag = 0;
    for (const QString &sql : mysqlStructureQueries()) {
        query.prepare(sql);
        query.addBindValue(session.spec().database);
        if (!query.exec())
            return Error{tr("cannot read the schema: %1").arg(query.lastError().text())};
        addRows(hash, query, tag++);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace backstep
