// Crash safety of the rollback runner, decided by failpoints instead of random timing: a
// DOWN section with one statement of every kind (session, data batched by Backstep, the
// migration's own transaction, a non-transactional MyISAM statement, a schema statement,
// then the history update) is rolled back by backstep-cli with BACKSTEP_FAILPOINT set to
// each transition of the runner in turn, ending the process (SIGKILL), dropping its
// connection, or killing the server there. Each case then resumes (answering the question
// the runner must ask where nobody can know) and must end in exactly the state of a clean
// run, every statement having taken effect once (the server's general log), with no
// progress table left behind.
#include "core/failpoint.h"
#include "core/migrationfolderreader.h"
#include "core/statementkind.h"
#include "db/journal.h"
#include "db/rollbackjournal.h"
#include "support/rollbacktestsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace backstep;
using namespace backstep::test;

namespace {

QString migrationsSource()
{
    return dataDir() + QStringLiteral("/rollback-failpoints/migrations");
}

QJsonObject jsonOf(const ProcessResult &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

// What the resume must find at the case's step, and what is true there.
enum class Expect {
    Resumes,        // decided from the database's evidence, no question
    AsksTookEffect, // undecided; it did take effect (the test answers --mark-done)
    AsksNotTaken,   // undecided; it was never sent (the test answers --run-again)
};

// The DOWN section's steps (0002_changes.sql), as the runner numbers them.
enum Step {
    Session = 0,      // SET @delta = 10
    FirstBatched = 1, // UPDATE items ... id = 1
    LastBatched = 2,  // UPDATE items ... id = 2
    OwnBegin = 3,     // START TRANSACTION
    OwnData = 4,      // UPDATE items ... id = 3
    OwnCommit = 5,    // COMMIT
    Alone = 6,        // UPDATE counters (MyISAM)
    Schema = 7,       // ALTER TABLE items DROP COLUMN note
    History = 8,
};

} // namespace

Q_DECLARE_METATYPE(Expect)

// A server of this test's own, of the shared fixture's flavour (mariadb-sandbox or
// mysql-sandbox), which the "server" cases kill and start again on the same port (the
// shared fixture's server serves the other tests meanwhile).
struct PrivateServer
{
    QString state;
    QString script;
    QString pidFile; // as the sandbox names it
    MariaDbSandbox sandbox;

    bool start(const QString &folder, bool mysql)
    {
        state = folder;
        script = mysql ? supportDir() + QStringLiteral("/mysql-sandbox")
                       : supportDir() + QStringLiteral("/mariadb-sandbox");
        pidFile = mysql ? QStringLiteral("/mysqld.pid") : QStringLiteral("/mariadbd.pid");
        const ProcessResult started = run(script, {QStringLiteral("start"), state},
                                          QProcessEnvironment::systemEnvironment(), 600000);
        if (started.exitCode != 0) {
            qWarning("%s", started.err.constData());
            return false;
        }
        return read();
    }
    bool read()
    {
        QFile port(state + QStringLiteral("/port"));
        QFile password(state + QStringLiteral("/password"));
        if (!port.open(QIODevice::ReadOnly) || !password.open(QIODevice::ReadOnly))
            return false;
        sandbox.port = port.readAll().trimmed().toInt();
        sandbox.passwordFile = state + QStringLiteral("/password");
        sandbox.password = QString::fromUtf8(password.readAll().trimmed());
        for (auto [field, name] :
             {std::pair{&sandbox.flavour, "flavour"}, std::pair{&sandbox.clientDir, "client-dir"},
              std::pair{&sandbox.tls, "tls"}}) {
            QFile file(state + u'/' + QLatin1StringView(name));
            if (file.open(QIODevice::ReadOnly))
                *field = QString::fromUtf8(file.readAll().trimmed());
        }
        return true;
    }
    qint64 pid() const
    {
        QFile file(state + pidFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    }
    // After the failpoint killed it: the same data, the same port.
    bool restart()
    {
        const ProcessResult resumed =
            run(script, {QStringLiteral("resume"), state, QString::number(sandbox.port)},
                QProcessEnvironment::systemEnvironment(), 600000);
        if (resumed.exitCode != 0)
            qWarning("%s", resumed.err.constData());
        return resumed.exitCode == 0;
    }
    void stop()
    {
        if (!state.isEmpty())
            run(script, {QStringLiteral("stop"), state});
    }
};

class TestRollbackFailpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyPointIsPassedByACleanRun();
    void resumesToTheCleanState_data();
    void resumesToTheCleanState();
    void resumesARunJournaledWithoutComments();

private:
    struct Database
    {
        QString name;
        QString url;
        QString folder;
        QString journal;
    };
    Database applied(const MariaDbSandbox &server);
    ProcessResult cli(const MariaDbSandbox &server, const Database &db,
                      const QStringList &arguments, const QStringList &environment = {});
    QStringList rollback(const Database &db) const;

    MariaDbSandbox m_shared;
    PrivateServer m_private;
    std::unique_ptr<GeneralLog> m_log;
    QTemporaryDir m_work{temporaryTemplate(QStringLiteral("failpoints"))};
    QString m_cleanState;
    QString m_cleanTrace;
    QStringList m_downTexts;
    int m_counter = 0;
};

void TestRollbackFailpoints::initTestCase()
{
    if (!failpointsCompiled)
        QSKIP("this build has no failpoints (BACKSTEP_FAILPOINTS is off: a release build)");
    QVERIFY(m_work.isValid());
    m_shared = MariaDbSandbox::current();
    m_log = std::make_unique<GeneralLog>(m_shared);
    QVERIFY(m_private.start(m_work.filePath(QStringLiteral("private-server")), m_shared.isMySql()));

    // The reference: a clean run, traced.
    const Database clean = applied(m_shared);
    m_cleanTrace = m_work.filePath(QStringLiteral("clean.trace"));
    const ProcessResult done = cli(m_shared, clean, rollback(clean),
                                   {QStringLiteral("BACKSTEP_FAILPOINT_TRACE=") + m_cleanTrace});
    QVERIFY2(done.exitCode == 0, done.out.constData());
    m_cleanState = databaseState(m_shared, clean.name);
    QVERIFY(!hasProgressTable(m_shared, clean.name));

    const QString down = QString::fromUtf8([] {
        QFile file(migrationsSource() + QStringLiteral("/0002_changes.sql"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }());
    for (const QString &line : down.section(QStringLiteral("-- DOWN"), 1).split(u'\n')) {
        QString sql = line.trimmed();
        if (sql.endsWith(u';'))
            sql.chop(1);
        const StatementKind kind = classifyStatement(sql);
        if (!sql.isEmpty() && kind != StatementKind::Session && kind != StatementKind::Transaction)
            m_downTexts.append(sql);
    }
    QCOMPARE(m_downTexts.size(), 5);
}

void TestRollbackFailpoints::cleanupTestCase()
{
    m_log.reset();
    m_private.stop();
}

TestRollbackFailpoints::Database TestRollbackFailpoints::applied(const MariaDbSandbox &server)
{
    Database db;
    db.name = server.createDatabase(QStringLiteral("rb_fp"));
    db.url = server.url(db.name);
    const QString base = m_work.filePath(QStringLiteral("%1-%2").arg(db.name).arg(++m_counter));
    db.folder = base + QStringLiteral("/migrations");
    db.journal = base + QStringLiteral("/journal.sqlite");
    QDir().mkpath(db.folder);
    for (const QString &name : QDir(migrationsSource()).entryList({QStringLiteral("*.sql")}))
        QFile::copy(migrationsSource() + u'/' + name, db.folder + u'/' + name);
    server.execute(db.name, applyMigrationsScript(db.folder));
    return db;
}

ProcessResult TestRollbackFailpoints::cli(const MariaDbSandbox &server, const Database &db,
                                          const QStringList &arguments,
                                          const QStringList &environment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BACKSTEP_JOURNAL"), db.journal);
    env.remove(QStringLiteral("BACKSTEP_FAILPOINT"));
    for (const QString &setting : environment)
        env.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    return runCli(arguments + QStringList{QStringLiteral("--url"), db.url,
                                          QStringLiteral("--password-file"), server.passwordFile,
                                          QStringLiteral("--json")},
                  env);
}

QStringList TestRollbackFailpoints::rollback(const Database &db) const
{
    return {QStringLiteral("rollback"),
            QStringLiteral("--migrations"),
            db.folder,
            QStringLiteral("--steps"),
            QStringLiteral("1"),
            QStringLiteral("--yes"),
            QStringLiteral("--no-backup"),
            QStringLiteral("--confirm"),
            db.name};
}

void TestRollbackFailpoints::everyPointIsPassedByACleanRun()
{
    QFile trace(m_cleanTrace);
    QVERIFY(trace.open(QIODevice::ReadOnly));
    const QStringList visits = QString::fromUtf8(trace.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (Failpoint point :
         {Failpoint::BeforeStatement, Failpoint::AfterStatement, Failpoint::InsideBatch,
          Failpoint::BeforeProgressCommit, Failpoint::AfterProgressCommit, Failpoint::BeforeHistory,
          Failpoint::AfterHistory}) {
        bool seen = false;
        for (const QString &visit : visits)
            seen |= visit.startsWith(failpointName(point) + u' ');
        QVERIFY2(seen, qPrintable(failpointName(point)));
    }
    // The structural points of the matrix below, each where the table says it is.
    for (const QString &expected :
         {QStringLiteral("before-statement 0"), QStringLiteral("inside-batch 2"),
          QStringLiteral("before-progress-commit 2"), QStringLiteral("before-progress-commit 5"),
          QStringLiteral("before-progress-commit 6"), QStringLiteral("after-progress-commit 6"),
          QStringLiteral("after-statement 7"), QStringLiteral("after-history 8")})
        QVERIFY2(visits.contains(expected), qPrintable(expected));
}

void TestRollbackFailpoints::resumesToTheCleanState_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("action");
    QTest::addColumn<Expect>("expect");
    auto add = [](const char *point, int step, const char *action, Expect expect) {
        QTest::addRow("%s@%d:%s", point, step, action)
            << QString::fromLatin1(point) << step << QString::fromLatin1(action) << expect;
    };
    // The process ends (SIGKILL) at every transition, for every kind of statement.
    for (int step = Session; step <= Schema; ++step) {
        add("before-statement", step, "kill",
            step == Alone ? Expect::AsksNotTaken : Expect::Resumes);
        add("after-statement", step, "kill",
            step == Alone ? Expect::AsksTookEffect : Expect::Resumes);
    }
    add("inside-batch", FirstBatched, "kill", Expect::Resumes);
    add("inside-batch", LastBatched, "kill", Expect::Resumes);
    add("before-progress-commit", LastBatched, "kill", Expect::Resumes);
    add("before-progress-commit", OwnCommit, "kill", Expect::Resumes);
    add("before-progress-commit", Alone, "kill", Expect::AsksTookEffect);
    add("after-progress-commit", LastBatched, "kill", Expect::Resumes);
    add("after-progress-commit", Alone, "kill", Expect::Resumes);
    add("before-history", History, "kill", Expect::Resumes);
    add("after-history", History, "kill", Expect::Resumes);
    // The connection dropped by the server: the process lives and knows what it was told.
    add("after-statement", Session, "drop", Expect::Resumes);
    add("after-statement", LastBatched, "drop", Expect::Resumes);
    add("after-statement", OwnData, "drop", Expect::Resumes);
    add("before-statement", Alone, "drop", Expect::AsksNotTaken);
    add("after-statement", Alone, "drop", Expect::Resumes);
    add("after-statement", Schema, "drop", Expect::Resumes);
    add("before-progress-commit", LastBatched, "drop", Expect::Resumes);
    add("after-history", History, "drop", Expect::Resumes);
    // The server killed: crash recovery keeps what was committed, nothing else.
    add("inside-batch", LastBatched, "server", Expect::Resumes);
    add("after-progress-commit", LastBatched, "server", Expect::Resumes);
    add("after-statement", Alone, "server", Expect::Resumes);
}

void TestRollbackFailpoints::resumesToTheCleanState()
{
    QFETCH(QString, point);
    QFETCH(int, step);
    QFETCH(QString, action);
    QFETCH(Expect, expect);
    const bool serverKill = action == u"server";
    const MariaDbSandbox &server = serverKill ? m_private.sandbox : m_shared;
    const Database db = applied(server);

    const ProcessResult first =
        cli(server, db, rollback(db),
            {QStringLiteral("BACKSTEP_FAILPOINT=%1@%2:%3").arg(point).arg(step).arg(action),
             QStringLiteral("BACKSTEP_FAILPOINT_SERVER_PID=%1").arg(m_private.pid())});
    if (action == u"kill")
        QVERIFY2(first.exitCode == -1, first.out.constData()); // ended by the signal
    else if (!(point == u"after-history" && action == u"drop"))
        QVERIFY2(first.exitCode == 1, first.out.constData()); // interrupted
    if (serverKill)
        QVERIFY(m_private.restart());

    // Go on until done, answering the runner's question where it must ask one.
    QString runId;
    {
        auto journal = Journal::open(db.journal);
        QVERIFY(journal);
        const auto runs = test::checked(RollbackJournal(*journal.value()).list(db.url));
        QCOMPARE(runs.size(), 1);
        runId = runs.first().id;
    }
    bool asked = false;
    for (int attempt = 0; attempt < 3; ++attempt) {
        {
            auto journal = Journal::open(db.journal);
            if (test::checked(RollbackJournal(*journal.value()).get(runId)).status ==
                RollbackRun::Status::Done)
                break;
        }
        const ProcessResult resumed =
            cli(server, db, {QStringLiteral("rollback"), QStringLiteral("--resume"), runId});
        if (resumed.exitCode == 0)
            break;
        const QJsonObject json = jsonOf(resumed);
        QVERIFY2(resumed.exitCode == 4 &&
                     json.value(QStringLiteral("reason")).toString() == u"undecided_step",
                 resumed.out.constData());
        QVERIFY2(expect != Expect::Resumes, resumed.out.constData());
        // It names the statement, the evidence and the two choices.
        QCOMPARE(json.value(QStringLiteral("undecided_step"))[QStringLiteral("step")].toInt(),
                 step + 1);
        QVERIFY(json.value(QStringLiteral("message")).toString().contains(u"counters"));
        QVERIFY(
            json.value(QStringLiteral("evidence"))[QStringLiteral("tables")].toString().contains(
                QStringLiteral("MyISAM")));
        asked = true;
        const ProcessResult decided =
            cli(server, db,
                {QStringLiteral("rollback"), QStringLiteral("--resume"), runId,
                 expect == Expect::AsksTookEffect ? QStringLiteral("--mark-done")
                                                  : QStringLiteral("--run-again"),
                 QStringLiteral("--confirm"), db.name});
        QVERIFY2(decided.exitCode == 0, decided.out.constData());
        break;
    }
    QCOMPARE(asked, expect != Expect::Resumes);
    {
        auto journal = Journal::open(db.journal);
        QCOMPARE(test::checked(RollbackJournal(*journal.value()).get(runId)).status,
                 RollbackRun::Status::Done);
    }
    QCOMPARE(databaseState(server, db.name), m_cleanState);
    QVERIFY(!hasProgressTable(server, db.name));
    if (serverKill)
        return; // that server keeps no general log
    const QMap<QString, int> counts =
        m_log->effects(db.name, m_downTexts,
                       {QStringLiteral("UPDATE counters SET n = n - @delta WHERE name = 'a'")});
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(
            it.value() == 1,
            qPrintable(QStringLiteral("%1 took effect %2 times").arg(it.key()).arg(it.value())));
}

// A MySQL run journaled before the splitter kept the mysql client's comments (its step
// texts have none) and resumed by a Backstep that keeps them: the resume runs the journal's
// texts, never today's split of the file, so each statement takes effect exactly once and
// the procedure the DOWN restores is the one the run began with. On MariaDB both splits
// are the same text, and the run resumes alike.
void TestRollbackFailpoints::resumesARunJournaledWithoutComments()
{
    Database db;
    db.name = m_shared.createDatabase(QStringLiteral("rb_fp_old"));
    db.url = m_shared.url(db.name);
    const QString base = m_work.filePath(QStringLiteral("%1-%2").arg(db.name).arg(++m_counter));
    db.folder = base + QStringLiteral("/migrations");
    db.journal = base + QStringLiteral("/journal.sqlite");
    QVERIFY(QDir().mkpath(db.folder));
    writeFile(db.folder + QStringLiteral("/0001_notes.sql"),
              QStringLiteral("-- UP\nCREATE TABLE notes (id INT PRIMARY KEY) ENGINE=InnoDB;\n"
                             "DROP PROCEDURE IF EXISTS note_count;\nDELIMITER $$\nCREATE PROCEDURE "
                             "note_count()\nBEGIN\n  SELECT COUNT(*) FROM notes;\nEND$$\n"
                             "DELIMITER ;\n-- DOWN\nDROP PROCEDURE note_count; -- before its "
                             "table\nDELIMITER $$\nCREATE PROCEDURE note_count()\nBEGIN\n  -- "
                             "the count before notes existed\n  SELECT 0;\nEND$$\nDELIMITER ;\n"
                             "DROP TABLE notes;\n"));
    m_shared.execute(db.name, applyMigrationsScript(db.folder));

    auto downOf = [&](ClientFamily client) {
        FolderReadOptions options;
        options.client = client;
        const MigrationSet set = MigrationFolderReader::read(db.folder, options);
        QStringList texts;
        if (set.errors.isEmpty() && set.migrations.size() == 1)
            for (const Statement &statement : set.migrations.first().down.statements)
                texts.append(statement.sql);
        return texts;
    };
    const QStringList oldTexts = downOf(ClientFamily::MariaDb); // the splitter before the change
    const QStringList newTexts =
        downOf(m_shared.isMySql() ? ClientFamily::MySql : ClientFamily::MariaDb);
    QCOMPARE(oldTexts.size(), 3);
    QCOMPARE(newTexts.size(), 3);
    if (m_shared.isMySql()) {
        QVERIFY2(newTexts[0] != oldTexts[0] && newTexts[1] != oldTexts[1],
                 qPrintable(newTexts.join(u'\n')));
        QVERIFY(newTexts[1].contains(u"-- the count before notes existed"));
    }
    QVERIFY(!oldTexts[1].contains(u"the count before"));

    // The run is cut off by the process's end just after its first statement...
    const ProcessResult first = cli(m_shared, db, rollback(db),
                                    {QStringLiteral("BACKSTEP_FAILPOINT=after-statement@0:kill")});
    QVERIFY2(first.exitCode == -1, first.out.constData());
    QString runId;
    {
        auto journal = Journal::open(db.journal);
        QVERIFY(journal);
        const auto runs = test::checked(RollbackJournal(*journal.value()).list(db.url));
        QCOMPARE(runs.size(), 1);
        runId = runs.first().id;
        const RollbackRun run = test::checked(RollbackJournal(*journal.value()).get(runId));
        QCOMPARE(run.steps.size(), 4); // three statements, then the history
        for (int i = 0; i < 3; ++i)
            QCOMPARE(run.steps[i].sql, newTexts[i]);
    }
    // ... and its steps are made what the older Backstep journaled: the texts without comments.
    {
        const QString connection = QStringLiteral("old-journal");
        {
            QSqlDatabase journal = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            journal.setDatabaseName(db.journal);
            QVERIFY(journal.open());
            QSqlQuery update(journal);
            QVERIFY(update.prepare(
                QStringLiteral("UPDATE rollback_steps SET sql = ? WHERE run_id = ? AND idx = ?")));
            for (int i = 0; i < 3; ++i) {
                update.addBindValue(oldTexts[i]);
                update.addBindValue(runId);
                update.addBindValue(i);
                QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
                QCOMPARE(update.numRowsAffected(), 1);
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }

    const ProcessResult resumed =
        cli(m_shared, db, {QStringLiteral("rollback"), QStringLiteral("--resume"), runId});
    QVERIFY2(resumed.exitCode == 0, resumed.out.constData());
    {
        auto journal = Journal::open(db.journal);
        QCOMPARE(test::checked(RollbackJournal(*journal.value()).get(runId)).status,
                 RollbackRun::Status::Done);
    }
    // The first statement took effect once, as the first run sent it (before the journal
    // was made old); the others once each, as the journal has them; today's texts, where
    // they differ, never.
    const QMap<QString, int> counts = m_log->effects(db.name, oldTexts + newTexts);
    QCOMPARE(counts.value(newTexts[0]), 1);
    if (oldTexts[0] != newTexts[0])
        QCOMPARE(counts.value(oldTexts[0]), 0);
    for (int i = 1; i < 3; ++i) {
        QVERIFY2(counts.value(oldTexts[i]) == 1,
                 qPrintable(QStringLiteral("%1 took effect %2 times")
                                .arg(oldTexts[i], QString::number(counts.value(oldTexts[i])))));
        if (oldTexts[i] != newTexts[i])
            QVERIFY2(counts.value(newTexts[i]) == 0, qPrintable(newTexts[i]));
    }
    // The procedure as the run's journal had it, the table gone, the history empty.
    const auto valueOf = [&](const QString &sql) {
        QString value;
        {
            QSqlDatabase target = m_shared.connect(QStringLiteral("old-journal-check"), db.name);
            QSqlQuery query(target);
            if (query.exec(sql) && query.next())
                value = query.value(0).toString();
            else
                value = QStringLiteral("(error: %1)").arg(query.lastError().text());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old-journal-check"));
        return value;
    };
    const QString body = valueOf(QStringLiteral("SELECT ROUTINE_DEFINITION FROM "
                                                "information_schema.ROUTINES WHERE "
                                                "ROUTINE_SCHEMA = DATABASE() AND "
                                                "ROUTINE_NAME = 'note_count'"));
    QVERIFY2(body.contains(u"SELECT 0") && !body.contains(u"the count before"), qPrintable(body));
    QCOMPARE(valueOf(QStringLiteral("SELECT COUNT(*) FROM "
                                    "information_schema.TABLES WHERE "
                                    "TABLE_SCHEMA = DATABASE() AND "
                                    "TABLE_NAME = 'notes'")),
             QStringLiteral("0"));
    QCOMPARE(valueOf(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
             QStringLiteral("0"));
    QVERIFY(!hasProgressTable(m_shared, db.name));
}

QTEST_GUILESS_MAIN(TestRollbackFailpoints)
#include "tst_rollback_failpoints.moc"
