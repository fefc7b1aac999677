// The playbook's rollback scenarios recognized from a plan's DOWN statements: one row per
// construct, each expectation written as "kind table object" so that a row says all it
// expects; then the DOWN sections of tests/data/rollback as one plan.
#include "core/migrationfolderreader.h"
#include "core/rollbackplan.h"
#include "core/scenariodetector.h"
#include "core/statementsplitter.h"
#include "support/testsupport.h"

#include <QTest>

using namespace backstep;

namespace {

// One migration per element of `downs`, in plan order (most recent first).
RollbackPlan planOf(const QStringList &downs)
{
    RollbackPlan plan;
    for (qsizetype m = 0; m < downs.size(); ++m) {
        PlannedMigration migration;
        migration.version = QStringLiteral("%1").arg(downs.size() - m, 4, 10, QLatin1Char('0'));
        migration.statements = StatementSplitter::split(downs.at(m)).statements;
        plan.migrations.append(migration);
        for (qsizetype s = 0; s < migration.statements.size(); ++s)
            plan.steps.append({int(m), int(s)});
        plan.steps.append({int(m), -1});
    }
    return plan;
}

QString describe(const QList<ScenarioExpectation> &expectations)
{
    QStringList lines;
    for (const ScenarioExpectation &e : expectations)
        lines.append(
            QStringLiteral("%1 %2 %3").arg(scenarioKindName(e.kind), e.table, e.object).trimmed());
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestScenarioDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data();
    void detects();
    void whyStepAndVersion();
    void rollbackTestData();
    void touchedTables();
};

void TestScenarioDetector::detects_data()
{
    QTest::addColumn<QStringList>("downs");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, std::initializer_list<const char *> downs,
                  const char *expected) {
        QStringList list;
        for (const char *down : downs)
            list.append(QString::fromUtf8(down));
        QTest::newRow(name) << list << QString::fromUtf8(expected);
    };

    row("nothing", {"UPDATE t SET a = 1; DELETE FROM u WHERE id = 2;"}, "");
    row("json column added", {"ALTER TABLE food_logs ADD COLUMN items JSON NULL AFTER user_id;"},
        "json column valid food_logs items");
    row("json column without COLUMN, if not exists",
        {"ALTER TABLE `s`.`logs` ADD IF NOT EXISTS `payload` json NOT NULL;"},
        "json column valid s.logs payload");
    row("json columns in a group", {"ALTER TABLE t ADD (a INT, b JSON, c JSON DEFAULT NULL);"},
        "json column valid t b; json column valid t c");
    row("json by modify and change", {"ALTER TABLE t MODIFY COLUMN a JSON, CHANGE old_b b JSON;"},
        "json column valid t a; json column valid t b");
    row("a text column is not json", {"ALTER TABLE t ADD COLUMN items LONGTEXT;"}, "");
    row("json column then dropped",
        {"ALTER TABLE t ADD COLUMN j JSON;", "ALTER TABLE t DROP COLUMN j;"}, "");
    row("json column then table dropped", {"ALTER TABLE t ADD COLUMN j JSON;", "DROP TABLE t;"},
        "foreign key gone t");
    row("drop foreign key", {"ALTER TABLE food_logs DROP FOREIGN KEY fk_food_logs_user;"},
        "foreign key gone food_logs fk_food_logs_user");
    row("drop foreign key if exists",
        {"ALTER TABLE a DROP FOREIGN KEY IF EXISTS fk1, DROP FOREIGN KEY fk2;"},
        "foreign key gone a fk1; foreign key gone a fk2");
    row("drop table of a child", {"DROP TABLE food_log_items;"}, "foreign key gone food_log_items");
    row("drop tables", {"DROP TABLE IF EXISTS a, b;"}, "foreign key gone a; foreign key gone b");
    row("drop temporary table expects nothing", {"DROP TEMPORARY TABLE tmp;"}, "");
    row("dropped table created again", {"DROP TABLE t;", "CREATE TABLE t (id INT);"}, "");
    row("create or replace keeps the table", {"CREATE OR REPLACE TABLE t (id INT);"}, "");
    row("drop index", {"DROP INDEX idx_food_logs_date_user ON food_logs;"},
        "index gone food_logs idx_food_logs_date_user");
    row("alter drop index and key", {"ALTER TABLE t DROP INDEX i1, DROP KEY i2;"},
        "index gone t i1; index gone t i2");
    row("sqlite drop index", {"DROP INDEX IF EXISTS idx_x;"}, "index gone  idx_x");
    row("index dropped then created again", {"DROP INDEX i ON t;", "CREATE INDEX i ON t (a);"}, "");
    row("index dropped then table dropped", {"DROP INDEX i ON t;", "DROP TABLE t;"},
        "foreign key gone t");
    row("remove partitioning", {"ALTER TABLE activity_events REMOVE PARTITIONING;"},
        "partitioning removed activity_events");
    row("coalesce is not removal", {"ALTER TABLE t COALESCE PARTITION 2;"}, "");
    row("remove partitioning then indexes",
        {"ALTER TABLE t REMOVE PARTITIONING; CREATE UNIQUE INDEX u1 ON t (a); ALTER TABLE t ADD "
         "INDEX i2 (b), ADD CONSTRAINT c3 UNIQUE (c), ADD KEY (d); CREATE INDEX other ON u (a);"},
        "partitioning removed t; index present t u1; index present t i2; index present t c3");
    row("renames are followed",
        {"ALTER TABLE a REMOVE PARTITIONING; CREATE INDEX i ON a (x); RENAME TABLE a TO b;",
         "ALTER TABLE b RENAME TO c;"},
        "partitioning removed c; index present c i");
    row("rename onto a dropped table", {"DROP TABLE t;", "RENAME TABLE t_old TO t;"}, "");
    row("set statement", {"SET STATEMENT max_statement_time=5 FOR DROP INDEX i ON t;"},
        "index gone t i");
    row("same expectation once, latest statement",
        {"DROP INDEX i ON t;", "CREATE INDEX i ON t (a);", "DROP INDEX i ON t;"}, "index gone t i");
}

void TestScenarioDetector::detects()
{
    QFETCH(QStringList, downs);
    QFETCH(QString, expected);
    QCOMPARE(describe(ScenarioDetector::detect(planOf(downs))), expected);
}

void TestScenarioDetector::whyStepAndVersion()
{
    const auto found = ScenarioDetector::detect(
        planOf({QStringLiteral("UPDATE x SET a = 1;"),
                QStringLiteral("SET @a = 1; ALTER TABLE t ADD COLUMN j JSON;")}));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().version, QStringLiteral("0001"));
    // Steps: 0 UPDATE, 1 history of 0002, 2 SET, 3 ALTER, 4 history of 0001.
    QCOMPARE(found.first().step, 3);
    QVERIFY2(found.first().why.contains(QStringLiteral("0001 DOWN statement 2")),
             qPrintable(found.first().why));
    QVERIFY2(found.first().why.contains(QStringLiteral("t.j")), qPrintable(found.first().why));
}

// The DOWN sections of tests/data/rollback, most recent first as the runner plays them.
void TestScenarioDetector::rollbackTestData()
{
    const MigrationSet set =
        MigrationFolderReader::read(test::dataDir() + QStringLiteral("/rollback/migrations"));
    QVERIFY(set.errors.isEmpty());
    RollbackPlan plan;
    for (qsizetype m = set.migrations.size() - 1; m >= 1; --m) { // 0001 is never rolled back
        const Migration &migration = set.migrations.at(m);
        PlannedMigration planned;
        planned.version = migration.version;
        planned.statements = migration.down.statements;
        for (qsizetype s = 0; s < planned.statements.size(); ++s)
            plan.steps.append({int(plan.migrations.size()), int(s)});
        plan.steps.append({int(plan.migrations.size()), -1});
        plan.migrations.append(planned);
    }
    const auto found = ScenarioDetector::detect(plan);
    QCOMPARE(describe(found),
             QStringLiteral("partitioning removed activity_events_archive; index present "
                            "activity_events_archive idx_activity_events_user; index gone "
                            "food_logs idx_food_logs_date_user; json column valid food_logs items; "
                            "foreign key gone food_log_items"));
    QStringList foundVersions;
    for (const ScenarioExpectation &e : found)
        foundVersions.append(e.version);
    QCOMPARE(foundVersions.join(u','), QStringLiteral("0004,0004,0003,0002,0002"));
}

void TestScenarioDetector::touchedTables()
{
    const RollbackPlan plan =
        planOf({QStringLiteral("RENAME TABLE a TO b; UPDATE c SET x = 1;"),
                QStringLiteral("DROP TABLE A; INSERT INTO d SELECT * FROM e;")});
    QCOMPARE(ScenarioDetector::touchedTables(plan),
             QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("d"), QStringLiteral("e")}));
}

QTEST_GUILESS_MAIN(TestScenarioDetector)
#include "tst_scenariodetector.moc"
