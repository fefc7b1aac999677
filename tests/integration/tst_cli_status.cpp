// backstep-cli status against a real MariaDB server (the ctest fixture) with each
// history-table convention, and against SQLite.
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep::test;

namespace {

void writeMigrations(const QString &dir)
{
    writeFile(dir + QStringLiteral("/1_create_patients.sql"),
              QStringLiteral("-- UP\nCREATE TABLE patients (id INT PRIMARY KEY);\n"
                             "-- DOWN\nDROP TABLE patients;\n"));
    writeFile(dir + QStringLiteral("/2_add_patient_name.sql"),
              QStringLiteral("-- UP\nALTER TABLE patients ADD COLUMN name VARCHAR(80);\n"
                             "-- DOWN\nALTER TABLE patients DROP COLUMN name;\n"));
    writeFile(dir + QStringLiteral("/3_backfill_names.sql"),
              QStringLiteral("-- UP\nUPDATE patients SET name = 'unknown' WHERE name IS NULL;\n"));
    writeFile(dir + QStringLiteral("/10_add_index.sql"),
              QStringLiteral("-- UP\nCREATE INDEX idx_name ON patients (name);\n"
                             "-- DOWN\nDROP INDEX idx_name ON patients;\n"));
}

void execAll(QSqlDatabase db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &sql : statements)
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

QJsonObject statusJson(const ProcessResult &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\nstderr: %s", result.out.constData(), result.err.constData());
    return document.object();
}

QHash<QString, QJsonObject> byVersion(const QJsonObject &status)
{
    QHash<QString, QJsonObject> rows;
    for (const QJsonValue &row : status.value(QStringLiteral("migrations")).toArray())
        rows.insert(row[QStringLiteral("version")].toString(), row.toObject());
    return rows;
}

} // namespace

class TestCliStatus : public QObject
{
    Q_OBJECT

    MariaDbSandbox m_server;
    QTemporaryDir m_dir;
    QString m_migrations;

    ProcessResult status(const QString &database, const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("status"), QStringLiteral("--json"),
                                  QStringLiteral("--url"), m_server.url(database),
                                  QStringLiteral("--password-file"), m_server.passwordFile,
                                  QStringLiteral("--migrations"), m_migrations} +
                      extra);
    }

    QSqlDatabase setUp(const QString &prefix, QString &database)
    {
        database = m_server.createDatabase(prefix);
        return m_server.connect(database, database);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = MariaDbSandbox::current();
        m_migrations = m_dir.filePath(QStringLiteral("migrations"));
        writeMigrations(m_migrations);
    }

    void dbmateStyleRowPerVersion()
    {
        QString database;
        execAll(
            setUp(QStringLiteral("dbmate"), database),
            {QStringLiteral("CREATE TABLE schema_migrations (version VARCHAR(128) PRIMARY KEY)"),
             QStringLiteral("INSERT INTO schema_migrations VALUES ('1'), ('2'), ('7')")});
        QSqlDatabase::removeDatabase(database);
        const ProcessResult result = status(database);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = statusJson(result);
        QCOMPARE(json[QStringLiteral("history_table")].toString(),
                 QStringLiteral("schema_migrations"));
        QCOMPARE(json[QStringLiteral("history_style")].toString(), QStringLiteral("dbmate"));
        QCOMPARE(json[QStringLiteral("rollback_order")].toString(), QStringLiteral("version"));
        const auto rows = byVersion(json);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[QStringLiteral("1")][QStringLiteral("state")].toString(),
                 QStringLiteral("applied"));
        QCOMPARE(rows[QStringLiteral("2")][QStringLiteral("state")].toString(),
                 QStringLiteral("applied"));
        QCOMPARE(rows[QStringLiteral("3")][QStringLiteral("state")].toString(),
                 QStringLiteral("pending"));
        QCOMPARE(rows[QStringLiteral("3")][QStringLiteral("reversible")].toBool(), false);
        QCOMPARE(rows[QStringLiteral("10")][QStringLiteral("state")].toString(),
                 QStringLiteral("pending"));
        QCOMPARE(rows[QStringLiteral("7")][QStringLiteral("state")].toString(),
                 QStringLiteral("missing_file"));
        QVERIFY(rows[QStringLiteral("1")][QStringLiteral("applied_at")].isNull());
    }

    void golangMigrateSingleRowWithDirtyFlag()
    {
        QString database;
        execAll(
            setUp(QStringLiteral("golang"), database),
            {QStringLiteral("CREATE TABLE schema_migrations (version BIGINT NOT NULL PRIMARY KEY, "
                            "dirty BOOLEAN NOT NULL)"),
             QStringLiteral("INSERT INTO schema_migrations VALUES (3, 1)")});
        QSqlDatabase::removeDatabase(database);
        const ProcessResult result = status(database);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = statusJson(result);
        QCOMPARE(json[QStringLiteral("history_style")].toString(),
                 QStringLiteral("golang-migrate"));
        const auto rows = byVersion(json);
        QCOMPARE(rows[QStringLiteral("1")][QStringLiteral("state")].toString(),
                 QStringLiteral("applied"));
        QCOMPARE(rows[QStringLiteral("2")][QStringLiteral("state")].toString(),
                 QStringLiteral("applied"));
        QCOMPARE(rows[QStringLiteral("3")][QStringLiteral("state")].toString(),
                 QStringLiteral("dirty"));
        QCOMPARE(rows[QStringLiteral("10")][QStringLiteral("state")].toString(),
                 QStringLiteral("pending"));
    }

    void gooseKeepsAppliedOrderAndTimes()
    {
        QString database;
        // 10 was applied before 2 (out of order, goose -allow-missing); 3 went up and down.
        execAll(
            setUp(QStringLiteral("goose"), database),
            {QStringLiteral("CREATE TABLE goose_db_version (id BIGINT UNSIGNED AUTO_INCREMENT "
                            "PRIMARY KEY, version_id BIGINT NOT NULL, is_applied BOOLEAN NOT NULL, "
                            "tstamp TIMESTAMP NULL DEFAULT now())"),
             QStringLiteral("INSERT INTO goose_db_version (version_id, is_applied, tstamp) VALUES "
                            "(0, 1, '2026-11-01 10:00:00'), (1, 1, '2026-11-01 10:00:01'), "
                            "(10, 1, '2026-11-02 10:00:00'), (2, 1, '2026-11-03 10:00:00'), "
                            "(3, 1, '2026-11-04 10:00:00'), (3, 0, '2026-11-04 11:00:00')")});
        QSqlDatabase::removeDatabase(database);
        const ProcessResult result = status(database);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = statusJson(result);
        QCOMPARE(json[QStringLiteral("history_table")].toString(),
                 QStringLiteral("goose_db_version"));
        QCOMPARE(json[QStringLiteral("rollback_order")].toString(), QStringLiteral("applied"));
        const auto rows = byVersion(json);
        QCOMPARE(rows[QStringLiteral("3")][QStringLiteral("state")].toString(),
                 QStringLiteral("pending"));
        QCOMPARE(rows[QStringLiteral("10")][QStringLiteral("state")].toString(),
                 QStringLiteral("applied"));
        QCOMPARE(rows[QStringLiteral("10")][QStringLiteral("applied_order")].toInt(), 1);
        QCOMPARE(rows[QStringLiteral("2")][QStringLiteral("applied_order")].toInt(), 2);
        QVERIFY(rows[QStringLiteral("2")][QStringLiteral("applied_at")].toString().startsWith(
            QStringLiteral("2026-11-03T10:00:00")));
    }

    void noHistoryTableMeansNothingApplied()
    {
        QString database;
        setUp(QStringLiteral("empty"), database);
        QSqlDatabase::removeDatabase(database);
        const ProcessResult result = status(database);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = statusJson(result);
        QVERIFY(json[QStringLiteral("history_table")].isNull());
        for (const auto &row : byVersion(json))
            QCOMPARE(row[QStringLiteral("state")].toString(), QStringLiteral("pending"));
    }

    void passwordFromEnvironment()
    {
        QString database;
        setUp(QStringLiteral("envpw"), database);
        QSqlDatabase::removeDatabase(database);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BACKSTEP_PASSWORD"), m_server.password);
        const ProcessResult result =
            runCli({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--url"),
                    m_server.url(database), QStringLiteral("--migrations"), m_migrations},
                   environment);
        QCOMPARE(result.exitCode, 0);
    }

    void wrongPasswordFailsWithoutShowingIt()
    {
        QString database;
        setUp(QStringLiteral("wrongpw"), database);
        QSqlDatabase::removeDatabase(database);
        const QString wrong = QStringLiteral("not-the-Password-42");
        writeFile(m_dir.filePath(QStringLiteral("wrong")), wrong + u'\n');
        const ProcessResult result =
            runCli({QStringLiteral("status"), QStringLiteral("--url"), m_server.url(database),
                    QStringLiteral("--password-file"), m_dir.filePath(QStringLiteral("wrong")),
                    QStringLiteral("--migrations"), m_migrations});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("Access denied"), result.err.constData());
        QVERIFY(!result.err.contains(wrong.toUtf8()));
        QVERIFY(!result.out.contains(wrong.toUtf8()));
    }

    void unreachableServerFails()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        const ProcessResult result =
            runCli({QStringLiteral("status"), QStringLiteral("--url"),
                    QStringLiteral("mysql://backstep@127.0.0.1:1/nothing"),
                    QStringLiteral("--password-file"), m_server.passwordFile,
                    QStringLiteral("--migrations"), m_migrations});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("cannot connect"), result.err.constData());
    }

    void passwordInUrlIsRefused()
    {
        const ProcessResult result =
            runCli({QStringLiteral("status"), QStringLiteral("--url"),
                    QStringLiteral("mysql://backstep:secret@127.0.0.1:%1/x").arg(m_server.port),
                    QStringLiteral("--migrations"), m_migrations});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--password-file"));
    }

    void sqliteThroughTheSameModelLayer()
    {
        const QString path = m_dir.filePath(QStringLiteral("status.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("sqlite-setup"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            execAll(db, {QStringLiteral(
                             "CREATE TABLE schema_migrations (version VARCHAR(128) PRIMARY KEY)"),
                         QStringLiteral("INSERT INTO schema_migrations VALUES ('1')")});
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("sqlite-setup"));
        const ProcessResult result = runCli(
            {QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--url"),
             QStringLiteral("sqlite:") + path, QStringLiteral("--migrations"), m_migrations});
        QCOMPARE(result.exitCode, 0);
        const auto rows = byVersion(statusJson(result));
        QCOMPARE(rows[QStringLiteral("1")][QStringLiteral("state")].toString(),
                 QStringLiteral("applied"));
        QCOMPARE(rows[QStringLiteral("2")][QStringLiteral("state")].toString(),
                 QStringLiteral("pending"));
    }
};

QTEST_GUILESS_MAIN(TestCliStatus)
#include "tst_cli_status.moc"
