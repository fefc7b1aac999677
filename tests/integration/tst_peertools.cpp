// The peer migration tools the project's scripts install (scripts/lib/platform.sh):
// dbmate (npm package @dbmate/linux-x64, $BACKSTEP_DBMATE) applies and rolls back
// migrations on the server fixture (MariaDB 11.8, MySQL 9.7) and backstep-cli status reads
// its history; sqitch (Debian 13 package, MySQL engine over DBD::MariaDB and the server's
// own client: `mariadb`, or MySQL's `mysql`) deploys and reverts a change. A tool that is missing
// skips its test, except in CI (CI set), where scripts/test must have installed it.
#include "corpusround.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep::test;

namespace {

// The tool's path; a null string when it is missing, which is fatal in CI (CI set), where
// scripts/test must have installed it.
QString requireTool(const QString &path, const QString &what)
{
    if (!path.isEmpty() && QFileInfo(path).isExecutable())
        return path;
    const QString message =
        QStringLiteral("%1 is not installed (%2): scripts/test installs it").arg(what, path);
    if (!qEnvironmentVariableIsEmpty("CI"))
        qFatal("in CI the peer tools must be installed: %s", qPrintable(message));
    return {};
}

// $BACKSTEP_DBMATE (scripts/test), else the last dbmate-* by name in $BACKSTEP_TOOLS (where
// in_toolchain binds the tools folder: /opt/backstep/tools).
QString dbmatePath()
{
    const QString fromScripts = qEnvironmentVariable("BACKSTEP_DBMATE");
    if (!fromScripts.isEmpty())
        return fromScripts;
    const QDir tools(qEnvironmentVariable("BACKSTEP_TOOLS", QStringLiteral("/opt/backstep/tools")));
    const QStringList found =
        tools.entryList({QStringLiteral("dbmate-*")}, QDir::Dirs, QDir::Name | QDir::Reversed);
    return found.isEmpty() ? QString()
                           : tools.filePath(found.first() + QStringLiteral("/bin/dbmate"));
}

QStringList tables(const MariaDbSandbox &server, const QString &database)
{
    QStringList names;
    {
        QSqlDatabase db = server.connect(QStringLiteral("tables"), database);
        QSqlQuery query(QStringLiteral("SHOW TABLES"), db);
        while (query.next())
            names.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tables"));
    names.sort();
    return names;
}

QHash<QString, QString> statesByVersion(const ProcessResult &status)
{
    QHash<QString, QString> states;
    const QJsonObject object = QJsonDocument::fromJson(status.out).object();
    for (const QJsonValue &row : object.value(QStringLiteral("migrations")).toArray())
        states.insert(row[QStringLiteral("version")].toString(),
                      row[QStringLiteral("state")].toString());
    return states;
}

} // namespace

class TestPeerTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dbmateMigratesAndBackstepReadsItsHistory()
    {
        const QString dbmate = requireTool(dbmatePath(), QStringLiteral("dbmate"));
        if (dbmate.isEmpty())
            QSKIP("dbmate is not installed (BACKSTEP_DBMATE, BACKSTEP_TOOLS): scripts/test "
                  "installs it");
        const MariaDbSandbox server = MariaDbSandbox::current();
        const QString database = server.createDatabase(QStringLiteral("dbmate"));
        QTemporaryDir dir(temporaryTemplate(QStringLiteral("dbmate")));
        QVERIFY(dir.isValid());
        const QString migrations = dir.filePath(QStringLiteral("migrations"));
        writeFile(migrations + QStringLiteral("/20260101000000_create_patients.sql"),
                  QStringLiteral("-- migrate:up\nCREATE TABLE patients (id INT PRIMARY KEY);\n"
                                 "-- migrate:down\nDROP TABLE patients;\n"));
        writeFile(migrations + QStringLiteral("/20260102000000_create_visits.sql"),
                  QStringLiteral("-- migrate:up\nCREATE TABLE visits (id INT PRIMARY KEY);\n"
                                 "-- migrate:down\nDROP TABLE visits;\n"));

        // The password travels in DATABASE_URL (the environment), not on a command line.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DATABASE_URL"),
                           QStringLiteral("mysql://backstep:%1@127.0.0.1:%2/%3")
                               .arg(server.password)
                               .arg(server.port)
                               .arg(database));
        const QStringList common{QStringLiteral("--migrations-dir"), migrations,
                                 QStringLiteral("--no-dump-schema")};
        const ProcessResult version = run(dbmate, {QStringLiteral("--version")}, environment);
        QVERIFY2(version.out.startsWith("dbmate version 2."), version.out.constData());

        ProcessResult migrate =
            run(dbmate, common + QStringList{QStringLiteral("migrate")}, environment);
        QVERIFY2(migrate.exitCode == 0, QByteArray(migrate.out + migrate.err).constData());
        QCOMPARE(tables(server, database),
                 (QStringList{QStringLiteral("patients"), QStringLiteral("schema_migrations"),
                              QStringLiteral("visits")}));

        QProcessEnvironment cliEnvironment = QProcessEnvironment::systemEnvironment();
        cliEnvironment.insert(QStringLiteral("BACKSTEP_PASSWORD"), server.password);
        const QStringList status{QStringLiteral("status"),
                                 QStringLiteral("--url"),
                                 server.url(database),
                                 QStringLiteral("--migrations"),
                                 migrations,
                                 QStringLiteral("--json")};
        ProcessResult applied = runCli(status, cliEnvironment);
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        QHash<QString, QString> states = statesByVersion(applied);
        QCOMPARE(states.value(QStringLiteral("20260101000000")), QStringLiteral("applied"));
        QCOMPARE(states.value(QStringLiteral("20260102000000")), QStringLiteral("applied"));

        const ProcessResult rollback =
            run(dbmate, common + QStringList{QStringLiteral("rollback")}, environment);
        QVERIFY2(rollback.exitCode == 0, QByteArray(rollback.out + rollback.err).constData());
        states = statesByVersion(runCli(status, cliEnvironment));
        QCOMPARE(states.value(QStringLiteral("20260101000000")), QStringLiteral("applied"));
        QCOMPARE(states.value(QStringLiteral("20260102000000")), QStringLiteral("pending"));
        server.execute(database, {QStringLiteral("DROP DATABASE `%1`").arg(database)});
    }

    void sqitchDeploysAndReverts()
    {
        const QString sqitch = requireTool(QStandardPaths::findExecutable(QStringLiteral("sqitch")),
                                           QStringLiteral("sqitch"));
        if (sqitch.isEmpty())
            QSKIP("sqitch is not installed: scripts/test installs it (BACKSTEP_PACKAGES)");
        const MariaDbSandbox server = MariaDbSandbox::current();
        const QString database = server.createDatabase(QStringLiteral("sqitch"));
        QTemporaryDir dir(temporaryTemplate(QStringLiteral("sqitch")));
        QVERIFY(dir.isValid());
        // The client of the server's family: MySQL's own mysql (with --commands) on MySQL.
        const QString client = sqitchClient(server, dir.path());
        QVERIFY2(QFileInfo(client).isExecutable(), qPrintable(client));
        const QString project = dir.filePath(QStringLiteral("project"));
        writeFile(project + QStringLiteral("/sqitch.conf"),
                  QStringLiteral("[core]\n\tengine = mysql\n"
                                 "[engine \"mysql\"]\n\tclient = %1\n\tregistry = %2_registry\n")
                      .arg(client, database));
        writeFile(project + QStringLiteral("/sqitch.plan"),
                  QStringLiteral("%syntax-version=1.0.0\n%project=backstep_peer\n\n"
                                 "widgets 2026-01-01T00:00:00Z Backstep Tests "
                                 "<tests@backstep.invalid> # The widgets table\n"));
        writeFile(project + QStringLiteral("/deploy/widgets.sql"),
                  QStringLiteral("CREATE TABLE widgets (id INT PRIMARY KEY);\n"));
        writeFile(project + QStringLiteral("/revert/widgets.sql"),
                  QStringLiteral("DROP TABLE widgets;\n"));
        writeFile(project + QStringLiteral("/verify/widgets.sql"),
                  QStringLiteral("SELECT id FROM widgets WHERE 0;\n"));

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Sqitch reads the password from SQITCH_PASSWORD; note that it hands it on to the
        // mysql client as --password=... (on its command line) unless MySQL::Config, which
        // Debian 13 does not package, finds the same password in a my.cnf.
        environment.insert(QStringLiteral("SQITCH_PASSWORD"), server.password);
        environment.insert(QStringLiteral("SQITCH_FULLNAME"), QStringLiteral("Backstep Tests"));
        environment.insert(QStringLiteral("SQITCH_EMAIL"),
                           QStringLiteral("tests@backstep.invalid"));
        environment.insert(QStringLiteral("HOME"), dir.path());
        const QString target =
            QStringLiteral("db:mysql://backstep@127.0.0.1:%1/%2").arg(server.port).arg(database);

        QProcess process;
        process.setWorkingDirectory(project);
        process.setProcessEnvironment(environment);
        const auto sqitchRun = [&](const QStringList &arguments) {
            process.start(sqitch, arguments);
            const bool finished = process.waitForFinished(300000);
            const QByteArray output =
                QByteArray(process.readAllStandardOutput() + process.readAllStandardError());
            return std::pair{finished && process.exitStatus() == QProcess::NormalExit &&
                                 process.exitCode() == 0,
                             output};
        };
        auto [deployed, deployOutput] =
            sqitchRun({QStringLiteral("deploy"), QStringLiteral("--verify"), target});
        QVERIFY2(deployed, deployOutput.constData());
        QVERIFY2(tables(server, database).contains(QStringLiteral("widgets")),
                 deployOutput.constData());
        auto [reverted, revertOutput] =
            sqitchRun({QStringLiteral("revert"), QStringLiteral("-y"), target});
        QVERIFY2(reverted, revertOutput.constData());
        QVERIFY2(!tables(server, database).contains(QStringLiteral("widgets")),
                 revertOutput.constData());
        server.execute(database, {QStringLiteral("DROP DATABASE `%1`").arg(database),
                                  QStringLiteral("DROP DATABASE `%1_registry`").arg(database)});
    }
};

QTEST_GUILESS_MAIN(TestPeerTools)
#include "tst_peertools.moc"
