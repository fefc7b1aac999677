#include "support/historyfixture.h"

#include "core/connectionspec.h"
#include "core/migrationfolderreader.h"
#include "db/databasesession.h"
#include "db/historywriter.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace backstep::test {

namespace historyddl {
const char *const dbmate = "CREATE TABLE IF NOT EXISTS schema_migrations "
                           "(version VARCHAR(128) PRIMARY KEY)";
const char *const golangMigrate = "CREATE TABLE IF NOT EXISTS schema_migrations "
                                  "(version BIGINT NOT NULL PRIMARY KEY, dirty BOOLEAN NOT NULL)";
const char *const goose = "CREATE TABLE goose_db_version (id BIGINT UNSIGNED NOT NULL "
                          "AUTO_INCREMENT, version_id BIGINT NOT NULL, is_applied BOOLEAN NOT "
                          "NULL, tstamp TIMESTAMP NULL DEFAULT now(), PRIMARY KEY(id))";
const char *const flyway =
    "CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL, version VARCHAR(50), "
    "description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT "
    "NULL, checksum INT, installed_by VARCHAR(100) NOT NULL, installed_on TIMESTAMP NOT NULL "
    "DEFAULT CURRENT_TIMESTAMP, execution_time INT NOT NULL, success BOOL NOT NULL, CONSTRAINT "
    "flyway_schema_history_pk PRIMARY KEY (installed_rank)) ENGINE=InnoDB";
const char *const flywayIndex =
    "CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (success)";
const char *const liquibase =
    "CREATE TABLE DATABASECHANGELOG (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, "
    "FILENAME VARCHAR(255) NOT NULL, DATEEXECUTED datetime NOT NULL, ORDEREXECUTED INT NOT "
    "NULL, EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35) NULL, `DESCRIPTION` VARCHAR(255) "
    "NULL, COMMENTS VARCHAR(255) NULL, TAG VARCHAR(255) NULL, LIQUIBASE VARCHAR(20) NULL, "
    "CONTEXTS VARCHAR(255) NULL, LABELS VARCHAR(255) NULL, DEPLOYMENT_ID VARCHAR(10) NULL)";
const char *const liquibaseLock =
    "CREATE TABLE DATABASECHANGELOGLOCK (ID INT NOT NULL, `LOCKED` BIT(1) NOT NULL, LOCKGRANTED "
    "datetime NULL, LOCKEDBY VARCHAR(255) NULL, CONSTRAINT PK_DATABASECHANGELOGLOCK PRIMARY KEY "
    "(ID))";
const char *const sqlMigrate = "CREATE TABLE gorp_migrations (id varchar(255) not null primary "
                               "key, applied_at datetime) engine=InnoDB charset=UTF8";
const char *const dbMigrate = "CREATE TABLE migrations (id INTEGER PRIMARY KEY "
                              "AUTO_INCREMENT NOT NULL, name VARCHAR(255) NOT NULL, run_on "
                              "DATETIME NOT NULL)";
} // namespace historyddl

QHash<QString, QJsonObject> byVersion(const QJsonObject &status)
{
    QHash<QString, QJsonObject> rows;
    for (const QJsonValue &row : status.value(QStringLiteral("migrations")).toArray())
        rows.insert(row[QStringLiteral("version")].toString(), row.toObject());
    return rows;
}

HistoryFixture::HistoryFixture(const QString &temporaryPrefix)
    : m_dir(temporaryTemplate(temporaryPrefix))
{}

void HistoryFixture::setUp(const QString &prefix, const QStringList &sql, const Files &files)
{
    m_database = m_server.createDatabase(prefix);
    m_server.execute(m_database, sql);
    m_folder = m_dir.filePath(m_database);
    for (const auto &[name, text] : files)
        writeFile(m_folder + u'/' + name, text);
}

QStringList HistoryFixture::connection() const
{
    return {QStringLiteral("--url"),           m_server.url(m_database),
            QStringLiteral("--password-file"), m_server.passwordFile,
            QStringLiteral("--migrations"),    m_folder};
}

ProcessResult HistoryFixture::status(const QStringList &extra) const
{
    return runCli(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + connection() +
                  extra);
}

Result<int> HistoryFixture::recordRollback(const QString &version, qint64 executionMs,
                                           const HistoryTableChoice &choice) const
{
    auto spec = ConnectionSpec::parse(m_server.url(m_database));
    if (!spec)
        return spec.failure();
    auto session = DatabaseSession::open(spec.value(), m_server.password);
    if (!session)
        return session.failure();
    const MigrationSet set = MigrationFolderReader::read(m_folder);
    auto history = HistoryReader::read(session.value()->database(), choice, set.tool);
    if (!history)
        return history.failure();
    const Migration *migration = set.find(version);
    if (!migration)
        return Error{QStringLiteral("no migration ") + version};
    return HistoryWriter::recordRollback(*session.value(), history.value(), set, *migration,
                                         executionMs);
}

QStringList HistoryFixture::rows(const QString &select) const
{
    const QString connectionName = m_database + QStringLiteral("-check");
    QStringList result;
    {
        QSqlDatabase db = m_server.connect(connectionName, m_database);
        QSqlQuery query(db);
        if (!query.exec(select))
            qFatal("%s: %s", qPrintable(select), qPrintable(query.lastError().text()));
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).isNull() ? QStringLiteral("NULL")
                                                       : query.value(i).toString());
            result.append(columns.join(u'|'));
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

} // namespace backstep::test
