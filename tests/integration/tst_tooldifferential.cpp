// Backstep against the real migration tools that install here, on the real MariaDB server:
// each tool applies its corpus (tests/data/corpus) to two databases; one is rolled back
// with the tool itself, the other with backstep-cli, one migration at a time; after each
// step both must hold the same schema, data and history (dbmate's schema_migrations;
// Sqitch's registry: changes, tags, dependencies, events without their times; sql-migrate's
// gorp_migrations ids). dbmate comes from its npm package (BACKSTEP_DBMATE, set by
// scripts/test, or the tools folder the project's scripts install it in); sqitch and
// sql-migrate are Debian packages. In CI all three must be there.
#include "corpusround.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using namespace backstep::test;

namespace {

// Where the project's scripts put dbmate (scripts/lib/platform.sh, ensure_dbmate).
QString findDbmate()
{
    const QString given = qEnvironmentVariable("BACKSTEP_DBMATE");
    if (!given.isEmpty())
        return given;
    for (const QString &root :
         {QStringLiteral("/opt/backstep/tools"), QStringLiteral("/var/lib/backstep/tools")}) {
        const QStringList versions =
            QDir(root).entryList({QStringLiteral("dbmate-*")}, QDir::Dirs, QDir::Name);
        for (qsizetype i = versions.size() - 1; i >= 0; --i) {
            const QString path = root + u'/' + versions[i] + QStringLiteral("/bin/dbmate");
            if (QFileInfo(path).isExecutable())
                return path;
        }
    }
    return {};
}

// The tool, or a skip (a failure in CI, where scripts/test must have installed it).
bool haveTool(const QString &path, const char *what)
{
    if (!path.isEmpty() && QFileInfo(path).isExecutable())
        return true;
    if (!qEnvironmentVariableIsEmpty("CI"))
        qFatal("in CI the peer tool %s must be installed (scripts/test installs it)", what);
    return false;
}

ProcessResult runIn(const QString &program, const QStringList &arguments, const QString &dir,
                    const QProcessEnvironment &environment)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Rows of a query as text, for comparing two registries.
QStringList rowsOf(const MariaDbSandbox &server, const QString &sql)
{
    QStringList rows;
    {
        QSqlDatabase db = server.connect(QStringLiteral("rows"), QString());
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i).toString());
            rows.append(row.join(QStringLiteral(" | ")));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rows"));
    return rows;
}

// Sqitch's registry without what differs by nature (when, and the order of equal times).
QStringList registryOf(const MariaDbSandbox &server, const QString &registry)
{
    QStringList rows;
    rows << rowsOf(server, QStringLiteral("SELECT change_id, `change`, project, note, "
                                          "committer_name, committer_email, planned_at, "
                                          "planner_name, planner_email FROM `%1`.changes ORDER "
                                          "BY committed_at, change_id")
                               .arg(registry));
    rows << rowsOf(server, QStringLiteral("SELECT tag_id, tag, project, change_id FROM `%1`.tags "
                                          "ORDER BY tag")
                               .arg(registry));
    rows << rowsOf(server, QStringLiteral("SELECT change_id, type, dependency FROM "
                                          "`%1`.dependencies ORDER BY 1, 2, 3")
                               .arg(registry));
    rows << rowsOf(server, QStringLiteral("SELECT event, change_id, `change`, project, note, "
                                          "tags, requires, conflicts, committer_name, "
                                          "committer_email, planned_at, planner_name, "
                                          "planner_email FROM `%1`.events ORDER BY committed_at, "
                                          "event, change_id")
                               .arg(registry));
    return rows;
}

} // namespace

class TestToolDifferential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // dbmate.multi-statement.*, dbmate.history.delete-exact-string, dbmate.order.by-file-name
    void dbmateRollbackAndBackstepAgree()
    {
        const QString dbmate = findDbmate();
        if (!haveTool(dbmate, "dbmate"))
            QSKIP("dbmate is not installed: scripts/test installs it (BACKSTEP_DBMATE)");
        const MariaDbSandbox server = MariaDbSandbox::current();
        QTemporaryDir dir(temporaryTemplate(QStringLiteral("dbmate-diff")));
        QVERIFY(dir.isValid());
        const CorpusFormat corpus =
            prepareCorpus(QStringLiteral("dbmate"), dir.filePath(QStringLiteral("corpus")), {});
        const QString byTool = server.createDatabase(QStringLiteral("dbmate_tool"));
        const QString byBackstep = server.createDatabase(QStringLiteral("dbmate_backstep"));
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        auto dbmateOn = [&](const QString &database, const QString &command) {
            // The password travels in DATABASE_URL (the environment), not on a command line.
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("DATABASE_URL"),
                               QStringLiteral("mysql://backstep:%1@127.0.0.1:%2/%3")
                                   .arg(server.password)
                                   .arg(server.port)
                                   .arg(database));
            return runIn(dbmate,
                         {QStringLiteral("--migrations-dir"), corpus.migrations,
                          QStringLiteral("--no-dump-schema"), command},
                         dir.path(), environment);
        };
        for (const QString &database : {byTool, byBackstep}) {
            const ProcessResult up = dbmateOn(database, QStringLiteral("up"));
            QVERIFY2(up.exitCode == 0, QByteArray(up.out + up.err).constData());
        }
        // The history table is compared too: both sides must leave it as dbmate does.
        QCOMPARE(stateOf(server, byBackstep, {}), stateOf(server, byTool, {}));
        for (int step = 1; step <= 6; ++step) {
            const ProcessResult tool = dbmateOn(byTool, QStringLiteral("rollback"));
            QVERIFY2(tool.exitCode == 0, QByteArray(tool.out + tool.err).constData());
            const ProcessResult backstep =
                runCliOn(server, journal,
                         {QStringLiteral("rollback"), QStringLiteral("--url"),
                          server.url(byBackstep), QStringLiteral("--migrations"), corpus.migrations,
                          QStringLiteral("--steps"), QStringLiteral("1"), QStringLiteral("--yes"),
                          QStringLiteral("--no-backup"), QStringLiteral("--confirm"), byBackstep});
            QVERIFY2(backstep.exitCode == 0, QByteArray(backstep.out + backstep.err).constData());
            QCOMPARE(stateOf(server, byBackstep, {}), stateOf(server, byTool, {}));
        }
        QVERIFY(stateOf(server, byTool, {QStringLiteral("schema_migrations")}).isEmpty());
        server.execute(byTool, {QStringLiteral("DROP DATABASE `%1`").arg(byTool),
                                QStringLiteral("DROP DATABASE `%1`").arg(byBackstep)});
    }

    // sql-migrate's own `down -limit=1` against `backstep-cli rollback --steps 1`: its line
    // rules (StatementBegin/End, notransaction) and its history (gorp_migrations: the row of
    // the file deleted), one migration at a time.
    void sqlMigrateDownAndBackstepAgree()
    {
        const QString sqlMigrate = QStandardPaths::findExecutable(QStringLiteral("sql-migrate"));
        if (!haveTool(sqlMigrate, "sql-migrate"))
            QSKIP("sql-migrate is not installed: scripts/test installs it (BACKSTEP_PACKAGES)");
        const MariaDbSandbox server = MariaDbSandbox::current();
        QTemporaryDir dir(temporaryTemplate(QStringLiteral("sql-migrate-diff")));
        QVERIFY(dir.isValid());
        const CorpusFormat corpus = prepareCorpus(QStringLiteral("sql-migrate"),
                                                  dir.filePath(QStringLiteral("corpus")), {});
        const QString byTool = server.createDatabase(QStringLiteral("sqlmigrate_tool"));
        const QString byBackstep = server.createDatabase(QStringLiteral("sqlmigrate_backstep"));
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        // sql-migrate expands the environment in its datasource: the password stays off the
        // command line and out of the file.
        QFile config(dir.filePath(QStringLiteral("corpus/dbconfig.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write("test:\n"
                     "  dialect: mysql\n"
                     "  datasource: ${DB_USER}:${DB_PASSWORD}@tcp(127.0.0.1:${DB_PORT})/"
                     "${DB_NAME}?parseTime=true\n"
                     "  dir: migrations\n"
                     "  table: gorp_migrations\n");
        config.close();
        auto sqlMigrateOn = [&](const QString &database, const QStringList &command) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("DB_USER"), QStringLiteral("backstep"));
            environment.insert(QStringLiteral("DB_PASSWORD"), server.password);
            environment.insert(QStringLiteral("DB_PORT"), QString::number(server.port));
            environment.insert(QStringLiteral("DB_NAME"), database);
            return runIn(sqlMigrate, command + QStringList{QStringLiteral("-env=test")},
                         dir.filePath(QStringLiteral("corpus")), environment);
        };
        auto historyOf = [&](const QString &database) {
            return rowsOf(
                server,
                QStringLiteral("SELECT id FROM `%1`.gorp_migrations ORDER BY id").arg(database));
        };
        for (const QString &database : {byTool, byBackstep}) {
            const ProcessResult up = sqlMigrateOn(database, {QStringLiteral("up")});
            QVERIFY2(up.exitCode == 0, QByteArray(up.out + up.err).constData());
        }
        const QStringList ignored{QStringLiteral("gorp_migrations")};
        QCOMPARE(stateOf(server, byBackstep, ignored), stateOf(server, byTool, ignored));
        QCOMPARE(historyOf(byTool).size(), 6);
        for (int step = 1; step <= 6; ++step) {
            const ProcessResult tool =
                sqlMigrateOn(byTool, {QStringLiteral("down"), QStringLiteral("-limit=1")});
            QVERIFY2(tool.exitCode == 0, QByteArray(tool.out + tool.err).constData());
            const ProcessResult backstep =
                runCliOn(server, journal,
                         {QStringLiteral("rollback"), QStringLiteral("--url"),
                          server.url(byBackstep), QStringLiteral("--migrations"), corpus.migrations,
                          QStringLiteral("--steps"), QStringLiteral("1"), QStringLiteral("--yes"),
                          QStringLiteral("--no-backup"), QStringLiteral("--confirm"), byBackstep});
            QVERIFY2(backstep.exitCode == 0, QByteArray(backstep.out + backstep.err).constData());
            QCOMPARE(stateOf(server, byBackstep, ignored), stateOf(server, byTool, ignored));
            QCOMPARE(historyOf(byBackstep), historyOf(byTool));
            QCOMPARE(historyOf(byTool).size(), 6 - step);
        }
        server.execute(byTool, {QStringLiteral("DROP DATABASE `%1`").arg(byTool),
                                QStringLiteral("DROP DATABASE `%1`").arg(byBackstep)});
    }

    // sqitch.scripts.client-semantics, sqitch.history.revert-writes, sqitch.order.committed-at
    void sqitchRevertAndBackstepAgree()
    {
        const QString sqitch = QStandardPaths::findExecutable(QStringLiteral("sqitch"));
        if (!haveTool(sqitch, "sqitch"))
            QSKIP("sqitch is not installed: scripts/test installs it (BACKSTEP_PACKAGES)");
        const MariaDbSandbox server = MariaDbSandbox::current();
        QTemporaryDir dir(temporaryTemplate(QStringLiteral("sqitch-diff")));
        QVERIFY(dir.isValid());
        // The client of the server's own family (MySQL's mysql for MySQL 9.7).
        const QString client = sqitchClient(server, dir.path());
        QVERIFY2(QFileInfo(client).isExecutable(), qPrintable(client));
        const QString byTool = server.createDatabase(QStringLiteral("sqitch_tool"));
        const QString byBackstep = server.createDatabase(QStringLiteral("sqitch_backstep"));
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SQITCH_PASSWORD"), server.password);
        environment.insert(QStringLiteral("SQITCH_FULLNAME"), QStringLiteral("Backstep Tests"));
        environment.insert(QStringLiteral("SQITCH_EMAIL"),
                           QStringLiteral("tests@backstep.invalid"));
        environment.insert(QStringLiteral("HOME"), dir.path());
        QHash<QString, CorpusFormat> projects;
        for (const QString &database : {byTool, byBackstep}) {
            const CorpusFormat corpus =
                prepareCorpus(QStringLiteral("sqitch"), dir.filePath(database),
                              database + QStringLiteral("_registry"));
            QFile conf(corpus.migrations + QStringLiteral("/sqitch.conf"));
            QVERIFY(conf.open(QIODevice::Append));
            conf.write(QStringLiteral("[engine \"mysql\"]\n\tclient = %1\n").arg(client).toUtf8());
            conf.close();
            projects.insert(database, corpus);
            const ProcessResult deployed = runIn(
                sqitch,
                {QStringLiteral("deploy"), QStringLiteral("db:mysql://backstep@127.0.0.1:%1/%2")
                                               .arg(server.port)
                                               .arg(database)},
                corpus.migrations, environment);
            QVERIFY2(deployed.exitCode == 0, QByteArray(deployed.out + deployed.err).constData());
        }
        QCOMPARE(stateOf(server, byBackstep, {}), stateOf(server, byTool, {}));
        QProcessEnvironment cli = environment;
        cli.insert(QStringLiteral("BACKSTEP_JOURNAL"), journal);
        cli.insert(QStringLiteral("BACKSTEP_PASSWORD"), server.password);
        for (int step = 1; step <= 6; ++step) {
            // The last change standing has no @HEAD^: revert everything, which is it.
            QStringList revert{QStringLiteral("revert"), QStringLiteral("-y")};
            if (step < 6)
                revert << QStringLiteral("--to") << QStringLiteral("@HEAD^");
            revert << QStringLiteral("db:mysql://backstep@127.0.0.1:%1/%2")
                          .arg(server.port)
                          .arg(byTool);
            const ProcessResult tool =
                runIn(sqitch, revert, projects.value(byTool).migrations, environment);
            QVERIFY2(tool.exitCode == 0, QByteArray(tool.out + tool.err).constData());
            const ProcessResult backstep =
                runCli({QStringLiteral("rollback"), QStringLiteral("--url"), server.url(byBackstep),
                        QStringLiteral("--migrations"), projects.value(byBackstep).migrations,
                        QStringLiteral("--steps"), QStringLiteral("1"), QStringLiteral("--yes"),
                        QStringLiteral("--no-backup"), QStringLiteral("--confirm"), byBackstep},
                       cli);
            QVERIFY2(backstep.exitCode == 0, QByteArray(backstep.out + backstep.err).constData());
            QCOMPARE(stateOf(server, byBackstep, {}), stateOf(server, byTool, {}));
            QCOMPARE(registryOf(server, byBackstep + QStringLiteral("_registry")),
                     registryOf(server, byTool + QStringLiteral("_registry")));
        }
        server.execute(byTool, {QStringLiteral("DROP DATABASE `%1`").arg(byTool),
                                QStringLiteral("DROP DATABASE `%1`").arg(byBackstep),
                                QStringLiteral("DROP DATABASE `%1_registry`").arg(byTool),
                                QStringLiteral("DROP DATABASE `%1_registry`").arg(byBackstep)});
    }
};

QTEST_GUILESS_MAIN(TestToolDifferential)
#include "tst_tooldifferential.moc"
