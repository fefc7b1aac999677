// The real main window, offscreen: its layout (size, docks and which tab is in front, the
// closed ones, the splitter, the history's sort order) comes back at the next start; a
// layout saved by another layout version is ignored; View ▸ Reset layout restores the
// layout as built. (The offscreen screen is 800x600: restoreGeometry keeps a window
// within its screen, so the sizes here fit.)
#include "db/demoworkspace.h"
#include "models/migrationhistorymodel.h"
#include "support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/windowlayout.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

class TestWindowLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("windowlayout"))};
    DemoWorkspace::Paths m_demo;

    static QDockWidget *dock(const MainWindow &window, const char *name)
    {
        return window.findChild<QDockWidget *>(QString::fromLatin1(name));
    }
    static QSplitter *splitter(const MainWindow &window)
    {
        return window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    }
    // In front of its tab group: something of it is on the screen.
    static bool inFront(QDockWidget *dock)
    {
        return dock->isVisible() && !dock->visibleRegion().isEmpty();
    }

    void openDemo(MainWindow &window)
    {
        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(m_demo.url()).value();
        request.migrationsFolder = m_demo.migrations;
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        window.open(request);
        QVERIFY(loaded.wait(20000));
    }

    QString firstVersion(const MainWindow &window)
    {
        return window.historyView()
            ->model()
            ->index(0, MigrationHistoryModel::VersionColumn)
            .data()
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        // A journal of its own: tests run side by side.
        qputenv("BACKSTEP_JOURNAL", m_dir.filePath(QStringLiteral("journal.sqlite")).toUtf8());
        auto demo = DemoWorkspace::create(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY(demo.ok());
        m_demo = demo.value();
    }

    void init() { QSettings().clear(); }

    void layoutComesBackAtTheNextStart()
    {
        QList<int> sizes;
        {
            MainWindow window;
            window.resize(700, 500);
            window.restoreLayout(); // nothing saved yet: the layout as built
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            openDemo(window);
            QCOMPARE(window.dockWidgetArea(dock(window, "verificationDock")),
                     Qt::BottomDockWidgetArea);
            QVERIFY(inFront(dock(window, "backupsDock")));

            // The DBA rearranges: bigger window, Verification on the right, Service
            // closed, Log in front, a wider history, sorted by name, last first.
            window.resize(780, 560);
            window.addDockWidget(Qt::RightDockWidgetArea, dock(window, "verificationDock"));
            dock(window, "serviceDock")->close();
            dock(window, "logDock")->raise();
            // The dock on the right takes its room before the splitter is moved.
            QTRY_VERIFY(splitter(window)->width() < 700);
            QTRY_VERIFY(inFront(dock(window, "logDock")));
            splitter(window)->setSizes({330, 120});
            window.historyView()->sortByColumn(MigrationHistoryModel::NameColumn,
                                               Qt::DescendingOrder);
            sizes = splitter(window)->sizes();
            window.close(); // saves
        }
        MainWindow window;
        window.resize(700, 500);
        window.restoreLayout();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openDemo(window);
        QCOMPARE(window.size(), QSize(780, 560));
        QCOMPARE(window.dockWidgetArea(dock(window, "verificationDock")), Qt::RightDockWidgetArea);
        QVERIFY(dock(window, "serviceDock")->isHidden());
        QTRY_VERIFY(inFront(dock(window, "logDock")));
        QVERIFY(!inFront(dock(window, "backupsDock")));
        QTRY_COMPARE(splitter(window)->sizes(), sizes);
        const QHeaderView *header = window.historyView()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(MigrationHistoryModel::NameColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        // The rows follow the restored order: 1203 partition_activity_events comes first.
        QCOMPARE(firstVersion(window), QStringLiteral("1203"));

        // View ▸ Reset layout: the docks, the splitter and the sort order as built; the
        // saved layout is forgotten.
        window.resetLayoutAction()->trigger();
        QCOMPARE(window.dockWidgetArea(dock(window, "verificationDock")), Qt::BottomDockWidgetArea);
        QTRY_VERIFY(dock(window, "serviceDock")->isVisible());
        QTRY_VERIFY(inFront(dock(window, "backupsDock")));
        QCOMPARE(header->sortIndicatorSection(), int(MigrationHistoryModel::VersionColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(firstVersion(window), QStringLiteral("1195"));
        QVERIFY(!QSettings().contains(QStringLiteral("windowLayout/state")));
    }

    void layoutOfAnotherVersionIsIgnored()
    {
        {
            MainWindow window;
            window.restoreLayout();
            window.show();
            window.addDockWidget(Qt::LeftDockWidgetArea, dock(window, "logDock"));
            window.close();
        }
        QSettings().setValue(QStringLiteral("windowLayout/version"),
                             WindowLayout::kLayoutVersion + 1);
        MainWindow window;
        window.restoreLayout();
        window.show();
        QCOMPARE(window.dockWidgetArea(dock(window, "logDock")), Qt::BottomDockWidgetArea);
    }

    void screenshotsAndTestsDoNotTouchTheSavedLayout()
    {
        // A window whose layout was not restored (a screenshot) saves nothing either.
        {
            MainWindow window;
            window.show();
            window.addDockWidget(Qt::LeftDockWidgetArea, dock(window, "logDock"));
            window.close();
        }
        QVERIFY(!QSettings().contains(QStringLiteral("windowLayout/state")));
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
