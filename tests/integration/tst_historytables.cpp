// Each migration tool's history table against the real MariaDB server: created with the
// tool's own DDL, read by `backstep-cli status --json`, then written by HistoryWriter
// after a rollback and read back raw to check the tool's convention.
#include "core/connectionspec.h"
#include "core/deploytarget.h"
#include "core/migrationfolderreader.h"
#include "db/databasesession.h"
#include "db/historyreader.h"
#include "db/historywriter.h"
#include "ops/workspaceloader.h"
#include "support/historyfixture.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using namespace backstep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

using namespace backstep::test::historyddl;

QString stateOf(const QHash<QString, QJsonObject> &rows, const QString &version)
{
    return rows.value(version).value(QStringLiteral("state")).toString();
}

} // namespace

class TestHistoryTables : public QObject
{
    Q_OBJECT

    HistoryFixture m_history{QStringLiteral("historytables")};

    // A fresh database with the tool's table and rows, and a migrations folder.
    void setUp(const QString &prefix, const QStringList &sql, const HistoryFixture::Files &files)
    {
        m_history.setUp(prefix, sql, files);
    }

    QJsonObject status(int expectedExit = 0, const QStringList &extra = {})
    {
        const ProcessResult result = m_history.status(extra);
        if (result.exitCode != expectedExit)
            qWarning("exit %d\nstdout: %s\nstderr: %s", result.exitCode, result.out.constData(),
                     result.err.constData());
        [&] {
            QCOMPARE(result.exitCode, expectedExit);
        }();
        return QJsonDocument::fromJson(result.out).object();
    }

    // What the rollback runner does after version's DOWN succeeded.
    void rollBack(const QString &version, qint64 executionMs = 0,
                  const HistoryTableChoice &choice = {})
    {
        auto written = m_history.recordRollback(version, executionMs, choice);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
    }

    QStringList rows(const QString &select) { return m_history.rows(select); }

private Q_SLOTS:
    void initTestCase() { m_history.useCurrentServer(); }

    void dbmateDeletesTheRow()
    {
        setUp(s("hdbmate"),
              {s(dbmate), s("INSERT INTO schema_migrations VALUES ('20240101'), ('20240202')")},
              {{s("20240101_a.sql"), s("-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n")},
               {s("20240202_b.sql"), s("-- migrate:up\nSELECT 3;\n-- migrate:down\nSELECT 4;\n")}});
        QJsonObject json = status();
        QCOMPARE(json[s("history_style")].toString(), s("dbmate"));
        QCOMPARE(json[s("rollback_order")].toString(), s("version"));
        QCOMPARE(stateOf(byVersion(json), s("20240202")), s("applied"));

        rollBack(s("20240202"));
        QCOMPARE(rows(s("SELECT version FROM schema_migrations ORDER BY version")),
                 QStringList{s("20240101")});
        json = status();
        QCOMPARE(stateOf(byVersion(json), s("20240202")), s("pending"));
        QCOMPARE(stateOf(byVersion(json), s("20240101")), s("applied"));
    }

    void golangMigrateMovesToThePreviousVersion()
    {
        setUp(s("hgolang"), {s(golangMigrate), s("INSERT INTO schema_migrations VALUES (10, 0)")},
              {{s("1_a.up.sql"), s("CREATE TABLE a (id INT);\n")},
               {s("1_a.down.sql"), s("DROP TABLE a;\n")},
               {s("2_b.up.sql"), s("CREATE TABLE b (id INT);\n")},
               {s("2_b.down.sql"), s("DROP TABLE b;\n")},
               {s("10_c.up.sql"), s("CREATE TABLE c (id INT);\n")},
               {s("10_c.down.sql"), s("DROP TABLE c;\n")}});
        QJsonObject json = status();
        QCOMPARE(json[s("history_style")].toString(), s("golang-migrate"));
        QCOMPARE(json[s("rollback_order")].toString(), s("version"));
        QCOMPARE(stateOf(byVersion(json), s("10")), s("applied"));

        rollBack(s("10"));
        QCOMPARE(rows(s("SELECT version, dirty FROM schema_migrations")), QStringList{s("2|0")});
        json = status();
        QCOMPARE(stateOf(byVersion(json), s("10")), s("pending"));
        QCOMPARE(stateOf(byVersion(json), s("2")), s("applied"));

        rollBack(s("2"));
        rollBack(s("1"));
        QCOMPARE(rows(s("SELECT version, dirty FROM schema_migrations")), QStringList{});
        for (const QJsonObject &row : byVersion(status()))
            QCOMPARE(row[s("state")].toString(), s("pending"));
    }

    void golangMigrateDirtyRowIsCleared()
    {
        setUp(s("hgolangdirty"),
              {s(golangMigrate), s("INSERT INTO schema_migrations VALUES (2, 1)")},
              {{s("1_a.up.sql"), s("SELECT 1;\n")},
               {s("1_a.down.sql"), s("SELECT 1;\n")},
               {s("2_b.up.sql"), s("SELECT 2;\n")},
               {s("2_b.down.sql"), s("SELECT 2;\n")}});
        QCOMPARE(stateOf(byVersion(status()), s("2")), s("dirty"));
        rollBack(s("2"));
        QCOMPARE(rows(s("SELECT version, dirty FROM schema_migrations")), QStringList{s("1|0")});
    }

    // golang-migrate.history.dirty-before-clean-after, .first-migration-nil-version,
    // .lock.shared-name
    void golangMigrateMarksDirtyBeforeAndCleanAfter()
    {
        QCOMPARE(HistoryWriter::golangMigrateLockId(s("heartguard"), s("schema_migrations")),
                 s("4283980410"));
        setUp(s("hgolangmark"),
              {s(golangMigrate), s("INSERT INTO schema_migrations VALUES (2, 0)")},
              {{s("1_a.up.sql"), s("SELECT 1;\n")},
               {s("1_a.down.sql"), s("SELECT 1;\n")},
               {s("2_b.up.sql"), s("SELECT 2;\n")},
               {s("2_b.down.sql"), s("SELECT 2;\n")}});
        auto spec = ConnectionSpec::parse(m_history.server().url(m_history.database()));
        QVERIFY(spec.ok());
        auto session = DatabaseSession::open(spec.value(), m_history.server().password);
        QVERIFY(session.ok());
        const MigrationSet set = MigrationFolderReader::read(m_history.folder());
        auto history = HistoryReader::read(session.value()->database());
        QVERIFY(history.ok());
        auto started = HistoryWriter::recordRollbackStart(*session.value(), history.value(), set,
                                                          *set.find(s("2")));
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error()));
        // A crash now leaves what golang-migrate itself leaves: the target, dirty.
        QCOMPARE(rows(s("SELECT version, dirty FROM schema_migrations")), QStringList{s("1|1")});
        QJsonObject json = status();
        QCOMPARE(stateOf(byVersion(json), s("1")), s("dirty"));
        QCOMPARE(stateOf(byVersion(json), s("2")), s("pending"));
        // ... and a plan refuses to go on, as golang-migrate does.
        const ProcessResult plan =
            runCli({s("plan"), s("--url"), m_history.server().url(m_history.database()),
                    s("--password-file"), m_history.server().passwordFile, s("--migrations"),
                    m_history.folder()});
        QCOMPARE(plan.exitCode, 4);
        QVERIFY2(plan.out.contains("is dirty: golang-migrate refuses"), plan.out.constData());
        rollBack(s("2"));
        QCOMPARE(rows(s("SELECT version, dirty FROM schema_migrations")), QStringList{s("1|0")});
        // The first migration: golang-migrate's nil version (-1), dirty, then nothing.
        auto again = HistoryReader::read(session.value()->database());
        QVERIFY(again.ok());
        QVERIFY(HistoryWriter::recordRollbackStart(*session.value(), again.value(), set,
                                                   *set.find(s("1")))
                    .ok());
        QCOMPARE(rows(s("SELECT version, dirty FROM schema_migrations")), QStringList{s("-1|1")});
        QCOMPARE(stateOf(byVersion(status()), s("1")), s("pending"));
        rollBack(s("1"));
        QCOMPARE(rows(s("SELECT version, dirty FROM schema_migrations")), QStringList{});
    }

    // sql-migrate.history.detect, .delete-by-file-name, .names.same-number-allowed
    void sqlMigrateGorpMigrations()
    {
        setUp(s("hsqlmigrate"),
              {s("CREATE TABLE gorp_migrations (id varchar(255) not null primary key, applied_at "
                 "datetime) engine=InnoDB charset=UTF8"),
               s("INSERT INTO gorp_migrations VALUES ('1203_a.sql', '2026-01-01 00:00:00'), "
                 "('1203_b.sql', '2026-01-02 00:00:00'), ('0999_gone.sql', '2026-01-01 "
                 "00:00:00')")},
              {{s("1203_a.sql"), s("-- +migrate Up\nSELECT 1;\n-- +migrate Down\nSELECT 2;\n")},
               {s("1203_b.sql"), s("-- +migrate Up\nSELECT 3;\n-- +migrate Down\nSELECT 4;\n")}});
        QJsonObject json = status();
        QCOMPARE(json[s("history_style")].toString(), s("sql-migrate"));
        auto rowsByVersion = byVersion(json);
        QCOMPARE(stateOf(rowsByVersion, s("1203_a.sql")), s("applied"));
        QCOMPARE(stateOf(rowsByVersion, s("1203_b.sql")), s("applied"));
        QCOMPARE(stateOf(rowsByVersion, s("0999_gone.sql")), s("missing_file"));
        rollBack(s("1203_b.sql"));
        QCOMPARE(rows(s("SELECT id FROM gorp_migrations ORDER BY id")),
                 (QStringList{s("0999_gone.sql"), s("1203_a.sql")}));
    }

    // db-migrate.history.detect, .delete-by-name, .order.run-on
    void dbMigrateMigrationsTable()
    {
        const QString stub = s("exports.up = function(db) { var f = path.join(__dirname, "
                               "'sqls', '%1-up.sql'); return db.runSql(f); };\n");
        setUp(s("hdbmigrate"),
              {s("CREATE TABLE migrations (id INTEGER PRIMARY KEY AUTO_INCREMENT NOT NULL, name "
                 "VARCHAR(255) NOT NULL, run_on DATETIME NOT NULL)"),
               s("INSERT INTO migrations (name, run_on) VALUES ('/20240102-b', '2026-01-01 "
                 "00:00:00'), ('/20240101-a', '2026-01-02 00:00:00')")},
              {{s("20240101-a.js"), stub.arg(s("20240101-a"))},
               {s("sqls/20240101-a-up.sql"), s("SELECT 1;\n")},
               {s("sqls/20240101-a-down.sql"), s("SELECT 2;\n")},
               {s("20240102-b.js"), stub.arg(s("20240102-b"))},
               {s("sqls/20240102-b-up.sql"), s("SELECT 3;\n")},
               {s("sqls/20240102-b-down.sql"), s("SELECT 4;\n")}});
        QJsonObject json = status();
        QCOMPARE(json[s("history_style")].toString(), s("db-migrate"));
        QCOMPARE(json[s("rollback_order")].toString(), s("applied"));
        // Run on later: rolled back first, whatever the version says.
        QCOMPARE(byVersion(json)[s("20240101")][s("applied_order")].toInt(), 1);
        rollBack(s("20240101"));
        QCOMPARE(rows(s("SELECT name FROM migrations")), QStringList{s("/20240102-b")});
    }

    // flyway.history.baseline-is-a-floor
    void flywayBaselineIsAFloor()
    {
        setUp(s("hflywaybase"),
              {s(flyway),
               s("INSERT INTO flyway_schema_history VALUES "
                 "(1, '2', '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>', NULL, "
                 "'app', '2026-01-01 10:00:00', 0, 1),"
                 "(2, '3', 'three', 'SQL', 'V3__three.sql', 3, 'app', '2026-01-02 10:00:00', 5, "
                 "1)")},
              {{s("V1__one.sql"), s("CREATE TABLE one (id INT);\n")},
               {s("U1__one.sql"), s("DROP TABLE one;\n")},
               {s("V2__two.sql"), s("CREATE TABLE two (id INT);\n")},
               {s("U2__two.sql"), s("DROP TABLE two;\n")},
               {s("V3__three.sql"), s("CREATE TABLE three (id INT);\n")},
               {s("U3__three.sql"), s("DROP TABLE three;\n")}});
        const QJsonObject json = status();
        auto rowsByVersion = byVersion(json);
        QCOMPARE(stateOf(rowsByVersion, s("1")), s("below_baseline"));
        QCOMPARE(stateOf(rowsByVersion, s("2")), s("below_baseline"));
        QCOMPARE(stateOf(rowsByVersion, s("3")), s("applied"));
        const QStringList plan{s("plan"),
                               s("--url"),
                               m_history.server().url(m_history.database()),
                               s("--password-file"),
                               m_history.server().passwordFile,
                               s("--migrations"),
                               m_history.folder()};
        const ProcessResult below = runCli(plan + QStringList{s("--only"), s("2")});
        QCOMPARE(below.exitCode, 2);
        QVERIFY2(below.err.contains("below the baseline"), below.err.constData());
        const ProcessResult tooMany = runCli(plan + QStringList{s("--steps"), s("2")});
        QCOMPARE(tooMany.exitCode, 2);
        const ProcessResult latest = runCli(plan);
        QVERIFY2(latest.exitCode == 0, latest.err.constData());
        QVERIFY2(latest.out.contains("DROP TABLE three") && !latest.out.contains("DROP TABLE two"),
                 latest.out.constData());
    }

    // liquibase.lock.locked-refused, liquibase.lock.table-excluded
    void liquibaseLockIsLiquibases()
    {
        setUp(s("hliquibaselock"),
              {s(liquibase), s(liquibaseLock),
               s("INSERT INTO DATABASECHANGELOGLOCK VALUES (1, 1, '2026-01-01 10:00:00', "
                 "'deploy-host (10.0.0.7)')"),
               s("INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, "
                 "ORDEREXECUTED, EXECTYPE) VALUES ('1', 'a', 'c.sql', '2026-01-02 10:00:00', 1, "
                 "'EXECUTED')")},
              {{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nCREATE TABLE t (id "
                              "INT);\n--rollback DROP TABLE t;\n")}});
        QCOMPARE(status()[s("history_table")].toString(), s("DATABASECHANGELOG"));
        const ProcessResult plan =
            runCli({s("plan"), s("--url"), m_history.server().url(m_history.database()),
                    s("--password-file"), m_history.server().passwordFile, s("--migrations"),
                    m_history.folder()});
        QCOMPARE(plan.exitCode, 4);
        QVERIFY2(plan.out.contains("Liquibase's lock is held") &&
                     plan.out.contains("deploy-host (10.0.0.7)"),
                 plan.out.constData());
    }

    void gooseDeletesTheVersionsRows()
    {
        setUp(s("hgoose"),
              {s(goose), s("INSERT INTO goose_db_version (version_id, is_applied, tstamp) VALUES "
                           "(0, 1, '2026-01-01 00:00:00'), (3, 1, '2026-01-02 00:00:00'), "
                           "(2, 1, '2026-01-03 00:00:00'), (3, 0, '2026-01-04 00:00:00'), "
                           "(3, 1, '2026-01-05 00:00:00')")},
              {{s("00002_a.sql"), s("-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n")},
               {s("00003_b.sql"), s("-- +goose Up\nSELECT 3;\n-- +goose Down\nSELECT 4;\n")}});
        QJsonObject json = status();
        QCOMPARE(json[s("history_style")].toString(), s("goose"));
        QCOMPARE(json[s("rollback_order")].toString(), s("applied"));
        // 3 went up, down and up again after 2: the last row decides, so 2 was first.
        QCOMPARE(byVersion(json)[s("00002")][s("applied_order")].toInt(), 0);
        QCOMPARE(byVersion(json)[s("00003")][s("applied_order")].toInt(), 1);

        rollBack(s("00003"));
        QCOMPARE(rows(s("SELECT version_id, is_applied FROM goose_db_version ORDER BY id")),
                 (QStringList{s("0|1"), s("2|1")}));
        QCOMPARE(stateOf(byVersion(status()), s("00003")), s("pending"));
    }

    void flywayAppendsAnUndoRow()
    {
        setUp(
            s("hflyway"),
            {s(flyway), s(flywayIndex),
             s("INSERT INTO flyway_schema_history VALUES "
               "(1, '1', 'init', 'SQL', 'V1__init.sql', 11, 'app', '2026-01-01 10:00:00', 5, 1),"
               "(2, NULL, 'views', 'SQL', 'R__views.sql', 22, 'app', '2026-01-01 10:00:01', 5, 1),"
               "(3, '1.2', 'add users', 'SQL', 'V1.2__add_users.sql', 33, 'app', "
               "'2026-01-02 10:00:00', 5, 1),"
               "(4, '1.10', 'tags', 'SQL', 'V1.10__tags.sql', 44, 'app', '2026-01-03 10:00:00', "
               "5, 1),"
               "(5, '1.10', 'tags', 'UNDO_SQL', 'U1.10__tags.sql', NULL, 'app', "
               "'2026-01-04 10:00:00', 5, 1),"
               "(6, '2', 'broken', 'SQL', 'V2__broken.sql', 55, 'app', '2026-01-05 10:00:00', "
               "5, 0)")},
            {{s("V1__init.sql"), s("CREATE TABLE t (id INT);\n")},
             {s("U1__init.sql"), s("DROP TABLE t;\n")},
             {s("R__views.sql"), s("CREATE OR REPLACE VIEW v AS SELECT 1;\n")},
             {s("V1.2__add_users.sql"), s("CREATE TABLE users (id INT);\n")},
             {s("U1.2__add_users.sql"), s("DROP TABLE users;\n")},
             {s("V1.10__tags.sql"), s("CREATE TABLE tags (id INT);\n")},
             {s("U1.10__tags.sql"), s("DROP TABLE tags;\n")},
             {s("V2__broken.sql"), s("SELECT 2;\n")}});
        QJsonObject json = status();
        QCOMPARE(json[s("history_style")].toString(), s("flyway"));
        QCOMPARE(json[s("rollback_order")].toString(), s("applied"));
        auto rowsByVersion = byVersion(json);
        QCOMPARE(stateOf(rowsByVersion, s("1")), s("applied"));
        QCOMPARE(stateOf(rowsByVersion, s("R__views")), s("applied"));
        QCOMPARE(rowsByVersion[s("R__views")][s("reversible")].toBool(), false);
        QCOMPARE(stateOf(rowsByVersion, s("1.2")), s("applied"));
        QCOMPARE(stateOf(rowsByVersion, s("1.10")), s("pending")); // undone at rank 5
        QCOMPARE(stateOf(rowsByVersion, s("2")), s("failed"));     // success = 0
        QCOMPARE(rowsByVersion[s("1.2")][s("applied_order")].toInt(), 2);

        rollBack(s("1.2"), 42);
        QCOMPARE(
            rows(s("SELECT installed_rank, version, description, type, script, checksum, "
                   "installed_by, execution_time, success, "
                   "installed_on >= NOW() - INTERVAL 1 HOUR "
                   "FROM flyway_schema_history WHERE installed_rank = 7")),
            QStringList{s("7|1.2|add users|UNDO_SQL|U1.2__add_users.sql|NULL|backstep|42|1|1")});
        QCOMPARE(rows(s("SELECT COUNT(*) FROM flyway_schema_history")), QStringList{s("7")});
        QCOMPARE(stateOf(byVersion(status()), s("1.2")), s("pending"));
    }

    void liquibaseDeletesTheChangesetsRow()
    {
        setUp(s("hliquibase"),
              {s(liquibase), s(liquibaseLock),
               s("INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, "
                 "ORDEREXECUTED, EXECTYPE, MD5SUM, LIQUIBASE, DEPLOYMENT_ID) VALUES "
                 "('create', 'alice', 'db/changelog/001.sql', '2026-01-02 10:00:00', 2, "
                 "'EXECUTED', '9:aa', '4.29.0', '1'),"
                 "('seed', 'bob', 'db/changelog/001.sql', '2026-01-01 10:00:00', 1, "
                 "'EXECUTED', '9:bb', '4.29.0', '1'),"
                 "('index', 'alice', 'db/changelog/001.sql', '2026-01-02 10:00:00', 3, "
                 "'MARK_RAN', '9:cc', '4.29.0', '2'),"
                 "('skipped', 'alice', 'db/changelog/001.sql', '2026-01-02 10:00:00', 4, "
                 "'SKIPPED', '9:dd', '4.29.0', '2'),"
                 "('create', 'mallory', 'db/changelog/other.sql', '2026-01-03 10:00:00', 5, "
                 "'EXECUTED', '9:ee', '4.29.0', '3')")},
              {{s("001.sql"), s("--liquibase formatted sql\n"
                                "--changeset alice:create\nCREATE TABLE a (id INT);\n"
                                "--rollback DROP TABLE a;\n"
                                "--changeset bob:seed\nINSERT INTO a VALUES (1);\n"
                                "--rollback DELETE FROM a;\n"
                                "--changeset alice:index\nCREATE INDEX i ON a (id);\n"
                                "--rollback DROP INDEX i ON a;\n"
                                "--changeset alice:skipped\nSELECT 1;\n"
                                "--rollback SELECT 2;\n")}});
        QJsonObject json = status();
        QCOMPARE(json[s("history_style")].toString(), s("liquibase"));
        QCOMPARE(json[s("history_table")].toString(), s("DATABASECHANGELOG"));
        QCOMPARE(json[s("rollback_order")].toString(), s("applied"));
        const QJsonArray migrations = json[s("migrations")].toArray();
        // The files' order, not the ids' alphabetical order.
        QCOMPARE(migrations[0][s("version")].toString(), s("create"));
        QCOMPARE(migrations[1][s("version")].toString(), s("seed"));
        auto rowsByVersion = byVersion(json);
        QCOMPARE(rowsByVersion[s("seed")][s("applied_order")].toInt(), 0);
        QCOMPARE(stateOf(rowsByVersion, s("index")), s("applied")); // MARK_RAN
        QCOMPARE(stateOf(rowsByVersion, s("skipped")), s("pending"));

        rollBack(s("index"));
        rollBack(s("create"));
        // Only alice's rows went; mallory's changeset of the same id in another file stays.
        QCOMPARE(rows(s("SELECT ID, AUTHOR, FILENAME FROM DATABASECHANGELOG "
                        "ORDER BY DATEEXECUTED, ORDEREXECUTED")),
                 (QStringList{s("seed|bob|db/changelog/001.sql"),
                              s("skipped|alice|db/changelog/001.sql"),
                              s("create|mallory|db/changelog/other.sql")}));
    }

    // liquibase.history.deployment-id: the playbook's default target on a Liquibase history: the
    // changesets of the last DEPLOYMENT_ID, rows written as Liquibase 4.29 writes them
    // (ORDEREXECUTED counting on across deploys, DEPLOYMENT_ID the same for one `update`). The two
    // deploys were three minutes apart, which the recorded times alone would take for one deploy.
    void liquibaseLastDeployIsItsDeploymentId()
    {
        const char *const row =
            "('%1', 'alice', 'db/changelog/001.sql', '%2', %3, '9:%4', 'sql', '', 'EXECUTED', "
            "NULL, NULL, '4.29.2', '%5')";
        const QStringList values{s(row).arg(s("users"), s("2026-01-02 10:00:00"), s("1"),
                                            QString(32, u'a'), s("7344800001")),
                                 s(row).arg(s("seed"), s("2026-01-02 10:00:01"), s("2"),
                                            QString(32, u'b'), s("7344800001")),
                                 s(row).arg(s("orders"), s("2026-01-02 10:03:00"), s("3"),
                                            QString(32, u'c'), s("7344980002")),
                                 s(row).arg(s("index"), s("2026-01-02 10:03:01"), s("4"),
                                            QString(32, u'd'), s("7344980002"))};
        setUp(s("hliquibasedeploy"),
              {s(liquibase), s(liquibaseLock),
               s("INSERT INTO DATABASECHANGELOGLOCK VALUES (1, 0, NULL, NULL)"),
               s("INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, "
                 "ORDEREXECUTED, MD5SUM, `DESCRIPTION`, COMMENTS, EXECTYPE, CONTEXTS, LABELS, "
                 "LIQUIBASE, DEPLOYMENT_ID) VALUES ") +
                   values.join(s(", "))},
              {{s("001.sql"), s("--liquibase formatted sql\n"
                                "--changeset alice:users\nCREATE TABLE users (id INT);\n"
                                "--rollback DROP TABLE users;\n"
                                "--changeset alice:seed\nINSERT INTO users VALUES (1);\n"
                                "--rollback DELETE FROM users;\n"
                                "--changeset alice:orders\nCREATE TABLE orders (id INT);\n"
                                "--rollback DROP TABLE orders;\n"
                                "--changeset alice:index\nCREATE INDEX i ON orders (id);\n"
                                "--rollback DROP INDEX i ON orders;\n")}});
        WorkspaceRequest request;
        auto spec = ConnectionSpec::parse(m_history.server().url(m_history.database()));
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error()));
        request.connection = spec.value();
        request.password = m_history.server().password;
        request.migrationsFolder = m_history.folder();
        const Workspace workspace = WorkspaceLoader::load(request);
        QVERIFY2(workspace.connected(), qPrintable(workspace.databaseError));
        QCOMPARE(workspace.history.style, HistoryStyle::Liquibase);
        const auto chosen = lastDeployTarget(workspace.rows);
        QVERIFY2(chosen.ok(), qPrintable(chosen.ok() ? QString() : chosen.error()));
        QCOMPARE(chosen.value().versions,
                 QStringList({QStringLiteral("orders"), QStringLiteral("index")}));
        QCOMPARE(chosen.value().target.mode, RollbackTarget::Mode::ToVersion);
        QCOMPARE(chosen.value().target.version, QStringLiteral("seed"));
        QVERIFY(chosen.value().fromDeploymentId);
        QVERIFY2(chosen.value().reason.startsWith(
                     s("the last deploy (Liquibase's DEPLOYMENT_ID 7344980002) applied orders "
                       "to index at ")),
                 qPrintable(chosen.value().reason));
    }

    void customTableWithAppliedAtColumn()
    {
        setUp(s("hcustom"),
              {s("CREATE TABLE deploy_log (ver VARCHAR(20) PRIMARY KEY, done_at DATETIME)"),
               s("INSERT INTO deploy_log VALUES ('1', '2026-01-02 00:00:00'), "
                 "('2', '2026-01-01 00:00:00')")},
              {{s("1_a.sql"), s("-- UP\nSELECT 1;\n-- DOWN\nSELECT 2;\n")},
               {s("2_b.sql"), s("-- UP\nSELECT 3;\n-- DOWN\nSELECT 4;\n")}});
        const QStringList choice{s("--history-table"), s("deploy_log"), s("--version-column"),
                                 s("ver")};
        QJsonObject json = status(0, choice);
        QCOMPARE(json[s("history_style")].toString(), s("custom"));
        QCOMPARE(json[s("rollback_order")].toString(), s("version"));
        json = status(0, choice + QStringList{s("--applied-at-column"), s("done_at")});
        QCOMPARE(json[s("rollback_order")].toString(), s("applied"));
        QCOMPARE(byVersion(json)[s("2")][s("applied_order")].toInt(), 0);
        QCOMPARE(byVersion(json)[s("1")][s("applied_order")].toInt(), 1);

        rollBack(s("1"), 0, {s("deploy_log"), s("ver"), s("done_at")});
        QCOMPARE(rows(s("SELECT ver FROM deploy_log")), QStringList{s("2")});
        QCOMPARE(status(2, {s("--version-column"), s("ver")}).isEmpty(), true);
    }

    void severalKnownTablesMustBeChosen()
    {
        setUp(s("hseveral"),
              {s(goose), s(dbmate),
               s("INSERT INTO goose_db_version (version_id, is_applied) VALUES (1, 1)")},
              {{s("1_a.sql"), s("-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n")}});
        const ProcessResult result =
            runCli({s("status"), s("--url"), m_history.server().url(m_history.database()),
                    s("--password-file"), m_history.server().passwordFile, s("--migrations"),
                    m_history.folder()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("goose_db_version") &&
                     result.err.contains("schema_migrations") &&
                     result.err.contains("--history-table"),
                 result.err.constData());
        const QJsonObject json = status(0, {s("--history-table"), s("goose_db_version")});
        QCOMPARE(json[s("history_style")].toString(), s("goose"));
        QCOMPARE(stateOf(byVersion(json), s("1")), s("applied"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryTables)
#include "tst_historytables.moc"
