// Schema snapshots against the real MariaDB server: every kind of object read back with its
// attributes, the JSON and journal round trips, tampering shown as exactly what was done,
// and the expected state at a version replayed from the UP sections compared with the
// database those same migrations built.
#include "core/migrationfolderreader.h"
#include "core/schemadiff.h"
#include "db/databasesession.h"
#include "db/journal.h"
#include "db/schemareader.h"
#include "db/snapshotstore.h"
#include "ops/expectedschema.h"
#include "ops/workspaceloader.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using namespace backstep::test;

namespace {

void exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

QString migrationsSource()
{
    return dataDir() + QStringLiteral("/rollback/migrations");
}

// One of everything a snapshot knows.
const QStringList everyKind{
    QStringLiteral("CREATE TABLE owners (id INT PRIMARY KEY, code VARCHAR(20) NOT NULL, note "
                   "TEXT, UNIQUE KEY uq_owners_code (code), KEY idx_owners_note (note(10))) "
                   "ENGINE=InnoDB COMMENT='the owners'"),
    QStringLiteral(
        "CREATE TABLE readings (id INT PRIMARY KEY AUTO_INCREMENT, owner_id INT NULL, payload "
        "JSON, a INT NOT NULL DEFAULT 1, b INT NOT NULL DEFAULT 2, total INT AS (a + b) "
        "VIRTUAL, label VARCHAR(30) DEFAULT 'none' COMMENT 'what it is', amount DECIMAL(10,2) "
        "NOT NULL, CONSTRAINT chk_amount_positive CHECK (amount > 0), CONSTRAINT "
        "fk_readings_owner FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE SET NULL ON "
        "UPDATE CASCADE, KEY idx_readings_total (total, a DESC)) ENGINE=InnoDB"),
    QStringLiteral("INSERT INTO owners VALUES (1, 'a', NULL), (2, 'b', 'second')"),
    QStringLiteral("CREATE TRIGGER trg_readings_label BEFORE INSERT ON readings FOR EACH ROW SET "
                   "NEW.label = UPPER(NEW.label)"),
    QStringLiteral("CREATE PROCEDURE add_owner(IN p_id INT, IN p_code VARCHAR(20)) BEGIN INSERT "
                   "INTO owners (id, code) VALUES (p_id, p_code); END"),
    QStringLiteral("CREATE FUNCTION reading_total(p_id INT) RETURNS INT DETERMINISTIC READS SQL "
                   "DATA RETURN (SELECT total FROM readings WHERE id = p_id)"),
    QStringLiteral("CREATE EVENT ev_purge ON SCHEDULE EVERY 1 DAY DO DELETE FROM readings WHERE "
                   "amount < 0"),
    QStringLiteral("CREATE VIEW owner_totals AS SELECT o.code, SUM(r.total) AS total FROM owners "
                   "o JOIN readings r ON r.owner_id = o.id GROUP BY o.code"),
    QStringLiteral("CREATE TABLE events_log (id BIGINT NOT NULL, at DATE NOT NULL, PRIMARY KEY "
                   "(id, at)) PARTITION BY RANGE COLUMNS (at) (PARTITION p2025 VALUES LESS THAN "
                   "('2026-01-01'), PARTITION pmax VALUES LESS THAN (MAXVALUE))"),
};

QString attribute(const SchemaSnapshot &snapshot, const QString &key, const QString &name)
{
    const SchemaObject *object = snapshot.find(key);
    return object ? object->attribute(name) : QStringLiteral("<no %1>").arg(key);
}

} // namespace

class TestSchemaReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsEveryKind();
    void roundTripsThroughJsonAndJournal();
    void tamperingShowsExactlyThat();
    void replayMatchesTheAppliedMigrations();
    void replayAtAnEarlierVersion();
    void recordedSnapshotWinsOverReplay();
    void failingUpStatementNamesItsPlace();
    void refusesToReplayStatementsNamingTheDatabase();
    void scratchNameStaysWithinLimits();
    void cliTakesAndStoresASnapshot();
    void rollbackRecordsSnapshotsBeforeAndAfter();

private:
    QString databaseWith(const QString &prefix, const QStringList &statements);
    // A database with tests/data/rollback's migrations applied up to `last` (all when
    // empty), with a dbmate history table.
    QString appliedDatabase(const QString &prefix, const QString &last = {});
    SchemaSnapshot snapshotOf(const QString &database);
    Workspace workspaceFor(const QString &database, const QString &folder = migrationsSource());

    MariaDbSandbox m_sandbox;
    QTemporaryDir m_work{temporaryRoot() + QStringLiteral("/schemareader-XXXXXX")};
    SchemaSnapshot m_everyKind;
    QString m_everyKindDatabase;
};

void TestSchemaReader::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_sandbox = MariaDbSandbox::current();
    m_everyKindDatabase = databaseWith(QStringLiteral("snap_kinds"), everyKind);
    m_everyKind = snapshotOf(m_everyKindDatabase);
}

QString TestSchemaReader::databaseWith(const QString &prefix, const QStringList &statements)
{
    const QString name = m_sandbox.createDatabase(prefix);
    const QString connection = QStringLiteral("setup-") + name;
    {
        QSqlDatabase db = m_sandbox.connect(connection, name);
        QSqlQuery query(db);
        for (const QString &sql : statements)
            exec(query, sql);
    }
    QSqlDatabase::removeDatabase(connection);
    return name;
}

QString TestSchemaReader::appliedDatabase(const QString &prefix, const QString &last)
{
    const MigrationSet set = MigrationFolderReader::read(migrationsSource());
    if (!set.errors.isEmpty())
        qFatal("%s", qPrintable(set.errors.first().toString()));
    QStringList statements{
        QStringLiteral("CREATE TABLE schema_migrations (version VARCHAR(128) PRIMARY KEY)")};
    for (const Migration &migration : set.migrations) {
        for (const Statement &statement : migration.up.statements)
            statements << statement.sql;
        statements
            << QStringLiteral("INSERT INTO schema_migrations VALUES ('%1')").arg(migration.version);
        if (migration.version == last)
            break;
    }
    return databaseWith(prefix, statements);
}

SchemaSnapshot TestSchemaReader::snapshotOf(const QString &database)
{
    auto spec = ConnectionSpec::parse(m_sandbox.url(database));
    auto session = DatabaseSession::open(spec.value(), m_sandbox.password);
    if (!session)
        qFatal("%s", qPrintable(session.error()));
    auto snapshot = SchemaReader::read(*session.value());
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error()));
    return snapshot.value();
}

Workspace TestSchemaReader::workspaceFor(const QString &database, const QString &folder)
{
    WorkspaceRequest request;
    request.connection = ConnectionSpec::parse(m_sandbox.url(database)).value();
    request.password = m_sandbox.password;
    request.migrationsFolder = folder;
    Workspace workspace = WorkspaceLoader::load(request);
    if (!workspace.databaseError.isEmpty())
        qFatal("%s", qPrintable(workspace.databaseError));
    return workspace;
}

void TestSchemaReader::readsEveryKind()
{
    const SchemaSnapshot &s = m_everyKind;
    // Where the servers spell the same definition differently, each its own way (MySQL 8+
    // shows no display widths, brackets generated and check expressions, unquotes
    // literal defaults).
    const bool mysql = m_sandbox.isMySql();
    QCOMPARE(s.database, m_everyKindDatabase);
    QVERIFY2(s.serverVersion.startsWith(m_sandbox.isMySql() ? u"MySQL 9.7" : u"MariaDB 11.8"),
             qPrintable(s.serverVersion));
    QVERIFY(s.takenAt.isValid());

    QCOMPARE(attribute(s, QStringLiteral("table owners"), QStringLiteral("engine")),
             QStringLiteral("InnoDB"));
    QCOMPARE(attribute(s, QStringLiteral("table owners"), QStringLiteral("comment")),
             QStringLiteral("the owners"));
    QVERIFY(!attribute(s, QStringLiteral("table owners"), QStringLiteral("collation")).isEmpty());
    QVERIFY(s.rowEstimates.contains(QStringLiteral("owners")));
    QVERIFY2(!s.find(QStringLiteral("table owner_totals")), "a view is not a table");
    QVERIFY2(!s.find(QStringLiteral("column owner_totals.code")), "a view's columns are not kept");

    // Columns: JSON in one form on both servers (MariaDB's longtext with a json_valid
    // check read as MySQL's json), generated, defaults.
    QCOMPARE(attribute(s, QStringLiteral("column readings.payload"), QStringLiteral("type")),
             QStringLiteral("json"));
    QVERIFY(!s.find(QStringLiteral("column readings.payload"))
                 ->attributes.contains(QStringLiteral("collation")));
    QVERIFY2(!s.find(QStringLiteral("check readings.payload")),
             "MariaDB's json_valid check is part of the JSON type, not a check of its own");
    QCOMPARE(attribute(s, QStringLiteral("column readings.total"), QStringLiteral("generation")),
             mysql ? QStringLiteral("(`a` + `b`)") : QStringLiteral("`a` + `b`"));
    QCOMPARE(attribute(s, QStringLiteral("column readings.total"), QStringLiteral("extra")),
             QStringLiteral("VIRTUAL GENERATED"));
    QCOMPARE(attribute(s, QStringLiteral("column readings.label"), QStringLiteral("default")),
             mysql ? QStringLiteral("none") : QStringLiteral("'none'"));
    QCOMPARE(attribute(s, QStringLiteral("column readings.label"), QStringLiteral("comment")),
             QStringLiteral("what it is"));
    QCOMPARE(attribute(s, QStringLiteral("column readings.a"), QStringLiteral("default")),
             QStringLiteral("1"));
    QCOMPARE(attribute(s, QStringLiteral("column readings.owner_id"), QStringLiteral("nullable")),
             QStringLiteral("YES"));
    QCOMPARE(attribute(s, QStringLiteral("column readings.owner_id"), QStringLiteral("after")),
             QStringLiteral("id"));
    QCOMPARE(attribute(s, QStringLiteral("column readings.id"), QStringLiteral("extra")),
             QStringLiteral("auto_increment"));
    QCOMPARE(s.find(QStringLiteral("column readings.amount"))->summary(),
             QStringLiteral("decimal(10,2) NOT NULL"));

    // Indexes, as SHOW INDEX shows them: prefix, unique, descending.
    QCOMPARE(
        attribute(s, QStringLiteral("index owners.idx_owners_note"), QStringLiteral("columns")),
        QStringLiteral("note(10)"));
    QCOMPARE(attribute(s, QStringLiteral("index owners.uq_owners_code"), QStringLiteral("unique")),
             QStringLiteral("yes"));
    QCOMPARE(attribute(s, QStringLiteral("index owners.idx_owners_note"), QStringLiteral("unique")),
             QStringLiteral("no"));
    QCOMPARE(attribute(s, QStringLiteral("index readings.idx_readings_total"),
                       QStringLiteral("columns")),
             QStringLiteral("total, a DESC"));
    QCOMPARE(attribute(s, QStringLiteral("index events_log.PRIMARY"), QStringLiteral("columns")),
             QStringLiteral("id, at"));

    // Constraints.
    QCOMPARE(attribute(s, QStringLiteral("primary key readings"), QStringLiteral("columns")),
             QStringLiteral("id"));
    QCOMPARE(
        attribute(s, QStringLiteral("unique owners.uq_owners_code"), QStringLiteral("columns")),
        QStringLiteral("code"));
    const QString fk = QStringLiteral("foreign key readings.fk_readings_owner");
    QCOMPARE(attribute(s, fk, QStringLiteral("columns")), QStringLiteral("owner_id"));
    QCOMPARE(attribute(s, fk, QStringLiteral("referenced_table")), QStringLiteral("owners"));
    QCOMPARE(attribute(s, fk, QStringLiteral("referenced_columns")), QStringLiteral("id"));
    QCOMPARE(attribute(s, fk, QStringLiteral("on_delete")), QStringLiteral("SET NULL"));
    QCOMPARE(attribute(s, fk, QStringLiteral("on_update")), QStringLiteral("CASCADE"));
    QCOMPARE(attribute(s, QStringLiteral("check readings.chk_amount_positive"),
                       QStringLiteral("clause")),
             mysql ? QStringLiteral("(`amount` > 0)") : QStringLiteral("`amount` > 0"));

    // Trigger, routines, event, view.
    const QString trigger = QStringLiteral("trigger trg_readings_label");
    QCOMPARE(s.find(trigger)->table, QStringLiteral("readings"));
    QCOMPARE(attribute(s, trigger, QStringLiteral("timing")), QStringLiteral("BEFORE"));
    QCOMPARE(attribute(s, trigger, QStringLiteral("event")), QStringLiteral("INSERT"));
    QVERIFY(attribute(s, trigger, QStringLiteral("statement")).contains(u"UPPER(NEW.label)"));
    QVERIFY(!attribute(s, trigger, QStringLiteral("definer")).isEmpty());
    const QString procedure = QStringLiteral("procedure add_owner");
    QCOMPARE(attribute(s, procedure, QStringLiteral("parameters")),
             mysql ? QStringLiteral("IN p_id int, IN p_code varchar(20)")
                   : QStringLiteral("IN p_id int(11), IN p_code varchar(20)"));
    QVERIFY(attribute(s, procedure, QStringLiteral("definition")).contains(u"INSERT INTO owners"));
    const QString function = QStringLiteral("function reading_total");
    QCOMPARE(attribute(s, function, QStringLiteral("returns")),
             mysql ? QStringLiteral("int") : QStringLiteral("int(11)"));
    QCOMPARE(attribute(s, function, QStringLiteral("deterministic")), QStringLiteral("YES"));
    QCOMPARE(attribute(s, function, QStringLiteral("data_access")),
             QStringLiteral("READS SQL DATA"));
    QCOMPARE(attribute(s, QStringLiteral("event ev_purge"), QStringLiteral("interval_value")),
             QStringLiteral("1"));
    QCOMPARE(attribute(s, QStringLiteral("event ev_purge"), QStringLiteral("interval_field")),
             QStringLiteral("DAY"));
    const QString view =
        attribute(s, QStringLiteral("view owner_totals"), QStringLiteral("definition"));
    QVERIFY2(view.contains(u"`owners`") && !view.contains(m_everyKindDatabase), qPrintable(view));

    // Partitions.
    QCOMPARE(attribute(s, QStringLiteral("partition events_log.p2025"), QStringLiteral("method")),
             QStringLiteral("RANGE COLUMNS"));
    QCOMPARE(
        attribute(s, QStringLiteral("partition events_log.p2025"), QStringLiteral("description")),
        QStringLiteral("'2026-01-01'"));
    QCOMPARE(
        attribute(s, QStringLiteral("partition events_log.pmax"), QStringLiteral("description")),
        QStringLiteral("MAXVALUE"));
    QCOMPARE(attribute(s, QStringLiteral("partition events_log.pmax"), QStringLiteral("position")),
             QStringLiteral("2"));

    for (SchemaObjectKind kind :
         {SchemaObjectKind::Table, SchemaObjectKind::Column, SchemaObjectKind::Index,
          SchemaObjectKind::PrimaryKey, SchemaObjectKind::Unique, SchemaObjectKind::ForeignKey,
          SchemaObjectKind::Check, SchemaObjectKind::Trigger, SchemaObjectKind::Procedure,
          SchemaObjectKind::Function, SchemaObjectKind::Event, SchemaObjectKind::View,
          SchemaObjectKind::Partition})
        QVERIFY2(s.count(kind) > 0, qPrintable(schemaObjectKindName(kind)));
}

void TestSchemaReader::roundTripsThroughJsonAndJournal()
{
    const QByteArray text = QJsonDocument(m_everyKind.toJson()).toJson();
    const auto back = SchemaSnapshot::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(back.ok());
    QVERIFY(back.value() == m_everyKind);

    auto journal = Journal::open(m_work.filePath(QStringLiteral("roundtrip.sqlite")));
    QVERIFY(journal.ok());
    SnapshotStore store(*journal.value());
    const QString url = m_sandbox.url(m_everyKindDatabase);
    auto id = store.save(url, m_everyKind, SnapshotPurpose::Manual);
    QVERIFY(id.ok());
    auto loaded = store.load(id.value());
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().snapshot == m_everyKind);
    QCOMPARE(loaded.value().purpose, SnapshotPurpose::Manual);
    QCOMPARE(loaded.value().databaseUrl, url);
    const QList<StoredSnapshot> listed = test::checked(store.list(url));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().id, id.value());
    QCOMPARE(listed.first().snapshot.database, m_everyKindDatabase);
}

void TestSchemaReader::tamperingShowsExactlyThat()
{
    const QString name = databaseWith(QStringLiteral("snap_tamper"), everyKind);
    const SchemaSnapshot before = snapshotOf(name);
    QVERIFY(diffSchemas(m_everyKind, before).isEmpty());
    const QString connection = QStringLiteral("tamper-") + name;
    {
        QSqlDatabase db = m_sandbox.connect(connection, name);
        QSqlQuery query(db);
        exec(query, QStringLiteral("DROP INDEX idx_readings_total ON readings"));
        exec(query, QStringLiteral("ALTER TABLE owners ADD COLUMN last_seen DATETIME NULL"));
        exec(query, QStringLiteral("INSERT INTO readings (owner_id, amount) VALUES (1, 5)"));
    }
    QSqlDatabase::removeDatabase(connection);
    const SchemaDiff diff = diffSchemas(before, snapshotOf(name));
    QCOMPARE(diff.lines(),
             (QStringList{QStringLiteral("index readings.idx_readings_total is missing"),
                          QStringLiteral("column owners.last_seen is extra: datetime NULL")}));
    QCOMPARE(diff.missing.first().attribute(QStringLiteral("columns")),
             QStringLiteral("total, a DESC"));
}

void TestSchemaReader::replayMatchesTheAppliedMigrations()
{
    const QString name = appliedDatabase(QStringLiteral("snap_replay"));
    const Workspace workspace = workspaceFor(name);
    const QString journal = m_work.filePath(QStringLiteral("replay.sqlite"));
    auto expected = ExpectedSchema::at(workspace, QStringLiteral("0004"), journal);
    QVERIFY2(expected.ok(), expected.ok() ? "" : qPrintable(expected.error()));
    QCOMPARE(expected->source, ExpectedSchema::Source::Replay);
    QCOMPARE(expected->replayedSections, 4);
    QCOMPARE(expected->description,
             QStringLiteral("replay of 4 UP sections in a scratch database"));
    QCOMPARE(expected->snapshot.migrationVersion, QStringLiteral("0004"));
    QCOMPARE(expected->snapshot.database, name);
    QCOMPARE(expected->ignoredTables, QStringList{QStringLiteral("schema_migrations")});
    QVERIFY(expected->snapshotId > 0);
    const QJsonObject source = expected->toJson();
    QCOMPARE(source.value(QStringLiteral("source")).toString(), QStringLiteral("replay"));
    QCOMPARE(source.value(QStringLiteral("replayed_sections")).toInt(), 4);
    QCOMPARE(source.value(QStringLiteral("snapshot_id")).toInteger(), expected->snapshotId);

    DiffOptions options;
    options.ignoredTables = expected->ignoredTables;
    const SchemaDiff diff = diffSchemas(expected->snapshot, snapshotOf(name), options);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.lines().join(u'\n')));
    QVERIFY(expected->snapshot.find(QStringLiteral("trigger trg_food_logs_activity")));
    QVERIFY(expected->snapshot.find(QStringLiteral("partition activity_events.p2026")));

    // The scratch database is gone; a stored replay is never taken for a recording.
    QSqlDatabase db = m_sandbox.connect(QStringLiteral("replay-check"), QString());
    {
        QSqlQuery query(db);
        // This database's scratch copies only: other tests on the same server (verify in
        // tst_corpora_*, tst_verify) replay into scratch databases of their own meanwhile.
        QVERIFY(query.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE "
            "CONCAT(REPLACE(?, '_', '\\_'), '\\_expected\\_%')")));
        query.addBindValue(name);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("replay-check"));
    auto again = ExpectedSchema::at(workspace, QStringLiteral("0004"), journal);
    QVERIFY(again.ok());
    QCOMPARE(again->source, ExpectedSchema::Source::Replay);
}

void TestSchemaReader::replayAtAnEarlierVersion()
{
    const QString atTwo = appliedDatabase(QStringLiteral("snap_two"), QStringLiteral("0002"));
    const QString atFour = appliedDatabase(QStringLiteral("snap_four"));
    const Workspace workspace = workspaceFor(atFour);
    auto expected = ExpectedSchema::replay(workspace, QStringLiteral("0002"));
    QVERIFY2(expected.ok(), expected.ok() ? "" : qPrintable(expected.error()));
    QCOMPARE(expected->replayedSections, 2);
    DiffOptions options;
    options.ignoredTables = expected->ignoredTables;
    const SchemaDiff same = diffSchemas(expected->snapshot, snapshotOf(atTwo), options);
    QVERIFY2(same.isEmpty(), qPrintable(same.lines().join(u'\n')));

    // The database at 0004 against the expected state at 0002: what 0003 and 0004 added.
    const SchemaDiff later = diffSchemas(expected->snapshot, snapshotOf(atFour), options);
    QCOMPARE(later.lines(),
             (QStringList{
                 QStringLiteral("column users.last_activity is extra: datetime NULL"),
                 QStringLiteral("index food_logs.idx_food_logs_date_user is extra: (logged_at, "
                                "user_id)"),
                 QStringLiteral("procedure refresh_last_activity is extra: ()"),
                 QStringLiteral("table activity_events is extra: InnoDB %1 (with 4 columns, 1 "
                                "index, 3 partitions, 1 primary key)")
                     .arg(attribute(expected->snapshot, QStringLiteral("table users"),
                                    QStringLiteral("collation"))),
                 QStringLiteral("trigger trg_food_logs_activity is extra: AFTER INSERT ON "
                                "food_logs"),
             }));
}

void TestSchemaReader::recordedSnapshotWinsOverReplay()
{
    const QString name = appliedDatabase(QStringLiteral("snap_recorded"));
    const Workspace workspace = workspaceFor(name);
    const QString journalPath = m_work.filePath(QStringLiteral("recorded.sqlite"));
    SchemaSnapshot recorded = snapshotOf(name);
    QCOMPARE(recorded.migrationVersion, QStringLiteral("0004"));
    qint64 manualId = 0;
    {
        auto journal = Journal::open(journalPath);
        QVERIFY(journal.ok());
        SnapshotStore store(*journal.value());
        const QString url = workspace.request.connection.url();
        // What the rollback itself records afterwards is what is being verified: never the
        // expectation.
        QVERIFY(store.save(url, recorded, SnapshotPurpose::AfterRollback).ok());
        auto id = store.save(url, recorded, SnapshotPurpose::Manual);
        QVERIFY(id.ok());
        manualId = id.value();
        SchemaSnapshot later = recorded;
        later.takenAt = recorded.takenAt.addSecs(60);
        QVERIFY(store.save(url, later, SnapshotPurpose::AfterRollback).ok());
        auto latest = store.latestAt(url, QStringLiteral("0004"));
        QVERIFY(latest.ok() && latest.value());
        QCOMPARE(latest.value()->purpose, SnapshotPurpose::AfterRollback);
        auto none = store.latestAt(url, QStringLiteral("0003"));
        QVERIFY(none.ok() && !none.value());
    }
    auto expected = ExpectedSchema::at(workspace, QStringLiteral("0004"), journalPath);
    QVERIFY2(expected.ok(), expected.ok() ? "" : qPrintable(expected.error()));
    QCOMPARE(expected->source, ExpectedSchema::Source::Recorded);
    QCOMPARE(expected->snapshotId, manualId);
    QVERIFY2(expected->description.startsWith(
                 QStringLiteral("recorded snapshot #%1 taken ").arg(manualId)),
             qPrintable(expected->description));
    QVERIFY(expected->snapshot == recorded);
}

void TestSchemaReader::failingUpStatementNamesItsPlace()
{
    const QString folder = m_work.filePath(QStringLiteral("bad-migrations"));
    QDir().mkpath(folder);
    writeFile(folder + QStringLiteral("/0001_ok.sql"),
              QStringLiteral("-- UP\nCREATE TABLE t (id INT PRIMARY KEY);\n-- DOWN\nDROP TABLE "
                             "t;\n"));
    writeFile(folder + QStringLiteral("/0002_bad.sql"),
              QStringLiteral("-- UP\nALTER TABLE t ADD COLUMN a INT;\n  ALTER TABLE nowhere ADD "
                             "COLUMN b INT;\n-- DOWN\nALTER TABLE t DROP COLUMN a;\n"));
    const QString name = m_sandbox.createDatabase(QStringLiteral("snap_bad"));
    const Workspace workspace = workspaceFor(name, folder);
    auto expected = ExpectedSchema::replay(workspace, QStringLiteral("0002"));
    QVERIFY(!expected.ok());
    QVERIFY2(expected.error().contains(QStringLiteral("0002_bad.sql:3:3: the UP section of 0002 "
                                                      "failed in the replay")),
             qPrintable(expected.error()));
    QVERIFY2(expected.error().contains(u"nowhere"), qPrintable(expected.error()));

    auto unknown = ExpectedSchema::replay(workspace, QStringLiteral("0009"));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().contains(u"0009"), qPrintable(unknown.error()));

    QSqlDatabase db = m_sandbox.connect(QStringLiteral("bad-check"), QString());
    {
        QSqlQuery query(db);
        exec(query, QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE "
                                   "SCHEMA_NAME LIKE 'snap\\_bad%\\_expected\\_%'"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bad-check"));
}

void TestSchemaReader::refusesToReplayStatementsNamingTheDatabase()
{
    const QString name = m_sandbox.createDatabase(QStringLiteral("snap_named"));
    const QString folder = m_work.filePath(QStringLiteral("named-migrations"));
    QDir().mkpath(folder);
    writeFile(folder + QStringLiteral("/0001_named.sql"),
              QStringLiteral("-- UP\nINSERT INTO log VALUES ('%1.example.org');\nCREATE TABLE "
                             "`%1`.t (id INT);\n-- DOWN\nDROP TABLE t;\n")
                  .arg(name));
    const Workspace workspace = workspaceFor(name, folder);
    auto expected = ExpectedSchema::replay(workspace, QStringLiteral("0001"));
    QVERIFY(!expected.ok());
    QVERIFY2(expected.error().contains(QStringLiteral("0001_named.sql:3:1: the UP section of 0001 "
                                                      "names the database")),
             qPrintable(expected.error()));
}

void TestSchemaReader::scratchNameStaysWithinLimits()
{
    const QDateTime at(QDate(2026, 12, 1), QTime(7, 5, 9), QTimeZone::UTC);
    QCOMPARE(ExpectedSchema::scratchName(QStringLiteral("heartguard"), at),
             QStringLiteral("heartguard_expected_20261201070509"));
    const QString longName(64, u'x');
    const QString scratch = ExpectedSchema::scratchName(longName, at);
    QCOMPARE(scratch.size(), 64);
    QVERIFY(scratch.endsWith(u"_expected_20261201070509"));
}

void TestSchemaReader::cliTakesAndStoresASnapshot()
{
    const QString name = appliedDatabase(QStringLiteral("snap_cli"));
    const QString journal = m_work.filePath(QStringLiteral("cli.sqlite"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BACKSTEP_JOURNAL"), journal);
    const ProcessResult result = runCli({QStringLiteral("snapshot"), QStringLiteral("--url"),
                                         m_sandbox.url(name), QStringLiteral("--password-file"),
                                         m_sandbox.passwordFile, QStringLiteral("--json")},
                                        environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("migration_version")).toString(), QStringLiteral("0004"));
    QCOMPARE(json.value(QStringLiteral("purpose")).toString(), QStringLiteral("manual"));
    const auto printed = SchemaSnapshot::fromJson(json);
    QVERIFY(printed.ok());
    QVERIFY(printed->find(QStringLiteral("column food_logs.logged_at")));

    auto opened = Journal::open(journal);
    QVERIFY(opened.ok());
    SnapshotStore store(*opened.value());
    const QList<StoredSnapshot> listed = test::checked(store.list());
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().purpose, SnapshotPurpose::Manual);
    QCOMPARE(listed.first().id, json.value(QStringLiteral("id")).toInteger());
    auto stored = store.load(listed.first().id);
    QVERIFY(stored.ok());
    QVERIFY(stored->snapshot == printed.value());

    const ProcessResult text =
        runCli({QStringLiteral("snapshot"), QStringLiteral("--url"), m_sandbox.url(name),
                QStringLiteral("--password-file"), m_sandbox.passwordFile},
               environment);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("at version 0004"), text.out.constData());
    QVERIFY2(text.out.contains("trigger trg_food_logs_activity"), text.out.constData());
}

void TestSchemaReader::rollbackRecordsSnapshotsBeforeAndAfter()
{
    // The first three migrations (0004's DOWN archives its table instead of dropping it).
    const QString folder = m_work.filePath(QStringLiteral("three-migrations"));
    QDir().mkpath(folder);
    for (const QString &file :
         QDir(migrationsSource()).entryList({QStringLiteral("000[123]_*.sql")}, QDir::Files))
        QVERIFY(QFile::copy(migrationsSource() + u'/' + file, folder + u'/' + file));
    const QString name = appliedDatabase(QStringLiteral("snap_rb"), QStringLiteral("0003"));
    const QString journal = m_work.filePath(QStringLiteral("rollback.sqlite"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BACKSTEP_JOURNAL"), journal);
    const ProcessResult rollback =
        runCli({QStringLiteral("rollback"), QStringLiteral("--url"), m_sandbox.url(name),
                QStringLiteral("--password-file"), m_sandbox.passwordFile,
                QStringLiteral("--migrations"), folder, QStringLiteral("--steps"),
                QStringLiteral("1"), QStringLiteral("--yes"), QStringLiteral("--no-backup"),
                QStringLiteral("--confirm"), name, QStringLiteral("--json")},
               environment);
    QVERIFY2(rollback.exitCode == 0, rollback.err.constData());

    const Workspace workspace = workspaceFor(name, folder);
    const QString url = workspace.request.connection.url();
    StoredSnapshot after;
    {
        auto opened = Journal::open(journal);
        QVERIFY(opened.ok());
        SnapshotStore store(*opened.value());
        const QList<StoredSnapshot> listed = test::checked(store.list(url));
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).purpose, SnapshotPurpose::AfterRollback);
        QCOMPARE(listed.at(0).snapshot.migrationVersion, QStringLiteral("0002"));
        QCOMPARE(listed.at(1).purpose, SnapshotPurpose::BeforeRollback);
        QCOMPARE(listed.at(1).snapshot.migrationVersion, QStringLiteral("0003"));
        QVERIFY(!listed.at(0).runId.isEmpty());
        QCOMPARE(listed.at(0).runId, listed.at(1).runId);
        auto loaded = store.load(listed.at(0).id);
        QVERIFY(loaded.ok());
        after = loaded.value();
    }
    QVERIFY(!after.snapshot.find(QStringLiteral("trigger trg_food_logs_activity")));

    // Nothing recorded at 0002 before a rollback: the expectation is a replay, and the
    // rolled-back schema matches it.
    auto expected = ExpectedSchema::at(workspace, QStringLiteral("0002"), journal);
    QVERIFY2(expected.ok(), expected.ok() ? "" : qPrintable(expected.error()));
    QCOMPARE(expected->source, ExpectedSchema::Source::Replay);
    DiffOptions options;
    options.ignoredTables = expected->ignoredTables;
    const SchemaDiff diff = diffSchemas(expected->snapshot, after.snapshot, options);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.lines().join(u'\n')));
    // A settled run leaves no trace: Backstep's progress table is gone again.
    QVERIFY(!after.snapshot.find(QStringLiteral("table backstep_rollback_progress")));

    // The schema at 0003, recorded before the rollback, is the expectation at 0003 now.
    auto at3 = ExpectedSchema::at(workspace, QStringLiteral("0003"), journal);
    QVERIFY2(at3.ok(), at3.ok() ? "" : qPrintable(at3.error()));
    QCOMPARE(at3->source, ExpectedSchema::Source::Recorded);
    QVERIFY(at3->snapshot.find(QStringLiteral("trigger trg_food_logs_activity")));
}

QTEST_GUILESS_MAIN(TestSchemaReader)
#include "tst_schemareader.moc"
