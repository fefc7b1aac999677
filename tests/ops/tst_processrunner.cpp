// The one process runner against real programs (/bin/sh): how each ending is
// classified, output that arrives while the program still runs, a timeout and a cancel
// that end the whole process group, a program that cannot start, and the failpoint that
// holds a started program for the no-trace tests.
#include "core/failpoint.h"
#include "ops/processrunner.h"
#include "support/processwatch.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>

using namespace backstep;

class TestProcessRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("processrunner"))};

    static ProcessSpec shell(const QString &command)
    {
        ProcessSpec spec;
        spec.program = QStringLiteral("/bin/sh");
        spec.arguments = {QStringLiteral("-c"), command};
        return spec;
    }

    static ProcessOutcome run(ProcessRunner &runner, const ProcessSpec &spec)
    {
        QSignalSpy finished(&runner, &ProcessRunner::finished);
        runner.start(spec);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<ProcessOutcome>();
    }

    qint64 pidIn(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    }

    QString holdFile() const { return m_dir.filePath(QStringLiteral("hold")); }
    QString traceFile() const { return m_dir.filePath(QStringLiteral("trace")); }

private Q_SLOTS:
    void initTestCase()
    {
        // Before the first failpoint: the process reads these once. Nothing is held while
        // the hold file is missing.
        test::HeldProgramWatch::setEnvironment(holdFile());
        qputenv("BACKSTEP_FAILPOINT_TRACE", traceFile().toUtf8());
    }

    // child-started, action hold: a program the hold file names is held as it starts, before
    // Backstep reads its output, until the file no longer names it. Here the shell's output
    // is larger than a pipe holds, so it is alive (and seen) all along the hold, and it can
    // end only after the other thread has let it go.
    void aStartedProgramIsHeldWhileTheHoldFileNamesIt()
    {
        if (!failpointsCompiled)
            QSKIP("failpoints are compiled in test builds only");
        const auto writeHold = [this](const QByteArray &text) {
            QSaveFile file(holdFile());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
            QVERIFY(file.commit());
        };
        writeHold("zstd\nsh\n");
        std::atomic_bool released = false;
        std::atomic_bool seenWhileHeld = false;
        std::atomic_bool queuedCallRan = false;
        bool ranWhileHeld = false;
        QSet<QByteArray> programsSeen; // for the message
        QByteArray traced;
        ProcessRunner runner;
        std::thread releaser([&] {
            // Waits for the condition, not for a duration: the held shell in the process
            // list and the visit in the trace (written before the hold).
            for (int i = 0; i < 30000 && !seenWhileHeld; ++i) {
                const auto running = test::descendants();
                bool shell = false;
                for (const auto &argv : running) {
                    programsSeen.insert(test::programOf(argv));
                    shell = shell || test::programOf(argv) == "sh";
                }
                QFile trace(traceFile());
                traced = trace.open(QIODevice::ReadOnly) ? trace.readAll() : QByteArray();
                seenWhileHeld = shell && traced.contains("child-started -1 sh\n");
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
            // Held, the runner's thread runs nothing else: a call queued to it now waits.
            // (Only a check that nothing happened needs a time: a slow machine can make it
            // miss a fault, never fail a correct hold.)
            QMetaObject::invokeMethod(
                &runner, [&queuedCallRan] { queuedCallRan = true; }, Qt::QueuedConnection);
            for (int i = 0; i < 100 && !queuedCallRan; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            ranWhileHeld = queuedCallRan;
            released = true;
            QSaveFile file(holdFile());
            if (file.open(QIODevice::WriteOnly)) {
                file.write("zstd\n"); // still a hold, but not of the shell
                file.commit();
            }
        });
        QByteArray output;
        bool finishedAfterRelease = false;
        connect(&runner, &ProcessRunner::output, this,
                [&](const QByteArray &bytes) { output += bytes; });
        connect(&runner, &ProcessRunner::finished, this, [&] { finishedAfterRelease = released; });
        // Its output is larger than the pipe holds: unread, the shell cannot end.
        const ProcessOutcome outcome =
            run(runner, shell(QStringLiteral("head -c 300000 /dev/zero | tr '\\0' x")));
        releaser.join();
        QVERIFY2(seenWhileHeld,
                 qPrintable(QStringLiteral("the held shell was never seen; programs seen: %1; "
                                           "trace: %2")
                                .arg(QString::fromUtf8(programsSeen.values().join(' ')),
                                     QString::fromUtf8(traced))));
        QVERIFY2(finishedAfterRelease, "the shell ended while it was held");
        QVERIFY2(!ranWhileHeld, "the runner's thread went on while the shell was held");
        QVERIFY(queuedCallRan); // once let go
        QVERIFY(outcome.succeeded());
        QCOMPARE(output, QByteArray(300000, 'x'));

        // A program the file does not name passes (the file still names zstd).
        QVERIFY(run(runner, shell(QStringLiteral("true"))).succeeded());
        QVERIFY(QFile::remove(holdFile()));
    }

    void exitStatusAndSignalAreClassified()
    {
        ProcessRunner runner;
        ProcessOutcome outcome = run(runner, shell(QStringLiteral("exit 3")));
        QCOMPARE(outcome.ending, ProcessEnding::Exited);
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.describe(), QStringLiteral("exited with status 3"));

        outcome = run(runner, shell(QStringLiteral("kill -TERM $$")));
        QCOMPARE(outcome.ending, ProcessEnding::Signalled);
        QCOMPARE(outcome.exitCode, 15);

        outcome = run(runner, shell(QStringLiteral("true")));
        QVERIFY(outcome.succeeded());
    }

    void outputArrivesWhileTheProgramRuns()
    {
        ProcessRunner runner;
        const QString gate = m_dir.filePath(QStringLiteral("gate"));
        QByteArray seen;
        connect(&runner, &ProcessRunner::output, this, [&](const QByteArray &bytes) {
            seen += bytes;
            if (seen.contains("first\n"))
                QFile(gate).open(QIODevice::WriteOnly); // lets the program finish
        });
        // It waits for the gate, which only the first line's arrival opens.
        const ProcessOutcome outcome = run(
            runner, shell(QStringLiteral("echo first; while [ ! -e '%1' ]; do sleep 0.05; done; "
                                         "echo second >&2")
                              .arg(gate)));
        QVERIFY(outcome.succeeded());
        QCOMPARE(seen, QByteArray("first\nsecond\n"));
    }

    void aTimeoutKillsTheWholeGroup()
    {
        ProcessRunner runner;
        ProcessSpec spec = shell(QStringLiteral("sleep 120 & echo $! > '%1'; wait")
                                     .arg(m_dir.filePath(QStringLiteral("timeout.pid"))));
        spec.timeout = std::chrono::seconds(1);
        const ProcessOutcome outcome = run(runner, spec);
        QCOMPARE(outcome.ending, ProcessEnding::TimedOut);
        QCOMPARE(outcome.describe(),
                 QStringLiteral("did not finish within 1 s and was killed with its process group"));
        const qint64 child = pidIn(QStringLiteral("timeout.pid"));
        QVERIFY(child > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!test::processRunning(child), 10000);
    }

    void cancelKillsTheWholeGroup()
    {
        ProcessRunner runner;
        const QString pidFile = m_dir.filePath(QStringLiteral("cancel.pid"));
        QSignalSpy finished(&runner, &ProcessRunner::finished);
        connect(&runner, &ProcessRunner::output, this, [&] { runner.cancel(); });
        runner.start(
            shell(QStringLiteral("sleep 120 & echo $! > '%1'; echo ready; wait").arg(pidFile)));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<ProcessOutcome>().ending, ProcessEnding::Cancelled);
        const qint64 child = pidIn(QStringLiteral("cancel.pid"));
        QVERIFY(child > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!test::processRunning(child), 10000);
    }

    void leftoversAreKilledOnlyWhenAsked()
    {
        ProcessRunner runner;
        ProcessSpec spec = shell(QStringLiteral("sleep 120 >/dev/null 2>&1 & echo $! > '%1'")
                                     .arg(m_dir.filePath(QStringLiteral("left.pid"))));
        ProcessOutcome outcome = run(runner, spec);
        QVERIFY(outcome.succeeded());
        QVERIFY(!outcome.leftoversKilled);
        const qint64 daemon = pidIn(QStringLiteral("left.pid"));
        QVERIFY(test::processRunning(daemon)); // a start command's daemon stays

        spec.killLeftovers = true;
        spec.arguments.last().replace(QStringLiteral("left.pid"), QStringLiteral("left2.pid"));
        outcome = run(runner, spec);
        QVERIFY(outcome.succeeded());
        QVERIFY(outcome.leftoversKilled);
        QTRY_VERIFY_WITH_TIMEOUT(!test::processRunning(pidIn(QStringLiteral("left2.pid"))), 10000);
        ::kill(pid_t(daemon), SIGKILL);
    }

    void aMissingProgramFailsToStartFromTheEventLoop()
    {
        ProcessRunner runner;
        QSignalSpy finished(&runner, &ProcessRunner::finished);
        ProcessSpec spec;
        spec.program = m_dir.filePath(QStringLiteral("no-such-program"));
        runner.start(spec);
        QCOMPARE(finished.size(), 0); // never inside start()
        QVERIFY(finished.wait(30000));
        const ProcessOutcome outcome = finished.first().first().value<ProcessOutcome>();
        QCOMPARE(outcome.ending, ProcessEnding::FailedToStart);
        QVERIFY2(outcome.describe().contains(u"no-such-program"), qPrintable(outcome.describe()));
        QVERIFY(!runner.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
