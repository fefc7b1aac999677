#include "support/rollbacktestsupport.h"

#include "core/statementkind.h"
#include "db/databasesession.h"
#include "db/targetevidence.h"

#include <QAtomicInt>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace backstep::test {

namespace {

QString uniqueName(const QString &prefix)
{
    static QAtomicInt counter;
    return prefix + QString::number(counter.fetchAndAddRelaxed(1));
}

void mustExec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

} // namespace

QString databaseState(const MariaDbSandbox &server, const QString &database)
{
    auto spec = ConnectionSpec::parse(server.url(database));
    auto session = DatabaseSession::open(spec.value(), server.password);
    if (!session)
        qFatal("%s", qPrintable(session.error()));
    auto fingerprint = SchemaFingerprint::of(*session.value());
    if (!fingerprint)
        qFatal("%s", qPrintable(fingerprint.error()));
    QString state = fingerprint.value();
    QSqlQuery query(session.value()->database());
    mustExec(query, QStringLiteral("SELECT GROUP_CONCAT(version ORDER BY version) FROM "
                                   "schema_migrations"));
    query.next();
    state += u' ' + query.value(0).toString();
    QStringList tables;
    mustExec(query, QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE "
                                   "TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND "
                                   "TABLE_NAME <> 'backstep_rollback_progress' ORDER BY 1"));
    while (query.next())
        tables.append(query.value(0).toString());
    for (const QString &table : tables) {
        mustExec(query, QStringLiteral("CHECKSUM TABLE `%1` EXTENDED").arg(table));
        query.next();
        state += QStringLiteral(" %1=%2").arg(table, query.value(1).toString());
    }
    return state;
}

bool hasProgressTable(const MariaDbSandbox &server, const QString &database)
{
    const QString name = uniqueName(QStringLiteral("progress-table-"));
    bool found = false;
    {
        QSqlDatabase db = server.connect(name, database);
        QSqlQuery query(db);
        mustExec(query, QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE "
                                       "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = "
                                       "'backstep_rollback_progress'"));
        query.next();
        found = query.value(0).toInt() > 0;
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

GeneralLog::GeneralLog(const MariaDbSandbox &server)
    : m_connection(uniqueName(QStringLiteral("general-log-")))
{
    QSqlDatabase db = server.connect(m_connection, QString());
    QSqlQuery query(db);
    mustExec(query, QStringLiteral("SET GLOBAL general_log = 0"));
    mustExec(query, QStringLiteral("SET GLOBAL log_output = 'TABLE'"));
    // What the server logged before (other tests', while another GeneralLog was on: every
    // connection's queries, data loads included) is of no use here, and effects() reads
    // the whole table, a CSV file without an index, each time it is asked. Tests that
    // switch the log hold ctest's general_log resource lock, so none is reading it now.
    mustExec(query, QStringLiteral("TRUNCATE TABLE mysql.general_log"));
    mustExec(query, QStringLiteral("SET GLOBAL general_log = 1"));
}

GeneralLog::~GeneralLog()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SET GLOBAL general_log = 0"));
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QMap<QString, int> GeneralLog::effects(const QString &database, const QStringList &texts,
                                       const QSet<QString> &immediate) const
{
    // Two reads of the table, each once through it: the connections of Backstep's account
    // to `database`, then every query, kept for those connections only. (One statement with
    // `thread_id IN (SELECT ...)` read the CSV table again for each of its rows.)
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT thread_id FROM mysql.general_log WHERE command_type = "
                                 "'Connect' AND argument LIKE ?"));
    query.addBindValue(QStringLiteral("backstep@%% on %1 %%").arg(database));
    if (!query.exec())
        qFatal("%s", qPrintable(query.lastError().text()));
    QSet<qint64> connections;
    while (query.next())
        connections.insert(query.value(0).toLongLong());
    QMap<QString, int> counts;
    for (const QString &text : texts)
        counts[text] = 0;
    if (connections.isEmpty())
        return counts;
    if (!query.exec(QStringLiteral("SELECT thread_id, TRIM(argument) FROM mysql.general_log "
                                   "WHERE command_type = 'Query'")))
        qFatal("%s", qPrintable(query.lastError().text()));
    QSet<qint64> inTransaction;
    QHash<qint64, QStringList> uncommitted; // per connection, since its transaction began
    auto isWord = [](const QString &sql, const char *word) {
        return sql.compare(QLatin1StringView(word), Qt::CaseInsensitive) == 0;
    };
    while (query.next()) {
        const qint64 thread = query.value(0).toLongLong();
        if (!connections.contains(thread))
            continue;
        const QString sql = query.value(1).toString();
        if (isWord(sql, "START TRANSACTION") || isWord(sql, "BEGIN")) {
            inTransaction.insert(thread);
        } else if (isWord(sql, "COMMIT")) {
            for (const QString &done : uncommitted.take(thread))
                ++counts[done];
            inTransaction.remove(thread);
        } else if (isWord(sql, "ROLLBACK")) {
            uncommitted.remove(thread);
            inTransaction.remove(thread);
        } else if (counts.contains(sql)) {
            const StatementKind kind = classifyStatement(sql);
            if (kind == StatementKind::Schema) {
                // Committed implicitly, and the open transaction with it.
                for (const QString &done : uncommitted.take(thread))
                    ++counts[done];
                inTransaction.remove(thread);
                ++counts[sql];
            } else if (immediate.contains(sql) || !inTransaction.contains(thread)) {
                ++counts[sql];
            } else {
                uncommitted[thread].append(sql);
            }
        }
    }
    return counts;
}

} // namespace backstep::test
