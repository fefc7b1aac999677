// Schema snapshots without a server: the SQLite reader on the demo database, the journal's
// snapshot store (revision 4), and the expected state replayed into a temporary SQLite file.
#include "core/migrationstatus.h"
#include "core/schemadiff.h"
#include "db/databasesession.h"
#include "db/demoworkspace.h"
#include "db/journal.h"
#include "db/schemareader.h"
#include "db/snapshotstore.h"
#include "ops/expectedschema.h"
#include "ops/workspaceloader.h"
#include "support/testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {

SchemaSnapshot snapshotOf(const QString &url)
{
    auto session = DatabaseSession::open(ConnectionSpec::parse(url).value(), {});
    if (!session)
        qFatal("%s", qPrintable(session.error()));
    auto snapshot = SchemaReader::read(*session.value());
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error()));
    return snapshot.value();
}

} // namespace

class TestSnapshotStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsTheSqliteDemo();
    void tamperingOnSqlite();
    void replayIntoATemporarySqliteFile();
    void storeKeepsPurposesApart();
    void loadOfAnUnknownIdFails();

private:
    QTemporaryDir m_dir;
    DemoWorkspace::Paths m_demo;
};

void TestSnapshotStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto demo = DemoWorkspace::create(m_dir.filePath(QStringLiteral("demo")));
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error()));
    m_demo = demo.value();
}

void TestSnapshotStore::readsTheSqliteDemo()
{
    const SchemaSnapshot s = snapshotOf(m_demo.url());
    QVERIFY2(s.serverVersion.startsWith(u"SQLite"), qPrintable(s.serverVersion));
    QCOMPARE(s.migrationVersion, QStringLiteral("1203"));
    QVERIFY(s.find(QStringLiteral("table users")));
    const SchemaObject *index = s.find(QStringLiteral("index food_logs.idx_food_logs_user_logged"));
    QVERIFY(index);
    QCOMPARE(index->attribute(QStringLiteral("columns")), QStringLiteral("user_id, logged_at"));
    QCOMPARE(index->attribute(QStringLiteral("unique")), QStringLiteral("no"));
    const SchemaObject *fk = s.find(QStringLiteral("foreign key food_logs.(user_id) → users"));
    QVERIFY(fk);
    QCOMPARE(fk->attribute(QStringLiteral("referenced_columns")), QStringLiteral("id"));
    QCOMPARE(s.find(QStringLiteral("column users.email"))->summary(),
             QStringLiteral("varchar(255) NOT NULL"));
    QCOMPARE(
        s.find(QStringLiteral("primary key activity_events"))->attribute(QStringLiteral("columns")),
        QStringLiteral("id, occurred_at"));
    QVERIFY(s.find(QStringLiteral("trigger food_logs_touch_user")));
}

void TestSnapshotStore::tamperingOnSqlite()
{
    QTemporaryDir dir;
    auto demo = DemoWorkspace::create(dir.filePath(QStringLiteral("demo")));
    QVERIFY(demo.ok());
    const SchemaSnapshot before = snapshotOf(demo->url());
    {
        auto session = DatabaseSession::open(ConnectionSpec::parse(demo->url()).value(), {});
        QVERIFY(session.ok());
        QSqlQuery query(session.value()->database());
        QVERIFY(query.exec(QStringLiteral("DROP INDEX idx_food_logs_user_logged")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE users ADD COLUMN nickname TEXT")));
    }
    const SchemaDiff diff = diffSchemas(before, snapshotOf(demo->url()));
    QCOMPARE(diff.lines(),
             (QStringList{QStringLiteral("index food_logs.idx_food_logs_user_logged is missing"),
                          QStringLiteral("column users.nickname is extra: text NULL")}));
}

void TestSnapshotStore::replayIntoATemporarySqliteFile()
{
    WorkspaceRequest request;
    request.connection = ConnectionSpec::parse(m_demo.url()).value();
    request.migrationsFolder = m_demo.migrations;
    const Workspace workspace = WorkspaceLoader::load(request);
    QVERIFY2(workspace.databaseError.isEmpty(), qPrintable(workspace.databaseError));
    const QString version = latestAppliedVersion(workspace.history);
    const QString journal = m_dir.filePath(QStringLiteral("replay.sqlite"));
    auto expected = ExpectedSchema::at(workspace, version, journal);
    QVERIFY2(expected.ok(), expected.ok() ? "" : qPrintable(expected.error()));
    QCOMPARE(expected->source, ExpectedSchema::Source::Replay);
    QVERIFY2(expected->description.endsWith(u"UP sections in a temporary SQLite database"),
             qPrintable(expected->description));
    QCOMPARE(expected->ignoredTables, QStringList{QStringLiteral("goose_db_version")});
    DiffOptions options;
    options.ignoredTables = expected->ignoredTables;
    const SchemaDiff diff = diffSchemas(expected->snapshot, snapshotOf(m_demo.url()), options);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.lines().join(u'\n')));

    auto opened = Journal::open(journal);
    QVERIFY(opened.ok());
    const QList<StoredSnapshot> stored =
        test::checked(SnapshotStore(*opened.value()).list(m_demo.url()));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().purpose, SnapshotPurpose::Replay);
    QCOMPARE(stored.first().snapshot.migrationVersion, version);
}

void TestSnapshotStore::storeKeepsPurposesApart()
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.ok());
    QVERIFY(journal.value()->schemaVersion() >= 4); // schema_snapshots came with revision 4
    SnapshotStore store(*journal.value());
    SchemaSnapshot snapshot = snapshotOf(m_demo.url());
    const QString url = m_demo.url();
    auto before = store.save(url, snapshot, SnapshotPurpose::BeforeRollback, QStringLiteral("r1"));
    QVERIFY(before.ok());
    snapshot.takenAt = snapshot.takenAt.addSecs(5);
    auto after = store.save(url, snapshot, SnapshotPurpose::AfterRollback, QStringLiteral("r1"));
    QVERIFY(after.ok());
    snapshot.migrationVersion.clear();
    QVERIFY(store.save(url, snapshot, SnapshotPurpose::Manual).ok());

    auto newest = store.latestAt(url, QStringLiteral("1203"));
    QVERIFY(newest.ok() && newest.value());
    QCOMPARE(newest.value()->id, after.value());
    QCOMPARE(newest.value()->runId, QStringLiteral("r1"));
    auto recorded = store.latestAt(url, QStringLiteral("1203"), {SnapshotPurpose::BeforeRollback});
    QVERIFY(recorded.ok() && recorded.value());
    QCOMPARE(recorded.value()->id, before.value());
    auto empty = store.latestAt(url, QString());
    QVERIFY(empty.ok() && empty.value());
    QCOMPARE(empty.value()->purpose, SnapshotPurpose::Manual);
    QVERIFY(empty.value()->runId.isEmpty());
    auto other = store.latestAt(QStringLiteral("sqlite:/elsewhere"), QStringLiteral("1203"));
    QVERIFY(other.ok() && !other.value());

    const QList<StoredSnapshot> listed = test::checked(store.list(url));
    QCOMPARE(listed.size(), 3);
    // Newest first; the manual one was taken at the same moment, recorded later.
    QCOMPARE(listed.at(0).purpose, SnapshotPurpose::Manual);
    QCOMPARE(listed.at(1).purpose, SnapshotPurpose::AfterRollback);
    QCOMPARE(listed.at(2).purpose, SnapshotPurpose::BeforeRollback);
    QVERIFY(listed.first().snapshot.objects.isEmpty());
    QCOMPARE(listed.first().snapshot.database, QStringLiteral("heartguard"));
    QCOMPARE(test::checked(store.list()).size(), 3);
    QCOMPARE(test::checked(store.list(QStringLiteral("sqlite:/elsewhere"))).size(), 0);
}

void TestSnapshotStore::loadOfAnUnknownIdFails()
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.ok());
    auto loaded = SnapshotStore(*journal.value()).load(42);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(u"#42"), qPrintable(loaded.error()));
}

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"
