// What the rollback preview reads from a statement's text: one row per construct, the
// impact written as a compact description so that a row says everything it expects.
#include "core/statementimpact.h"
#include "core/statementsplitter.h"
#include "support/testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace backstep;

namespace {

QString pairs(const QList<QPair<QString, QString>> &list)
{
    QStringList texts;
    for (const auto &[table, name] : list)
        texts.append(table + u':' + name);
    return texts.join(u',');
}

// "kind=schema commit tables=a,b touched=a,b": only the fields that are set.
QString describe(const StatementImpact &impact)
{
    QStringList parts{QStringLiteral("kind=") + statementKindName(impact.kind)};
    if (impact.implicitCommit)
        parts.append(QStringLiteral("commit"));
    auto list = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts.append(QString::fromLatin1(key) + u'=' + value);
    };
    list("tables", impact.droppedTables.join(u','));
    list("views", impact.droppedViews.join(u','));
    list("truncated", impact.truncatedTables.join(u','));
    list("columns", pairs(impact.droppedColumns));
    list("indexes", pairs(impact.droppedIndexes));
    list("fks", pairs(impact.droppedForeignKeys));
    list("rebuilt", impact.rebuiltTables.join(u','));
    list("deleted", impact.deletedFromTables.join(u','));
    if (impact.deleteWithoutWhere)
        parts.append(QStringLiteral("nowhere"));
    list("touched", impact.touchedTables.join(u','));
    return parts.join(u' ');
}

} // namespace

class TestStatementImpact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void analyzes_data();
    void analyzes();
    void noteIsOneLine();
    void verificationFacts_data();
    void verificationFacts();
    void demoDownSection();
    void everyStatementOfTheTestData();
};

void TestStatementImpact::analyzes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("note"); // a part of the note

    auto row = [](const char *name, const char *sql, const char *expected, const char *note) {
        QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromUtf8(expected)
                            << QString::fromUtf8(note);
    };

    // DROP
    row("drop table", "DROP TABLE food_log_items",
        "kind=schema commit tables=food_log_items touched=food_log_items",
        "drops table food_log_items");
    row("drop table if exists, several", "drop table if exists a, `b`, c.d",
        "kind=schema commit tables=a,b,c.d touched=a,b,c.d", "drops table a, b, c.d");
    row("drop table backticked with doubled backtick", "DROP TABLE `my``table`, `s`.`t`",
        "kind=schema commit tables=my`table,s.t touched=my`table,s.t", "my`table");
    row("drop temporary table loses nothing", "DROP TEMPORARY TABLE IF EXISTS tmp_x",
        "kind=session touched=tmp_x", "drops temporary table tmp_x");
    row("drop table restrict", "DROP TABLE t1 RESTRICT", "kind=schema commit tables=t1 touched=t1",
        "drops table t1");
    row("drop view", "DROP VIEW IF EXISTS v_daily, v_weekly",
        "kind=schema commit views=v_daily,v_weekly", "drops view v_daily, v_weekly");
    row("drop index on", "DROP INDEX idx_logged_at ON food_logs",
        "kind=schema commit indexes=food_logs:idx_logged_at touched=food_logs",
        "drops index idx_logged_at on food_logs");
    row("drop index without table (SQLite)", "DROP INDEX IF EXISTS idx_readings_user_time",
        "kind=schema commit indexes=:idx_readings_user_time", "drops index idx_readings_user_time");
    row("drop index primary rebuilds", "DROP INDEX `PRIMARY` ON t",
        "kind=schema commit indexes=t:PRIMARY rebuilt=t touched=t", "primary key");
    row("drop index algorithm copy", "DROP INDEX IF EXISTS i ON t ALGORITHM=COPY LOCK=SHARED",
        "kind=schema commit indexes=t:i rebuilt=t touched=t", "ALGORITHM=COPY");
    row("drop trigger", "DROP TRIGGER IF EXISTS heartguard.trg_audit", "kind=schema commit",
        "drops trigger heartguard.trg_audit");
    row("drop procedure", "DROP PROCEDURE IF EXISTS refresh_totals", "kind=schema commit",
        "drops procedure refresh_totals");
    row("drop function", "DROP FUNCTION calories_of", "kind=schema commit",
        "drops function calories_of");
    row("drop event", "DROP EVENT nightly_purge", "kind=schema commit",
        "drops event nightly_purge");
    row("drop database", "DROP DATABASE IF EXISTS scratch", "kind=schema commit",
        "drops database scratch");
    // TRUNCATE
    row("truncate table", "TRUNCATE TABLE audit_log",
        "kind=schema commit truncated=audit_log touched=audit_log", "empties table audit_log");
    row("truncate without TABLE", "truncate `db`.`audit log`",
        "kind=schema commit truncated=db.audit log touched=db.audit log", "TRUNCATE");
    // ALTER TABLE
    row("alter drop column is instant", "ALTER TABLE food_logs DROP COLUMN notes",
        "kind=schema commit columns=food_logs:notes touched=food_logs",
        "drops column notes from food_logs");
    row("alter drop bare column if exists", "ALTER TABLE t DROP IF EXISTS c",
        "kind=schema commit columns=t:c touched=t", "drops column c");
    row("alter drop column with algorithm copy", "ALTER TABLE t DROP COLUMN c, ALGORITHM=COPY",
        "kind=schema commit columns=t:c rebuilt=t touched=t", "copying ALTER: ALGORITHM=COPY");
    row("alter drop column algorithm inplace is still instant",
        "ALTER TABLE t DROP COLUMN c, ALGORITHM=INPLACE, LOCK=NONE",
        "kind=schema commit columns=t:c touched=t", "drops column c");
    row("alter several specifications",
        "ALTER TABLE t DROP COLUMN a, DROP INDEX i, ADD COLUMN x INT",
        "kind=schema commit columns=t:a indexes=t:i touched=t", "drops index i on t");
    row("alter commas inside parentheses",
        "ALTER TABLE t ADD COLUMN amount DECIMAL(10,2), DROP KEY k_ab, ADD INDEX k (a, b)",
        "kind=schema commit indexes=t:k_ab touched=t", "drops index k_ab on t");
    row("alter drop foreign key", "ALTER TABLE food_log_items DROP FOREIGN KEY fk_items_log",
        "kind=schema commit fks=food_log_items:fk_items_log touched=food_log_items",
        "drops foreign key fk_items_log on food_log_items");
    row("alter drop foreign key and its index",
        "ALTER TABLE `i` DROP FOREIGN KEY IF EXISTS `fk`, DROP INDEX `fk`",
        "kind=schema commit indexes=i:fk fks=i:fk touched=i", "drops foreign key fk");
    row("alter modify rebuilds", "ALTER TABLE food_logs MODIFY calories BIGINT NOT NULL",
        "kind=schema commit rebuilt=food_logs touched=food_logs",
        "rebuilds food_logs (copying ALTER: MODIFY/CHANGE");
    row("alter change rebuilds", "ALTER TABLE t CHANGE COLUMN a b VARCHAR(20)",
        "kind=schema commit rebuilt=t touched=t", "rebuilds t");
    row("alter modify with algorithm instant fails instead",
        "ALTER TABLE t MODIFY a VARCHAR(200), ALGORITHM=INSTANT", "kind=schema commit touched=t",
        "alters table t");
    row("alter drop primary key", "ALTER TABLE t DROP PRIMARY KEY",
        "kind=schema commit indexes=t:PRIMARY rebuilt=t touched=t", "primary key dropped");
    row("alter drop index primary", "ALTER TABLE t DROP INDEX `PRIMARY`",
        "kind=schema commit indexes=t:PRIMARY rebuilt=t touched=t", "primary key dropped");
    row("alter add primary key", "ALTER TABLE t ADD CONSTRAINT pk PRIMARY KEY (id)",
        "kind=schema commit rebuilt=t touched=t", "new primary key");
    row("alter add column is instant", "ALTER TABLE t ADD COLUMN engine VARCHAR(10) DEFAULT 'x'",
        "kind=schema commit touched=t", "alters table t");
    row("alter engine", "ALTER TABLE t ENGINE=InnoDB", "kind=schema commit rebuilt=t touched=t",
        "ENGINE change");
    row("alter convert charset",
        "ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
        "kind=schema commit rebuilt=t touched=t", "CONVERT TO CHARACTER SET");
    row("alter force", "ALTER TABLE t FORCE", "kind=schema commit rebuilt=t touched=t", "FORCE");
    row("alter remove partitioning", "ALTER TABLE t REMOVE PARTITIONING",
        "kind=schema commit rebuilt=t touched=t", "repartitioning");
    row("alter partition by after a specification",
        "ALTER TABLE t ADD COLUMN y INT PARTITION BY HASH(id) PARTITIONS 4",
        "kind=schema commit rebuilt=t touched=t", "repartitioning");
    row("alter coalesce partition", "ALTER TABLE t COALESCE PARTITION 2",
        "kind=schema commit rebuilt=t touched=t", "repartitioning");
    row("alter reorganize partition",
        "ALTER TABLE t REORGANIZE PARTITION p0 INTO (PARTITION a VALUES LESS THAN (5), PARTITION "
        "b VALUES LESS THAN (10))",
        "kind=schema commit rebuilt=t touched=t", "repartitioning");
    row("alter drop partition loses rows", "ALTER TABLE t DROP PARTITION p2019, p2020",
        "kind=schema commit touched=t", "drops partition p2019, p2020 of t and the rows in it");
    row("alter rename to", "ALTER TABLE old_logs RENAME TO food_logs",
        "kind=schema commit touched=old_logs,food_logs", "renames old_logs to food_logs");
    row("alter online ignore if exists", "ALTER ONLINE IGNORE TABLE IF EXISTS db.t DROP COLUMN c",
        "kind=schema commit columns=db.t:c touched=db.t", "drops column c from db.t");
    row("alter in executable comment", "/*!40000 ALTER TABLE `food_logs` DISABLE KEYS */",
        "kind=schema commit touched=food_logs", "alters table food_logs");
    row("alter comment string is no keyword", "ALTER TABLE t COMMENT 'FORCE, ENGINE=x'",
        "kind=schema commit touched=t", "alters table t");
    row("alter add foreign key names the parent",
        "ALTER TABLE items ADD CONSTRAINT fk FOREIGN KEY (log_id) REFERENCES `logs` (id) ON "
        "DELETE CASCADE",
        "kind=schema commit touched=items,logs", "alters table items");
    // RENAME, CREATE
    row("rename tables", "RENAME TABLE a TO a_old, b_new TO b",
        "kind=schema commit touched=a,a_old,b_new,b", "renames a to a_old, b_new to b");
    row("create or replace table drops the old one", "CREATE OR REPLACE TABLE t (id INT)",
        "kind=schema commit tables=t touched=t", "replaces table t");
    row("create or replace temporary table is the connection's",
        "CREATE OR REPLACE TEMPORARY TABLE tmp (id INT)", "kind=session touched=tmp",
        "creates temporary table tmp");
    row("create table with a foreign key",
        "CREATE TABLE items (id INT, log_id INT, FOREIGN KEY (log_id) REFERENCES logs (id))",
        "kind=schema commit touched=items,logs", "creates table items");
    row("create table like", "CREATE TABLE IF NOT EXISTS t_copy LIKE t",
        "kind=schema commit touched=t_copy,t", "creates table t_copy");
    row("create table as select", "CREATE TABLE s AS SELECT a.id FROM a JOIN b ON a.id = b.id",
        "kind=schema commit touched=s,a,b", "creates table s");
    row("create index", "CREATE UNIQUE INDEX u_email ON users (email)",
        "kind=schema commit touched=users", "creates index u_email on users");
    row("create trigger in executable comments",
        "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER trg BEFORE "
        "INSERT ON food_logs FOR EACH ROW SET NEW.total = (SELECT 1 FROM other) */",
        "kind=schema commit touched=food_logs", "creates trigger trg on food_logs");
    row("create view", "CREATE OR REPLACE ALGORITHM=MERGE VIEW v AS SELECT * FROM t1, t2 x",
        "kind=schema commit touched=t1,t2", "creates view v");
    // DML
    row("delete without where", "DELETE FROM food_log_items",
        "kind=data deleted=food_log_items nowhere touched=food_log_items",
        "deletes every row of food_log_items (no WHERE)");
    row("delete with where", "DELETE FROM schema_migrations WHERE version = '20240101'",
        "kind=data deleted=schema_migrations touched=schema_migrations",
        "deletes rows of schema_migrations");
    row("delete where only in a subquery",
        "DELETE LOW_PRIORITY QUICK FROM t WHERE id IN (SELECT id FROM u WHERE x)",
        "kind=data deleted=t touched=t,u", "deletes rows of t");
    row("delete where inside a subquery is not the delete's",
        "DELETE FROM t ORDER BY (SELECT 1 FROM u WHERE 1) LIMIT 10",
        "kind=data deleted=t nowhere touched=t,u", "only a LIMIT");
    row("delete multi-table with aliases",
        "DELETE i FROM food_log_items AS i JOIN food_logs l ON l.id = i.log_id WHERE l.day < 3",
        "kind=data deleted=food_log_items touched=food_log_items,food_logs",
        "deletes rows of food_log_items");
    row("delete from using", "DELETE FROM t1.*, t2 USING t1 INNER JOIN t2 INNER JOIN t3",
        "kind=data deleted=t1,t2 nowhere touched=t1,t2,t3", "deletes every row of t1, t2");
    row("update without where", "UPDATE users SET active = 0", "kind=data touched=users",
        "updates every row of users (no WHERE)");
    row("update with only a limit", "UPDATE users SET active = 0 ORDER BY id LIMIT 100",
        "kind=data touched=users", "only a LIMIT");
    row("table function is no table",
        "INSERT INTO items (log_id, name) SELECT l.id, j.v FROM logs l, JSON_TABLE(l.items, "
        "'$[*]' COLUMNS (v TEXT PATH '$')) AS j",
        "kind=data touched=items,logs", "inserts rows into items");
    row("update multi-table", "UPDATE a JOIN b ON a.id = b.id SET a.x = b.x WHERE b.y = 1",
        "kind=data touched=a,b", "updates rows of a");
    row("insert select", "INSERT IGNORE INTO archive (id) SELECT id FROM logs WHERE 1",
        "kind=data touched=archive,logs", "inserts rows into archive");
    row("replace", "REPLACE INTO settings VALUES (1, 'x')", "kind=data touched=settings",
        "replaces rows in settings");
    row("extract from is no table", "UPDATE t SET y = EXTRACT(YEAR FROM d) WHERE id = 1",
        "kind=data touched=t", "updates rows of t");
    row("with clause names no table",
        "WITH recent AS (SELECT id FROM logs) DELETE FROM logs WHERE id IN (SELECT id FROM recent)",
        "kind=data deleted=logs touched=logs", "deletes rows of logs");
    // Others
    row("optimize table rebuilds", "OPTIMIZE TABLE a, b",
        "kind=other commit rebuilt=a,b touched=a,b", "rebuilds a, b (OPTIMIZE TABLE)");
    row("lock tables", "LOCK TABLES t1 READ, t2 AS x WRITE", "kind=session commit touched=t1,t2",
        "locks tables t1, t2");
    row("call", "CALL cleanup_orphans(3)", "kind=other", "calls procedure cleanup_orphans");
    row("set statement for", "SET STATEMENT max_statement_time=60 FOR DELETE FROM t",
        "kind=data deleted=t nowhere touched=t", "deletes every row of t");
    row("set session", "SET FOREIGN_KEY_CHECKS = 0", "kind=session", "");
    row("commit", "COMMIT", "kind=transaction", "");
}

void TestStatementImpact::analyzes()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QFETCH(QString, note);
    const StatementImpact impact = analyzeStatement(sql);
    QCOMPARE(describe(impact), expected);
    if (note.isEmpty())
        QCOMPARE(impact.note, QString());
    else
        QVERIFY2(impact.note.contains(note), qPrintable(impact.note));
}

void TestStatementImpact::noteIsOneLine()
{
    const StatementImpact impact =
        analyzeStatement(QStringLiteral("ALTER TABLE t DROP COLUMN a,\n DROP INDEX i,\n"
                                        " MODIFY b BIGINT,\n ENGINE=InnoDB"));
    QVERIFY(!impact.note.contains(u'\n'));
    QCOMPARE(impact.note, QStringLiteral("drops column a from t; drops index i on t; rebuilds t "
                                         "(copying ALTER: MODIFY/CHANGE may change a column's "
                                         "type, ENGINE change)"));
}

// What the post-rollback verification reads: JSON columns, created indexes, removed
// partitioning and renames, as "json=t:c created=t:i departitioned=t renamed=a:b".
void TestStatementImpact::verificationFacts_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *sql, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromUtf8(expected);
    };
    row("add json column", "ALTER TABLE food_logs ADD COLUMN items JSON NULL AFTER user_id",
        "json=food_logs:items");
    row("add json, no COLUMN, if not exists", "ALTER TABLE t ADD IF NOT EXISTS `j` json",
        "json=t:j");
    row("add a group", "ALTER TABLE t ADD (a INT, b JSON, c DECIMAL(4,2), d JSON)", "json=t:b,t:d");
    row("modify and change to json", "ALTER TABLE t MODIFY a JSON, CHANGE COLUMN b c JSON",
        "json=t:a,t:c");
    row("a column named json", "ALTER TABLE t ADD COLUMN json INT", "");
    row("longtext is not json", "ALTER TABLE t ADD COLUMN j LONGTEXT", "");
    row("create index", "CREATE UNIQUE INDEX IF NOT EXISTS u ON t (a)", "created=t:u");
    row("alter add indexes",
        "ALTER TABLE t ADD INDEX i (a), ADD KEY IF NOT EXISTS k (b), ADD UNIQUE KEY u (c), ADD "
        "FULLTEXT f (d), ADD CONSTRAINT c1 UNIQUE (e), ADD PRIMARY KEY (id), ADD INDEX (g)",
        "created=t:i,t:k,t:u,t:f,t:c1,t:PRIMARY");
    row("foreign key is no index",
        "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES p (id)", "");
    row("remove partitioning", "ALTER TABLE activity_events REMOVE PARTITIONING",
        "departitioned=activity_events");
    row("partition by is not removal", "ALTER TABLE t PARTITION BY HASH (id) PARTITIONS 2", "");
    row("rename table", "RENAME TABLE a TO b, c TO d", "renamed=a:b,c:d");
    row("alter rename", "ALTER TABLE a RENAME TO b", "renamed=a:b");
    row("rename column is no table rename", "ALTER TABLE a RENAME COLUMN x TO y", "");
}

void TestStatementImpact::verificationFacts()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const StatementImpact impact = analyzeStatement(sql);
    QStringList parts;
    auto list = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts.append(QString::fromLatin1(key) + u'=' + value);
    };
    list("json", pairs(impact.jsonColumns));
    list("created", pairs(impact.createdIndexes));
    list("departitioned", impact.departitionedTables.join(u','));
    list("renamed", pairs(impact.renamedTables));
    QCOMPARE(parts.join(u' '), expected);
}

// The DOWN section of the demo's 1200_normalize_food_log_items.sql, as the splitter
// yields it.
void TestStatementImpact::demoDownSection()
{
    const QString file =
        test::sourceDir() +
        QStringLiteral("/resources/demo/migrations/1200_normalize_food_log_items.sql");
    QFile source(file);
    QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(file));
    const QString text = QString::fromUtf8(source.readAll());
    const SplitResult split =
        StatementSplitter::split(QStringView(text).mid(text.indexOf(u"-- DOWN")));
    QVERIFY(split.errors.isEmpty());
    QStringList described;
    for (const Statement &statement : split.statements)
        described.append(describe(analyzeStatement(statement.sql)));
    QCOMPARE(described, (QStringList{QStringLiteral("kind=schema commit touched=food_logs"),
                                     QStringLiteral("kind=data touched=food_logs,food_log_items"),
                                     QStringLiteral("kind=schema commit tables=food_log_items "
                                                    "touched=food_log_items")}));
}

// Every statement of the splitter's test files and the demo: no crash, no endless loop,
// and a note for every schema change.
void TestStatementImpact::everyStatementOfTheTestData()
{
    const QString data = test::dataDir();
    qsizetype statements = 0;
    QStringList withoutNote;
    const QStringList folders{data + QStringLiteral("/splitter"),
                              data + QStringLiteral("/../../resources/demo/migrations")};
    for (const QString &folder : folders) {
        QDirIterator files(folder, {QStringLiteral("*.sql")}, QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (const Statement &statement : StatementSplitter::split(text).statements) {
                const StatementImpact impact = analyzeStatement(statement.sql);
                ++statements;
                if (impact.kind == StatementKind::Schema && impact.note.isEmpty())
                    withoutNote.append(statement.sql.simplified());
            }
        }
    }
    QVERIFY(statements > 100);
    QVERIFY2(withoutNote.isEmpty(), qPrintable(withoutNote.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestStatementImpact)
#include "tst_statementimpact.moc"
