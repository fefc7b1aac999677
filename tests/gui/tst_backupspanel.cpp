// The Backups dock on the real main window, offscreen: "Back up now" on the SQLite demo
// takes a verified backup without blocking the window, and the catalog shows it, read
// and written by worker threads only.
#include "db/demoworkspace.h"
#include "models/backupcatalogmodel.h"
#include "ops/backupcatalogloader.h"
#include "ui/backupscontroller.h"
#include "ui/backupspanel.h"
#include "ui/logfileview.h"
#include "ui/logmodel.h"
#include "ui/logpanel.h"
#include "ui/mainwindow.h"
#include "ui/workspacecontroller.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <mutex>

using namespace backstep;

class TestBackupsPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    // The threads the dock opened the journal on.
    std::mutex m_threadsMutex;
    QList<QThread *> m_journalThreads;

    QList<QThread *> journalThreads()
    {
        const std::lock_guard lock(m_threadsMutex);
        return m_journalThreads;
    }

    void recordJournalThreads()
    {
        BackupCatalogLoader::setJournalProbe([this] {
            const std::lock_guard lock(m_threadsMutex);
            m_journalThreads.append(QThread::currentThread());
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("BACKSTEP_JOURNAL", m_dir.filePath(QStringLiteral("journal.sqlite")).toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        recordJournalThreads();
    }

    void cleanupTestCase() { BackupCatalogLoader::setJournalProbe({}); }

    // While the catalog is read on a worker (held here at its journal), the dock says it is
    // looking; it never says "Open a database" with one open, nor "no backup yet" before
    // it knows. When the read ends it says what it found, and the controller says it settled.
    void theDockSaysItIsLookingUntilTheCatalogIsRead()
    {
        auto demo = DemoWorkspace::create(m_dir.filePath(QStringLiteral("looking")));
        QVERIFY(demo.ok());
        QSemaphore entered;
        QSemaphore release;
        BackupCatalogLoader::setJournalProbe([&] {
            entered.release();
            release.acquire();
        });
        MainWindow window;
        // Before the window goes: its controller waits for a read still held here.
        auto releaseAll = qScopeGuard([&] {
            recordJournalThreads();
            release.release(100);
        });
        window.show();
        auto *panel = window.findChild<BackupsPanel *>();
        QVERIFY(panel);
        QVERIFY(!window.backups()->isReadingCatalog()); // nothing is read before a database
        QCOMPARE(panel->messageLabel()->text(), QStringLiteral("Open a database to back it up."));

        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(demo->url()).value();
        request.migrationsFolder = demo->migrations;
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        QSignalSpy settled(window.backups(), &BackupsController::catalogSettled);
        window.open(request);
        QVERIFY(loaded.wait(20000));
        // The catalog read of the open database is held at the journal.
        // (QTRY evaluates its condition again at the end: no side effect in it.)
        QTRY_VERIFY_WITH_TIMEOUT(entered.available() > 0, 20000);
        QVERIFY(window.backups()->isReadingCatalog());
        QCOMPARE(panel->messageLabel()->text(),
                 QStringLiteral("Looking for backups of this database…"));
        QCOMPARE(settled.count(), 0);

        release.release(100);
        QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 20000);
        QVERIFY(!window.backups()->isReadingCatalog());
        QVERIFY2(panel->messageLabel()->text().contains(QStringLiteral("No complete backup")),
                 qPrintable(panel->messageLabel()->text()));
        // A one-line message takes one line's height, its text at the top: no empty band
        // above it (it sat in the middle of three lines' space).
        QLabel *label = panel->messageLabel();
        auto *area = qobject_cast<QWidget *>(label->parentWidget()->parentWidget());
        QVERIFY(area);
        const int line = label->fontMetrics().lineSpacing();
        QVERIFY2(label->heightForWidth(area->width()) < 2 * line,
                 qPrintable(QStringLiteral("%1 wide").arg(area->width())));
        QVERIFY2(
            area->height() < 2 * line,
            qPrintable(QStringLiteral("%1 high for lines of %2").arg(area->height()).arg(line)));
        QCOMPARE(label->alignment() & Qt::AlignVertical_Mask, Qt::AlignTop);
        // A long one grows the area, up to eight lines, and the rest scrolls.
        QString longText;
        for (int i = 0; i < 400; ++i)
            longText += QStringLiteral("statement %1 left out; ").arg(i);
        Q_EMIT window.backups()->message(longText, false);
        QVERIFY2(
            area->height() > 4 * line && area->height() <= 8 * line + 4,
            qPrintable(QStringLiteral("%1 high for lines of %2").arg(area->height()).arg(line)));
    }

    void backUpNowFromTheDock()
    {
        auto demo = DemoWorkspace::create(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY(demo.ok());
        MainWindow window;
        window.show();
        auto *panel = window.findChild<BackupsPanel *>();
        QVERIFY(panel);
        QVERIFY(!panel->backUpButton()->isEnabled()); // nothing open yet

        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(demo->url()).value();
        request.migrationsFolder = demo->migrations;
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        window.open(request);
        QVERIFY(loaded.wait(20000));
        QVERIFY(panel->backUpButton()->isEnabled());
        // The catalog is read on a worker: the dock says what it found when it is back.
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->messageLabel()->text().contains(QStringLiteral("No complete backup")), 20000);
        QVERIFY(!journalThreads().isEmpty());

        // A followed log gets a mark where the backup began and where it ended.
        const QString log = m_dir.filePath(QStringLiteral("app.log"));
        QFile(log).open(QIODevice::WriteOnly);
        LogFileView *logView = window.logPanel()->addFile(log);

        const QString folder = m_dir.filePath(QStringLiteral("backups"));
        window.backups()->setFolder(folder);
        // The dock's button names the folder, also when code (not its dialog) set it.
        QCOMPARE(panel->folderButton()->text(), QStringLiteral("Folder: %1").arg(folder));
        QSignalSpy busy(window.backups(), &BackupsController::busyChanged);
        // The event loop keeps turning while the backup runs.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(5);
        QTest::mouseClick(panel->backUpButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 2, 20000);
        QVERIFY(ticks > 0);

        QTableView *catalog = panel->catalogView();
        QCOMPARE(catalog->model()->rowCount(), 1);
        QCOMPARE(catalog->model()->index(0, BackupCatalogModel::StatusColumn).data().toString(),
                 QStringLiteral("complete"));
        QCOMPARE(catalog->model()->index(0, BackupCatalogModel::VersionColumn).data().toString(),
                 QStringLiteral("1203"));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
        QVERIFY(panel->messageLabel()->text().contains(QStringLiteral("Backup complete")));
        QStringList marks;
        for (int row = 0; row < logView->model()->rowCount(); ++row)
            marks.append(logView->model()->index(row, 0).data().toString());
        const QString all = marks.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Backup of heartguard started")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Backup of heartguard: complete")), qPrintable(all));

        // The catalog shows the last verification and test-restore, with their result.
        const auto cell = [catalog](int column) {
            return catalog->model()->index(0, column).data().toString();
        };
        QCOMPARE(cell(BackupCatalogModel::VerifiedColumn), QStringLiteral("never"));
        QCOMPARE(cell(BackupCatalogModel::TestRestoredColumn), QStringLiteral("never"));
        catalog->selectRow(0);
        QTest::mouseClick(panel->verifyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 4, 20000);
        QVERIFY2(cell(BackupCatalogModel::VerifiedColumn).startsWith(QStringLiteral("passed ")),
                 qPrintable(cell(BackupCatalogModel::VerifiedColumn)));
        QTRY_VERIFY_WITH_TIMEOUT(panel->testRestoreButton()->isEnabled(), 20000);
        QTest::mouseClick(panel->testRestoreButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 6, 60000);
        QVERIFY2(cell(BackupCatalogModel::TestRestoredColumn).startsWith(QStringLiteral("passed ")),
                 qPrintable(cell(BackupCatalogModel::TestRestoredColumn)));
        // A passing test-restore says what it compared, in the dock and the catalog's tooltip.
        const QString message = panel->messageLabel()->text();
        QVERIFY2(message.contains(QStringLiteral("passed. Compared: ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("food_log_items: 8 rows")), qPrintable(message));
        QVERIFY(catalog->model()
                    ->index(0, BackupCatalogModel::TestRestoredColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("food_log_items: 8 rows")));
        // No column is cut: each is at least as wide as its header and its text need.
        for (int column = 0; column < BackupCatalogModel::ColumnCount - 1; ++column) {
            const int width = catalog->columnWidth(column);
            QVERIFY2(width >= catalog->horizontalHeader()->sectionSizeHint(column),
                     qPrintable(QString::number(column)));
            QVERIFY2(width > catalog->fontMetrics().horizontalAdvance(cell(column)),
                     qPrintable(cell(column)));
        }

        // The file deleted outside Backstep: the catalog read again says it is missing.
        const QString file = catalog->model()->index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(QFile::remove(file), qPrintable(file));
        window.backups()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(
            catalog->model()->index(0, BackupCatalogModel::StatusColumn).data().toString(),
            QStringLiteral("missing"), 20000);

        // Every read of the catalog (at open, after the backup, the verification and the
        // test-restore, the refresh: where the file's presence is looked at) and the
        // test-restore's start record were on a worker thread.
        const QList<QThread *> threads = journalThreads();
        QVERIFY2(threads.size() >= 6, qPrintable(QString::number(threads.size())));
        for (QThread *thread : threads)
            QVERIFY(thread != QCoreApplication::instance()->thread());
    }
};

QTEST_MAIN(TestBackupsPanel)
#include "tst_backupspanel.moc"
