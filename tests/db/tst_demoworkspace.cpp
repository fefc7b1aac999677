#include "db/databasesession.h"
#include "db/demoworkspace.h"
#include "db/historyreader.h"
#include "ops/workspaceloader.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoHasAppliedPendingAndIrreversibleMigrations()
    {
        QTemporaryDir dir;
        auto paths = DemoWorkspace::create(dir.path());
        QVERIFY2(paths.ok(), paths.ok() ? "" : qPrintable(paths.error()));

        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(paths->url()).value();
        request.migrationsFolder = paths->migrations;
        const Workspace workspace = WorkspaceLoader::load(request);
        QVERIFY2(workspace.databaseError.isEmpty(), qPrintable(workspace.databaseError));
        QVERIFY(workspace.migrations.errors.isEmpty());
        QCOMPARE(workspace.migrations.format, MigrationFormat::Plain);
        QCOMPARE(workspace.history.style, HistoryStyle::Goose);
        QVERIFY(workspace.history.recordsAppliedOrder);

        QHash<QString, MigrationStatus> byVersion;
        for (const auto &row : workspace.rows)
            byVersion.insert(row.version, row);
        QCOMPARE(byVersion.size(), 11);
        QCOMPARE(byVersion[QStringLiteral("1203")].state, MigrationState::Applied);
        QCOMPARE(byVersion[QStringLiteral("1204")].state, MigrationState::Pending);
        QCOMPARE(byVersion[QStringLiteral("1198")].reversible, false);
        QCOMPARE(byVersion[QStringLiteral("1203")].appliedOrder, 8);
        QVERIFY(byVersion[QStringLiteral("1201")].appliedAt.isValid());
        QCOMPARE(byVersion[QStringLiteral("1200")].downStatementCount, 3);
    }

    void upSectionsRanOnTheDatabase()
    {
        QTemporaryDir dir;
        auto paths = DemoWorkspace::create(dir.path());
        QVERIFY(paths.ok());
        auto session = DatabaseSession::open(ConnectionSpec::parse(paths->url()).value(), {});
        QVERIFY(session.ok());
        QSqlQuery query(session.value()->database());
        // 1200 normalized the JSON items into rows; 1201's trigger exists; 1204 did not run.
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM food_log_items")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 8);
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                          "AND name = 'food_logs_touch_user'")));
        QVERIFY(query.next());
        QVERIFY(!session.value()->database().tables().contains(QStringLiteral("alert_thresholds")));
    }

    void ensureKeepsAnExistingDemo()
    {
        QTemporaryDir dir;
        QVERIFY(DemoWorkspace::create(dir.path()).ok());
        auto again = DemoWorkspace::ensure(dir.path());
        QVERIFY(again.ok());
        // A marker row survives ensure(): the database was not recreated.
        {
            auto session = DatabaseSession::open(ConnectionSpec::parse(again->url()).value(), {});
            QSqlQuery query(session.value()->database());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE marker (x INTEGER)")));
        }
        auto third = DemoWorkspace::ensure(dir.path());
        auto session = DatabaseSession::open(ConnectionSpec::parse(third->url()).value(), {});
        QVERIFY(session.value()->database().tables().contains(QStringLiteral("marker")));
    }

    void missingSqliteFileIsAnErrorNotANewDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        auto session = DatabaseSession::open(
            ConnectionSpec::parse(QStringLiteral("sqlite:") + path).value(), {});
        QVERIFY(!session.ok());
        QVERIFY(session.error().contains(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
