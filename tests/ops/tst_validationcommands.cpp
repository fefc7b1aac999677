// The application's validation commands (playbook step 6) against real shells: output
// streamed line by line in order (stderr merged), exit statuses, the environment and
// folder applied, a timeout and a cancel that kill the whole process group, a missing
// folder as an Error, bounded output, and a GUI thread that keeps running meanwhile.
#include "ops/validationrunner.h"
#include "support/testsupport.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using Outcome = VerificationCheck::Outcome;

namespace {

ValidationCommand command(const QString &line, int timeoutSeconds = 30)
{
    ValidationCommand c;
    c.command = line;
    c.timeoutSeconds = timeoutSeconds;
    return c;
}

// What a run emitted, in order, as "started 0", "line 0 TEXT", "finished 0 passed".
struct Run
{
    QStringList events;
    QStringList lines; // the text of every outputLine, any command
    VerificationChecks checks;
    bool finished = false;
};

Run run(ValidationRunner &runner, const QList<ValidationCommand> &commands, int timeoutMs = 30000)
{
    Run result;
    QEventLoop loop;
    QObject::connect(&runner, &ValidationRunner::commandStarted, &loop, [&](int index) {
        result.events.append(QStringLiteral("started %1").arg(index));
    });
    QObject::connect(&runner, &ValidationRunner::outputLine, &loop,
                     [&](int index, const QString &line) {
                         result.events.append(QStringLiteral("line %1 %2").arg(index).arg(line));
                         result.lines.append(line);
                     });
    QObject::connect(
        &runner, &ValidationRunner::commandFinished, &loop,
        [&](int index, const VerificationCheck &check) {
            result.events.append(
                QStringLiteral("finished %1 %2").arg(index).arg(checkOutcomeName(check.outcome)));
        });
    QObject::connect(&runner, &ValidationRunner::finished, &loop,
                     [&](const VerificationChecks &checks) {
                         result.checks = checks;
                         result.finished = true;
                         loop.quit();
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    runner.start(commands);
    loop.exec();
    runner.disconnect(&loop);
    return result;
}

// The processes of group `pgid` that are alive (a zombie waiting to be reaped is not).
QList<qint64> livingMembers(qint64 pgid)
{
    QList<qint64> members;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(2).toLongLong() == pgid && fields.at(0) != "Z")
            members.append(pid);
    }
    return members;
}

QList<qint64> pidsIn(const QString &file)
{
    QFile f(file);
    QList<qint64> pids;
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                pids.append(line.trimmed().toLongLong());
    return pids;
}

} // namespace

class TestValidationCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("validation"))};

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void passingAndFailingCommandsWithTheirOutputInOrder()
    {
        ValidationCommand data = command(QStringLiteral("echo 'validating data'; echo 'rows ok'"));
        data.name = QStringLiteral("data validation");
        const ValidationCommand tests =
            command(QStringLiteral("echo 'test 1 ok'; echo 'test 2 FAILED' >&2; echo '1 of 2 "
                                   "failed'; exit 3"));
        ValidationRunner runner;
        const Run result = run(runner, {data, tests});
        QVERIFY(result.finished);
        QCOMPARE(result.events,
                 QStringList({QStringLiteral("started 0"), QStringLiteral("line 0 validating data"),
                              QStringLiteral("line 0 rows ok"), QStringLiteral("finished 0 passed"),
                              QStringLiteral("started 1"), QStringLiteral("line 1 test 1 ok"),
                              QStringLiteral("line 1 test 2 FAILED"),
                              QStringLiteral("line 1 1 of 2 failed"),
                              QStringLiteral("finished 1 failed")}));
        QCOMPARE(result.checks.size(), 2);
        QCOMPARE(runner.checks().size(), 2);
        QVERIFY(!runner.isRunning());

        const VerificationCheck &passed = result.checks.at(0);
        QCOMPARE(passed.section, QStringLiteral("command"));
        QCOMPARE(passed.name, QStringLiteral("data validation"));
        QCOMPARE(passed.outcome, Outcome::Passed);
        QVERIFY2(passed.detail.contains(QStringLiteral("status 0")), qPrintable(passed.detail));
        QCOMPARE(passed.actual, QStringLiteral("validating data\nrows ok"));
        QVERIFY2(passed.evidence.startsWith(
                     QStringLiteral("/bin/sh -c 'echo '\\''validating data'\\''; echo")),
                 qPrintable(passed.evidence));
        QVERIFY(passed.evidence.contains(QStringLiteral("folder: ") + QDir::currentPath()));
        QVERIFY(passed.evidence.contains(QStringLiteral("timeout: 30 s")));

        const VerificationCheck &failed = result.checks.at(1);
        QCOMPARE(failed.name, tests.command); // no name: the command line names it
        QCOMPARE(failed.outcome, Outcome::Failed);
        QVERIFY(failed.failed());
        QVERIFY2(failed.detail.contains(QStringLiteral("exited with status 3")),
                 qPrintable(failed.detail));
        QVERIFY2(failed.detail.endsWith(QStringLiteral(": 1 of 2 failed")),
                 qPrintable(failed.detail));
        QCOMPARE(failed.actual, QStringLiteral("test 1 ok\ntest 2 FAILED\n1 of 2 failed"));
        QVERIFY(failed.durationMs >= 0);
    }

    void environmentAndFolderAreApplied()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("app"))));
        ValidationCommand c = command(QStringLiteral(
            "pwd -P; echo \"$NODE_ENV\"; echo \"${BACKSTEP_PASSWORD-unset}\"; echo \"$HOME\""));
        c.workingDirectory = path(QStringLiteral("app"));
        c.environment.insert(QStringLiteral("NODE_ENV"), QStringLiteral("value-of-node-env"));
        qputenv("BACKSTEP_PASSWORD", "the-database-password");
        ValidationRunner runner;
        const Run result = run(runner, {c});
        qunsetenv("BACKSTEP_PASSWORD");
        QVERIFY(result.finished);
        const VerificationCheck &check = result.checks.value(0);
        QCOMPARE(check.outcome, Outcome::Passed);
        QCOMPARE(result.lines.value(0), QFileInfo(c.workingDirectory).canonicalFilePath());
        QCOMPARE(result.lines.value(1), QStringLiteral("value-of-node-env"));
        QCOMPARE(result.lines.value(2), QStringLiteral("unset"));      // Backstep's own, not theirs
        QCOMPARE(result.lines.value(3), qEnvironmentVariable("HOME")); // added, not replaced
        // The names of the variables set, never their values.
        QVERIFY2(check.evidence.contains(QStringLiteral("environment: NODE_ENV")),
                 qPrintable(check.evidence));
        QVERIFY(!check.evidence.contains(QStringLiteral("value-of-node-env")));
        QVERIFY(check.evidence.contains(QStringLiteral("folder: ") + c.workingDirectory));
    }

    void aTimeoutKillsTheWholeProcessGroup()
    {
        const QString pids = path(QStringLiteral("timeout.pids"));
        ValidationCommand c = command(
            QStringLiteral("echo $$ > '%1'; sleep 60 & echo $! >> '%1'; echo waiting; sleep 60")
                .arg(pids),
            1);
        ValidationRunner runner;
        QElapsedTimer clock;
        clock.start();
        const Run result = run(runner, {c, command(QStringLiteral("echo next"))});
        QVERIFY(result.finished);
        QVERIFY2(clock.elapsed() < 20000, "the timeout did not end the command");
        const VerificationCheck &check = result.checks.value(0);
        QCOMPARE(check.outcome, Outcome::Error);
        QVERIFY2(check.detail.contains(QStringLiteral("did not finish within 1 s")),
                 qPrintable(check.detail));
        QCOMPARE(check.actual, QStringLiteral("waiting"));
        QVERIFY(check.durationMs >= 1000);
        QCOMPARE(result.checks.value(1).outcome, Outcome::Passed); // the next one still runs

        const QList<qint64> started = pidsIn(pids);
        QCOMPARE(started.size(), 2); // the shell (the group's leader) and its background sleep
        const qint64 group = started.first();
        QTRY_VERIFY_WITH_TIMEOUT(livingMembers(group).isEmpty(), 5000);
    }

    void processesLeftBehindAreKilled()
    {
        const QString pids = path(QStringLiteral("left.pids"));
        ValidationRunner runner;
        const Run result = run(
            runner, {command(QStringLiteral("echo $$ > '%1'; sleep 60 & echo started").arg(pids))});
        QVERIFY(result.finished);
        const VerificationCheck &check = result.checks.value(0);
        QCOMPARE(check.outcome, Outcome::Passed);
        QVERIFY2(check.detail.contains(QStringLiteral("left processes running")),
                 qPrintable(check.detail));
        const QList<qint64> started = pidsIn(pids);
        QCOMPARE(started.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(livingMembers(started.first()).isEmpty(), 5000);
    }

    void cancelKillsTheRunningOneAndSkipsTheRest()
    {
        const QString pids = path(QStringLiteral("cancel.pids"));
        ValidationRunner runner;
        connect(&runner, &ValidationRunner::outputLine, &runner,
                [&runner](int, const QString &line) {
                    if (line == u"running")
                        QTimer::singleShot(200, &runner, &ValidationRunner::cancel);
                });
        const Run result = run(
            runner,
            {command(QStringLiteral("echo $$ > '%1'; sleep 30 & echo running; sleep 30").arg(pids)),
             command(QStringLiteral("echo never")), command(QStringLiteral("echo never again"))});
        QVERIFY(result.finished);
        QCOMPARE(
            result.events,
            QStringList({QStringLiteral("started 0"), QStringLiteral("line 0 running"),
                         QStringLiteral("finished 0 error"), QStringLiteral("finished 1 skipped"),
                         QStringLiteral("finished 2 skipped")}));
        QVERIFY2(result.checks.at(0).detail.contains(QStringLiteral("cancelled")),
                 qPrintable(result.checks.at(0).detail));
        QVERIFY(result.checks.at(0).durationMs < 10000);
        QCOMPARE(result.checks.at(2).name, QStringLiteral("echo never again"));
        QVERIFY(result.checks.at(2).detail.contains(QStringLiteral("cancelled")));
        QVERIFY(!result.checks.at(2).failed());
        const QList<qint64> started = pidsIn(pids);
        QCOMPARE(started.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(livingMembers(started.first()).isEmpty(), 5000);

        // Cancelled as it starts: nothing runs.
        auto cancelAtOnce =
            connect(&runner, &ValidationRunner::commandStarted, &runner, &ValidationRunner::cancel);
        const Run early = run(runner, {command(QStringLiteral("echo never; sleep 30")),
                                       command(QStringLiteral("echo never"))});
        disconnect(cancelAtOnce);
        QVERIFY(early.finished);
        QVERIFY(early.lines.isEmpty());
        QCOMPARE(early.checks.size(), 2);
        QCOMPARE(early.checks.at(0).outcome, Outcome::Skipped);
        QCOMPARE(early.checks.at(1).outcome, Outcome::Skipped);

        // Idle: cancel does nothing, and the runner can run again.
        runner.cancel();
        QCOMPARE(run(runner, {command(QStringLiteral("true"))}).checks.value(0).outcome,
                 Outcome::Passed);
    }

    void whatCannotRunIsAnError()
    {
        ValidationCommand missing = command(QStringLiteral("echo never"));
        missing.workingDirectory = path(QStringLiteral("no-such-folder"));
        ValidationCommand empty = command(QStringLiteral("  "));
        empty.name = QStringLiteral("nothing");
        ValidationRunner runner;
        const Run result = run(
            runner, {missing, command(QStringLiteral("no-such-program-backstep --check")), empty,
                     command(QStringLiteral("kill -TERM $$")), command(QStringLiteral("true"))});
        QVERIFY(result.finished);
        QCOMPARE(result.checks.size(), 5);
        const VerificationCheck &folder = result.checks.at(0);
        QCOMPARE(folder.outcome, Outcome::Error);
        QVERIFY2(folder.detail.contains(QStringLiteral("does not exist")),
                 qPrintable(folder.detail));
        QVERIFY(folder.detail.contains(missing.workingDirectory));
        QVERIFY(!result.lines.contains(QStringLiteral("never")));

        const VerificationCheck &notFound = result.checks.at(1);
        QCOMPARE(notFound.outcome, Outcome::Error);
        QVERIFY2(notFound.detail.contains(QStringLiteral("status 127")),
                 qPrintable(notFound.detail));
        QVERIFY2(notFound.detail.contains(QStringLiteral("not found")),
                 qPrintable(notFound.detail));

        QCOMPARE(result.checks.at(2).outcome, Outcome::Error);
        QVERIFY(result.checks.at(2).detail.contains(QStringLiteral("no command line")));

        const VerificationCheck &killed = result.checks.at(3);
        QCOMPARE(killed.outcome, Outcome::Failed);
        QVERIFY2(killed.detail.contains(QStringLiteral("killed by signal 15")),
                 qPrintable(killed.detail));
        QCOMPARE(result.checks.at(4).outcome, Outcome::Passed);
    }

    void theGuiThreadKeepsRunning()
    {
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(50);
        ValidationRunner runner;
        QElapsedTimer clock;
        clock.start();
        const Run result = run(runner, {command(QStringLiteral("sleep 1; echo done"))});
        const qint64 elapsed = clock.elapsed();
        QVERIFY(result.finished);
        QCOMPARE(result.checks.value(0).outcome, Outcome::Passed);
        QVERIFY(elapsed >= 1000);
        // 20 ticks in a second; a blocked thread would see one at most.
        QVERIFY2(ticks >= 12, qPrintable(QString::number(ticks)));
    }

    void outputIsKeptBounded()
    {
        ValidationRunner runner;
        const Run lines = run(runner, {command(QStringLiteral("seq 1 5000"))});
        QCOMPARE(lines.lines.size(), 5000); // every line streamed
        const QStringList kept = lines.checks.value(0).actual.split(u'\n');
        QCOMPARE(kept.size(), ValidationRunner::maximumKeptLines + 1);
        QCOMPARE(kept.first(), QStringLiteral("[3000 earlier line(s) not kept]"));
        QCOMPARE(kept.at(1), QStringLiteral("3001"));
        QCOMPARE(kept.last(), QStringLiteral("5000"));

        // 1,500 lines of 1,000 characters: the last mebibyte of them.
        const Run bytes =
            run(runner, {command(QStringLiteral("awk 'BEGIN { for (i = 0; i < 1500; i++) printf "
                                                "\"%0999d\\n\", i }'"))});
        const QString actual = bytes.checks.value(0).actual;
        QVERIFY2(actual.size() <= ValidationRunner::maximumKeptBytes + 100,
                 qPrintable(QString::number(actual.size())));
        QVERIFY(actual.size() > ValidationRunner::maximumKeptBytes - 1001);
        QVERIFY(actual.startsWith(QStringLiteral("[")));
        QVERIFY(actual.endsWith(QStringLiteral("1499")));

        // A line without an end arrives in pieces.
        const Run longLine =
            run(runner, {command(QStringLiteral("head -c 200000 /dev/zero | tr '\\0' x"))});
        QCOMPARE(longLine.lines.size(), 4);
        QCOMPARE(longLine.lines.first().size(), ValidationRunner::maximumLineBytes);
        QCOMPARE(longLine.lines.last().size(), 200000 - 3 * ValidationRunner::maximumLineBytes);
    }

    void runAllBlocksForTheCli()
    {
        QStringList seen;
        const VerificationChecks checks = ValidationRunner::runAll(
            {command(QStringLiteral("echo a")), command(QStringLiteral("echo b; exit 1"))},
            [&seen](int index, const QString &line) {
                seen.append(QStringLiteral("%1 %2").arg(index).arg(line));
            });
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).outcome, Outcome::Passed);
        QCOMPARE(checks.at(1).outcome, Outcome::Failed);
        QCOMPARE(seen, QStringList({QStringLiteral("0 a"), QStringLiteral("1 b")}));
        QVERIFY(ValidationRunner::runAll({}).isEmpty());

        std::atomic_bool cancel{false};
        QTimer::singleShot(300, this, [&cancel] { cancel.store(true); });
        QElapsedTimer clock;
        clock.start();
        const VerificationChecks cancelled = ValidationRunner::runAll(
            {command(QStringLiteral("sleep 30")), command(QStringLiteral("true"))}, {}, &cancel);
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(cancelled.size(), 2);
        QCOMPARE(cancelled.at(0).outcome, Outcome::Error);
        QCOMPARE(cancelled.at(1).outcome, Outcome::Skipped);
    }
};

QTEST_GUILESS_MAIN(TestValidationCommands)
#include "tst_validationcommands.moc"
