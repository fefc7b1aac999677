// PlaybookController's reads of the journal for the window (a run, its incident report) on a
// worker: while a read is held on the worker (the `playbook-load` failpoint, action `hold`,
// released by removing a file), a second request returns at once and the GUI thread's event
// loop keeps turning; once released, both results arrive, in the order asked.
#include "core/failpoint.h"
#include "core/playbook.h"
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "support/testsupport.h"
#include "ui/playbookcontroller.h"
#include "ui/workspacecontroller.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace backstep;
using namespace backstep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestPlaybookController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{temporaryTemplate(s("playbookcontroller"))};
    QString m_journalPath;
    QString m_holdFile;

    void hold() { writeFile(m_holdFile, s("held")); }
    void release() { QVERIFY(QFile::remove(m_holdFile)); }

    // Whether the GUI thread's event loop turns now: a zero timer fires within the wait.
    static bool eventLoopTurns()
    {
        bool fired = false;
        QTimer::singleShot(0, [&fired] { fired = true; });
        return QTest::qWaitFor([&fired] { return fired; }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journalPath = m_dir.filePath(s("journal.sqlite"));
        m_holdFile = m_dir.filePath(s("hold"));
        // Before the first visit of any failpoint: the choice is read once.
        qputenv("BACKSTEP_FAILPOINT", "playbook-load:hold");
        qputenv("BACKSTEP_FAILPOINT_HOLD", m_holdFile.toUtf8());
        auto journal = Journal::open(m_journalPath);
        QVERIFY2(journal.ok(), qPrintable(journal.error()));
        PlaybookJournal runs(*journal.value());
        for (const char *id : {"run-a", "run-b"}) {
            PlaybookRun run = PlaybookRun::withAllSteps();
            run.id = s(id);
            run.profile = s("shop");
            run.databaseUrl = s("sqlite:///tmp/shop.sqlite");
            run.databaseName = s("shop");
            run.startedAt = QDateTime::currentDateTimeUtc();
            QVERIFY2(runs.create(run).ok(), id);
        }
        QVERIFY(runs.storeReport(s("run-b"), s("html"), "<p>run b</p>").ok());
    }

    void aHeldRunReadLeavesTheWindowResponsive()
    {
        if (!failpointsCompiled)
            QSKIP("a build without failpoints cannot hold the read");
        WorkspaceController workspaces;
        PlaybookController controller(&workspaces);
        controller.setJournalPath(m_journalPath);
        QSignalSpy loaded(&controller, &PlaybookController::runLoaded);
        QSignalSpy problems(&controller, &PlaybookController::journalProblem);

        hold();
        controller.loadRun(s("run-a"));
        // The second request must not wait for the first on this thread.
        controller.loadRun(s("run-b"));
        QVERIFY(eventLoopTurns());
        QCOMPARE(loaded.count(), 0); // still held on the worker

        release();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 60000);
        QCOMPARE(loaded.at(0).at(0).value<PlaybookRun>().id, s("run-a"));
        QCOMPARE(loaded.at(1).at(0).value<PlaybookRun>().id, s("run-b"));
        QCOMPARE(loaded.at(1).at(0).value<PlaybookRun>().steps.size(), playbookStepOrder().size());
        QCOMPARE(problems.count(), 0);
    }

    void aHeldReportReadLeavesTheWindowResponsive()
    {
        if (!failpointsCompiled)
            QSKIP("a build without failpoints cannot hold the read");
        WorkspaceController workspaces;
        PlaybookController controller(&workspaces);
        controller.setJournalPath(m_journalPath);
        QSignalSpy reports(&controller, &PlaybookController::reportLoaded);

        hold();
        controller.loadReport(s("run-a"));
        controller.loadReport(s("run-b"));
        QVERIFY(eventLoopTurns());
        QCOMPARE(reports.count(), 0);

        release();
        QTRY_COMPARE_WITH_TIMEOUT(reports.count(), 2, 60000);
        const auto first = reports.at(0).at(0).value<PlaybookReportBodies>();
        const auto second = reports.at(1).at(0).value<PlaybookReportBodies>();
        QCOMPARE(first.runId, s("run-a"));
        QVERIFY(!first.problem.isEmpty()); // no report stored for it: said, not blank
        QCOMPARE(second.runId, s("run-b"));
        QCOMPARE(second.html, QByteArray("<p>run b</p>"));
        QVERIFY(second.problem.isEmpty());
    }
};

QTEST_MAIN(TestPlaybookController)
#include "tst_playbookcontroller.moc"
