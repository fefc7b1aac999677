// `backstep-cli playbook run` and `playbook resume` on the real MariaDB server, headless:
// a dbmate project, a profile with a command-backend service that is a real process (the
// demo's service script: a daemon that writes a log with timestamps) and that log. The
// whole flow reaches `done`; then runs killed mid-flow (SIGKILL through the failpoints:
// between steps, and inside the production rollback between its two DOWN statements) are
// resumed to `done` with the same report: the same verdict, the same steps settled, the
// same plan. The rollback's first DOWN statement is not idempotent (`n = n - 10`): had it
// run twice, the counter would say so.
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using namespace backstep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// What "the same report" means across runs: the verdict, each step's kind and how it
// settled, and the plan (every DOWN statement with its file and line); times, ids, paths
// and checksums of backup files differ by nature.
QString reportSubstance(const QJsonObject &report)
{
    QStringList lines{report.value(s("verdict")).toString()};
    const QJsonObject run = report.value(s("run")).toObject();
    const QJsonArray steps = (run.isEmpty() ? report : run).value(s("steps")).toArray();
    for (const QJsonValue &value : steps) {
        const QJsonObject step = value.toObject();
        lines.append(step.value(s("step")).toString() + u'=' + step.value(s("status")).toString());
        if (step.value(s("step")).toString() != u"identify")
            continue;
        for (const QJsonValue &statement :
             step.value(s("evidence")).toObject().value(s("planStatements")).toArray())
            lines.append(QStringLiteral("%1 %2:%3 %4")
                             .arg(statement[s("version")].toString(),
                                  QFileInfo(statement[s("file")].toString()).fileName(),
                                  QString::number(statement[s("line")].toInt()),
                                  statement[s("sql")].toString()));
    }
    return lines.join(u'\n');
}

} // namespace

class TestCliPlaybookMariaDb : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{temporaryTemplate(s("cliplaybookmariadb"))};
    MariaDbSandbox m_server;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_database;
    QString m_migrations;
    QString m_serviceScript;
    QString m_reportOfTheWholeRun;

    // The database at 0003, as its tool left it.
    void freshDatabase()
    {
        // The same name every time: the profile names it.
        m_server.execute({}, {QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(m_database),
                              QStringLiteral("CREATE DATABASE `%1`").arg(m_database)});
        m_server.execute(m_database, applyMigrationsScript(m_migrations));
    }

    int counter()
    {
        int value = -1;
        {
            QSqlDatabase db = m_server.connect(s("counter"), m_database);
            QSqlQuery query(db);
            if (query.exec(s("SELECT n FROM counters WHERE name = 'orders'")) && query.next())
                value = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(s("counter"));
        return value;
    }

    bool ordersHaveNote()
    {
        bool found = false;
        {
            QSqlDatabase db = m_server.connect(s("columns"), m_database);
            QSqlQuery query(db);
            query.prepare(s("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema "
                            "= ? AND table_name = 'orders' AND column_name = 'note'"));
            query.addBindValue(m_database);
            found = query.exec() && query.next() && query.value(0).toInt() == 1;
        }
        QSqlDatabase::removeDatabase(s("columns"));
        return found;
    }

    QStringList runArguments() const
    {
        return {s("playbook"),     s("run"),
                s("--profile"),    s("mariadb-playbook"),
                s("--steps"),      s("1"),
                s("--watch-log"),  s("1"),
                s("--backup-dir"), m_dir.filePath(s("backups")),
                s("--yes"),        s("--json")};
    }

    QJsonObject report(const QString &runId)
    {
        const ProcessResult shown =
            runCli({s("playbook"), s("show"), runId, s("--format"), s("json")}, m_environment);
        if (shown.exitCode != 0)
            qWarning("%s", shown.err.constData());
        return QJsonDocument::fromJson(shown.out).object();
    }

    QString runningRun()
    {
        const ProcessResult listed = runCli({s("playbook"), s("list"), s("--json")}, m_environment);
        for (const QJsonValue &run :
             QJsonDocument::fromJson(listed.out).object().value(s("runs")).toArray())
            if (run[s("status")].toString() == u"running")
                return run[s("id")].toString();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = MariaDbSandbox::current();
        m_database = m_server.createDatabase(s("pbcli"));
        m_server.execute(m_database, {QStringLiteral("DROP DATABASE `%1`").arg(m_database)});

        // A dbmate project: customers are never touched by the plan (checksummed), the
        // counter and orders are.
        m_migrations = m_dir.filePath(s("db/migrations"));
        QVERIFY(QDir().mkpath(m_migrations));
        writeFile(m_migrations + s("/0001_customers.sql"),
                  s("-- migrate:up\n"
                    "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL);\n"
                    "INSERT INTO customers SELECT seq, CONCAT('customer ', seq) FROM ") +
                      integersUpTo(2000) + s(";\n\n-- migrate:down\nDROP TABLE customers;\n"));
        writeFile(m_migrations + s("/0002_orders.sql"),
                  s("-- migrate:up\n"
                    "CREATE TABLE counters (name VARCHAR(20) PRIMARY KEY, n INT NOT NULL);\n"
                    "INSERT INTO counters VALUES ('orders', 100);\n"
                    "CREATE TABLE orders (id INT PRIMARY KEY, total INT NOT NULL);\n\n"
                    "-- migrate:down\nDROP TABLE orders;\nDROP TABLE counters;\n"));
        writeFile(m_migrations + s("/0003_order_notes.sql"),
                  s("-- migrate:up\n"
                    "ALTER TABLE orders ADD COLUMN note VARCHAR(40);\n"
                    "UPDATE counters SET n = n + 10 WHERE name = 'orders';\n\n"
                    "-- migrate:down\n"
                    "UPDATE counters SET n = n - 10 WHERE name = 'orders';\n"
                    "ALTER TABLE orders DROP COLUMN note;\n"));

        // The service: the demo's script (a daemon in a session of its own, a pid file, a
        // log with timestamps), run by the command backend.
        const QString serviceFolder = m_dir.filePath(s("service"));
        QVERIFY(QDir().mkpath(serviceFolder));
        QVERIFY(QDir().mkpath(m_dir.filePath(s("logs"))));
        m_serviceScript = serviceFolder + s("/app");
        QVERIFY(
            QFile::copy(s(BACKSTEP_TEST_DATA_DIR "/../../resources/demo/service/heartguard-app"),
                        m_serviceScript));
        QVERIFY(QFile::setPermissions(m_serviceScript,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString log = m_dir.filePath(s("logs/heartguard-app.log"));
        QVERIFY(run(m_serviceScript, {s("start")}).exitCode == 0);

        const QJsonObject profile{
            {s("backstepProfile"), 1},
            {s("name"), s("mariadb-playbook")},
            {s("url"), m_server.url(m_database)},
            {s("migrations"), QJsonObject{{s("folder"), m_migrations}, {s("format"), s("dbmate")}}},
            {s("service"),
             QJsonObject{{s("unit"), s("app")},
                         {s("backend"), s("commands")},
                         {s("stopCommand"), QString(m_serviceScript + s(" stop"))},
                         {s("startCommand"), QString(m_serviceScript + s(" start"))},
                         {s("statusCommand"), QString(m_serviceScript + s(" status"))},
                         {s("timeoutSeconds"), 30}}},
            {s("logFiles"), QJsonArray{log}},
            {s("contacts"), QJsonArray{QJsonObject{{s("name"), s("DBA")},
                                                   {s("email"), s("dba@example.invalid")}}}},
        };
        const QString profileFile = m_dir.filePath(s("profile.json"));
        writeFile(profileFile, QString::fromUtf8(QJsonDocument(profile).toJson()));
        m_environment.insert(s("XDG_CONFIG_HOME"), m_dir.filePath(s("config")));
        m_environment.insert(s("BACKSTEP_JOURNAL"), m_dir.filePath(s("journal.sqlite")));
        // The password through the environment, never an argument.
        m_environment.insert(s("BACKSTEP_PASSWORD"), m_server.password);
        const ProcessResult imported =
            runCli({s("profile"), s("import"), profileFile}, m_environment);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(QDir().mkpath(m_dir.filePath(s("backups"))));
    }

    void cleanupTestCase()
    {
        // The daemon outlives the commands that start it: never this test.
        if (!m_serviceScript.isEmpty())
            run(m_serviceScript, {s("stop")});
        if (!m_database.isEmpty())
            m_server.execute({}, {QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(m_database)});
    }

    void runsTheWholePlaybook()
    {
        freshDatabase();
        QCOMPARE(counter(), 110);
        QVERIFY(ordersHaveNote());
        const ProcessResult ran = runCli(runArguments(), m_environment);
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(ran.out).object();
        QCOMPARE(result.value(s("status")).toString(), s("done"));
        QStringList states;
        for (const QJsonValue &step : result.value(s("steps")).toArray())
            states.append(step[s("step")].toString() + u'=' + step[s("status")].toString());
        QCOMPARE(states.join(u' '),
                 s("identify=done stop-service=done back-up=done rehearse=done roll-back=done "
                   "verify=done validate=skipped start-service=done watch-log=done report=done"));
        QCOMPARE(counter(), 100);
        QVERIFY(!ordersHaveNote());
        // The service runs again, as step 8 observed.
        QCOMPARE(run(m_serviceScript, {s("status")}).exitCode, 0);
        m_reportOfTheWholeRun = reportSubstance(report(result.value(s("id")).toString()));
        QVERIFY2(m_reportOfTheWholeRun.contains(
                     s("UPDATE counters SET n = n - 10 WHERE name = 'orders'")),
                 qPrintable(m_reportOfTheWholeRun));
        QVERIFY2(m_reportOfTheWholeRun.startsWith(s("rolled-back\n")),
                 qPrintable(m_reportOfTheWholeRun));
    }

    void killedMidFlowResumesToTheSameReport_data()
    {
        QTest::addColumn<QString>("failpoint");
        QTest::addColumn<bool>("rehearse");
        QTest::newRow("after the backup") << s("playbook-after-step@2") << true;
        QTest::newRow("before the rollback") << s("playbook-before-step@4") << true;
        // Inside the production rollback, after its first DOWN statement: the rehearsal
        // (which runs the same statements on a copy) is skipped so that the kill lands in
        // production's run.
        QTest::newRow("between the two DOWN statements") << s("after-statement@0") << false;
        QTest::newRow("after the rollback") << s("playbook-after-step@4") << true;
        QTest::newRow("after the verification") << s("playbook-after-step@5") << true;
    }
    void killedMidFlowResumesToTheSameReport()
    {
        QFETCH(QString, failpoint);
        QFETCH(bool, rehearse);
        QVERIFY2(!m_reportOfTheWholeRun.isEmpty(), "runsTheWholePlaybook must pass first");
        freshDatabase();
        QProcessEnvironment dying = m_environment;
        dying.insert(s("BACKSTEP_FAILPOINT"), failpoint);
        QStringList arguments = runArguments();
        if (!rehearse)
            arguments << s("--skip") << s("rehearse") << s("--reason") << s("kill test");
        const ProcessResult killed = runCli(arguments, dying);
        QVERIFY2(killed.exitCode != 0, killed.err.constData());
        const QString id = runningRun();
        QVERIFY2(!id.isEmpty(), killed.err.constData());

        const ProcessResult resumed =
            runCli({s("playbook"), s("resume"), id, s("--yes"), s("--json")}, m_environment);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(resumed.out).object().value(s("status")).toString(),
                 s("done"));
        // Every DOWN statement once: the counter is back where 0002 left it, not below.
        QCOMPARE(counter(), 100);
        QVERIFY(!ordersHaveNote());
        QCOMPARE(run(m_serviceScript, {s("status")}).exitCode, 0);
        QString expected = m_reportOfTheWholeRun;
        if (!rehearse)
            expected.replace(s("rehearse=done"), s("rehearse=skipped"));
        QCOMPARE(reportSubstance(report(id)), expected);
    }
};

QTEST_GUILESS_MAIN(TestCliPlaybookMariaDb)
#include "tst_cli_playbook_mariadb.moc"
