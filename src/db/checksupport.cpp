#include "db/checksupport.h"

#include "db/databasesession.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace backstep::checks {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)
};
} // namespace

QString cellText(const QVariant &value)
{
    return value.isNull() ? QStringLiteral("NULL") : value.toString();
}

VerificationCheck started(const QString &section, const QString &name, const QString &evidence)
{
    VerificationCheck check;
    check.section = section;
    check.name = name;
    check.evidence = evidence;
    return check;
}

void fail(VerificationCheck &check, Outcome outcome, const QString &detail)
{
    check.outcome = outcome;
    check.detail = detail;
}

Checker::Checker(DatabaseSession &session)
    : m_session(session)
    , m_sqlite(session.spec().engine == ConnectionSpec::Engine::Sqlite)
    , m_schema(m_sqlite ? QString() : session.spec().database)
{}

Result<Rows> Checker::select(const QString &statement, const QVariantList &binds, int limit)
{
    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    bool ok = false;
    if (binds.isEmpty()) {
        ok = query.exec(statement);
    } else {
        ok = query.prepare(statement);
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        ok = ok && query.exec();
    }
    if (!ok)
        return Error{query.lastError().text()};
    Rows rows;
    while ((limit < 0 || rows.size() < limit) && query.next()) {
        QVariantList row;
        for (int c = 0; c < query.record().count(); ++c)
            row.append(query.value(c));
        rows.append(row);
    }
    return rows;
}

TableName Checker::resolve(const QString &written) const
{
    const qsizetype dot = written.indexOf(u'.');
    if (m_sqlite || dot < 0)
        return {m_schema, written};
    return {written.left(dot), written.mid(dot + 1)};
}

QString Checker::countKey(const QString &written) const
{
    const TableName name = resolve(written);
    if (!m_sqlite && name.schema.compare(m_schema, Qt::CaseInsensitive) != 0)
        return written;
    return name.name;
}

Result<bool> Checker::tableExists(const TableName &name)
{
    const auto rows =
        m_sqlite ? select(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                         "name = ?"),
                          {name.name})
                 : select(QStringLiteral("SELECT 1 FROM information_schema.TABLES WHERE "
                                         "TABLE_SCHEMA = ? AND TABLE_NAME = ? AND TABLE_TYPE = "
                                         "'BASE TABLE'"),
                          {name.schema, name.name});
    if (!rows)
        return rows.failure();
    return !rows->isEmpty();
}

Result<bool> Checker::columnExists(const TableName &name, const QString &column)
{
    const auto rows =
        m_sqlite ? select(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"),
                          {name.name, column})
                 : select(QStringLiteral("SELECT 1 FROM information_schema.COLUMNS WHERE "
                                         "TABLE_SCHEMA = ? AND TABLE_NAME = ? AND "
                                         "COLUMN_NAME = ?"),
                          {name.schema, name.name, column});
    if (!rows)
        return rows.failure();
    return !rows->isEmpty();
}

QList<TableName> Checker::existingTables(const QStringList &touched, VerificationChecks &checks)
{
    QList<TableName> tables;
    QStringList seen;
    for (const QString &written : touched) {
        const TableName name = resolve(written);
        const QString key = name.schema + u'.' + name.name;
        if (seen.contains(key, Qt::CaseInsensitive))
            continue;
        seen.append(key);
        const auto exists = tableExists(name);
        if (!exists) {
            VerificationCheck check;
            check.section = dataSection;
            check.name = Tr::tr("table %1").arg(written);
            check.outcome = Outcome::Error;
            check.detail = Tr::tr("cannot tell whether %1 exists: %2").arg(written, exists.error());
            checks.append(check);
        } else if (exists.value()) {
            tables.append(name);
        }
    }
    return tables;
}

} // namespace backstep::checks
