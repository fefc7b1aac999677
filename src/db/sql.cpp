#include "db/sql.h"

#include "db/databasesession.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace backstep::sql {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
};
} // namespace

Dialect dialectOf(const ConnectionSpec &spec)
{
    return spec.engine == ConnectionSpec::Engine::Sqlite ? Dialect::Sqlite : Dialect::MySql;
}

Dialect dialectOf(DatabaseSession &session)
{
    return dialectOf(session.spec());
}

Dialect dialectOf(const QSqlDatabase &database)
{
    return database.driverName() == u"QSQLITE" ? Dialect::Sqlite : Dialect::MySql;
}

QString quoteIdentifier(Dialect dialect, const QString &name)
{
    const QChar quote = dialect == Dialect::MySql ? u'`' : u'"';
    QString quoted = name;
    quoted.replace(quote, QString(2, quote));
    return quote + quoted + quote;
}

QualifiedName QualifiedName::parse(const QString &text, const QString &defaultSchema)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot > 0 && dot + 1 < text.size())
        return {text.left(dot), text.mid(dot + 1)};
    return {defaultSchema, text};
}

QString QualifiedName::quoted(Dialect dialect) const
{
    if (schema.isEmpty())
        return quoteIdentifier(dialect, name);
    return quoteIdentifier(dialect, schema) + u'.' + quoteIdentifier(dialect, name);
}

QString QualifiedName::display() const
{
    return schema.isEmpty() ? name : schema + u'.' + name;
}

Result<QStringList> tableNames(QSqlDatabase &database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    const bool sqlite = dialectOf(database) == Dialect::Sqlite;
    const QString text =
        sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
               : QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE "
                                "TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' "
                                "ORDER BY TABLE_NAME");
    if (!query.exec(text))
        return queryError(query, Tr::tr("cannot list the tables"));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<QStringList> columnNames(QSqlDatabase &database, const QString &table)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    const bool sqlite = dialectOf(database) == Dialect::Sqlite;
    query.prepare(sqlite ? QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid")
                         : QStringLiteral("SELECT COLUMN_NAME FROM information_schema.COLUMNS "
                                          "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? "
                                          "ORDER BY ORDINAL_POSITION"));
    query.addBindValue(table);
    if (!query.exec())
        return queryError(query, Tr::tr("cannot read the columns of %1").arg(table));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Error queryError(const QSqlQuery &query, const QString &what)
{
    const QString statement = query.lastQuery().simplified();
    const QString reason = query.lastError().text();
    if (statement.isEmpty())
        return Error{Tr::tr("%1: %2").arg(what, reason)};
    return Error{Tr::tr("%1 (%2): %3").arg(what, statement, reason)};
}

Transaction::Transaction(QSqlDatabase &database, Mode mode)
    : m_database(database)
    , m_mode(mode)
{}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin()
{
    if (m_open)
        return {};
    if (m_mode == Mode::Immediate) {
        QSqlQuery begin(m_database);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return queryError(begin, Tr::tr("cannot begin a transaction"));
    } else if (!m_database.transaction()) {
        return Error{Tr::tr("cannot begin a transaction: %1").arg(m_database.lastError().text())};
    }
    m_open = true;
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return Error{Tr::tr("cannot commit: no transaction is open")};
    m_open = false;
    if (!m_database.commit()) {
        const QString reason = m_database.lastError().text();
        m_database.rollback();
        return Error{Tr::tr("cannot commit: %1").arg(reason)};
    }
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_database.rollback();
}

} // namespace backstep::sql
