// backstep-cli demo on a fresh machine (issue 13): the workspace and the profile "demo",
// whose service (a real script the command backend stops and starts; the demo leaves it
// running) writes a log with normal, warning and error lines; the demo's happy path (1203
// and 1202 rolled back) passes verification, and the one migration that fails verification
// on purpose does.
#include "core/profilestore.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using namespace backstep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{temporaryTemplate(s("cli-demo"))};
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    // Every demo's service: each demo starts its own.
    QStringList m_serviceScripts;

    ProcessResult cli(const QStringList &arguments) { return runCli(arguments, m_environment); }

    QJsonObject demo(const QString &folder)
    {
        const ProcessResult made = cli({s("demo"), s("--dir"), folder, s("--json")});
        if (made.exitCode != 0)
            qFatal("demo failed: %s", made.err.constData());
        const QJsonObject paths = QJsonDocument::fromJson(made.out).object();
        m_serviceScripts.append(paths.value(s("service")).toString());
        return paths;
    }

    QStringList workspaceOf(const QJsonObject &demo)
    {
        return {s("--url"), demo.value(s("url")).toString(), s("--migrations"),
                demo.value(s("migrations")).toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment.insert(s("XDG_CONFIG_HOME"), m_dir.filePath(s("config")));
        m_environment.insert(s("BACKSTEP_JOURNAL"), m_dir.filePath(s("journal.sqlite")));
    }

    void cleanupTestCase()
    {
        // The service outlives the commands that start it: never this test.
        for (const QString &script : std::as_const(m_serviceScripts))
            run(script, {s("stop")});
    }

    void makesAProfileWithAServiceAndItsLog()
    {
        const QJsonObject made = demo(m_dir.filePath(s("demo")));
        QCOMPARE(made.value(s("profile")).toString(), s("demo"));
        const QString serviceScript = made.value(s("service")).toString();
        const QString log = made.value(s("log")).toString();
        QVERIFY(QFileInfo(serviceScript).isExecutable());
        QVERIFY(QFile::exists(log));

        ProfileStore store(m_dir.filePath(s("config/backstep/profiles.json")));
        const ConnectionProfile profile = checked(store.load(s("demo")));
        QCOMPARE(profile.url, made.value(s("url")).toString());
        QCOMPARE(profile.service.backend, ServiceConfig::Backend::Commands);
        QVERIFY(profile.service.problem().isEmpty());
        QCOMPARE(profile.logFiles, QStringList{log});
        QVERIFY(!profile.contacts.isEmpty());

        // The service through the profile, as the playbook will drive it: the demo left it
        // running, so that the playbook's first action has something to stop.
        const QStringList byProfile{s("--profile"), s("demo"), s("--json")};
        ProcessResult status = cli(QStringList{s("service"), s("status")} + byProfile);
        QCOMPARE(QJsonDocument::fromJson(status.out).object().value(s("state")).toString(),
                 s("active"));
        ProcessResult first = cli(QStringList{s("service"), s("stop")} + byProfile);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(QJsonDocument::fromJson(first.out).object().value(s("state")).toString(),
                 s("inactive"));
        // Made again, it runs again (the database and the files stay).
        demo(m_dir.filePath(s("demo")));
        status = cli(QStringList{s("service"), s("status")} + byProfile);
        QCOMPARE(QJsonDocument::fromJson(status.out).object().value(s("state")).toString(),
                 s("active"));
        QVERIFY(cli(QStringList{s("service"), s("stop")} + byProfile).exitCode == 0);
        ProcessResult started = cli(QStringList{s("service"), s("start")} + byProfile);
        QVERIFY2(started.exitCode == 0, started.err.constData());
        QCOMPARE(QJsonDocument::fromJson(started.out).object().value(s("state")).toString(),
                 s("active"));
        // It writes its log: a line a little more than every 2 s, one warning and one error
        // in every 20.
        QTRY_VERIFY_WITH_TIMEOUT(readAll(log).count('\n') >= 2, 60000);
        QVERIFY2(readAll(log).contains(" INFO heartguard-app: started"), readAll(log).constData());
        ProcessResult stopped = cli(QStringList{s("service"), s("stop")} + byProfile);
        QVERIFY2(stopped.exitCode == 0, stopped.err.constData());
        QCOMPARE(QJsonDocument::fromJson(stopped.out).object().value(s("state")).toString(),
                 s("inactive"));
        QVERIFY(readAll(log).contains(" INFO heartguard-app: stopping on request"));
    }

    void theHappyPathPassesVerification()
    {
        const QJsonObject made = demo(m_dir.filePath(s("happy")));
        const ProcessResult rolled =
            cli(QStringList{s("rollback"), s("--steps"), s("2"), s("--yes"), s("--no-backup"),
                            s("--confirm"), s("heartguard")} +
                workspaceOf(made));
        QVERIFY2(rolled.exitCode == 0, rolled.err.constData());
        const ProcessResult verified =
            cli(QStringList{s("verify"), s("--json")} + workspaceOf(made));
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
        QCOMPARE(QJsonDocument::fromJson(verified.out).object().value(s("verdict")).toString(),
                 s("pass"));
    }

    // 1199_add_users_last_activity_fails_verification.sql: its DOWN forgets a column.
    void theMigrationNamedSoFailsVerification()
    {
        const QJsonObject made = demo(m_dir.filePath(s("red")));
        QVERIFY(QFile::exists(made.value(s("migrations")).toString() +
                              s("/1199_add_users_last_activity_fails_verification.sql")));
        const ProcessResult rolled =
            cli(QStringList{s("rollback"), s("--to"), s("1198"), s("--yes"), s("--no-backup"),
                            s("--confirm"), s("heartguard")} +
                workspaceOf(made));
        QVERIFY2(rolled.exitCode == 0, rolled.err.constData());
        const ProcessResult verified =
            cli(QStringList{s("verify"), s("--json")} + workspaceOf(made));
        QCOMPARE(verified.exitCode, 3);
        const QJsonObject report = QJsonDocument::fromJson(verified.out).object();
        QCOMPARE(report.value(s("verdict")).toString(), s("fail"));
        // That column alone: every other DOWN it passed through left the schema as it was.
        const QJsonArray differences = report.value(s("schema_differences")).toArray();
        QCOMPARE(differences.size(), 1);
        QVERIFY2(differences.first()
                     .toObject()
                     .value(s("object"))
                     .toString()
                     .contains(s("last_activity_at")),
                 verified.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
