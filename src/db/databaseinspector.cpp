#include "db/databaseinspector.h"

#include "db/databasesession.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseInspector)
};

bool isSqlite(DatabaseSession &session)
{
    return session.spec().engine == ConnectionSpec::Engine::Sqlite;
}

Result<void> exec(DatabaseSession &session, const QString &sql)
{
    QSqlQuery query(session.database());
    if (!query.exec(sql))
        return Error{Tr::tr("%1: %2").arg(sql, query.lastError().text())};
    return {};
}

// MySQL caches information_schema's table statistics for a day
// (information_schema_stats_expiry): a table filled since would look empty, be counted in
// full however big it has grown, and the database's size be misjudged. The storage
// engine's own estimates, now, for this session. MariaDB keeps no such cache.
Result<void> freshStatistics(DatabaseSession &session)
{
    if (session.serverVersion().startsWith(QLatin1StringView("MariaDB")))
        return {};
    QSqlQuery query(session.database());
    if (!query.exec(QStringLiteral("SET SESSION information_schema_stats_expiry = 0")))
        return sql::queryError(query, Tr::tr("cannot ask for current table statistics"));
    return {};
}

} // namespace

namespace {
QString quoteIdentifier(const QString &name)
{
    return sql::quoteIdentifier(sql::Dialect::MySql, name);
}
} // namespace

Result<ServerFacts> DatabaseInspector::facts(DatabaseSession &session)
{
    ServerFacts facts;
    facts.serverVersion = session.serverVersion();
    QSqlQuery query(session.database());
    if (isSqlite(session)) {
        if (query.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), "
                                      "pragma_page_size()")) &&
            query.next())
            facts.estimatedBytes = query.value(0).toLongLong();
        return facts;
    }
    if (auto fresh = freshStatistics(session); !fresh)
        return fresh.failure();
    query.prepare(QStringLiteral("SELECT COALESCE(SUM(data_length + index_length), 0) FROM "
                                 "information_schema.TABLES WHERE table_schema = ?"));
    query.addBindValue(session.spec().database);
    if (!query.exec() || !query.next())
        return Error{
            Tr::tr("cannot estimate the database's size: %1").arg(query.lastError().text())};
    facts.estimatedBytes = query.value(0).toLongLong();
    facts.position = position(session);
    return facts;
}

ServerPosition DatabaseInspector::position(DatabaseSession &session)
{
    if (isSqlite(session))
        return {};
    const bool mariadb = session.serverVersion().startsWith(QLatin1StringView("MariaDB"));
    QSqlQuery query(session.database());
    ServerPosition position;
    if (!query.exec(mariadb ? QStringLiteral("SELECT @@gtid_current_pos")
                            : QStringLiteral("SELECT @@gtid_executed")) ||
        !query.next())
        return ServerPosition::unknown(
            Tr::tr("cannot read the GTID position: %1").arg(query.lastError().text()));
    position.gtid = query.value(0).toString().simplified();
    // No row: the binary log is off. MySQL 8.4 removed SHOW MASTER STATUS; MariaDB knows
    // SHOW BINLOG STATUS since 10.5. The older spelling only where the newer one is not
    // understood (error 1064): otherwise the reason given is the newer one's (MySQL 9.7
    // would answer a missing privilege with SHOW MASTER STATUS's syntax error).
    if (!query.exec(mariadb ? QStringLiteral("SHOW BINLOG STATUS")
                            : QStringLiteral("SHOW BINARY LOG STATUS"))) {
        const QSqlError newer = query.lastError();
        if (newer.nativeErrorCode() != u"1064" || !query.exec(QStringLiteral("SHOW MASTER STATUS")))
            return ServerPosition::unknown(Tr::tr("cannot read the binary log position: %1")
                                               .arg(newer.nativeErrorCode() == u"1064"
                                                        ? query.lastError().text()
                                                        : newer.text()));
    }
    if (query.next()) {
        position.binlogOn = true;
        position.binlogFile = query.value(0).toString();
        position.binlogPosition = query.value(1).toLongLong();
    }
    position.known = true;
    return position;
}

Result<void> DatabaseInspector::refuseReadOnly(DatabaseSession &session)
{
    if (isSqlite(session))
        return {};
    QSqlQuery query(session.database());
    if (!query.exec(QStringLiteral("SHOW GLOBAL VARIABLES WHERE Variable_name IN ('read_only', "
                                   "'super_read_only')")))
        return Error{Tr::tr("cannot read whether the server is read-only: %1")
                         .arg(query.lastError().text())};
    QStringList set;
    while (query.next()) {
        const QString value = query.value(1).toString();
        if (value.compare(QLatin1StringView("OFF"), Qt::CaseInsensitive) != 0 && value != u"0" &&
            !value.isEmpty())
            set.append(query.value(0).toString() + u'=' + value);
    }
    if (set.isEmpty())
        return {};
    return Error{
        Tr::tr("the server at %1 is read-only (%2): a replica or a server kept from "
               "writes. Nothing was run; roll back on the primary, or switch %3 off "
               "if this server really is the one to change")
            .arg(session.spec().endpoint(), set.join(QStringLiteral(", ")),
                 set.size() == 1 ? set.first().section(u'=', 0, 0) : QStringLiteral("read_only"))};
}

Result<QList<TableEstimate>> DatabaseInspector::baseTables(DatabaseSession &session,
                                                           const QString &schema)
{
    QSqlQuery query(session.database());
    if (isSqlite(session)) {
        query.prepare(QStringLiteral("SELECT name, 0 FROM sqlite_master WHERE type = 'table' AND "
                                     "name NOT LIKE 'sqlite_%' ORDER BY name"));
    } else {
        if (auto fresh = freshStatistics(session); !fresh)
            return fresh.failure();
        query.prepare(QStringLiteral("SELECT table_name, COALESCE(table_rows, 0) FROM "
                                     "information_schema.TABLES WHERE table_schema = ? AND "
                                     "table_type = 'BASE TABLE' ORDER BY 1"));
        query.addBindValue(schema);
    }
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot list the tables"));
    QList<TableEstimate> tables;
    while (query.next())
        tables.append({query.value(0).toString(), query.value(1).toLongLong()});
    return tables;
}

Result<qint64> DatabaseInspector::exactRowCount(DatabaseSession &session, const QString &schema,
                                                const QString &table)
{
    const QString qualified =
        sql::QualifiedName{isSqlite(session) ? QString() : schema, table}.quoted(
            sql::dialectOf(session));
    QSqlQuery query(session.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(qualified)) || !query.next())
        return sql::queryError(query, Tr::tr("cannot count the rows of %1").arg(table));
    return query.value(0).toLongLong();
}

Result<QMap<QString, qint64>> DatabaseInspector::tableRowCounts(DatabaseSession &session,
                                                                const QString &schema,
                                                                qint64 exactRowLimit,
                                                                const QStringList &only)
{
    auto tables = baseTables(session, schema);
    if (!tables)
        return tables.failure();
    const bool limited = exactRowLimit >= 0 && only.isEmpty() && !isSqlite(session);
    QMap<QString, qint64> counts;
    for (const TableEstimate &table : tables.value()) {
        if (!only.isEmpty() && !only.contains(table.name, Qt::CaseInsensitive))
            continue;
        if (limited && table.estimatedRows > exactRowLimit)
            continue;
        auto rows = exactRowCount(session, schema, table.name);
        if (!rows)
            return rows.failure();
        counts.insert(table.name, rows.value());
    }
    return counts;
}

Result<void> DatabaseInspector::createDatabase(DatabaseSession &session, const QString &name)
{
    return exec(session, QStringLiteral("CREATE DATABASE %1").arg(quoteIdentifier(name)));
}

Result<void> DatabaseInspector::createDatabase(DatabaseSession &session, const QString &name,
                                               const QString &characterSet,
                                               const QString &collation)
{
    QString sql = QStringLiteral("CREATE DATABASE %1").arg(quoteIdentifier(name));
    // Names as information_schema spells them: letters, digits and underscores only.
    const auto plain = [](const QString &text) {
        return std::all_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c.isLetterOrNumber() || c == u'_'; });
    };
    if (!characterSet.isEmpty() && plain(characterSet))
        sql += QStringLiteral(" CHARACTER SET ") + characterSet;
    if (!collation.isEmpty() && plain(collation))
        sql += QStringLiteral(" COLLATE ") + collation;
    return exec(session, sql);
}

Result<std::pair<QString, QString>> DatabaseInspector::defaultCollation(DatabaseSession &session,
                                                                        const QString &schema)
{
    QSqlQuery query(session.database());
    query.prepare(QStringLiteral("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM "
                                 "information_schema.SCHEMATA WHERE SCHEMA_NAME = ?"));
    query.addBindValue(schema);
    if (!query.exec())
        return Error{Tr::tr("cannot read the default collation of %1: %2")
                         .arg(schema, query.lastError().text())};
    if (!query.next())
        return Error{Tr::tr("there is no database %1").arg(schema)};
    return std::pair(query.value(0).toString(), query.value(1).toString());
}

Result<QString> DatabaseInspector::sqlMode(DatabaseSession &session)
{
    if (session.spec().engine == ConnectionSpec::Engine::Sqlite)
        return QString();
    QSqlQuery query(session.database());
    if (!query.exec(QStringLiteral("SELECT @@SESSION.sql_mode")) || !query.next())
        return Error{
            Tr::tr("cannot read the session's sql_mode: %1").arg(query.lastError().text())};
    return query.value(0).toString();
}

Result<void> DatabaseInspector::dropDatabase(DatabaseSession &session, const QString &name)
{
    return exec(session, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoteIdentifier(name)));
}

Result<void> DatabaseInspector::vacuumInto(DatabaseSession &session, const QString &path)
{
    QSqlQuery query(session.database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    if (!query.exec())
        return Error{Tr::tr("VACUUM INTO %1 failed: %2").arg(path, query.lastError().text())};
    return {};
}

QString DatabaseInspector::sqliteIntegrity(const QString &path)
{
    ConnectionSpec spec;
    spec.engine = ConnectionSpec::Engine::Sqlite;
    spec.sqlitePath = path;
    auto session = DatabaseSession::open(spec, {});
    if (!session)
        return session.error();
    QSqlQuery query(session.value()->database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return query.lastError().text();
    return query.value(0).toString();
}

} // namespace backstep
