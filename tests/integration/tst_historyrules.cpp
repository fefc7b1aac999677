// The history, lock and runner rules of docs/formats.md that need a server, each test
// carrying the ids it proves: each tool's table created with the tool's own DDL on the
// real MariaDB server, read by `backstep-cli status --json`, written by HistoryWriter as
// the rollback runner writes it and read back raw; rollbacks run by backstep-cli.
#include "corpusround.h"
#include "db/historywriter.h"
#include "support/historyfixture.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using namespace backstep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

using Files = HistoryFixture::Files;
using namespace backstep::test::historyddl;

QStringList versionsOf(const QJsonObject &status)
{
    QStringList versions;
    for (const QJsonValue &row : status.value(QStringLiteral("migrations")).toArray())
        versions.append(row[QStringLiteral("version")].toString());
    return versions;
}

QString stateOf(const QJsonObject &status, const QString &version)
{
    return byVersion(status).value(version).value(QStringLiteral("state")).toString();
}

} // namespace

class TestHistoryRules : public QObject
{
    Q_OBJECT

    HistoryFixture m_history{QStringLiteral("historyrules")};

    void setUp(const QString &prefix, const QStringList &sql, const Files &files)
    {
        m_history.setUp(prefix, sql, files);
    }

    QStringList connection() const { return m_history.connection(); }

    QJsonObject status(const QStringList &extra = {})
    {
        const ProcessResult result = m_history.status(extra);
        [&] {
            QVERIFY2(result.exitCode == 0, result.err.constData());
        }();
        return QJsonDocument::fromJson(result.out).object();
    }

    // What the rollback runner writes after `version`'s DOWN succeeded.
    Result<int> rollBack(const QString &version, const HistoryTableChoice &choice = {})
    {
        return m_history.recordRollback(version, 0, choice);
    }

    void mustRollBack(const QString &version, const HistoryTableChoice &choice = {})
    {
        const Result<int> written = rollBack(version, choice);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
    }

    QStringList rows(const QString &select) { return m_history.rows(select); }

private Q_SLOTS:
    void initTestCase() { m_history.useCurrentServer(); }

    // Each tool's table, as the tool creates it, is found by its name and columns.
    void detect_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<Files>("files");
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("applied");
        const QString updown = s("CREATE TABLE t (id INT);\n");
        QTest::newRow("dbmate.history.detect")
            << QStringList{s(dbmate), s("INSERT INTO schema_migrations VALUES ('20240101')")}
            << Files{{s("20240101_a.sql"), s("-- migrate:up\nSELECT 1;\n-- migrate:down\n"
                                             "SELECT 2;\n")}}
            << s("dbmate") << s("20240101");
        QTest::newRow("golang-migrate.history.detect")
            << QStringList{s(golangMigrate), s("INSERT INTO schema_migrations VALUES (1, 0)")}
            << Files{{s("1_a.up.sql"), updown}, {s("1_a.down.sql"), s("DROP TABLE t;\n")}}
            << s("golang-migrate") << s("1");
        QTest::newRow("goose.history.detect")
            << QStringList{s(goose), s("INSERT INTO goose_db_version (version_id, is_applied) "
                                       "VALUES (0, 1), (1, 1)")}
            << Files{{s("00001_a.sql"), s("-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n")}}
            << s("goose") << s("00001");
        QTest::newRow("flyway.history.detect")
            << QStringList{s(flyway),
                           s("INSERT INTO flyway_schema_history VALUES (1, '1', 'a', 'SQL', "
                             "'V1__a.sql', 1, 'app', NOW(), 5, 1)")}
            << Files{{s("V1__a.sql"), updown}, {s("U1__a.sql"), s("DROP TABLE t;\n")}}
            << s("flyway") << s("1");
        QTest::newRow("liquibase.history.detect")
            << QStringList{s(liquibase),
                           s("INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, "
                             "ORDEREXECUTED, EXECTYPE) VALUES ('1', 'a', 'c.sql', NOW(), 1, "
                             "'EXECUTED')")}
            << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nSELECT 1;\n"
                                    "--rollback SELECT 2;\n")}}
            << s("liquibase") << s("1");
    }

    void detect()
    {
        QFETCH(QStringList, sql);
        QFETCH(Files, files);
        QFETCH(QString, style);
        QFETCH(QString, applied);
        setUp(s("hrdetect"), sql, files);
        const QJsonObject json = status();
        QCOMPARE(json[s("history_style")].toString(), style);
        QCOMPARE(stateOf(json, applied), s("applied"));
    }

    // goose.history.version-zero-ignored: the row goose writes when it creates its table is
    // no migration. goose.history.old-is-applied-false-rows: before goose PR #296 a NO
    // TRANSACTION down inserted (version, false); the latest row of a version decides.
    // goose.history.delete-rows: a rollback deletes every row of the version.
    void gooseRows()
    {
        setUp(s("hrgoose"),
              {s(goose), s("INSERT INTO goose_db_version (version_id, is_applied, tstamp) VALUES "
                           "(0, 1, '2026-01-01 00:00:00'), (1, 1, '2026-01-02 00:00:00'), "
                           "(2, 1, '2026-01-03 00:00:00'), (2, 0, '2026-01-04 00:00:00'), "
                           "(3, 1, '2026-01-05 00:00:00'), (3, 0, '2026-01-06 00:00:00'), "
                           "(3, 1, '2026-01-07 00:00:00')")},
              {{s("00001_a.sql"), s("-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 1;\n")},
               {s("00002_b.sql"), s("-- +goose Up\nSELECT 2;\n-- +goose Down\nSELECT 2;\n")},
               {s("00003_c.sql"), s("-- +goose Up\nSELECT 3;\n-- +goose Down\nSELECT 3;\n")}});
        const QJsonObject json = status();
        QCOMPARE(versionsOf(json), (QStringList{s("00001"), s("00002"), s("00003")}));
        QCOMPARE(stateOf(json, s("00001")), s("applied"));
        QCOMPARE(stateOf(json, s("00002")), s("pending"));
        QCOMPARE(stateOf(json, s("00003")), s("applied"));
        mustRollBack(s("00003"));
        QCOMPARE(rows(s("SELECT version_id, is_applied FROM goose_db_version ORDER BY id")),
                 (QStringList{s("0|1"), s("1|1"), s("2|1"), s("2|0")}));
        QCOMPARE(stateOf(status(), s("00003")), s("pending"));
    }

    // flyway.history.schema-row: the SCHEMA row is no migration. flyway.history.failed-row:
    // success = 0 shows failed. flyway.history.undo-row and flyway.history.installed-by: a
    // rollback appends an UNDO_SQL row, installed_by = SUBSTRING_INDEX(USER(), '@', 1).
    void flywayRows()
    {
        setUp(s("hrflyway"),
              {s(flyway),
               s("INSERT INTO flyway_schema_history VALUES "
                 "(1, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '`app`', NULL, 'app', "
                 "'2026-01-01 10:00:00', 0, 1),"
                 "(2, '1', 'one', 'SQL', 'V1__one.sql', 11, 'app', '2026-01-02 10:00:00', 5, 1),"
                 "(3, '2', 'two', 'SQL', 'V2__two.sql', 22, 'app', '2026-01-03 10:00:00', 5, 0)")},
              {{s("V1__one.sql"), s("SELECT 1;\n")},
               {s("U1__one.sql"), s("SELECT 1;\n")},
               {s("V2__two.sql"), s("SELECT 2;\n")},
               {s("U2__two.sql"), s("SELECT 2;\n")}});
        const QJsonObject json = status();
        QCOMPARE(versionsOf(json), (QStringList{s("1"), s("2")}));
        QCOMPARE(stateOf(json, s("1")), s("applied"));
        QCOMPARE(stateOf(json, s("2")), s("failed"));
        mustRollBack(s("1"));
        QCOMPARE(rows(s("SELECT version, description, type, script, checksum, installed_by = "
                        "SUBSTRING_INDEX(USER(), '@', 1), success FROM flyway_schema_history "
                        "WHERE installed_rank = 4")),
                 QStringList{s("1|one|UNDO_SQL|U1__one.sql|NULL|1|1")});
        QCOMPARE(rows(s("SELECT COUNT(*) FROM flyway_schema_history")), QStringList{s("4")});
        QCOMPARE(stateOf(status(), s("1")), s("pending"));
    }

    // golang-migrate.history.first-migration-nil-version: rolling back the first migration
    // leaves an empty table. golang-migrate.lock.shared-name: golang-migrate's own advisory
    // lock is taken to write its table, so a migrate holding it keeps Backstep out.
    void golangMigrateLock()
    {
        setUp(s("hrgolang"), {s(golangMigrate), s("INSERT INTO schema_migrations VALUES (1, 0)")},
              {{s("1_a.up.sql"), s("SELECT 1;\n")}, {s("1_a.down.sql"), s("SELECT 1;\n")}});
        const QString lock =
            HistoryWriter::golangMigrateLockId(m_history.database(), s("schema_migrations"));
        {
            QSqlDatabase holder = m_history.server().connect(m_history.database() + s("-holder"),
                                                             m_history.database());
            QSqlQuery query(holder);
            QVERIFY(query.exec(QStringLiteral("SELECT GET_LOCK('%1', 0)").arg(lock)));
            QVERIFY(query.next() && query.value(0).toInt() == 1);
            const Result<int> refused = rollBack(s("1"));
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(lock), qPrintable(refused.error()));
            QCOMPARE(rows(s("SELECT version, dirty FROM schema_migrations")),
                     QStringList{s("1|0")});
            QVERIFY(query.exec(QStringLiteral("SELECT RELEASE_LOCK('%1')").arg(lock)));
        }
        QSqlDatabase::removeDatabase(m_history.database() + s("-holder"));
        mustRollBack(s("1"));
        QCOMPARE(rows(s("SELECT version, dirty FROM schema_migrations")), QStringList{});
    }

    // liquibase.history.delete-by-id-author-filename: only the row of that id, author and
    // file goes. liquibase.order.executed: DATEEXECUTED, then ORDEREXECUTED.
    void liquibaseRows()
    {
        setUp(s("hrliquibase"),
              {s(liquibase), s("INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, "
                               "ORDEREXECUTED, EXECTYPE) VALUES "
                               "('2', 'a', 'c.sql', '2026-01-01 10:00:00', 2, 'EXECUTED'),"
                               "('1', 'a', 'c.sql', '2026-01-01 10:00:00', 1, 'EXECUTED'),"
                               "('3', 'a', 'c.sql', '2026-01-02 09:00:00', 1, 'EXECUTED')")},
              {{s("c.sql"), s("--liquibase formatted sql\n--changeset a:3\nSELECT 3;\n"
                              "--rollback SELECT 3;\n--changeset a:1\nSELECT 1;\n"
                              "--rollback SELECT 1;\n--changeset a:2\nSELECT 2;\n"
                              "--rollback SELECT 2;\n")}});
        const QJsonObject json = status();
        QCOMPARE(json[s("rollback_order")].toString(), s("applied"));
        const auto rowsByVersion = byVersion(json);
        QCOMPARE(rowsByVersion[s("1")][s("applied_order")].toInt(), 0);
        QCOMPARE(rowsByVersion[s("2")][s("applied_order")].toInt(), 1);
        QCOMPARE(rowsByVersion[s("3")][s("applied_order")].toInt(), 2);
        // The same id by another author, and in another file: other changesets.
        m_history.server().execute(
            m_history.database(),
            {s("INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, "
               "ORDEREXECUTED, EXECTYPE) VALUES "
               "('1', 'b', 'c.sql', '2026-01-01 10:00:00', 3, 'EXECUTED'),"
               "('1', 'a', 'other.sql', '2026-01-01 10:00:00', 4, 'EXECUTED')")});
        mustRollBack(s("1"));
        QCOMPARE(rows(s("SELECT ID, AUTHOR, FILENAME FROM DATABASECHANGELOG ORDER BY "
                        "ORDEREXECUTED, ID")),
                 (QStringList{s("3|a|c.sql"), s("2|a|c.sql"), s("1|b|c.sql"), s("1|a|other.sql")}));
    }

    // plain.history.custom-delete: a table of the user's own loses the version's row.
    void plainCustomTable()
    {
        setUp(s("hrplain"),
              {s("CREATE TABLE deploys (v VARCHAR(20) PRIMARY KEY)"),
               s("INSERT INTO deploys VALUES ('1'), ('2')")},
              {{s("1_a.sql"), s("-- UP\nSELECT 1;\n-- DOWN\nSELECT 1;\n")},
               {s("2_b.sql"), s("-- UP\nSELECT 2;\n-- DOWN\nSELECT 2;\n")}});
        const QStringList choice{s("--history-table"), s("deploys"), s("--version-column"), s("v")};
        QCOMPARE(stateOf(status(choice), s("2")), s("applied"));
        mustRollBack(s("2"), {s("deploys"), s("v"), QString()});
        QCOMPARE(rows(s("SELECT v FROM deploys")), QStringList{s("1")});
        QCOMPARE(stateOf(status(choice), s("2")), s("pending"));
    }

    // sql-migrate.order.by-id: the leading number, then the id (10 after 2).
    // sql-migrate.history.unknown-row: a row without its file shows as file missing.
    // sql-migrate.history.delete-by-file-name: the row whose id is the file name goes.
    void sqlMigrateRows()
    {
        setUp(s("hrsqlmigrate"),
              {s(sqlMigrate),
               s("INSERT INTO gorp_migrations VALUES ('1_a.sql', '2026-01-01 00:00:00'), "
                 "('2_b.sql', '2026-01-02 00:00:00'), ('10_c.sql', '2026-01-03 00:00:00'), "
                 "('5_gone.sql', '2026-01-02 12:00:00')")},
              {{s("10_c.sql"), s("-- +migrate Up\nSELECT 10;\n-- +migrate Down\nSELECT 10;\n")},
               {s("1_a.sql"), s("-- +migrate Up\nSELECT 1;\n-- +migrate Down\nSELECT 1;\n")},
               {s("2_b.sql"), s("-- +migrate Up\nSELECT 2;\n-- +migrate Down\nSELECT 2;\n")}});
        const QJsonObject json = status();
        QCOMPARE(json[s("history_style")].toString(), s("sql-migrate"));
        QStringList files = versionsOf(json);
        files.removeAll(s("5_gone.sql"));
        QCOMPARE(files, (QStringList{s("1_a.sql"), s("2_b.sql"), s("10_c.sql")}));
        QCOMPARE(stateOf(json, s("5_gone.sql")), s("missing_file"));
        mustRollBack(s("10_c.sql"));
        QCOMPARE(rows(s("SELECT id FROM gorp_migrations ORDER BY applied_at")),
                 (QStringList{s("1_a.sql"), s("2_b.sql"), s("5_gone.sql")}));
    }

    // db-migrate.order.run-on: the later run_on is rolled back first, whatever the name.
    // db-migrate.history.delete-by-name: the row named "/<name>" goes.
    void dbMigrateRows()
    {
        const QString stub = s("exports.up = function(db) { var f = path.join(__dirname, "
                               "'sqls', '%1-up.sql'); return db.runSql(f); };\n");
        setUp(s("hrdbmigrate"),
              {s(dbMigrate),
               s("INSERT INTO migrations (name, run_on) VALUES ('/20240102-b', '2026-01-01 "
                 "00:00:00'), ('/20240101-a', '2026-01-02 00:00:00')")},
              {{s("20240101-a.js"), stub.arg(s("20240101-a"))},
               {s("sqls/20240101-a-up.sql"), s("SELECT 1;\n")},
               {s("sqls/20240101-a-down.sql"), s("SELECT 1;\n")},
               {s("20240102-b.js"), stub.arg(s("20240102-b"))},
               {s("sqls/20240102-b-up.sql"), s("SELECT 2;\n")},
               {s("sqls/20240102-b-down.sql"), s("SELECT 2;\n")}});
        const QJsonObject json = status();
        QCOMPARE(json[s("history_style")].toString(), s("db-migrate"));
        QCOMPARE(json[s("rollback_order")].toString(), s("applied"));
        QCOMPARE(byVersion(json)[s("20240102")][s("applied_order")].toInt(), 0);
        QCOMPARE(byVersion(json)[s("20240101")][s("applied_order")].toInt(), 1);
        mustRollBack(s("20240101"));
        QCOMPARE(rows(s("SELECT name FROM migrations")), QStringList{s("/20240102-b")});
    }

    // common.stop-at-first-error, plain.client.stop-at-first-error: the run stops at the
    // failing statement; nothing after it runs, and the history row stays.
    void plainStopsAtTheFirstError()
    {
        setUp(s("hrstop"),
              {s("CREATE TABLE deploys (v VARCHAR(20) PRIMARY KEY)"),
               s("INSERT INTO deploys VALUES ('1')"), s("CREATE TABLE a (id INT)")},
              {{s("1_a.sql"), s("-- UP\nCREATE TABLE a (id INT);\n-- DOWN\nCREATE TABLE before_ "
                                "(id INT);\nSELECT * FROM nowhere;\nCREATE TABLE after_ (id "
                                "INT);\n")}});
        QTemporaryDir journal(temporaryTemplate(s("journal")));
        const ProcessResult result =
            runCliOn(m_history.server(), journal.filePath(s("journal.sqlite")),
                     QStringList{s("rollback"), s("--steps"), s("1"), s("--yes"), s("--no-backup"),
                                 s("--confirm"), m_history.database(), s("--url"),
                                 m_history.server().url(m_history.database()), s("--migrations"),
                                 m_history.folder(), s("--history-table"), s("deploys"),
                                 s("--version-column"), s("v")});
        QVERIFY2(result.exitCode != 0, result.out.constData());
        QVERIFY2(QString::fromUtf8(result.out + result.err).contains(s("1_a.sql:5:1")),
                 QByteArray(result.out + result.err).constData());
        QCOMPARE(rows(s("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                        "DATABASE() AND table_name NOT LIKE 'backstep%' ORDER BY table_name")),
                 (QStringList{s("a"), s("before_"), s("deploys")}));
        QCOMPARE(rows(s("SELECT v FROM deploys")), QStringList{s("1")});
    }

    // A Sqitch project deployed by the real sqitch (its registry beside the database).
    // sqitch.history.detect-registry: the registry is found from sqitch.conf and read.
    // sqitch.scripts.stop-at-first-error: a revert script stops at its failing statement
    // (Sqitch needs --abort-source-on-error for that), the registry untouched.
    // sqitch.history.locks: while another session holds Sqitch's advisory lock ("sqitch
    // working on <database>"), the registry is not written.
    void sqitchRegistry()
    {
        setUp(s("hrsqitch"), {},
              {{s("sqitch.plan"), s("%syntax-version=1.0.0\n%project=rules\n\n"
                                    "one 2024-01-01T00:00:00Z Dana <d@x.org> # One\n"
                                    "two 2024-01-02T00:00:00Z Dana <d@x.org> # Two\n")},
               {s("deploy/one.sql"), s("CREATE TABLE one_ (id INT);\n")},
               {s("revert/one.sql"), s("DROP TABLE one_;\n")},
               {s("deploy/two.sql"), s("CREATE TABLE two_ (id INT);\n")},
               {s("revert/two.sql"), s("CREATE TABLE before_ (id INT);\nSELECT * FROM nowhere;\n"
                                       "DROP TABLE two_;\n")}});
        const QString registry = m_history.database() + s("_sqitch");
        writeFile(m_history.folder() + s("/sqitch.conf"),
                  s("[core]\n\tengine = mysql\n[engine \"mysql\"]\n\tregistry = ") + registry +
                      u'\n');
        QByteArray output;
        const bool deployed =
            sqitchDeploy(m_history.server(), m_history.folder(), m_history.database(), output);
        if (!deployed && qEnvironmentVariableIsEmpty("CI") && output.contains("not installed"))
            QSKIP(output.constData());
        QVERIFY2(deployed, output.constData());

        const QJsonObject json = status();
        QCOMPARE(json[s("history_style")].toString(), s("sqitch"));
        QVERIFY2(json[s("history_table")].toString().startsWith(registry + u'.'),
                 qPrintable(json[s("history_table")].toString()));
        QCOMPARE(stateOf(json, s("one")), s("applied"));
        QCOMPARE(stateOf(json, s("two")), s("applied"));

        QTemporaryDir journal(temporaryTemplate(s("journal")));
        const ProcessResult result =
            runCliOn(m_history.server(), journal.filePath(s("journal.sqlite")),
                     QStringList{s("rollback"), s("--steps"), s("1"), s("--yes"), s("--no-backup"),
                                 s("--confirm"), m_history.database(), s("--url"),
                                 m_history.server().url(m_history.database()), s("--migrations"),
                                 m_history.folder()});
        QVERIFY2(result.exitCode != 0, result.out.constData());
        QVERIFY2(QString::fromUtf8(result.out + result.err).contains(s("two.sql:2:1")),
                 QByteArray(result.out + result.err).constData());
        QCOMPARE(rows(s("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                        "DATABASE() AND table_name NOT LIKE 'backstep%' ORDER BY table_name")),
                 (QStringList{s("before_"), s("one_"), s("two_")}));
        const QString changes = QStringLiteral("SELECT `change` FROM `%1`.changes ORDER BY "
                                               "committed_at")
                                    .arg(registry);
        QCOMPARE(rows(changes), (QStringList{s("one"), s("two")}));

        const QString lock = s("sqitch working on ") + m_history.database();
        {
            QSqlDatabase holder = m_history.server().connect(m_history.database() + s("-holder"),
                                                             m_history.database());
            QSqlQuery query(holder);
            query.prepare(s("SELECT GET_LOCK(?, 0)"));
            query.addBindValue(lock);
            QVERIFY(query.exec() && query.next() && query.value(0).toInt() == 1);
            const Result<int> refused = rollBack(s("two"));
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(lock), qPrintable(refused.error()));
            QCOMPARE(rows(changes), (QStringList{s("one"), s("two")}));
            query.prepare(s("SELECT RELEASE_LOCK(?)"));
            query.addBindValue(lock);
            QVERIFY(query.exec());
        }
        QSqlDatabase::removeDatabase(m_history.database() + s("-holder"));
        mustRollBack(s("two"));
        QCOMPARE(rows(changes), QStringList{s("one")});
    }
};

QTEST_GUILESS_MAIN(TestHistoryRules)
#include "tst_historyrules.moc"
