// Rollback plans from the merged history: the four targets, the order (applied order where
// the history records it, else version order), blockers, warnings, the resulting version;
// the backup guard and the statement kinds the runner relies on.
#include "core/rollbackguard.h"
#include "core/rollbackplan.h"

#include <QTest>

using namespace backstep;

namespace {

Migration migrationOf(const QString &version, bool reversible = true)
{
    Migration migration;
    migration.version = version;
    migration.name = QStringLiteral("m") + version;
    migration.files = {QStringLiteral("/migrations/%1_m.sql").arg(version)};
    migration.up.present = true;
    Statement up;
    up.sql = QStringLiteral("CREATE TABLE t%1 (id INT)").arg(version);
    migration.up.statements.append(up);
    migration.down.present = reversible;
    if (reversible) {
        Statement down;
        down.sql = QStringLiteral("DROP TABLE t%1").arg(version);
        down.start = {migration.files.first(), 5, 1};
        migration.down.statements.append(down);
        Statement data;
        data.sql = QStringLiteral("DELETE FROM audit WHERE v = '%1'").arg(version);
        data.start = {migration.files.first(), 6, 1};
        migration.down.statements.append(data);
    }
    return migration;
}

struct Fixture
{
    MigrationSet set;
    History history;
    QList<MigrationStatus> rows;
};

// Versions applied in `appliedOrder` (the history records that order when `ordered`).
Fixture fixture(const QStringList &versions, const QStringList &appliedOrder, bool ordered,
                const QStringList &irreversible = {})
{
    Fixture f;
    for (const QString &version : versions)
        f.set.migrations.append(migrationOf(version, !irreversible.contains(version)));
    f.history.style = HistoryStyle::Goose;
    f.history.table = QStringLiteral("goose_db_version");
    f.history.recordsAppliedOrder = ordered;
    // A table that does not record the applied order is read in version order.
    QStringList rows = appliedOrder;
    if (!ordered)
        std::sort(rows.begin(), rows.end());
    int day = 1;
    for (const QString &version : std::as_const(rows)) {
        AppliedMigration entry;
        entry.version = version;
        entry.appliedAt = QDateTime(QDate(2026, 11, day++), QTime(3, 0), QTimeZone::UTC);
        f.history.applied.append(entry);
    }
    f.rows = mergeHistory(f.set, f.history);
    return f;
}

QStringList versionsOf(const RollbackPlan &plan)
{
    QStringList versions;
    for (const PlannedMigration &migration : plan.migrations)
        versions.append(migration.version);
    return versions;
}

RollbackTarget target(RollbackTarget::Mode mode, int steps = 1, const QString &version = {},
                      const QStringList &versions = {})
{
    RollbackTarget t;
    t.mode = mode;
    t.steps = steps;
    t.version = version;
    t.versions = versions;
    return t;
}

} // namespace

class TestRollbackPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targets_data();
    void targets();
    void badTargetsAreErrors_data();
    void badTargetsAreErrors();
    void irreversibleMigrationBlocksThePlan();
    void selectionPassingOverLaterMigrationsWarns();
    void stepsCoverEveryStatementThenTheHistory();
    void noOpsPassThroughWithAWarning();
    void toolStatesBlockThePlan();
    void sqitchDefaultTarget();
    void backupGuard();
    void statementKinds_data();
    void statementKinds();
};

void TestRollbackPlan::targets_data()
{
    QTest::addColumn<bool>("ordered");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("resulting");
    using M = RollbackTarget::Mode;
    // Applied out of version order: 1, 2, 4, then 3 (goose -allow-missing style).
    QTest::newRow("latest, applied order")
        << true << int(M::Latest) << 1 << QString() << QStringList()
        << QStringList{QStringLiteral("3")} << QStringLiteral("4");
    QTest::newRow("latest, version order")
        << false << int(M::Latest) << 1 << QString() << QStringList()
        << QStringList{QStringLiteral("4")} << QStringLiteral("3");
    QTest::newRow("last 2, applied order")
        << true << int(M::Steps) << 2 << QString() << QStringList()
        << QStringList{QStringLiteral("3"), QStringLiteral("4")} << QStringLiteral("2");
    QTest::newRow("down to 2, applied order")
        << true << int(M::ToVersion) << 1 << QStringLiteral("2") << QStringList()
        << QStringList{QStringLiteral("3"), QStringLiteral("4")} << QStringLiteral("2");
    QTest::newRow("down to 1, version order")
        << false << int(M::ToVersion) << 1 << QStringLiteral("1") << QStringList()
        << QStringList{QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("2")}
        << QStringLiteral("1");
    QTest::newRow("selected, sorted most recent first")
        << true << int(M::Selected) << 1 << QString()
        << QStringList{QStringLiteral("4"), QStringLiteral("3")}
        << QStringList{QStringLiteral("3"), QStringLiteral("4")} << QStringLiteral("2");
    QTest::newRow("all of them") << true << int(M::Steps) << 4 << QString() << QStringList()
                                 << QStringList{QStringLiteral("3"), QStringLiteral("4"),
                                                QStringLiteral("2"), QStringLiteral("1")}
                                 << QString();
}

void TestRollbackPlan::targets()
{
    QFETCH(bool, ordered);
    QFETCH(int, mode);
    QFETCH(int, steps);
    QFETCH(QString, version);
    QFETCH(QStringList, selected);
    QFETCH(QStringList, expected);
    QFETCH(QString, resulting);
    const Fixture f = fixture(
        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")},
        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("3")},
        ordered);
    auto plan = planRollback(f.set, f.history, f.rows,
                             target(RollbackTarget::Mode(mode), steps, version, selected));
    QVERIFY(plan.ok());
    QCOMPARE(versionsOf(plan.value()), expected);
    QCOMPARE(plan->resultingVersion, resulting);
    QCOMPARE(plan->appliedOrder, ordered);
    QVERIFY(plan->runnable());
}

void TestRollbackPlan::badTargetsAreErrors_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("message");
    using M = RollbackTarget::Mode;
    QTest::newRow("too many steps") << int(M::Steps) << 5 << QString() << QStringLiteral("only 3");
    QTest::newRow("zero steps") << int(M::Steps) << 0 << QString() << QStringLiteral("at least 1");
    QTest::newRow("pending version")
        << int(M::ToVersion) << 1 << QStringLiteral("4") << QStringLiteral("not applied");
    QTest::newRow("latest as target")
        << int(M::ToVersion) << 1 << QStringLiteral("3") << QStringLiteral("nothing after it");
}

void TestRollbackPlan::badTargetsAreErrors()
{
    QFETCH(int, mode);
    QFETCH(int, steps);
    QFETCH(QString, version);
    QFETCH(QString, message);
    const Fixture f = fixture(
        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")},
        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}, true);
    auto plan =
        planRollback(f.set, f.history, f.rows, target(RollbackTarget::Mode(mode), steps, version));
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(message), qPrintable(plan.error()));
}

void TestRollbackPlan::irreversibleMigrationBlocksThePlan()
{
    const Fixture f = fixture({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")},
                              {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}, true,
                              {QStringLiteral("2")});
    auto plan = planRollback(f.set, f.history, f.rows, target(RollbackTarget::Mode::Steps, 2));
    QVERIFY(plan.ok()); // shown, with the reason, but not runnable
    QVERIFY(!plan->runnable());
    QCOMPARE(plan->blockers.size(), 1);
    QVERIFY2(plan->blockers.first().contains(QStringLiteral("2")) &&
                 plan->blockers.first().contains(QStringLiteral("irreversible")),
             qPrintable(plan->blockers.first()));
    auto latest = planRollback(f.set, f.history, f.rows, target(RollbackTarget::Mode::Latest));
    QVERIFY(latest->runnable()); // 3 alone is reversible
}

void TestRollbackPlan::selectionPassingOverLaterMigrationsWarns()
{
    const Fixture f =
        fixture({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")},
                {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}, true);
    auto plan = planRollback(f.set, f.history, f.rows,
                             target(RollbackTarget::Mode::Selected, 1, {}, {QStringLiteral("2")}));
    QCOMPARE(plan->warnings.size(), 1);
    QVERIFY2(plan->warnings.first().contains(QStringLiteral("passes over 3")),
             qPrintable(plan->warnings.first()));
    auto suffix = planRollback(
        f.set, f.history, f.rows,
        target(RollbackTarget::Mode::Selected, 1, {}, {QStringLiteral("3"), QStringLiteral("2")}));
    QVERIFY(suffix->warnings.isEmpty());
}

void TestRollbackPlan::stepsCoverEveryStatementThenTheHistory()
{
    const Fixture f = fixture({QStringLiteral("1"), QStringLiteral("2")},
                              {QStringLiteral("1"), QStringLiteral("2")}, true);
    auto plan = planRollback(f.set, f.history, f.rows, target(RollbackTarget::Mode::Steps, 2));
    QCOMPARE(plan->statementCount(), 4);
    QCOMPARE(plan->steps.size(), 6);
    QCOMPARE(plan->steps.at(0).migration, 0);
    QCOMPARE(plan->steps.at(1).statement, 1);
    QVERIFY(plan->steps.at(2).isHistory());
    QVERIFY(plan->steps.at(5).isHistory());
    QCOMPARE(plan->migrations.first().kinds,
             (QList<StatementKind>{StatementKind::Schema, StatementKind::Data}));
    QCOMPARE(plan->migrations.first().downChecksum,
             statementsChecksum(f.set.migrations.at(1).down.statements));
}

void TestRollbackPlan::backupGuard()
{
    BackupRecord backup;
    backup.status = BackupStatus::Complete;
    backup.path = QStringLiteral("/b/x.sql");
    backup.migrationVersion = QStringLiteral("1203");
    backup.startedAt = QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::UTC);
    const QDateTime appliedBefore = backup.startedAt.addSecs(-600);
    QVERIFY(judgeBackup(backup, QStringLiteral("1203"), appliedBefore).fresh);
    QVERIFY(judgeBackup(backup, QStringLiteral("1203"), QDateTime()).fresh);
    QVERIFY(!judgeBackup(std::nullopt, QStringLiteral("1203"), appliedBefore).fresh);
    QVERIFY(!judgeBackup(backup, QStringLiteral("1204"), appliedBefore).fresh);
    // Taken before the current version was applied: it would restore the wrong state.
    QVERIFY(!judgeBackup(backup, QStringLiteral("1203"), backup.startedAt.addSecs(60)).fresh);
    backup.status = BackupStatus::Failed;
    QVERIFY(!judgeBackup(backup, QStringLiteral("1203"), appliedBefore).fresh);
    QVERIFY(confirmsDatabase(QStringLiteral("heartguard"), QStringLiteral("heartguard")));
    QVERIFY(!confirmsDatabase(QStringLiteral("Heartguard"), QStringLiteral("heartguard")));
    QVERIFY(!confirmsDatabase(QString(), QString()));
}

void TestRollbackPlan::statementKinds_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("implicitCommit");
    using K = StatementKind;
    auto row = [](const char *name, const char *sql, K kind, bool commit) {
        QTest::newRow(name) << QString::fromUtf8(sql) << int(kind) << commit;
    };
    row("drop table", "DROP TABLE t", K::Schema, true);
    row("alter lower case", "alter table t drop column c", K::Schema, true);
    row("executable comment",
        "/*!50003 CREATE*/ /*!50017 DEFINER=`u`@`%`*/ /*!50003 TRIGGER x "
        "BEFORE INSERT ON t FOR EACH ROW SET @a = 1 */",
        K::Schema, true);
    row("rename", "RENAME TABLE a TO b", K::Schema, true);
    row("truncate", "TRUNCATE TABLE t", K::Schema, true);
    row("temporary table", "CREATE TEMPORARY TABLE tmp (id INT)", K::Session, false);
    row("insert", "INSERT INTO t VALUES (1)", K::Data, false);
    row("update", "UPDATE t SET a = 1", K::Data, false);
    row("with cte", "WITH x AS (SELECT 1) SELECT * FROM x", K::Data, false);
    row("set user variable", "SET @bump = 7", K::Session, false);
    row("set names", "SET NAMES utf8mb4", K::Session, false);
    row("set session", "SET SESSION foreign_key_checks = 0", K::Session, false);
    row("set global", "SET GLOBAL event_scheduler = ON", K::Other, false);
    row("set @@global", "SET @@global.max_connections = 10", K::Other, false);
    row("set statement for", "SET STATEMENT max_statement_time=5 FOR UPDATE t SET a = 1", K::Data,
        false);
    row("use", "USE other", K::Session, false);
    row("start transaction", "START TRANSACTION", K::Transaction, true);
    row("begin", "BEGIN", K::Transaction, true);
    row("commit", "COMMIT", K::Transaction, false);
    row("call", "CALL refresh()", K::Other, false);
    row("create user", "CREATE USER x IDENTIFIED BY 'y'", K::Other, true);
    row("grant", "GRANT SELECT ON d.* TO x", K::Other, true);
    row("lock tables", "LOCK TABLES t WRITE", K::Session, true);
    row("analyze", "ANALYZE TABLE t", K::Other, true);
}

void TestRollbackPlan::statementKinds()
{
    QFETCH(QString, sql);
    QFETCH(int, kind);
    QFETCH(bool, implicitCommit);
    QCOMPARE(statementKindName(classifyStatement(sql)), statementKindName(StatementKind(kind)));
    QCOMPARE(causesImplicitCommit(sql), implicitCommit);
}

// common.noop.both-empty-is-reversible, liquibase.rollback.declared-empty: nothing runs,
// the history step stays, a warning names the migration.
void TestRollbackPlan::noOpsPassThroughWithAWarning()
{
    Fixture f = fixture({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")},
                        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}, true);
    Migration &marker = f.set.migrations[1];
    marker.up.statements.clear();
    marker.down.statements.clear();
    Migration &declared = f.set.migrations[2];
    declared.down.statements.clear();
    declared.declaredNoOp = QStringLiteral("changeset 3 by dana declares its rollback empty");
    f.rows = mergeHistory(f.set, f.history);
    auto plan = planRollback(f.set, f.history, f.rows, target(RollbackTarget::Mode::Steps, 2));
    QVERIFY(plan.ok());
    QVERIFY2(plan->runnable(), qPrintable(plan->blockers.join(u'\n')));
    QCOMPARE(plan->statementCount(), 0);
    QCOMPARE(plan->steps.size(), 2); // the two history updates
    QVERIFY(plan->steps.at(0).isHistory() && plan->steps.at(1).isHistory());
    QCOMPARE(plan->warnings.size(), 2);
    QVERIFY2(plan->warnings.at(0).contains(QStringLiteral("the author declared")) &&
                 plan->warnings.at(0).contains(QStringLiteral("changeset 3 by dana")),
             qPrintable(plan->warnings.at(0)));
    QVERIFY2(plan->warnings.at(1).contains(QStringLiteral("is a no-op")),
             qPrintable(plan->warnings.at(1)));
    QVERIFY(!plan->migrations.at(0).noOp.isEmpty());
}

// golang-migrate.history.dirty-refused, liquibase.lock.locked-refused.
void TestRollbackPlan::toolStatesBlockThePlan()
{
    Fixture f = fixture({QStringLiteral("1"), QStringLiteral("2")},
                        {QStringLiteral("1"), QStringLiteral("2")}, true);
    f.history.lockedBy = QStringLiteral("by deploy-host since 2026-01-01T10:00:00");
    auto locked = planRollback(f.set, f.history, f.rows, target(RollbackTarget::Mode::Latest));
    QVERIFY(locked.ok());
    QVERIFY(!locked->runnable());
    QVERIFY(locked->blockers.first().contains(QStringLiteral("deploy-host")));
    f.history.lockedBy.clear();
    f.history.currentVersionOnly = true;
    f.history.dirty = true;
    auto dirty = planRollback(f.set, f.history, f.rows, target(RollbackTarget::Mode::Latest));
    QVERIFY(dirty.ok());
    QVERIFY(!dirty->runnable());
    QVERIFY(dirty->blockers.first().contains(QStringLiteral("golang-migrate refuses")));
}

// sqitch.order.explicit-target: `sqitch revert` without a target reverts every change
// (Sqitch #653); Backstep's default target is the latest change, and the plan says so.
void TestRollbackPlan::sqitchDefaultTarget()
{
    Fixture f =
        fixture({QStringLiteral("users"), QStringLiteral("orders"), QStringLiteral("audit")},
                {QStringLiteral("users"), QStringLiteral("orders"), QStringLiteral("audit")}, true);
    f.set.format = MigrationFormat::Sqitch;
    f.history.style = HistoryStyle::Sqitch;
    f.history.table = QStringLiteral("sqitch.changes");
    f.rows = mergeHistory(f.set, f.history);
    const RollbackTarget unspecified;
    auto plan = planRollback(f.set, f.history, f.rows, unspecified);
    QVERIFY(plan.ok());
    QVERIFY2(plan->runnable(), qPrintable(plan->blockers.join(u'\n')));
    QCOMPARE(versionsOf(plan.value()), QStringList{QStringLiteral("audit")});
    QCOMPARE(plan->target.describe(), unspecified.describe());
    QVERIFY2(unspecified.describe().contains(QStringLiteral("latest")),
             qPrintable(unspecified.describe()));
}

QTEST_GUILESS_MAIN(TestRollbackPlan)
#include "tst_rollbackplan.moc"
