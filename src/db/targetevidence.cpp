#include "db/targetevidence.h"

#include "core/schemadiff.h"
#include "db/databasesession.h"
#include "db/schemareader.h"
#include "db/sql.h"

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

TargetProgress::TargetProgress(DatabaseSession &session, const QString &schema)
    : m_session(session)
    , m_schema(isSqlite(session) ? QString() : schema)
{}

QString TargetProgress::tableName()
{
    return QStringLiteral("backstep_rollback_progress");
}

QString TargetProgress::displayName() const
{
    return sql::QualifiedName{m_schema, tableName()}.display();
}

QString TargetProgress::quotedTable() const
{
    return sql::QualifiedName{m_schema, tableName()}.quoted(sql::dialectOf(m_session));
}

Result<void> TargetProgress::ensureTable()
{
    QSqlQuery query(m_session.database());
    const QString sql =
        isSqlite(m_session)
            ? QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (run_id TEXT NOT NULL, step INTEGER "
                             "NOT NULL, settled_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, "
                             "PRIMARY KEY (run_id, step))")
                  .arg(quotedTable())
            : QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (run_id VARCHAR(40) NOT NULL, step "
                             "INT NOT NULL, settled_at TIMESTAMP(6) NOT NULL DEFAULT "
                             "CURRENT_TIMESTAMP(6), PRIMARY KEY (run_id, step)) ENGINE=InnoDB "
                             "COMMENT='Backstep: statements of unfinished rollback runs "
                             "committed here; dropped when no run needs them'")
                  .arg(quotedTable());
    if (!query.exec(sql))
        return Error{Tr::tr("cannot create %1 (Backstep's record of which rollback statements "
                            "were committed): %2")
                         .arg(displayName(), query.lastError().text())};
    return {};
}

Result<void> TargetProgress::mark(const QString &runId, int step)
{
    return markAll(runId, {step});
}

Result<void> TargetProgress::markAll(const QString &runId, const QList<int> &steps)
{
    if (steps.isEmpty())
        return {};
    // Sent as text, not prepared: a prepared statement costs MySQL three round trips, and
    // this runs once per batch of data statements. Run ids are UUIDs, checked here, and
    // steps are numbers, so the literals are safe.
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f-]{36}$"));
    if (!uuid.match(runId).hasMatch())
        return Error{Tr::tr("not a run id: %1").arg(runId)};
    QStringList rows;
    for (int step : steps)
        rows.append(QStringLiteral("('%1', %2)").arg(runId).arg(step));
    QSqlQuery query(m_session.database());
    if (!query.exec(QStringLiteral("INSERT INTO %1 (run_id, step) VALUES ").arg(quotedTable()) +
                    rows.join(QStringLiteral(", "))))
        return Error{
            Tr::tr("cannot record step %1 in %2: %3")
                .arg(steps.size() == 1
                         ? QString::number(steps.first() + 1)
                         : QStringLiteral("%1-%2").arg(steps.first() + 1).arg(steps.last() + 1),
                     displayName(), query.lastError().text())};
    return {};
}

Result<bool> TargetProgress::exists()
{
    QSqlQuery query(m_session.database());
    if (isSqlite(m_session)) {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                     "AND name = ?"));
        query.addBindValue(tableName());
    } else {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE "
                                     "TABLE_SCHEMA = COALESCE(NULLIF(?, ''), DATABASE()) AND "
                                     "TABLE_NAME = ?"));
        query.addBindValue(m_schema.isNull() ? QStringLiteral("") : m_schema);
        query.addBindValue(tableName());
    }
    if (!query.exec() || !query.next())
        return sql::queryError(query, Tr::tr("cannot tell whether %1 exists").arg(displayName()));
    return query.value(0).toLongLong() > 0;
}

Result<QSet<int>> TargetProgress::settledSteps(const QString &runId)
{
    auto there = exists();
    if (!there)
        return there.failure();
    QSet<int> steps;
    if (!there.value())
        return steps;
    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT step FROM %1 WHERE run_id = ?").arg(quotedTable()));
    query.addBindValue(runId);
    if (!query.exec())
        return Error{Tr::tr("cannot read %1: %2").arg(displayName(), query.lastError().text())};
    while (query.next())
        steps.insert(query.value(0).toInt());
    return steps;
}

Result<bool> TargetProgress::release(const QStringList &runIds)
{
    auto there = exists();
    if (!there)
        return there.failure();
    if (!there.value())
        return true;
    QSqlQuery query(m_session.database());
    if (!runIds.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < runIds.size(); ++i)
            marks.append(QStringLiteral("?"));
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE run_id IN (%2)")
                          .arg(quotedTable(), marks.join(QStringLiteral(", "))));
        for (const QString &runId : runIds)
            query.addBindValue(runId);
        if (!query.exec())
            return sql::queryError(
                query, Tr::tr("cannot delete the finished runs' rows from %1").arg(displayName()));
    }
    // Backstep's own schema keeps its table: runs of other databases share it.
    if (!m_schema.isEmpty())
        return false;
    if (!query.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quotedTable())))
        return sql::queryError(query, Tr::tr("cannot read %1").arg(displayName()));
    if (query.next())
        return false; // another run (of another journal) still needs its rows
    if (!query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(quotedTable())))
        return sql::queryError(query, Tr::tr("cannot drop %1").arg(displayName()));
    return true;
}

Result<QHash<QString, TableEngines::Facts>> TableEngines::of(DatabaseSession &session,
                                                             const QStringList &tables)
{
    QHash<QString, Facts> facts;
    if (tables.isEmpty())
        return facts;
    if (isSqlite(session)) {
        for (const QString &table : tables)
            facts.insert(table, {QStringLiteral("SQLite"), true});
        return facts;
    }
    QList<sql::QualifiedName> names;
    QStringList conditions;
    for (const QString &table : tables) {
        names.append(sql::QualifiedName::parse(table, session.spec().database));
        conditions.append(QStringLiteral("(t.TABLE_SCHEMA = ? AND t.TABLE_NAME = ?)"));
    }
    QSqlQuery query(session.database());
    query.prepare(QStringLiteral("SELECT t.TABLE_SCHEMA, t.TABLE_NAME, COALESCE(t.ENGINE, ''), "
                                 "COALESCE(e.TRANSACTIONS, '') FROM information_schema.TABLES t "
                                 "LEFT JOIN information_schema.ENGINES e ON e.ENGINE = t.ENGINE "
                                 "WHERE ") +
                  conditions.join(QStringLiteral(" OR ")));
    for (const sql::QualifiedName &name : std::as_const(names)) {
        query.addBindValue(name.schema);
        query.addBindValue(name.name);
    }
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot read the tables' storage engines"));
    while (query.next()) {
        const QString schema = query.value(0).toString();
        const QString table = query.value(1).toString();
        const Facts fact{
            query.value(2).toString(),
            query.value(3).toString().compare(QLatin1StringView("YES"), Qt::CaseInsensitive) == 0};
        for (qsizetype i = 0; i < names.size(); ++i)
            if (names.at(i).schema.compare(schema, Qt::CaseInsensitive) == 0 &&
                names.at(i).name.compare(table, Qt::CaseInsensitive) == 0)
                facts.insert(tables.at(i), fact);
    }
    return facts;
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
