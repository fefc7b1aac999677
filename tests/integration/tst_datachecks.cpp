// The data checks, scenario checks and assertions of a post-rollback verification
// against the real MariaDB server (and SQLite): every check passes on clean data, and
// each kind of damage fails exactly its own check, naming what is wrong.
#include "core/connectionspec.h"
#include "core/migrationfolderreader.h"
#include "core/rollbackplan.h"
#include "db/databasesession.h"
#include "db/datachecks.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace backstep;
using namespace backstep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

QString describe(const VerificationChecks &checks)
{
    QStringList lines;
    for (const VerificationCheck &check : checks)
        lines.append(QStringLiteral("[%1] %2 %3: %4 | expected %5 | actual %6")
                         .arg(check.section, checkOutcomeName(check.outcome), check.name,
                              check.detail, check.expected, check.actual));
    return lines.join(u'\n');
}

QStringList namesWith(const VerificationChecks &checks, VerificationCheck::Outcome outcome)
{
    QStringList names;
    for (const VerificationCheck &check : checks)
        if (check.outcome == outcome)
            names.append(check.name);
    return names;
}

QStringList failedNames(const VerificationChecks &checks)
{
    QStringList names;
    for (const VerificationCheck &check : checks)
        if (check.failed())
            names.append(check.name);
    return names;
}

VerificationCheck find(const VerificationChecks &checks, const QString &name)
{
    for (const VerificationCheck &check : checks)
        if (check.name == name)
            return check;
    qFatal("no check named %s", qPrintable(name));
}

using Kind = ScenarioExpectation::Kind;

} // namespace

class TestDataChecks : public QObject
{
    Q_OBJECT

    MariaDbSandbox m_server;
    std::unique_ptr<DatabaseSession> m_session;
    DataCheckRequest m_request;

    // A fresh database as a rollback of tests/data/rollback would leave it: users and
    // food_logs with a JSON column restored, devices/readings with a two-column foreign
    // key, activity_events departitioned, and settings, which the rollback never touches.
    void freshDatabase(const char *prefix)
    {
        m_session.reset();
        const QString name = m_server.createDatabase(s(prefix));
        {
            QSqlDatabase db = m_server.connect(s("setup"), name);
            for (const char *sql : {
                     "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL)",
                     "CREATE TABLE food_logs (id INT PRIMARY KEY, user_id INT NOT NULL, items "
                     "JSON NULL, CONSTRAINT fk_food_logs_user FOREIGN KEY (user_id) REFERENCES "
                     "users (id))",
                     "CREATE TABLE devices (owner_id INT NOT NULL, serial VARCHAR(20) NOT NULL, "
                     "PRIMARY KEY (owner_id, serial))",
                     "CREATE TABLE readings (id INT PRIMARY KEY, owner_id INT NULL, serial "
                     "VARCHAR(20) NULL, CONSTRAINT fk_readings_device FOREIGN KEY (owner_id, "
                     "serial) REFERENCES devices (owner_id, serial))",
                     "CREATE TABLE activity_events (id INT PRIMARY KEY, user_id INT NOT NULL, "
                     "KEY idx_activity_events_user (user_id))",
                     "CREATE TABLE settings (name VARCHAR(50) PRIMARY KEY, value TEXT)",
                     "INSERT INTO users VALUES (1, 'ann@example.org'), (2, 'bob@example.org'), "
                     "(3, 'cy@example.org')",
                     "INSERT INTO food_logs VALUES (1, 1, '[\"apple\"]'), (2, 2, '[]'), (3, 3, "
                     "'{\"a\": 1}')",
                     "INSERT INTO devices VALUES (1, 'A1'), (2, 'B2')",
                     "INSERT INTO readings VALUES (1, 1, 'A1'), (2, 2, 'B2'), (3, NULL, 'ZZ')",
                     "INSERT INTO activity_events VALUES (1, 1), (2, 2)",
                     "INSERT INTO settings VALUES ('theme', 'dark'), ('lang', 'en')",
                 })
                exec(db, s(sql));
        }
        QSqlDatabase::removeDatabase(s("setup"));
        openSession(name);
        QVERIFY(m_session);

        const auto counts = DataChecks::rowCounts(*m_session);
        QVERIFY2(counts.ok(), qPrintable(counts.ok() ? QString() : counts.error()));
        QCOMPARE(counts->value(s("settings")), 2);
        QCOMPARE(counts->value(s("readings")), 3);
        m_request = {};
        m_request.rowCountsBefore = counts.value();
        m_request.touchedTables = {s("food_logs"), s("users"),           s("readings"),
                                   s("devices"),   s("activity_events"), s("food_log_items")};
        m_request.expectations = {
            {Kind::JsonColumnValid, s("food_logs"), s("items"), s("re-added"), 1, s("0002")},
            {Kind::ForeignKeyGone, s("food_log_items"), QString(), s("dropped"), 4, s("0002")},
            {Kind::IndexGone, s("food_logs"), s("idx_food_logs_date_user"), s("dropped"), 2,
             s("0003")},
            {Kind::PartitioningRemoved, s("activity_events"), QString(), s("merged"), 0, s("0004")},
            {Kind::IndexPresent, s("activity_events"), s("idx_activity_events_user"), s("made"), 3,
             s("0004")},
        };
    }

    void openSession(const QString &database)
    {
        m_session.reset();
        auto spec = ConnectionSpec::parse(m_server.url(database));
        QVERIFY(spec.ok());
        auto session = DatabaseSession::open(spec.value(), m_server.password);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error()));
        m_session = std::move(session.value());
    }

    void sql(const char *text) { exec(m_session->database(), s(text)); }

    VerificationChecks run() { return DataChecks::run(*m_session, m_request); }

private Q_SLOTS:
    void initTestCase() { m_server = MariaDbSandbox::current(); }
    void cleanupTestCase() { m_session.reset(); }

    void passesOnCleanData()
    {
        freshDatabase("checks_clean");
        const VerificationChecks checks = run();
        QVERIFY2(failedNames(checks).isEmpty(), qPrintable(describe(checks)));
        QVERIFY2(namesWith(checks, VerificationCheck::Outcome::Skipped).isEmpty(),
                 qPrintable(describe(checks)));
        QCOMPARE(namesWith(checks, VerificationCheck::Outcome::Passed),
                 QStringList({s("CHECK TABLE food_logs"), s("CHECK TABLE users"),
                              s("CHECK TABLE readings"), s("CHECK TABLE devices"),
                              s("CHECK TABLE activity_events"), s("orphans of fk_food_logs_user"),
                              s("orphans of fk_readings_device"),
                              s("row counts of the untouched tables"),
                              s("JSON column food_logs.items restored"),
                              s("foreign keys of food_log_items gone"),
                              s("index idx_food_logs_date_user on food_logs gone"),
                              s("partitioning of activity_events removed"),
                              s("index idx_activity_events_user on activity_events present")}));
        for (const VerificationCheck &check : checks) {
            QVERIFY2(!check.evidence.isEmpty(), qPrintable(check.name));
            QVERIFY(check.section == u"data" || check.section == u"scenario");
        }
        const VerificationCheck counts = find(checks, s("row counts of the untouched tables"));
        QVERIFY2(counts.detail.contains(s("1 table")), qPrintable(counts.detail));
        QVERIFY(
            find(checks, s("JSON column food_logs.items restored")).detail.contains(s("re-added")));
    }

    void orphanFailsOnlyItsCheck()
    {
        freshDatabase("checks_orphan");
        sql("SET FOREIGN_KEY_CHECKS = 0");
        sql("INSERT INTO food_logs VALUES (99, 42, '[]')");
        sql("SET FOREIGN_KEY_CHECKS = 1");
        const VerificationChecks checks = run();
        QCOMPARE(failedNames(checks), QStringList{s("orphans of fk_food_logs_user")});
        const VerificationCheck orphan = find(checks, s("orphans of fk_food_logs_user"));
        QCOMPARE(orphan.outcome, VerificationCheck::Outcome::Failed);
        QVERIFY2(orphan.detail.contains(s("1 rows of food_logs reference no row of users")),
                 qPrintable(orphan.detail));
        QVERIFY2(orphan.detail.contains(s("fk_food_logs_user")), qPrintable(orphan.detail));
        QVERIFY2(orphan.detail.contains(s("(user_id=42)")), qPrintable(orphan.detail));
        QCOMPARE(orphan.actual, s("1: (user_id=42)"));
        QCOMPARE(orphan.expected, s("0"));
        QVERIFY(orphan.evidence.contains(s("LIMIT 1001")));
    }

    void multiColumnOrphan()
    {
        freshDatabase("checks_orphan2");
        sql("SET FOREIGN_KEY_CHECKS = 0");
        sql("INSERT INTO readings VALUES (10, 1, 'B2'), (11, 7, 'X'), (12, 7, 'X'), (13, 1, NULL)");
        sql("SET FOREIGN_KEY_CHECKS = 1");
        const VerificationChecks checks = run();
        QCOMPARE(failedNames(checks), QStringList{s("orphans of fk_readings_device")});
        const VerificationCheck orphan = find(checks, s("orphans of fk_readings_device"));
        // (1, NULL) is MATCH SIMPLE: not an orphan. The two (7, X) rows share one sample.
        QVERIFY2(orphan.actual.startsWith(s("3: ")), qPrintable(orphan.actual));
        QVERIFY2(orphan.actual.contains(s("(owner_id=1, serial=B2)")), qPrintable(orphan.actual));
        QVERIFY2(orphan.actual.contains(s("(owner_id=7, serial=X)")), qPrintable(orphan.actual));
        QCOMPARE(orphan.actual.count(s("serial=X")), 1);
    }

    void nullOrInvalidJsonFails()
    {
        freshDatabase("checks_json");
        sql("UPDATE food_logs SET items = NULL WHERE id = 1");
        // MariaDB's JSON is LONGTEXT with a JSON_VALID check that can be switched off;
        // MySQL's JSON type stores valid JSON only, so there the second row is NULL too.
        const bool invalidPossible = !m_server.isMySql();
        if (invalidPossible) {
            sql("SET check_constraint_checks = 0");
            sql("UPDATE food_logs SET items = 'not json' WHERE id = 2");
            sql("SET check_constraint_checks = 1");
        } else {
            sql("UPDATE food_logs SET items = NULL WHERE id = 2");
        }
        const VerificationChecks checks = run();
        const QString name = s("JSON column food_logs.items restored");
        QCOMPARE(failedNames(checks), QStringList{name});
        const VerificationCheck json = find(checks, name);
        QCOMPARE(json.section, s("scenario"));
        QCOMPARE(json.actual, s("2"));
        QVERIFY2(json.detail.contains(invalidPossible
                                          ? s("2 row(s) of food_logs hold NULL or invalid JSON in "
                                              "items (1 NULL, 1 invalid)")
                                          : s("2 row(s) of food_logs hold NULL or invalid JSON in "
                                              "items (2 NULL, 0 invalid)")),
                 qPrintable(json.detail));
    }

    void untouchedRowCountChangeFails()
    {
        freshDatabase("checks_counts");
        sql("INSERT INTO settings VALUES ('tz', 'UTC')");
        sql("DELETE FROM activity_events WHERE id = 2"); // touched: not compared
        const VerificationChecks checks = run();
        const QString name = s("row counts of the untouched tables");
        QCOMPARE(failedNames(checks), QStringList{name});
        const VerificationCheck counts = find(checks, name);
        QVERIFY2(counts.detail.contains(s("settings: 2 rows before, 3 after")),
                 qPrintable(counts.detail));
        QCOMPARE(counts.expected, s("settings=2"));
        QCOMPARE(counts.actual, s("settings=3"));

        // The history table changes by design: ignored, the check passes.
        m_request.ignoredTables = {s("settings")};
        const VerificationChecks again = run();
        QCOMPARE(find(again, name).outcome, VerificationCheck::Outcome::Skipped);
    }

    void droppedObjectsStillThereFail()
    {
        freshDatabase("checks_gone");
        sql("CREATE INDEX idx_food_logs_date_user ON food_logs (user_id)");
        m_request.expectations.append({Kind::ForeignKeyGone, s("food_logs"), s("fk_food_logs_user"),
                                       s("dropped"), 5, s("9")});
        const VerificationChecks checks = run();
        QCOMPARE(failedNames(checks),
                 QStringList({s("index idx_food_logs_date_user on food_logs gone"),
                              s("foreign key fk_food_logs_user gone")}));
        const VerificationCheck index =
            find(checks, s("index idx_food_logs_date_user on food_logs gone"));
        QCOMPARE(index.actual, s("idx_food_logs_date_user"));
        QVERIFY2(index.detail.contains(s("still there: idx_food_logs_date_user")),
                 qPrintable(index.detail));
        QVERIFY(find(checks, s("foreign key fk_food_logs_user gone"))
                    .detail.contains(s("still there")));
    }

    void partitionedTableFails()
    {
        freshDatabase("checks_partitions");
        sql("ALTER TABLE activity_events PARTITION BY HASH (id) PARTITIONS 3");
        const VerificationChecks checks = run();
        const QString name = s("partitioning of activity_events removed");
        QCOMPARE(failedNames(checks), QStringList{name});
        const VerificationCheck check = find(checks, name);
        QVERIFY2(check.detail.contains(s("activity_events still has 3 partition(s): p0, p1, p2")),
                 qPrintable(check.detail));
        QVERIFY2(check.actual.contains(s("indexes: PRIMARY, idx_activity_events_user")),
                 qPrintable(check.actual));

        sql("ALTER TABLE activity_events REMOVE PARTITIONING");
        sql("ALTER TABLE activity_events DROP INDEX idx_activity_events_user");
        const VerificationChecks after = run();
        QCOMPARE(failedNames(after),
                 QStringList{s("index idx_activity_events_user on activity_events present")});
    }

    // tests/data/rollback applied, then its DOWN sections 0004, 0003, 0002 run as the
    // runner would: every check the plan calls for passes; an orphaned row and the dropped
    // index created again fail exactly their two checks.
    void rollbackOfTheTestMigrations()
    {
        const QString name = m_server.createDatabase(s("checks_rollback"));
        openSession(name);
        QVERIFY(m_session);
        const MigrationSet set = MigrationFolderReader::read(dataDir() + s("/rollback/migrations"));
        QVERIFY(set.errors.isEmpty());
        QCOMPARE(set.migrations.size(), 4);
        sql("CREATE TABLE settings (name VARCHAR(50) PRIMARY KEY)");
        sql("INSERT INTO settings VALUES ('theme'), ('lang')");
        for (const Migration &migration : set.migrations)
            for (const Statement &statement : migration.up.statements)
                exec(m_session->database(), statement.sql);
        const auto before = DataChecks::rowCounts(*m_session);
        QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error()));

        RollbackPlan plan;
        for (qsizetype m = set.migrations.size() - 1; m >= 1; --m) {
            PlannedMigration planned;
            planned.version = set.migrations.at(m).version;
            planned.statements = set.migrations.at(m).down.statements;
            for (qsizetype i = 0; i < planned.statements.size(); ++i)
                plan.steps.append({int(plan.migrations.size()), int(i)});
            plan.steps.append({int(plan.migrations.size()), -1});
            plan.migrations.append(planned);
        }
        for (const PlannedMigration &migration : std::as_const(plan.migrations))
            for (const Statement &statement : migration.statements)
                exec(m_session->database(), statement.sql);

        const DataCheckRequest request = DataChecks::request(plan, before.value(), {});
        QCOMPARE(request.expectations.size(), 5);
        const VerificationChecks checks = DataChecks::run(*m_session, request);
        QVERIFY2(failedNames(checks).isEmpty(), qPrintable(describe(checks)));
        for (const char *expected :
             {"CHECK TABLE food_logs", "CHECK TABLE users", "CHECK TABLE activity_events_archive",
              "orphans of fk_food_logs_user", "row counts of the untouched tables",
              "JSON column food_logs.items restored", "foreign keys of food_log_items gone",
              "index idx_food_logs_date_user on food_logs gone",
              "partitioning of activity_events_archive removed",
              "index idx_activity_events_user on activity_events_archive present"})
            QCOMPARE(find(checks, s(expected)).outcome, VerificationCheck::Outcome::Passed);

        sql("SET FOREIGN_KEY_CHECKS = 0");
        sql("INSERT INTO food_logs (user_id, items, logged_at) VALUES (77, '[]', NOW())");
        sql("SET FOREIGN_KEY_CHECKS = 1");
        sql("CREATE INDEX idx_food_logs_date_user ON food_logs (logged_at, user_id)");
        const VerificationChecks tampered = DataChecks::run(*m_session, request);
        QCOMPARE(failedNames(tampered),
                 QStringList({s("orphans of fk_food_logs_user"),
                              s("index idx_food_logs_date_user on food_logs gone")}));
        QVERIFY(find(tampered, s("orphans of fk_food_logs_user")).actual.contains(s("user_id=77")));
    }

    void assertions()
    {
        freshDatabase("checks_assertions");
        const QList<Assertion> assertions{
            {s("three users"), s("SELECT COUNT(*) FROM users"), s("3")},
            {s("rows and NULL"), s("SELECT id, NULLIF(id, 2) FROM users ORDER BY id;"),
             s("1\t1\n2\tNULL\n3\t3\n")},
            {s("wrong count"), s("SELECT COUNT(*) FROM food_logs"), s("4")},
            {s("a write"), s("DELETE FROM users"), s("0")},
            {s("bad sql"), s("SELECT nope FROM no_such_table"), s("0")},
            {s("show"), s("SHOW TABLES LIKE 'sett%'"), s("settings")},
            {s("comments and delimiter"), s("-- how many\nSELECT /* a */ 1; -- one"), s("1")},
        };
        const VerificationChecks checks = DataChecks::runAssertions(*m_session, assertions);
        QCOMPARE(checks.size(), assertions.size());
        for (const VerificationCheck &check : checks)
            QCOMPARE(check.section, s("assertion"));
        QCOMPARE(namesWith(checks, VerificationCheck::Outcome::Passed),
                 QStringList({s("three users"), s("rows and NULL"), s("show"),
                              s("comments and delimiter")}));
        QCOMPARE(namesWith(checks, VerificationCheck::Outcome::Failed),
                 QStringList{s("wrong count")});
        QCOMPARE(namesWith(checks, VerificationCheck::Outcome::Error),
                 QStringList({s("a write"), s("bad sql")}));

        const VerificationCheck wrong = checks.at(2);
        QCOMPARE(wrong.expected, s("4"));
        QCOMPARE(wrong.actual, s("3"));
        QVERIFY2(wrong.detail.contains(s("expected \"4\", got \"3\"")), qPrintable(wrong.detail));
        QVERIFY2(wrong.evidence.contains(m_server.isMySql() ? s("max_execution_time")
                                                            : s("max_statement_time")),
                 qPrintable(wrong.evidence));

        const VerificationCheck write = checks.at(3);
        QVERIFY2(write.detail.startsWith(s("not run")), qPrintable(write.detail));
        QSqlQuery query(m_session->database());
        QVERIFY(query.exec(s("SELECT COUNT(*) FROM users")) && query.next());
        QCOMPARE(query.value(0).toInt(), 3);

        const VerificationCheck bad = checks.at(4);
        QVERIFY2(bad.detail.contains(s("no_such_table")) && bad.detail.contains(s("doesn't exist")),
                 qPrintable(bad.detail));
    }

    void assertionsAreBoundedAndRolledBack()
    {
        freshDatabase("checks_assertions2");
        sql("CREATE TABLE audit (n INT) ENGINE=InnoDB");
        const QList<Assertion> assertions{
            {s("slow"),
             s("SELECT COUNT(*) FROM ") + integersUpTo(100000000000) +
                 s(" WHERE integers.seq % 7 = 3"),
             s("0")},
            {s("fine after"), s("SELECT COUNT(*) FROM audit"), s("0")},
        };
        QElapsedTimer timer;
        timer.start();
        const VerificationChecks checks = DataChecks::runAssertions(*m_session, assertions, 1);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(describe(checks)));
        QCOMPARE(checks.at(0).outcome, VerificationCheck::Outcome::Error);
        QVERIFY2(checks.at(0).detail.contains(m_server.isMySql()
                                                  ? s("maximum statement execution time exceeded")
                                                  : s("max_statement_time")),
                 qPrintable(checks.at(0).detail));
        QCOMPARE(checks.at(1).outcome, VerificationCheck::Outcome::Passed);
    }

    void sqlite()
    {
        QTemporaryDir dir(temporaryTemplate(s("checks-sqlite")));
        QVERIFY(dir.isValid());
        ConnectionSpec spec;
        spec.engine = ConnectionSpec::Engine::Sqlite;
        spec.sqlitePath = dir.filePath(s("app.sqlite"));
        writeFile(spec.sqlitePath, QString()); // an empty file is an empty database
        auto opened = DatabaseSession::open(spec, QString());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
        DatabaseSession &session = *opened.value();
        for (const char *text :
             {"CREATE TABLE users (id INTEGER PRIMARY KEY)",
              "CREATE TABLE food_logs (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users "
              "(id), "
              "items TEXT)",
              "CREATE TABLE settings (name TEXT)", "INSERT INTO users VALUES (1)",
              "INSERT INTO food_logs VALUES (1, 1, '[]')", "INSERT INTO settings VALUES ('a')"})
            exec(session.database(), s(text));
        DataCheckRequest request;
        request.touchedTables = {s("food_logs"), s("users")};
        const auto counts = DataChecks::rowCounts(session);
        QVERIFY(counts.ok());
        request.rowCountsBefore = counts.value();
        request.expectations = {
            {Kind::JsonColumnValid, s("food_logs"), s("items"), s("re-added"), 0, s("2")},
            {Kind::PartitioningRemoved, s("food_logs"), QString(), s("merged"), 1, s("2")},
            {Kind::IndexGone, QString(), s("idx_x"), s("dropped"), 2, s("2")},
        };
        VerificationChecks checks = DataChecks::run(session, request);
        QVERIFY2(failedNames(checks).isEmpty(), qPrintable(describe(checks)));
        QCOMPARE(namesWith(checks, VerificationCheck::Outcome::Skipped),
                 QStringList{s("partitioning of food_logs removed")});
        QVERIFY(find(checks, s("PRAGMA integrity_check")).outcome ==
                VerificationCheck::Outcome::Passed);

        exec(session.database(), s("INSERT INTO food_logs VALUES (2, 9, 'nope')"));
        exec(session.database(), s("INSERT INTO settings VALUES ('b')"));
        checks = DataChecks::run(session, request);
        QCOMPARE(failedNames(checks),
                 QStringList({s("orphans of food_logs"), s("row counts of the untouched tables"),
                              s("JSON column food_logs.items restored")}));
        QVERIFY2(find(checks, s("orphans of food_logs")).detail.contains(s("rowid 2 -> users")),
                 qPrintable(describe(checks)));

        const VerificationChecks asserted = DataChecks::runAssertions(
            session, {{s("logs"), s("SELECT COUNT(*) FROM food_logs"), s("2")},
                      {s("write"), s("UPDATE users SET id = 5"), s("")}});
        QCOMPARE(asserted.at(0).outcome, VerificationCheck::Outcome::Passed);
        QCOMPARE(asserted.at(1).outcome, VerificationCheck::Outcome::Error);
    }
};

QTEST_GUILESS_MAIN(TestDataChecks)
#include "tst_datachecks.moc"
