// backstep-cli validate: the application's validation commands from the command line or
// a stored profile, output live under each command's name, exit 0 when all passed and 3
// when one failed or could not run, 2 for bad usage; --json prints the checks.
#include "core/profilestore.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace backstep;

class TestCliValidate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("cli-validate"))};
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();

    QString path(const QString &name) const { return m_dir.filePath(name); }

    test::ProcessResult validate(const QStringList &arguments)
    {
        return test::runCli(QStringList{QStringLiteral("validate")} + arguments, m_environment);
    }

    static QStringList commands(const QStringList &lines)
    {
        QStringList arguments;
        for (const QString &line : lines)
            arguments << QStringLiteral("--command") << line;
        return arguments;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("BACKSTEP_JOURNAL"),
                             path(QStringLiteral("journal.sqlite")));
    }

    void allPassedExitsZero()
    {
        const test::ProcessResult result =
            validate(commands({QStringLiteral("echo validating; echo done"),
                               QStringLiteral("echo 'all tests passed' >&2")}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QByteArray &out = result.out;
        QVERIFY2(out.contains("[echo validating; echo done] validating\n"
                              "[echo validating; echo done] done\n"),
                 out.constData());
        QVERIFY(out.contains("] all tests passed\n")); // stderr is part of the output
        QVERIFY(out.contains("passed   echo validating; echo done: exited with status 0"));
        QVERIFY2(out.contains("2 passed, 0 failed, 0 could not run, 0 skipped"), out.constData());
    }

    void aFailureExitsThree()
    {
        test::ProcessResult result = validate(commands(
            {QStringLiteral("echo '1 test failed'; exit 3"), QStringLiteral("echo after")}));
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.out.contains("failed   echo '1 test failed'; exit 3: exited with status 3"),
                 result.out.constData());
        QVERIFY(result.out.contains("[echo after] after")); // the rest still runs
        QVERIFY(result.out.contains("1 passed, 1 failed"));

        result = validate(commands({QStringLiteral("true")}) +
                          QStringList{QStringLiteral("--dir"), path(QStringLiteral("missing"))});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.out.contains("does not exist"), result.out.constData());

        result = validate(commands({QStringLiteral("echo slow; sleep 30")}) +
                          QStringList{QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.out.contains("did not finish within 1 s"), result.out.constData());
    }

    void jsonPrintsTheChecks()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("app"))));
        const test::ProcessResult result =
            validate(QStringList{QStringLiteral("--json"), QStringLiteral("--dir"),
                                 path(QStringLiteral("app")), QStringLiteral("--env"),
                                 QStringLiteral("NODE_ENV=test")} +
                     commands({QStringLiteral("echo \"$NODE_ENV in $(pwd -P)\""),
                               QStringLiteral("exit 4")}));
        QCOMPARE(result.exitCode, 3);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData());
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("passed")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("error")).toInt(), 0);
        const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 2);
        const QJsonObject first = checks.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("section")).toString(), QStringLiteral("command"));
        QCOMPARE(first.value(QStringLiteral("outcome")).toString(), QStringLiteral("passed"));
        QCOMPARE(first.value(QStringLiteral("actual")).toString(),
                 QStringLiteral("test in ") +
                     QFileInfo(path(QStringLiteral("app"))).canonicalFilePath());
        const QString evidence = first.value(QStringLiteral("evidence")).toString();
        QVERIFY2(evidence.contains(QStringLiteral("environment: NODE_ENV")), qPrintable(evidence));
        QVERIFY(first.value(QStringLiteral("ms")).isDouble());
        QCOMPARE(checks.at(1).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("failed"));
        // The live output goes to stderr, so that stdout is the JSON alone.
        QVERIFY2(result.err.contains("] test in "), result.err.constData());
    }

    void aStoredProfile()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("heartguard"))));
        ProfileStore store(path(QStringLiteral("config/backstep/profiles.json")));
        ConnectionProfile profile;
        profile.name = QStringLiteral("heartguard");
        ValidationCommand data;
        data.name = QStringLiteral("validate:data");
        data.command = QStringLiteral("echo \"rows checked ($NODE_ENV)\"");
        data.workingDirectory = path(QStringLiteral("heartguard"));
        data.environment.insert(QStringLiteral("NODE_ENV"), QStringLiteral("production"));
        ValidationCommand tests;
        tests.name = QStringLiteral("test");
        tests.command = QStringLiteral("echo 'tests ok'");
        profile.validationCommands = {data, tests};
        QVERIFY(store.save(profile).ok());
        ConnectionProfile empty;
        empty.name = QStringLiteral("empty");
        QVERIFY(store.save(empty).ok());

        const test::ProcessResult result =
            validate({QStringLiteral("--profile"), QStringLiteral("heartguard")});
        QVERIFY2(result.exitCode == 0, result.out.constData());
        QVERIFY2(result.out.contains("[validate:data] rows checked (production)\n"),
                 result.out.constData());
        QVERIFY(result.out.contains("[test] tests ok\n"));

        QCOMPARE(validate({QStringLiteral("--profile"), QStringLiteral("nope")}).exitCode, 2);
        const test::ProcessResult none =
            validate({QStringLiteral("--profile"), QStringLiteral("empty")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("no validation commands"));
    }

    // Ctrl-C: the running command's process group is killed, the rest skipped, exit 3.
    void anInterruptCancels()
    {
        const QString pids = path(QStringLiteral("interrupt.pids"));
        QProcess cli;
        cli.setProcessEnvironment(m_environment);
        cli.start(
            test::cliPath(),
            QStringList{QStringLiteral("validate")} +
                commands(
                    {QStringLiteral("sleep 30 & echo $$ $! > '%1'; echo started; wait").arg(pids),
                     QStringLiteral("echo never")}));
        QVERIFY(cli.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput()).contains("] started"), 10000);
        QVERIFY(::kill(pid_t(cli.processId()), SIGINT) == 0);
        QVERIFY(cli.waitForFinished(10000));
        out += cli.readAllStandardOutput();
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 3);
        QVERIFY2(out.contains("cancelled"), out.constData());
        QVERIFY(out.contains("skipped  echo never"));
        QVERIFY(!out.contains("] never"));
        QFile file(pids);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> started = file.readAll().trimmed().split(' ');
        QCOMPARE(started.size(), 2); // the shell and its sleep
        for (const QByteArray &pid : started)
            QTRY_VERIFY_WITH_TIMEOUT(!test::processRunning(pid.toLongLong()), 5000);
    }

    void badUsageExitsTwo()
    {
        QCOMPARE(validate({}).exitCode, 2);
        QCOMPARE(validate(QStringList{QStringLiteral("--profile"), QStringLiteral("heartguard")} +
                          commands({QStringLiteral("true")}))
                     .exitCode,
                 2);
        QCOMPARE(validate({QStringLiteral("--profile"), QStringLiteral("heartguard"),
                           QStringLiteral("--timeout"), QStringLiteral("5")})
                     .exitCode,
                 2);
        QCOMPARE(validate(commands({QStringLiteral("true")}) +
                          QStringList{QStringLiteral("--timeout"), QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(validate(commands({QStringLiteral("true")}) +
                          QStringList{QStringLiteral("--env"), QStringLiteral("NOEQUALS")})
                     .exitCode,
                 2);
        const test::ProcessResult secret =
            validate(commands({QStringLiteral("true")}) +
                     QStringList{QStringLiteral("--env"), QStringLiteral("API_TOKEN=abc")});
        QCOMPARE(secret.exitCode, 2);
        QVERIFY2(secret.err.contains("API_TOKEN"), secret.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
