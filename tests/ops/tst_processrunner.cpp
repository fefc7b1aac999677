// The one process runner against real programs (/bin/sh): how each ending is
// classified, output that arrives while the program still runs, a timeout and a cancel
// that end the whole process group, a program that cannot start, and the failpoint that
// stops a program before its exec for the no-trace tests, with their watch.
#include "core/failpoint.h"
#include "ops/processrunner.h"
#include "support/processwatch.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

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

    QByteArray traced() const
    {
        QFile trace(traceFile());
        return trace.open(QIODevice::ReadOnly) ? trace.readAll() : QByteArray();
    }

    void writeHold(const QByteArray &text) const
    {
        QSaveFile file(holdFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        QVERIFY(file.commit());
    }

    static QByteArray procFile(qint64 pid, const char *name)
    {
        QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1StringView(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static qint64 sessionOf(qint64 pid)
    {
        const QByteArray stat = procFile(pid, "stat");
        const qsizetype close = stat.lastIndexOf(')');
        return close < 0 ? 0 : stat.mid(close + 2).split(' ').value(3).toLongLong();
    }

    // A child of this process that stopBeforeExec() named and that is stopped; 0 if none.
    static qint64 stoppedHeldChild()
    {
        for (const qint64 pid : test::descendants().keys()) {
            const QByteArray stat = procFile(pid, "stat");
            const qsizetype close = stat.lastIndexOf(')');
            if (procFile(pid, "comm") == QByteArray(heldChildName) + '\n' && close > 0 &&
                stat.mid(close + 2, 1) == "T")
                return pid;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before the first failpoint: the process reads these once. Nothing is held while
        // the hold file is missing.
        test::HeldProgramWatch::setEnvironment(holdFile());
        qputenv("BACKSTEP_FAILPOINT_TRACE", traceFile().toUtf8());
    }

    // child-exec, action hold: a program the hold file names stops between its fork and its
    // exec, before it has run anything of its own, and stays stopped until continued; the
    // visit is in the trace. A program the file does not name runs as ever.
    void aHeldProgramStopsBeforeItsExecUntilContinued()
    {
        if (!failpointsCompiled)
            QSKIP("failpoints are compiled in test builds only");
        writeHold("zstd\nsh\n");
        const auto noHold = qScopeGuard([this] { QFile::remove(holdFile()); });
        ProcessRunner runner;
        QByteArray output;
        std::optional<ProcessOutcome> outcome;
        connect(&runner, &ProcessRunner::output, this,
                [&](const QByteArray &bytes) { output += bytes; });
        connect(&runner, &ProcessRunner::finished, this,
                [&](const ProcessOutcome &ended) { outcome = ended; });
        runner.start(shell(QStringLiteral("echo ran")));
        // Waits for the condition (the stopped child, or the shell's end), not a duration.
        qint64 held = 0;
        QTRY_VERIFY_WITH_TIMEOUT((held = stoppedHeldChild()) != 0 || outcome, 60000);
        QVERIFY2(held != 0, "the shell ran without stopping before its exec");
        // Still the copy of this test: the shell has not been executed.
        QCOMPARE(test::programOf(procFile(held, "cmdline").split('\0')),
                 QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8());
        QVERIFY(output.isEmpty());
        QVERIFY(!outcome);
        // In a session of its own already: the runner's timeout or cancel ends its group.
        QCOMPARE(sessionOf(held), held);
        QVERIFY(traced().contains("child-exec -1 sh\n"));

        QCOMPARE(::kill(pid_t(held), SIGCONT), 0);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
        QVERIFY(outcome->succeeded());
        QCOMPARE(output, QByteArray("ran\n"));

        // A program the file does not name runs (the file still names zstd).
        writeHold("zstd\n");
        QVERIFY(run(runner, shell(QStringLiteral("true"))).succeeded());
        QVERIFY(QFile::remove(holdFile()));
    }

    // The no-trace tests' watch catches a held program at its exec and reads what the
    // program was given there: here a secret on a shell's command line that lives for a
    // millisecond. Without the watch the shell would stay stopped, and the run time out.
    void theWatchSeesAHeldProgramAtItsExec()
    {
        if (!failpointsCompiled)
            QSKIP("failpoints are compiled in test builds only");
        const QByteArray secret = "s3cret-on-the-command-line";
        test::HeldProgramWatch watch(secret, holdFile());
        watch.hold({"sh"});
        ProcessRunner runner;
        ProcessSpec spec = shell(QStringLiteral("exit 0"));
        spec.arguments.append(QString::fromUtf8(secret)); // the shell's $0
        QVERIFY(run(runner, spec).succeeded());
        QVERIFY(watch.stillHeld().isEmpty());
        QVERIFY(watch.programsSeen().contains("sh"));
        QVERIFY(watch.caughtAtExec().contains("sh"));
        QVERIFY2(watch.traceErrors().isEmpty(), qPrintable(watch.traceErrors().join(u", ")));
        QCOMPARE(watch.leaks().size(), 1);
        QVERIFY2(watch.leaks().first().startsWith(u"cmdline of ") &&
                     watch.leaks().first().endsWith(u" (sh)"),
                 qPrintable(watch.leaks().first()));
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
