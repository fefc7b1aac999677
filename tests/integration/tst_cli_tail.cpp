// backstep-cli tail: the last N lines, usage errors, an unreadable file, and --follow
// across rotation and truncation until SIGTERM or SIGINT, which end it with exit code 0.
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace backstep::test;

namespace {} // namespace

class TestCliTail : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void printsTheLastLines()
    {
        const QString file = m_dir.filePath(QStringLiteral("app.log"));
        QString text;
        for (int i = 1; i <= 50; ++i)
            text += QStringLiteral("line %1\n").arg(i);
        writeFile(file, text);
        ProcessResult result =
            runCli({QStringLiteral("tail"), file, QStringLiteral("--lines"), QStringLiteral("3")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("line 48\nline 49\nline 50\n"));
        result = runCli({QStringLiteral("tail"), file});
        QCOMPARE(result.out.count('\n'), 10);
        QVERIFY(result.out.startsWith("line 41\n"));
    }

    void usageAndUnreadableFiles()
    {
        QCOMPARE(runCli({QStringLiteral("tail")}).exitCode, 2);
        QCOMPARE(
            runCli({QStringLiteral("tail"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("tail"), QStringLiteral("a"), QStringLiteral("--lines"),
                         QStringLiteral("x")})
                     .exitCode,
                 2);
        const ProcessResult missing =
            runCli({QStringLiteral("tail"), m_dir.filePath(QStringLiteral("none.log"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("none.log: No such file or directory"));
        const ProcessResult folder = runCli({QStringLiteral("tail"), m_dir.path()});
        QCOMPARE(folder.exitCode, 1);
        QVERIFY(folder.err.contains("Is a directory"));
    }

    void followsAcrossRotationAndTruncationUntilInterrupted_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void followsAcrossRotationAndTruncationUntilInterrupted()
    {
        QFETCH(int, signal);
        const QString file = m_dir.filePath(
            QStringLiteral("follow-%1.log").arg(QLatin1StringView(QTest::currentDataTag())));
        writeFile(file, QStringLiteral("old 1\nold 2\nold 3\n"));
        QProcess cli;
        cli.start(cliPath(), {QStringLiteral("tail"), file, QStringLiteral("--lines"),
                              QStringLiteral("2"), QStringLiteral("--follow")});
        QVERIFY(cli.waitForStarted());
        QByteArray out;
        QByteArray err;
        auto readUntil = [&](const QByteArray &needle, QByteArray &into) {
            for (int i = 0; i < 200 && !into.contains(needle); ++i) {
                cli.waitForReadyRead(50);
                out += cli.readAllStandardOutput();
                err += cli.readAllStandardError();
            }
            return into.contains(needle);
        };
        QVERIFY(readUntil("old 2\nold 3\n", out));
        QVERIFY(!out.contains("old 1"));

        appendFile(file, "appended\n");
        QVERIFY(readUntil("appended\n", out));

        QVERIFY(QFile::rename(file, file + QStringLiteral(".1")));
        writeFile(file, QStringLiteral("rotated 1\n"));
        QVERIFY2(readUntil("rotated 1\n", out), out.constData());
        QVERIFY2(readUntil("was rotated", err), err.constData());

        {
            QFile truncate(file);
            QVERIFY(truncate.open(QIODevice::ReadWrite));
            QVERIFY(truncate.resize(0));
            truncate.write("t\n");
        }
        QVERIFY2(readUntil("was truncated", err), err.constData());
        QVERIFY2(readUntil("rotated 1\nt\n", out), out.constData());

        ::kill(pid_t(cli.processId()), signal);
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        out += cli.readAllStandardOutput();
        QCOMPARE(out, QByteArray("old 2\nold 3\nappended\nrotated 1\nt\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliTail)
#include "tst_cli_tail.moc"
