// The log panel in the real main window, offscreen: it follows a file written by another
// thread while the GUI thread keeps serving its timers, and its filter, search, pause,
// copy and action marks work on the lines it shows.
#include "support/testsupport.h"
#include "ui/logfileview.h"
#include "ui/logfilterproxymodel.h"
#include "ui/logmodel.h"
#include "ui/logpanel.h"
#include "ui/mainwindow.h"

#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <thread>
#include <utility>

using namespace backstep;

namespace {} // namespace

class TestLogPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
    }

    void followsABurstWhileTheWindowStaysResponsive()
    {
        const QString file = m_dir.filePath(QStringLiteral("app.log"));
        test::writeFile(file, QStringLiteral("2026-11-24 01:00:00 INFO started\n"));
        MainWindow window;
        window.resize(1200, 800);
        LogPanel *panel = window.logPanel();
        QCOMPARE(panel->fileCount(), 0); // none unless asked for
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("logDock"));
        QVERIFY(dock);
        QCOMPARE(dock->widget(), panel);
        panel->setCapacity(50000);
        LogFileView *view = panel->addFile(file);
        dock->raise();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(view->model()->rowCount(), 1);

        // The GUI thread's own 10 ms timer runs while another thread writes blocks of
        // 1,000 lines with a millisecond between them (up to 1,000,000 lines a second, ten
        // times the bench's rate), until the timer has fired 20 times and 300,000 lines
        // are written; 3,000,000 lines (three seconds at least) end it if the GUI thread
        // is blocked. Counts, not durations: the timer kept firing between batches.
        std::atomic_int ticks{0};
        int batchesSinceTick = 0;
        int ticksAfterABatch = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            ++ticks;
            if (std::exchange(batchesSinceTick, 0) > 0)
                ++ticksAfterABatch;
        });
        connect(view, &LogFileView::linesReceivedChanged, this, [&] { ++batchesSinceTick; });
        heartbeat.start(10);
        std::atomic<qint64> sent{0};
        int ticksWhileWriting = 0;
        std::atomic_bool done{false};
        std::thread writer([&] {
            QFile out(file);
            if (!out.open(QIODevice::Append | QIODevice::Unbuffered))
                return;
            const int ticksAtStart = ticks;
            while ((ticks - ticksAtStart < 20 || sent < 300000) && sent < 3000000) {
                QByteArray chunk;
                for (int i = 0; i < 1000; ++i)
                    chunk += "2026-11-24 01:00:01 INFO burst " + QByteArray::number(sent++) + '\n';
                out.write(chunk);
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            ticksWhileWriting = ticks - ticksAtStart;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done && view->linesReceived() == sent + 1, 120000);
        writer.join();
        heartbeat.stop();
        QVERIFY2(ticksWhileWriting >= 20, QByteArray::number(ticksWhileWriting));
        QVERIFY2(ticksAfterABatch >= 5, QByteArray::number(ticksAfterABatch));
        QCOMPARE(view->linesReceived(), sent + 1); // none lost
        const qint64 total = sent;
        QTRY_COMPARE(view->model()->text(49999),
                     QStringLiteral("2026-11-24 01:00:01 INFO burst %1").arg(total - 1));
        QCOMPARE(view->model()->rowCount(), 50000); // the ring's bound
        // Following: the last row is the one in view.
        const QModelIndex last =
            view->view()->model()->index(view->view()->model()->rowCount() - 1, 0);
        QTRY_VERIFY(view->view()->viewport()->rect().intersects(view->view()->visualRect(last)));
        QVERIFY(view->statusLabel()->text().contains(file));
        QVERIFY(view->statusLabel()->text().contains(QStringLiteral("following")));
    }

    void pauseKeepsCollectingAndResumeShowsIt()
    {
        const QString file = m_dir.filePath(QStringLiteral("pause.log"));
        test::writeFile(file, QStringLiteral("one\n"));
        LogPanel panel;
        LogFileView *view = panel.addFile(file);
        panel.show();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->setPaused(true);
        QVERIFY(view->statusLabel()->text().contains(QStringLiteral("paused")));
        test::appendFile(file, "two\nthree\n");
        QTRY_COMPARE(view->linesWhilePaused(), 2);
        QCOMPARE(view->model()->rowCount(), 1); // the view holds still
        QVERIFY(view->pausedLabel()->isVisible());
        QVERIFY(view->pausedLabel()->text().contains(QStringLiteral("2")));
        view->jumpToEnd(); // resumes
        QVERIFY(!view->isPaused());
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->text(2), QStringLiteral("three"));
        QVERIFY(!view->pausedLabel()->isVisible());
    }

    void filterSearchCopyAndMarks()
    {
        const QString file = m_dir.filePath(QStringLiteral("mixed.log"));
        test::writeFile(file, QStringLiteral("INFO a\nERROR b failed\nWARN c\nDEBUG d\n"
                                             "INFO e failed again\n"));
        LogPanel panel;
        LogFileView *view = panel.addFile(file);
        LogFileView *second = panel.addFile(m_dir.filePath(QStringLiteral("missing.log")));
        QCOMPARE(panel.fileCount(), 2);
        QCOMPARE(panel.addFile(file), view); // the same file is one tab
        panel.show();
        QTRY_COMPARE(view->model()->rowCount(), 5);
        QTRY_COMPARE(second->model()->rowCount(), 1); // "Waiting for … to appear"
        QVERIFY(second->statusLabel()->text().contains(QStringLiteral("Waiting for")));

        panel.addActionMark(QStringLiteral("Service heartguard-app stopped"));
        QCOMPARE(view->model()->rowCount(), 6);
        QCOMPARE(second->model()->rowCount(), 2);

        view->levelBox()->setCurrentIndex(view->levelBox()->findData(int(LogLevel::Warning)));
        QCOMPARE(view->view()->model()->rowCount(), 3); // ERROR, WARN and the mark
        view->levelBox()->setCurrentIndex(0);
        view->filterEdit()->setText(QStringLiteral("failed"));
        QCOMPARE(view->view()->model()->rowCount(), 3); // two lines and the mark
        view->filterEdit()->clear();

        view->searchEdit()->setText(QStringLiteral("FAILED"));
        QVERIFY(view->findNext());
        QCOMPARE(view->view()->currentIndex().data().toString(), QStringLiteral("ERROR b failed"));
        QVERIFY(view->isPaused()); // the found row stays put
        QVERIFY(view->findNext());
        QCOMPARE(view->view()->currentIndex().data().toString(),
                 QStringLiteral("INFO e failed again"));
        QVERIFY(view->findPrevious());
        QCOMPARE(view->view()->currentIndex().data().toString(), QStringLiteral("ERROR b failed"));
        view->searchEdit()->setText(QStringLiteral("no such text"));
        QVERIFY(!view->findNext());

        view->view()->selectionModel()->select(
            QItemSelection(view->view()->model()->index(0, 0), view->view()->model()->index(1, 0)),
            QItemSelectionModel::ClearAndSelect);
        view->copySelection();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("INFO a\nERROR b failed\n"));
    }

    void theCommandLineOpensLogTabs()
    {
        const QString file = m_dir.filePath(QStringLiteral("cli.log"));
        test::writeFile(file, QStringLiteral("hello\n"));
        const QString png = m_dir.filePath(QStringLiteral("shot.png"));
        const test::ProcessResult result =
            test::run(test::appPath(), {QStringLiteral("--log"), file, QStringLiteral("--log"),
                                        file, QStringLiteral("--screenshot"), png});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFile::exists(png));
    }
};

QTEST_MAIN(TestLogPanel)
#include "tst_logpanel.moc"
