#include "db/impactinspector.h"

#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImpactInspector)
};

bool isSqlite(DatabaseSession &session)
{
    return session.spec().engine == ConnectionSpec::Engine::Sqlite;
}

using sql::QualifiedName;

// "schema.table" or a table of the session's database ("main" on SQLite).
QualifiedName qualify(DatabaseSession &session, const QString &name)
{
    return QualifiedName::parse(name, isSqlite(session) ? QStringLiteral("main")
                                                        : session.spec().database);
}

QString sqliteQuote(const QString &name)
{
    return sql::quoteIdentifier(sql::Dialect::Sqlite, name);
}

QString mysqlQualified(const QString &schema, const QString &table)
{
    return QualifiedName{schema, table}.quoted(sql::Dialect::MySql);
}

// One row of information_schema.TABLES.
struct TableRow
{
    QString schema;
    QString table;
    QString type;
    QString engine;
    qint64 estimatedRows = 0;
    qint64 dataBytes = 0;
    qint64 indexBytes = 0;
};

// The row a name means: the exact spelling first, then one that differs only in case
// (information_schema compares case-insensitively; lower_case_table_names decides which
// one the server would use, and an exact match is the safe guess).
const TableRow *findTable(const QList<TableRow> &rows, const QualifiedName &name)
{
    for (const TableRow &row : rows)
        if (row.schema == name.schema && row.table == name.name)
            return &row;
    for (const TableRow &row : rows)
        if (row.schema.compare(name.schema, Qt::CaseInsensitive) == 0 &&
            row.table.compare(name.name, Qt::CaseInsensitive) == 0)
            return &row;
    return nullptr;
}

Result<QList<TableRow>> mysqlTableRows(DatabaseSession &session, const QList<QualifiedName> &names)
{
    QStringList conditions;
    for (qsizetype i = 0; i < names.size(); ++i)
        conditions.append(QStringLiteral("(table_schema = ? AND table_name = ?)"));
    QSqlQuery query(session.database());
    query.prepare(QStringLiteral("SELECT table_schema, table_name, table_type, engine, "
                                 "table_rows, data_length, index_length "
                                 "FROM information_schema.TABLES WHERE ") +
                  conditions.join(QStringLiteral(" OR ")));
    for (const QualifiedName &name : names) {
        query.addBindValue(name.schema);
        query.addBindValue(name.name);
    }
    if (!query.exec())
        return Error{
            Tr::tr("cannot read information_schema.TABLES: %1").arg(query.lastError().text())};
    QList<TableRow> rows;
    while (query.next()) {
        TableRow row;
        row.schema = query.value(0).toString();
        row.table = query.value(1).toString();
        row.type = query.value(2).toString();
        row.engine = query.value(3).toString();
        row.estimatedRows = query.value(4).toLongLong();
        row.dataBytes = query.value(5).toLongLong();
        row.indexBytes = query.value(6).toLongLong();
        rows.append(row);
    }
    return rows;
}

Result<qint64> countRows(DatabaseSession &session, const QString &qualified)
{
    QSqlQuery query(session.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + qualified) || !query.next())
        return Error{
            Tr::tr("cannot count the rows of %1: %2").arg(qualified, query.lastError().text())};
    return query.value(0).toLongLong();
}

qint64 sqliteBytes(DatabaseSession &session, const QString &sql, const QualifiedName &name)
{
    // dbstat exists only where SQLite was built with SQLITE_ENABLE_DBSTAT_VTAB: 0 otherwise.
    QSqlQuery query(session.database());
    query.prepare(sql);
    query.addBindValue(name.name);
    query.addBindValue(name.schema);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

Result<QList<TableFacts>> sqliteTableFacts(DatabaseSession &session, const QStringList &tables)
{
    QList<TableFacts> facts;
    for (const QString &table : tables) {
        TableFacts fact;
        fact.table = table;
        const QualifiedName name = qualify(session, table);
        QSqlQuery query(session.database());
        query.prepare(QStringLiteral("SELECT type, name FROM %1.sqlite_master WHERE type IN "
                                     "('table', 'view') AND name = ? COLLATE NOCASE")
                          .arg(sqliteQuote(name.schema)));
        query.addBindValue(name.name);
        if (!query.exec())
            return Error{Tr::tr("cannot read the tables of %1: %2")
                             .arg(name.schema, query.lastError().text())};
        if (query.next()) {
            fact.exists = true;
            const QString actual = query.value(1).toString();
            if (query.value(0).toString() == u"table") {
                fact.engine = QStringLiteral("SQLite");
                auto rows =
                    countRows(session, sqliteQuote(name.schema) + u'.' + sqliteQuote(actual));
                if (!rows)
                    return rows.failure();
                fact.rows = rows.value();
                const QualifiedName exact{name.schema, actual};
                fact.dataBytes = sqliteBytes(session,
                                             QStringLiteral("SELECT COALESCE(SUM(pgsize), 0) "
                                                            "FROM dbstat WHERE name = ? AND "
                                                            "schema = ?"),
                                             exact);
                fact.indexBytes = sqliteBytes(
                    session,
                    QStringLiteral("SELECT COALESCE(SUM(d.pgsize), 0) FROM dbstat d JOIN "
                                   "%1.sqlite_master m ON m.name = d.name WHERE m.type = "
                                   "'index' AND m.tbl_name = ? AND d.schema = ?")
                        .arg(sqliteQuote(name.schema)),
                    exact);
            }
        }
        facts.append(fact);
    }
    return facts;
}

Result<QList<ColumnFacts>> sqliteColumnFacts(DatabaseSession &session,
                                             const QList<QPair<QString, QString>> &columns)
{
    QList<ColumnFacts> facts;
    for (const auto &[table, column] : columns) {
        ColumnFacts fact;
        fact.table = table;
        fact.column = column;
        const QualifiedName name = qualify(session, table);
        QSqlQuery query(session.database());
        query.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?, ?) WHERE name "
                                     "= ? COLLATE NOCASE"));
        query.addBindValue(name.name);
        query.addBindValue(name.schema);
        query.addBindValue(column);
        if (!query.exec())
            return Error{
                Tr::tr("cannot read the columns of %1: %2").arg(table, query.lastError().text())};
        if (query.next()) {
            fact.exists = true;
            fact.type = query.value(1).toString();
            const QString count = QStringLiteral("SELECT COUNT(%1) FROM %2.%3")
                                      .arg(sqliteQuote(query.value(0).toString()),
                                           sqliteQuote(name.schema), sqliteQuote(name.name));
            if (!query.exec(count) || !query.next())
                return Error{Tr::tr("cannot count the values of %1.%2: %3")
                                 .arg(table, column, query.lastError().text())};
            fact.nonNullRows = query.value(0).toLongLong();
        }
        facts.append(fact);
    }
    return facts;
}

// PROCESSLIST row of another connection.
struct Connection
{
    qint64 id = 0;
    QString user;
    QString host;
    QString command;
    qint64 seconds = 0;
    QString info;
};

// A statement as one line, short enough for a table cell.
QString oneLine(const QString &sql)
{
    QString line = sql.simplified();
    if (line.size() > 300)
        line = line.left(299) + u'…';
    return line;
}

// Matches a statement that names the table as a word, quoted or not: enough to tell which
// running statements will queue the plan (or be queued behind it).
QRegularExpression namingPattern(const QString &table)
{
    return QRegularExpression(
        QStringLiteral("(?<![\\w$])`?%1`?(?![\\w$])").arg(QRegularExpression::escape(table)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// Backup-lock modes that block DDL and writes: FLUSH TABLES WITH READ LOCK and the
// BACKUP STAGE steps from FLUSH on. Every DML statement holds a harmless
// MDL_BACKUP_DML/TRANS_DML too, which must not be reported.
bool isBlockingBackupLock(const QString &mode)
{
    static const QStringList blocking{
        QStringLiteral("MDL_BACKUP_FTWRL1"),      QStringLiteral("MDL_BACKUP_FTWRL2"),
        QStringLiteral("MDL_BACKUP_WAIT_FLUSH"),  QStringLiteral("MDL_BACKUP_WAIT_DDL"),
        QStringLiteral("MDL_BACKUP_WAIT_COMMIT"), QStringLiteral("MDL_BACKUP_BLOCK_DDL")};
    return blocking.contains(mode);
}

// A metadata lock another connection holds.
struct MetadataLock
{
    qint64 connectionId = 0;
    QString mode;
    QString type;
    QString table; // as the caller named it; empty for a global lock
};

Result<QHash<qint64, Connection>> otherConnections(DatabaseSession &session)
{
    QSqlQuery query(session.database());
    if (!query.exec(QStringLiteral("SELECT ID, USER, HOST, COMMAND, TIME, INFO FROM "
                                   "information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID()")))
        return Error{Tr::tr("cannot read the process list: %1").arg(query.lastError().text())};
    QHash<qint64, Connection> connections;
    while (query.next()) {
        Connection connection;
        connection.id = query.value(0).toLongLong();
        connection.user = query.value(1).toString();
        connection.host = query.value(2).toString();
        connection.command = query.value(3).toString();
        connection.seconds = query.value(4).toLongLong();
        connection.info = query.value(5).toString();
        connections.insert(connection.id, connection);
    }
    return connections;
}

bool isMySql(DatabaseSession &session)
{
    return !isSqlite(session) && session.serverVersion().startsWith(QLatin1StringView("MySQL"));
}

// MariaDB's METADATA_LOCK_INFO plugin, or MySQL's performance_schema.metadata_locks in
// the plugin's shape: "MDL_" + the lock type, and the plugin's names for a table's lock
// and the global read lock (FLUSH TABLES WITH READ LOCK) so that both read alike below.
QString metadataLocksQuery(DatabaseSession &session)
{
    if (isMySql(session))
        return QStringLiteral(
            "SELECT t.PROCESSLIST_ID, CONCAT('MDL_', m.LOCK_TYPE), CASE WHEN m.OBJECT_TYPE = "
            "'TABLE' THEN 'Table metadata lock' WHEN m.OBJECT_TYPE = 'GLOBAL' AND m.LOCK_TYPE = "
            "'SHARED' THEN 'Global read lock' ELSE m.OBJECT_TYPE END, m.OBJECT_SCHEMA, "
            "m.OBJECT_NAME FROM performance_schema.metadata_locks m JOIN "
            "performance_schema.threads t ON t.THREAD_ID = m.OWNER_THREAD_ID WHERE "
            "m.LOCK_STATUS = 'GRANTED' AND t.PROCESSLIST_ID <> CONNECTION_ID()");
    return QStringLiteral("SELECT THREAD_ID, LOCK_MODE, LOCK_TYPE, TABLE_SCHEMA, TABLE_NAME FROM "
                          "information_schema.METADATA_LOCK_INFO WHERE THREAD_ID <> "
                          "CONNECTION_ID()");
}

Result<QList<MetadataLock>> metadataLocks(DatabaseSession &session, const QStringList &tables)
{
    QSqlQuery query(session.database());
    if (!query.exec(metadataLocksQuery(session)))
        return Error{Tr::tr("cannot read the metadata locks (%1): %2")
                         .arg(isMySql(session)
                                  ? QStringLiteral("performance_schema.metadata_locks")
                                  : QStringLiteral("information_schema.METADATA_LOCK_INFO"),
                              query.lastError().text())};
    QList<MetadataLock> locks;
    while (query.next()) {
        MetadataLock lock;
        lock.connectionId = query.value(0).toLongLong();
        lock.mode = query.value(1).toString();
        lock.type = query.value(2).toString();
        const QString schema = query.value(3).toString();
        const QString table = query.value(4).toString();
        if (lock.type == u"Global read lock" || isBlockingBackupLock(lock.mode)) {
            locks.append(lock);
            continue;
        }
        if (lock.type != u"Table metadata lock")
            continue;
        for (const QString &wanted : tables) {
            const QualifiedName name = qualify(session, wanted);
            if (name.schema.compare(schema, Qt::CaseInsensitive) == 0 &&
                name.name.compare(table, Qt::CaseInsensitive) == 0) {
                lock.table = wanted;
                locks.append(lock);
            }
        }
    }
    return locks;
}

class LockRiskList
{
public:
    void add(LockRisk risk)
    {
        // One risk per connection and table: the first found (the transaction) says most.
        for (const LockRisk &known : std::as_const(m_risks))
            if (known.connectionId == risk.connectionId && known.table == risk.table &&
                risk.connectionId != 0)
                return;
        m_risks.append(std::move(risk));
    }
    QList<LockRisk> take() { return std::move(m_risks); }

private:
    QList<LockRisk> m_risks;
};

LockRisk riskOf(const Connection &connection, const QString &kind, const QString &table)
{
    LockRisk risk;
    risk.table = table;
    risk.kind = kind;
    risk.connectionId = connection.id;
    risk.user = connection.user;
    risk.host = connection.host;
    risk.seconds = connection.seconds;
    return risk;
}

} // namespace

Result<QList<TableFacts>> ImpactInspector::tableFacts(DatabaseSession &session,
                                                      const QStringList &tables,
                                                      qint64 exactRowLimit)
{
    if (tables.isEmpty())
        return QList<TableFacts>();
    if (isSqlite(session))
        return sqliteTableFacts(session, tables);
    QList<QualifiedName> names;
    for (const QString &table : tables)
        names.append(qualify(session, table));
    auto rows = mysqlTableRows(session, names);
    if (!rows)
        return rows.failure();
    QList<TableFacts> facts;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        TableFacts fact;
        fact.table = tables.at(i);
        const TableRow *row = findTable(rows.value(), names.at(i));
        if (row) {
            fact.exists = true;
            fact.engine = row->engine;
            fact.dataBytes = row->dataBytes;
            fact.indexBytes = row->indexBytes;
            // A view's rows are a query's: counting could take as long as the plan.
            if (row->type != u"VIEW") {
                if (exactRowLimit >= 0 && row->estimatedRows <= exactRowLimit) {
                    auto count = countRows(session, mysqlQualified(row->schema, row->table));
                    if (!count)
                        return count.failure();
                    fact.rows = count.value();
                } else {
                    fact.rows = row->estimatedRows;
                    fact.rowsEstimated = true;
                }
            }
        }
        facts.append(fact);
    }
    return facts;
}

Result<QList<ColumnFacts>>
ImpactInspector::columnFacts(DatabaseSession &session,
                             const QList<QPair<QString, QString>> &columns, qint64 exactRowLimit)
{
    if (columns.isEmpty())
        return QList<ColumnFacts>();
    if (isSqlite(session))
        return sqliteColumnFacts(session, columns);
    QStringList conditions;
    for (qsizetype i = 0; i < columns.size(); ++i)
        conditions.append(
            QStringLiteral("(c.table_schema = ? AND c.table_name = ? AND c.column_name = ?)"));
    QSqlQuery query(session.database());
    query.prepare(QStringLiteral("SELECT c.table_schema, c.table_name, c.column_name, "
                                 "c.column_type, t.table_type, t.table_rows "
                                 "FROM information_schema.COLUMNS c "
                                 "JOIN information_schema.TABLES t ON t.table_schema = "
                                 "c.table_schema AND t.table_name = c.table_name WHERE ") +
                  conditions.join(QStringLiteral(" OR ")));
    QList<QualifiedName> names;
    for (const auto &[table, column] : columns) {
        names.append(qualify(session, table));
        query.addBindValue(names.last().schema);
        query.addBindValue(names.last().name);
        query.addBindValue(column);
    }
    if (!query.exec())
        return Error{
            Tr::tr("cannot read information_schema.COLUMNS: %1").arg(query.lastError().text())};
    struct ColumnRow
    {
        TableRow table;
        QString column;
        QString type;
    };
    QList<ColumnRow> found;
    while (query.next()) {
        ColumnRow row;
        row.table.schema = query.value(0).toString();
        row.table.table = query.value(1).toString();
        row.column = query.value(2).toString();
        row.type = query.value(3).toString();
        row.table.type = query.value(4).toString();
        row.table.estimatedRows = query.value(5).toLongLong();
        found.append(row);
    }

    QList<ColumnFacts> facts;
    // Per table that is small enough: the columns to count in one scan, and where each
    // count goes.
    QHash<QString, QList<std::pair<QString, qsizetype>>> counts;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        ColumnFacts fact;
        fact.table = columns.at(i).first;
        fact.column = columns.at(i).second;
        for (const ColumnRow &row : std::as_const(found)) {
            // Column names never depend on case in MySQL; tables as in findTable().
            if (row.column.compare(fact.column, Qt::CaseInsensitive) != 0 ||
                findTable({row.table}, names.at(i)) == nullptr)
                continue;
            fact.exists = true;
            fact.type = row.type;
            if (row.table.type != u"VIEW" && exactRowLimit >= 0 &&
                row.table.estimatedRows <= exactRowLimit) {
                const QString qualified = mysqlQualified(row.table.schema, row.table.table);
                counts[qualified].append({row.column, i});
            }
            break;
        }
        facts.append(fact);
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QStringList expressions;
        for (const auto &[column, index] : it.value())
            expressions.append(
                QStringLiteral("COUNT(%1)").arg(sql::quoteIdentifier(sql::Dialect::MySql, column)));
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2")
                            .arg(expressions.join(QStringLiteral(", ")), it.key())) ||
            !query.next())
            return Error{Tr::tr("cannot count the values of the columns of %1: %2")
                             .arg(it.key(), query.lastError().text())};
        int value = 0;
        for (const auto &entry : it.value())
            facts[entry.second].nonNullRows = query.value(value++).toLongLong();
    }
    return facts;
}

bool ImpactInspector::canReadMetadataLocks(DatabaseSession &session)
{
    if (isSqlite(session))
        return false;
    QSqlQuery query(session.database());
    if (isMySql(session))
        // Off when performance_schema is (its tables are then empty) or the instrument is.
        return query.exec(QStringLiteral("SELECT ENABLED FROM performance_schema.setup_instruments "
                                         "WHERE NAME = 'wait/lock/metadata/sql/mdl'")) &&
               query.next() && query.value(0).toString() == u"YES";
    return query.exec(QStringLiteral("SELECT 1 FROM information_schema.TABLES WHERE table_schema "
                                     "= 'information_schema' AND table_name = "
                                     "'METADATA_LOCK_INFO'")) &&
           query.next();
}

Result<QList<LockRisk>> ImpactInspector::lockRisks(DatabaseSession &session,
                                                   const QStringList &tables)
{
    if (isSqlite(session))
        return QList<LockRisk>();
    auto connections = otherConnections(session);
    if (!connections)
        return connections.failure();
    const bool withMetadataLocks = canReadMetadataLocks(session);
    QList<MetadataLock> locks;
    if (withMetadataLocks) {
        auto read = metadataLocks(session, tables);
        if (!read)
            return read.failure();
        locks = std::move(read.value());
    }
    auto connectionOf = [&](qint64 id) {
        Connection connection = connections->value(id);
        connection.id = id;
        return connection;
    };

    LockRiskList risks;
    QSqlQuery query(session.database());
    if (!query.exec(QStringLiteral("SELECT trx_mysql_thread_id, TIMESTAMPDIFF(SECOND, "
                                   "trx_started, NOW()), trx_state, trx_query, trx_rows_modified "
                                   "FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id "
                                   "<> CONNECTION_ID() ORDER BY trx_started")))
        return Error{Tr::tr("cannot read the open transactions: %1").arg(query.lastError().text())};
    while (query.next()) {
        const Connection connection = connectionOf(query.value(0).toLongLong());
        const QString statement = query.value(3).toString();
        const QString detail =
            Tr::tr("%1, rows changed: %2, %3")
                .arg(query.value(2).toString())
                .arg(query.value(4).toLongLong())
                .arg(statement.isEmpty() ? Tr::tr("no statement running") : oneLine(statement));
        auto risk = riskOf(connection, QStringLiteral("open transaction"), QString());
        risk.seconds = query.value(1).toLongLong();
        if (!withMetadataLocks) {
            risk.detail =
                detail + u"; " +
                (isMySql(session) ? Tr::tr("the tables it holds are not known without "
                                           "performance_schema's metadata lock instrument")
                                  : Tr::tr("the tables it holds are not known without the "
                                           "metadata_lock_info plugin"));
            risks.add(risk);
            continue;
        }
        // With the plugin, a transaction that holds nothing on these tables cannot block
        // the plan, and is left out.
        for (const MetadataLock &lock : std::as_const(locks)) {
            if (lock.connectionId != connection.id || lock.table.isEmpty())
                continue;
            risk.table = lock.table;
            risk.detail = detail + u"; " + Tr::tr("holds %1").arg(lock.mode);
            risks.add(risk);
        }
    }

    for (const MetadataLock &lock : std::as_const(locks)) {
        const Connection connection = connectionOf(lock.connectionId);
        auto risk = riskOf(connection, QStringLiteral("metadata lock"), lock.table);
        risk.detail = lock.table.isEmpty()
                          ? Tr::tr("%1 (%2): no DDL or writes anywhere until it ends")
                                .arg(lock.mode, lock.type)
                          : Tr::tr("holds %1").arg(lock.mode);
        if (!connection.info.isEmpty())
            risk.detail += u"; " + Tr::tr("running: %1").arg(oneLine(connection.info));
        risks.add(risk);
    }

    static const QStringList idle{QStringLiteral("Sleep"), QStringLiteral("Daemon"),
                                  QStringLiteral("Binlog Dump"), QStringLiteral("Killed")};
    QList<QRegularExpression> patterns;
    for (const QString &table : tables)
        patterns.append(namingPattern(qualify(session, table).name));
    for (const Connection &connection : std::as_const(connections.value())) {
        if (connection.info.isEmpty() || idle.contains(connection.command))
            continue;
        for (qsizetype i = 0; i < tables.size(); ++i) {
            if (!patterns.at(i).match(connection.info).hasMatch())
                continue;
            auto risk = riskOf(connection, QStringLiteral("running statement"), tables.at(i));
            risk.detail = oneLine(connection.info);
            risks.add(risk);
        }
    }
    return risks.take();
}

} // namespace backstep
