// The rollback runner against the real server (MariaDB or MySQL), through backstep-cli: the guards
// (backup, typed override, the database lock, lock wait timeouts), a failure stopped at its
// statement with retry and skip; one owner per run (a live run cannot be aborted, resolved
// or resumed by another process, and its status never moves backwards); a cancel that
// interrupts a statement waiting for a lock; a non-transactional (MyISAM) statement that
// never runs twice; and no trace in the database once a run settles, exactly as the
// server's own client leaves it. (Crash safety at every transition: tst_rollback_failpoints.)
#include "core/migrationfolderreader.h"
#include "core/schemadiff.h"
#include "core/statementkind.h"
#include "db/databasesession.h"
#include "db/journal.h"
#include "db/rollbackjournal.h"
#include "db/schemareader.h"
#include "db/targetevidence.h"
#include "support/rollbacktestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <signal.h>

using namespace backstep;
using namespace backstep::test;

namespace {

QString migrationsSource()
{
    return dataDir() + QStringLiteral("/rollback/migrations");
}

void exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

QJsonObject jsonOf(const ProcessResult &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

// A connection of the test's own that holds what the runner must wait for, until it ends.
class Holder
{
public:
    Holder(const MariaDbSandbox &server, const QString &database, const QStringList &statements)
        : m_name(QStringLiteral("holder-%1").arg(++s_count))
    {
        QSqlDatabase db = server.connect(m_name, database);
        QSqlQuery query(db);
        for (const QString &sql : statements)
            exec(query, sql);
        exec(query, QStringLiteral("SELECT CONNECTION_ID()"));
        query.next();
        m_id = query.value(0).toLongLong();
    }
    ~Holder() { release(); }
    qint64 id() const { return m_id; }
    void release()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name);
            QSqlQuery query(db);
            query.exec(QStringLiteral("ROLLBACK"));
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }

private:
    static inline int s_count = 0;
    QString m_name;
    qint64 m_id = 0;
};

} // namespace

// A database with every migration of tests/data/rollback applied (dbmate history), its own
// copy of the folder and its own journal.
struct AppliedDatabase
{
    QString name;
    QString url;
    QString folder;
    QString journal;
};

class TestRollback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void planListsStatementsInExecutionOrder();
    void refusedWithoutFreshBackup();
    void runsWithFreshBackupAndUpdatesHistory();
    void failureStopsAtTheStatementThenSkip();
    void refusedWhileAnotherHoldsTheLock();
    void lockWaitTimesOutInsteadOfHanging();
    void liveRunIsOwnedByItsProcess();
    void cancelInterruptsALockWaitAndResumes();
    void nonTransactionalStatementRunsOnceAfterAKill();
    void leavesNoTraceLikeTheClient();
    void progressRowsInASchemaOfTheirOwn();

private:
    AppliedDatabase applied(const QString &prefix, const QString &source = migrationsSource());
    ProcessResult cli(const AppliedDatabase &db, const QStringList &arguments);
    // The CLI started, not waited for.
    std::unique_ptr<QProcess> startCli(const AppliedDatabase &db, const QStringList &arguments);
    QStringList connectionArgs(const AppliedDatabase &db) const;
    QString stateOf(const AppliedDatabase &db);
    // The state a clean rollback of the last `steps` migrations leaves.
    QString cleanState(int steps);
    // Waits until a connection to `database` runs a statement starting with `prefix` (and, if
    // given, in that server state).
    bool serverRuns(const QString &database, const QString &prefix, const QString &state = {});
    QString runIdOf(const AppliedDatabase &db);
    RollbackRun runOf(const AppliedDatabase &db, const QString &runId);

    MariaDbSandbox m_sandbox;
    std::unique_ptr<GeneralLog> m_log;
    QTemporaryDir m_work{temporaryRoot() + QStringLiteral("/rollback-XXXXXX")};
    int m_counter = 0;
};

void TestRollback::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_sandbox = MariaDbSandbox::current();
    m_log = std::make_unique<GeneralLog>(m_sandbox);
}

void TestRollback::cleanupTestCase()
{
    m_log.reset();
}

AppliedDatabase TestRollback::applied(const QString &prefix, const QString &source)
{
    AppliedDatabase db;
    db.name = m_sandbox.createDatabase(prefix);
    db.url = m_sandbox.url(db.name);
    const QString base = m_work.filePath(QStringLiteral("%1-%2").arg(db.name).arg(++m_counter));
    db.folder = base + QStringLiteral("/migrations");
    db.journal = base + QStringLiteral("/journal.sqlite");
    QDir().mkpath(db.folder);
    for (const QString &name : QDir(source).entryList({QStringLiteral("*.sql")}))
        QFile::copy(source + u'/' + name, db.folder + u'/' + name);

    m_sandbox.execute(db.name, applyMigrationsScript(db.folder));
    return db;
}

QStringList TestRollback::connectionArgs(const AppliedDatabase &db) const
{
    return {QStringLiteral("--url"),           db.url,
            QStringLiteral("--password-file"), m_sandbox.passwordFile,
            QStringLiteral("--migrations"),    db.folder};
}

ProcessResult TestRollback::cli(const AppliedDatabase &db, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BACKSTEP_JOURNAL"), db.journal);
    QStringList all = arguments;
    all.append(connectionArgs(db));
    return runCli(all, environment);
}

std::unique_ptr<QProcess> TestRollback::startCli(const AppliedDatabase &db,
                                                 const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BACKSTEP_JOURNAL"), db.journal);
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    process->start(cliPath(), arguments + connectionArgs(db));
    if (!process->waitForStarted())
        qFatal("cannot start backstep-cli");
    return process;
}

QString TestRollback::stateOf(const AppliedDatabase &db)
{
    return databaseState(m_sandbox, db.name);
}

QString TestRollback::cleanState(int steps)
{
    const AppliedDatabase db = applied(QStringLiteral("rb_clean"));
    const ProcessResult clean =
        cli(db, {QStringLiteral("rollback"), QStringLiteral("--steps"), QString::number(steps),
                 QStringLiteral("--yes"), QStringLiteral("--no-backup"),
                 QStringLiteral("--confirm"), db.name});
    if (clean.exitCode != 0)
        qFatal("the clean run failed: %s", clean.err.constData());
    return stateOf(db);
}

bool TestRollback::serverRuns(const QString &database, const QString &prefix, const QString &state)
{
    bool found = false;
    {
        QSqlDatabase db = m_sandbox.connect(QStringLiteral("processlist"), QString());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE "
                                     "DB = ? AND INFO LIKE ? AND (? = '' OR STATE = ?)"));
        query.addBindValue(database);
        query.addBindValue(QString(prefix + u'%'));
        // A null QString would be bound as NULL, which equals nothing.
        const QString wanted = state.isNull() ? QStringLiteral("") : state;
        query.addBindValue(wanted);
        query.addBindValue(wanted);
        found = query.exec() && query.next() && query.value(0).toInt() > 0;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("processlist"));
    return found;
}

QString TestRollback::runIdOf(const AppliedDatabase &db)
{
    auto journal = Journal::open(db.journal);
    if (!journal)
        return {};
    const auto runs = RollbackJournal(*journal.value()).list(db.url);
    return runs && !runs->isEmpty() ? runs->first().id : QString();
}

RollbackRun TestRollback::runOf(const AppliedDatabase &db, const QString &runId)
{
    auto journal = Journal::open(db.journal);
    if (!journal)
        qFatal("%s", qPrintable(journal.error()));
    return test::checked(RollbackJournal(*journal.value()).get(runId));
}

void TestRollback::planListsStatementsInExecutionOrder()
{
    const AppliedDatabase db = applied(QStringLiteral("rb_plan"));
    const ProcessResult plan = cli(db, {QStringLiteral("plan"), QStringLiteral("--steps"),
                                        QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(plan.exitCode == 0, plan.err.constData());
    const QJsonObject json = jsonOf(plan);
    QCOMPARE(json.value(QStringLiteral("resulting_version")).toString(), QStringLiteral("0002"));
    const QJsonArray statements = json.value(QStringLiteral("statements")).toArray();
    QCOMPARE(statements.size(), 18);
    const QJsonObject first = statements.first().toObject();
    QCOMPARE(first.value(QStringLiteral("version")).toString(), QStringLiteral("0004"));
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 14);
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("schema"));
    QVERIFY(first.value(QStringLiteral("implicit_commit")).toBool());
    const QJsonObject last = statements.last().toObject();
    QCOMPARE(last.value(QStringLiteral("version")).toString(), QStringLiteral("0003"));
    QCOMPARE(last.value(QStringLiteral("sql")).toString(),
             QStringLiteral("ALTER TABLE users DROP COLUMN last_activity"));
    QCOMPARE(statements.at(1).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("session"));
    QCOMPARE(statements.at(2).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("data"));

    // The impact, with what the database holds now; the risk of another open transaction.
    QSqlDatabase other = m_sandbox.connect(QStringLiteral("plan-trx"), db.name);
    QSqlQuery holder(other);
    exec(holder, QStringLiteral("START TRANSACTION"));
    exec(holder, QStringLiteral("UPDATE activity_events SET score = score + 1 WHERE id = 1"));
    exec(holder, QStringLiteral("SELECT CONNECTION_ID()"));
    holder.next();
    const qint64 holderId = holder.value(0).toLongLong();
    QThread::msleep(300); // past MariaDB's 0.1 s INNODB_TRX snapshot of the previous reader
    const QJsonObject withImpact =
        jsonOf(cli(db, {QStringLiteral("plan"), QStringLiteral("--steps"), QStringLiteral("3"),
                        QStringLiteral("--json")}));
    exec(holder, QStringLiteral("ROLLBACK"));
    holder = QSqlQuery();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("plan-trx"));
    QHash<QString, QJsonObject> impacts;
    for (const QJsonValue &value : withImpact.value(QStringLiteral("impact")).toArray())
        impacts.insert(value[QStringLiteral("what")].toString() + u' ' +
                           value[QStringLiteral("object")].toString(),
                       value.toObject());
    QVERIFY2(impacts.contains(QStringLiteral("drops table food_log_items")),
             qPrintable(QStringList(impacts.keys()).join(u',')));
    QCOMPARE(impacts.value(QStringLiteral("drops table food_log_items"))
                 .value(QStringLiteral("rows"))
                 .toInt(),
             3);
    QCOMPARE(impacts.value(QStringLiteral("rebuilds table activity_events"))
                 .value(QStringLiteral("rows"))
                 .toInt(),
             4);
    QVERIFY(impacts.contains(QStringLiteral("drops column users.last_activity")));
    QVERIFY(impacts.contains(QStringLiteral("drops index food_logs.idx_food_logs_date_user")));
    QVERIFY(withImpact.value(QStringLiteral("implicit_commits")).toInt() >= 8);
    bool riskFound = false;
    for (const QJsonValue &risk : withImpact.value(QStringLiteral("lock_risks")).toArray())
        riskFound |= risk[QStringLiteral("connection")].toInteger() == holderId;
    QVERIFY2(riskFound, QJsonDocument(withImpact).toJson().constData());
    QCOMPARE(withImpact.value(QStringLiteral("backup"))[QStringLiteral("fresh")].toBool(), false);

    // A selection that is not the most recent migrations names what it passes over.
    const ProcessResult skipping = cli(db, {QStringLiteral("plan"), QStringLiteral("--only"),
                                            QStringLiteral("0003"), QStringLiteral("--json")});
    QCOMPARE(skipping.exitCode, 0);
    const QString warning =
        jsonOf(skipping).value(QStringLiteral("warnings")).toArray().first().toString();
    QVERIFY2(warning.contains(QStringLiteral("0004")), qPrintable(warning));

    // A version that is not applied is bad input; nothing ran.
    QCOMPARE(
        cli(db, {QStringLiteral("plan"), QStringLiteral("--to"), QStringLiteral("0099")}).exitCode,
        2);
}

void TestRollback::refusedWithoutFreshBackup()
{
    const AppliedDatabase db = applied(QStringLiteral("rb_guard"));
    const QString before = stateOf(db);
    const ProcessResult refused =
        cli(db, {QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1"),
                 QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(jsonOf(refused)
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("no complete backup")),
             refused.out.constData());
    const ProcessResult wrongName = cli(
        db, {QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1"),
             QStringLiteral("--yes"), QStringLiteral("--no-backup"), QStringLiteral("--confirm"),
             QStringLiteral("heartguard"), QStringLiteral("--json")});
    QCOMPARE(wrongName.exitCode, 4);
    QCOMPARE(stateOf(db), before);
    // Without --yes nothing runs, whatever the safety net.
    QCOMPARE(cli(db, {QStringLiteral("rollback"), QStringLiteral("--no-backup"),
                      QStringLiteral("--confirm"), db.name})
                 .exitCode,
             2);
    QCOMPARE(stateOf(db), before);
}

void TestRollback::runsWithFreshBackupAndUpdatesHistory()
{
    const AppliedDatabase db = applied(QStringLiteral("rb_backup"));
    const ProcessResult backup =
        cli(db, {QStringLiteral("backup"), QStringLiteral("--dir"),
                 QFileInfo(db.folder).absolutePath(), QStringLiteral("--json")});
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    const ProcessResult done =
        cli(db, {QStringLiteral("rollback"), QStringLiteral("--to"), QStringLiteral("0002"),
                 QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(done.exitCode == 0, done.out.constData());
    const QJsonObject json = jsonOf(done);
    QCOMPARE(json.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
    QCOMPARE(json.value(QStringLiteral("settled")).toInt(), 20);
    // The binary log before and after the run, both read; MySQL 9.7 writes one by default
    // (the run's statements lie between the two positions), the MariaDB sandbox none.
    const QJsonObject position = json.value(QStringLiteral("server_position")).toObject();
    const QJsonObject before = position.value(QStringLiteral("before")).toObject();
    const QJsonObject after = position.value(QStringLiteral("after")).toObject();
    QVERIFY2(before.value(QStringLiteral("known")).toBool() &&
                 after.value(QStringLiteral("known")).toBool(),
             done.out.constData());
    if (m_sandbox.isMySql()) {
        const QJsonObject binlogBefore = before.value(QStringLiteral("binlog")).toObject();
        const QJsonObject binlogAfter = after.value(QStringLiteral("binlog")).toObject();
        QVERIFY2(!binlogBefore.value(QStringLiteral("file")).toString().isEmpty(),
                 done.out.constData());
        QVERIFY2(binlogAfter.value(QStringLiteral("file")).toString() !=
                         binlogBefore.value(QStringLiteral("file")).toString() ||
                     binlogAfter.value(QStringLiteral("position")).toInteger() >
                         binlogBefore.value(QStringLiteral("position")).toInteger(),
                 done.out.constData());
    } else {
        QVERIFY2(before.value(QStringLiteral("binlog")).isNull(), done.out.constData());
    }

    QSqlDatabase target = m_sandbox.connect(QStringLiteral("check-backup"), db.name);
    {
        QSqlQuery query(target);
        exec(query, QStringLiteral("SELECT GROUP_CONCAT(version ORDER BY version) FROM "
                                   "schema_migrations"));
        query.next();
        QCOMPARE(query.value(0).toString(), QStringLiteral("0001,0002"));
        exec(query, QStringLiteral("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE "
                                   "TRIGGER_SCHEMA = DATABASE()"));
        query.next();
        QCOMPARE(query.value(0).toInt(), 0);
        exec(query, QStringLiteral("SELECT COUNT(*) FROM information_schema.PARTITIONS WHERE "
                                   "TABLE_SCHEMA = DATABASE() AND PARTITION_NAME IS NOT NULL"));
        query.next();
        QCOMPARE(query.value(0).toInt(), 0);
        exec(query, QStringLiteral("SELECT score FROM activity_events_archive WHERE id = 7"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 77); // the session variable was set before its use
    }
    target = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check-backup"));

    // The journal keeps the run, its backup and every step.
    auto journal = Journal::open(db.journal);
    QVERIFY(journal);
    const auto runs = test::checked(RollbackJournal(*journal.value()).list(db.url));
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().status, RollbackRun::Status::Done);
    QVERIFY(runs.first().backupId > 0);
    QVERIFY(!runs.first().backupOverride);
    const auto run = test::checked(RollbackJournal(*journal.value()).get(runs.first().id));
    QCOMPARE(run.steps.size(), 20);
    // The journal keeps the positions the report printed.
    QCOMPARE(run.positionBefore.toJson(), before);
    QCOMPARE(run.positionAfter.toJson(), after);
    for (const RunStep &step : run.steps)
        QCOMPARE(step.status, RunStep::Status::Done);
}

void TestRollback::failureStopsAtTheStatementThenSkip()
{
    const AppliedDatabase db = applied(QStringLiteral("rb_fail"));
    writeFile(db.folder + QStringLiteral("/0005_broken_down.sql"),
              QStringLiteral("-- UP\nCREATE TABLE alerts (id INT PRIMARY KEY);\n\n-- DOWN\n"
                             "DELETE FROM alerts;\nDROP TABLE no_such_table_anywhere;\n"
                             "DROP TABLE alerts;\n"));
    {
        QSqlDatabase target = m_sandbox.connect(QStringLiteral("apply-0005"), db.name);
        QSqlQuery query(target);
        exec(query, QStringLiteral("CREATE TABLE alerts (id INT PRIMARY KEY)"));
        exec(query, QStringLiteral("INSERT INTO schema_migrations VALUES ('0005')"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("apply-0005"));
    const QStringList rollback{QStringLiteral("rollback"),
                               QStringLiteral("--steps"),
                               QStringLiteral("1"),
                               QStringLiteral("--yes"),
                               QStringLiteral("--no-backup"),
                               QStringLiteral("--confirm"),
                               db.name,
                               QStringLiteral("--json")};
    const ProcessResult failed = cli(db, rollback);
    QCOMPARE(failed.exitCode, 1);
    const QJsonObject json = jsonOf(failed);
    const QJsonObject step = json.value(QStringLiteral("failed_step")).toObject();
    QCOMPARE(step.value(QStringLiteral("line")).toInt(), 6);
    QCOMPARE(step.value(QStringLiteral("step")).toInt(), 2);
    QVERIFY2(step.value(QStringLiteral("error"))
                 .toString()
                 .contains(QStringLiteral("no_such_table_anywhere")),
             failed.out.constData());
    QCOMPARE(json.value(QStringLiteral("server_error")).toInt(), 1051);
    const QString runId = json.value(QStringLiteral("run")).toString();

    // A new run is refused while this one is open; a retry fails at the same place.
    const ProcessResult second = cli(db, rollback);
    QCOMPARE(second.exitCode, 4);
    QCOMPARE(jsonOf(second).value(QStringLiteral("reason")).toString(),
             QStringLiteral("another_run_open"));
    QCOMPARE(jsonOf(second).value(QStringLiteral("run")).toString(), runId);
    QVERIFY2(jsonOf(second).value(QStringLiteral("message")).toString().contains(runId),
             second.out.constData());
    const ProcessResult retried = cli(db, {QStringLiteral("rollback"), QStringLiteral("--resume"),
                                           runId, QStringLiteral("--json")});
    QCOMPARE(retried.exitCode, 1);
    // Skipping needs the database's name; then the run completes.
    QCOMPARE(cli(db, {QStringLiteral("rollback"), QStringLiteral("--resume"), runId,
                      QStringLiteral("--skip"), QStringLiteral("--confirm"), QStringLiteral("x")})
                 .exitCode,
             4);
    const ProcessResult skipped =
        cli(db, {QStringLiteral("rollback"), QStringLiteral("--resume"), runId,
                 QStringLiteral("--skip"), QStringLiteral("--confirm"), db.name,
                 QStringLiteral("--json")});
    QVERIFY2(skipped.exitCode == 0, skipped.out.constData());

    auto journal = Journal::open(db.journal);
    const auto run = test::checked(RollbackJournal(*journal.value()).get(runId));
    QCOMPARE(run.status, RollbackRun::Status::Done);
    QCOMPARE(run.steps.at(1).status, RunStep::Status::Skipped);
    QVERIFY(run.steps.at(1).error.contains(QStringLiteral("confirmed by typing")));
    QCOMPARE(run.steps.at(0).attempts, 1); // the DELETE before it never ran again
}

void TestRollback::refusedWhileAnotherHoldsTheLock()
{
    const AppliedDatabase db = applied(QStringLiteral("rb_lock"));
    QSqlDatabase other = m_sandbox.connect(QStringLiteral("lock-holder"), db.name);
    QSqlQuery query(other);
    exec(query, QStringLiteral("SELECT GET_LOCK('backstep:%1', 0), CONNECTION_ID()").arg(db.name));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    const QString holder = query.value(1).toString();
    const ProcessResult refused =
        cli(db, {QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1"),
                 QStringLiteral("--yes"), QStringLiteral("--no-backup"),
                 QStringLiteral("--confirm"), db.name, QStringLiteral("--json")});
    QCOMPARE(refused.exitCode, 4);
    const QString message = jsonOf(refused).value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("connection ") + holder), qPrintable(message));
    query = QSqlQuery();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("lock-holder"));
}

void TestRollback::lockWaitTimesOutInsteadOfHanging()
{
    const AppliedDatabase db = applied(QStringLiteral("rb_wait"));
    QSqlDatabase other = m_sandbox.connect(QStringLiteral("mdl-holder"), db.name);
    QSqlQuery query(other);
    // An open transaction that read the table holds a metadata lock the ALTER must wait for.
    exec(query, QStringLiteral("START TRANSACTION"));
    exec(query, QStringLiteral("SELECT * FROM activity_events"));
    QElapsedTimer timer;
    timer.start();
    const ProcessResult failed =
        cli(db, {QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1"),
                 QStringLiteral("--yes"), QStringLiteral("--no-backup"),
                 QStringLiteral("--confirm"), db.name, QStringLiteral("--lock-wait-timeout"),
                 QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(jsonOf(failed).value(QStringLiteral("server_error")).toInt(), 1205);
    QVERIFY2(timer.elapsed() < 60000, "the statement waited for the lock far beyond its timeout");
    exec(query, QStringLiteral("ROLLBACK"));
    query = QSqlQuery();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("mdl-holder"));
}

void TestRollback::liveRunIsOwnedByItsProcess()
{
    const AppliedDatabase db = applied(QStringLiteral("rb_owner"));
    // An open transaction that read the table: the run's first statement (an ALTER) waits
    // for its metadata lock, so the run is live for as long as the test wants.
    Holder holder(
        m_sandbox, db.name,
        {QStringLiteral("START TRANSACTION"), QStringLiteral("SELECT * FROM activity_events")});
    auto running =
        startCli(db, {QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1"),
                      QStringLiteral("--yes"), QStringLiteral("--no-backup"),
                      QStringLiteral("--confirm"), db.name, QStringLiteral("--lock-wait-timeout"),
                      QStringLiteral("300"), QStringLiteral("--json")});
    QTRY_VERIFY_WITH_TIMEOUT(serverRuns(db.name, QStringLiteral("ALTER TABLE activity_events"),
                                        QStringLiteral("Waiting for table metadata lock")),
                             60000);
    const QString runId = runIdOf(db);
    QVERIFY(!runId.isEmpty());

    // A second operator: abort, resolve and resume are refused, naming the process.
    for (const QString &option :
         {QStringLiteral("--abort"), QStringLiteral("--resolve"), QStringLiteral("--resume")}) {
        const ProcessResult refused =
            cli(db, {QStringLiteral("rollback"), option, runId, QStringLiteral("--json")});
        QVERIFY2(refused.exitCode == 4, refused.out.constData());
        const QJsonObject json = jsonOf(refused);
        QCOMPARE(json.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("run_owned_elsewhere"));
        QCOMPARE(json.value(QStringLiteral("owner"))[QStringLiteral("pid")].toInteger(),
                 running->processId());
        QVERIFY(json.value(QStringLiteral("message"))
                    .toString()
                    .contains(QString::number(running->processId())));
    }
    // A new run of the same database: refused too, and told not to abort the live one.
    const ProcessResult second =
        cli(db, {QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1"),
                 QStringLiteral("--yes"), QStringLiteral("--no-backup"),
                 QStringLiteral("--confirm"), db.name});
    QCOMPARE(second.exitCode, 4);
    QVERIFY2(second.err.contains("is executing it now") && !second.err.contains("--abort"),
             second.err.constData());
    QCOMPARE(runOf(db, runId).status, RollbackRun::Status::Running);

    // The run goes on to its end, and stays done.
    holder.release();
    QVERIFY(running->waitForFinished(120000));
    QCOMPARE(running->exitCode(), 0);
    QCOMPARE(runOf(db, runId).status, RollbackRun::Status::Done);
    auto journal = Journal::open(db.journal);
    RollbackJournal runs(*journal.value());
    const Result<void> backwards =
        runs.setStatus(runId, RollbackRun::Status::Aborted, QStringLiteral("too late"));
    QVERIFY(!backwards);
    QVERIFY2(backwards.error().contains(QStringLiteral("already done")),
             qPrintable(backwards.error()));
    QCOMPARE(runOf(db, runId).status, RollbackRun::Status::Done);
    QCOMPARE(cli(db, {QStringLiteral("rollback"), QStringLiteral("--abort"), runId}).exitCode, 2);
}

void TestRollback::cancelInterruptsALockWaitAndResumes()
{
    const QString expected = cleanState(1);
    const AppliedDatabase db = applied(QStringLiteral("rb_cancel"));
    Holder holder(
        m_sandbox, db.name,
        {QStringLiteral("START TRANSACTION"), QStringLiteral("SELECT * FROM activity_events")});
    auto running =
        startCli(db, {QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1"),
                      QStringLiteral("--yes"), QStringLiteral("--no-backup"),
                      QStringLiteral("--confirm"), db.name, QStringLiteral("--lock-wait-timeout"),
                      QStringLiteral("300"), QStringLiteral("--json")});
    const QString alter = QStringLiteral("ALTER TABLE activity_events");
    QTRY_VERIFY_WITH_TIMEOUT(
        serverRuns(db.name, alter, QStringLiteral("Waiting for table metadata lock")), 60000);

    // SIGINT: the statement leaves the server at once (KILL QUERY), not after the lock wait
    // timeout (300 s here); the run stops, cancelled at that step.
    QElapsedTimer sinceSignal;
    sinceSignal.start();
    QCOMPARE(::kill(pid_t(running->processId()), SIGINT), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!serverRuns(db.name, alter), 60000);
    const qint64 stoppedMs = sinceSignal.elapsed();
    // It may have ended while the loop above processed events: then there is nothing to
    // wait for (waitForFinished answers false for a process that is not running).
    QVERIFY(running->state() == QProcess::NotRunning || running->waitForFinished(60000));
    qInfo("the statement left the server %lld ms after SIGINT; the process ended after %lld ms",
          stoppedMs, sinceSignal.elapsed());
    QVERIFY2(stoppedMs < 2000, qPrintable(QString::number(stoppedMs)));
    QCOMPARE(running->exitCode(), 1);
    const QJsonObject json = QJsonDocument::fromJson(running->readAllStandardOutput()).object();
    QCOMPARE(json.value(QStringLiteral("result")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(json.value(QStringLiteral("reason")).toString(),
             QStringLiteral("cancelled_during_step"));
    QCOMPARE(json.value(QStringLiteral("failed_step"))[QStringLiteral("step")].toInt(), 1);
    const QString runId = json.value(QStringLiteral("run")).toString();
    const RollbackRun cancelled = runOf(db, runId);
    QCOMPARE(cancelled.status, RollbackRun::Status::Cancelled);
    QCOMPARE(cancelled.steps.first().status, RunStep::Status::Cancelled);
    QVERIFY2(cancelled.steps.first().error.contains(QStringLiteral("KILL QUERY")),
             qPrintable(cancelled.steps.first().error));

    // Resumable: the ALTER's effect is decided (none), then the run finishes as a clean one.
    holder.release();
    const ProcessResult resumed = cli(db, {QStringLiteral("rollback"), QStringLiteral("--resume"),
                                           runId, QStringLiteral("--json")});
    QVERIFY2(resumed.exitCode == 0, resumed.out.constData());
    QCOMPARE(stateOf(db), expected);
}

void TestRollback::nonTransactionalStatementRunsOnceAfterAKill()
{
    // The case: a MyISAM UPDATE, then a slow InnoDB UPDATE; the process killed
    // during the second; the resume must not run the first again.
    const QString source = m_work.filePath(QStringLiteral("myisam-source"));
    QDir().mkpath(source);
    writeFile(source + QStringLiteral("/0001_counters.sql"),
              QStringLiteral("-- UP\n"
                             "CREATE TABLE counters (name VARCHAR(10) PRIMARY KEY, n INT NOT "
                             "NULL) ENGINE=MyISAM;\n"
                             "INSERT INTO counters VALUES ('hits', 0);\n"
                             "CREATE TABLE items (id INT PRIMARY KEY, qty INT NOT NULL) "
                             "ENGINE=InnoDB;\n"
                             "INSERT INTO items VALUES (1, 5);\n"
                             "-- DOWN\nDROP TABLE items;\nDROP TABLE counters;\n"));
    writeFile(source + QStringLiteral("/0002_count.sql"),
              QStringLiteral("-- UP\n"
                             "UPDATE counters SET n = n + 10;\n"
                             "UPDATE items SET qty = qty - 1 WHERE id = 1;\n"
                             "-- DOWN\n"
                             "UPDATE counters SET n = n - 10;\n"
                             "UPDATE items SET qty = qty + 1 WHERE id = 1;\n"));
    const AppliedDatabase db = applied(QStringLiteral("rb_myisam"), source);
    // The InnoDB UPDATE waits for this row lock: the kill lands during it, deterministically.
    Holder holder(m_sandbox, db.name,
                  {QStringLiteral("START TRANSACTION"),
                   QStringLiteral("SELECT * FROM items WHERE id = 1 FOR UPDATE")});
    auto running = startCli(
        db, {QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1"),
             QStringLiteral("--yes"), QStringLiteral("--no-backup"), QStringLiteral("--confirm"),
             db.name, QStringLiteral("--lock-wait-timeout"), QStringLiteral("300")});
    QTRY_VERIFY_WITH_TIMEOUT(serverRuns(db.name, QStringLiteral("UPDATE items SET qty")), 60000);
    running->kill(); // SIGKILL
    QVERIFY(running->waitForFinished());
    holder.release();
    const QString runId = runIdOf(db);
    const ProcessResult resumed =
        cli(db, {QStringLiteral("rollback"), QStringLiteral("--resume"), runId});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());

    QSqlDatabase check = m_sandbox.connect(QStringLiteral("check-myisam"), db.name);
    {
        QSqlQuery query(check);
        exec(query, QStringLiteral("SELECT n FROM counters WHERE name = 'hits'"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0); // not -10
        exec(query, QStringLiteral("SELECT qty FROM items WHERE id = 1"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 5);
    }
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check-myisam"));
    const QString myisam = QStringLiteral("UPDATE counters SET n = n - 10");
    const QString innodb = QStringLiteral("UPDATE items SET qty = qty + 1 WHERE id = 1");
    const auto counts = m_log->effects(db.name, {myisam, innodb}, {myisam});
    QCOMPARE(counts.value(myisam), 1);
    QCOMPARE(counts.value(innodb), 1);
    // The journal says how each ran.
    const RollbackRun run = runOf(db, runId);
    QCOMPARE(run.steps.at(0).mode, RunStep::Mode::Alone);
    QCOMPARE(run.steps.at(1).mode, RunStep::Mode::Batched);
}

void TestRollback::leavesNoTraceLikeTheClient()
{
    // The same three DOWN sections: by Backstep into one database, by the server's real
    // client (`mariadb` or `mysql`) into another; afterwards their schemas are the same.
    const AppliedDatabase backstep = applied(QStringLiteral("rb_trace"));
    const AppliedDatabase client = applied(QStringLiteral("rb_client"));
    const ProcessResult done =
        cli(backstep, {QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("3"),
                       QStringLiteral("--yes"), QStringLiteral("--no-backup"),
                       QStringLiteral("--confirm"), backstep.name});
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QVERIFY(!hasProgressTable(m_sandbox, backstep.name));

    QString down;
    for (const QString &file : QDir(client.folder)
                                   .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)
                                   .mid(1)) { // 0004, 0003, 0002: most recent first
        QFile text(client.folder + u'/' + file);
        QVERIFY(text.open(QIODevice::ReadOnly));
        down.prepend(QString::fromUtf8(text.readAll()).section(QStringLiteral("-- DOWN"), 1) +
                     u'\n');
    }
    const QString options = m_work.filePath(QStringLiteral("client.cnf"));
    m_sandbox.writeClientOptionFile(options);
    // The server's own client: `mariadb`, or MySQL's `mysql`.
    QProcess clientProgram;
    clientProgram.start(m_sandbox.clientProgram(),
                        {QStringLiteral("--defaults-extra-file=") + options, client.name});
    QVERIFY(clientProgram.waitForStarted());
    clientProgram.write(down.toUtf8());
    clientProgram.closeWriteChannel();
    QVERIFY(clientProgram.waitForFinished(120000));
    QVERIFY2(clientProgram.exitCode() == 0, clientProgram.readAllStandardError().constData());

    // SchemaReader's snapshots: no difference at all.
    auto snapshot = [this](const QString &database) {
        auto session = DatabaseSession::open(ConnectionSpec::parse(m_sandbox.url(database)).value(),
                                             m_sandbox.password);
        return test::checked(SchemaReader::readStructure(*session.value()));
    };
    const SchemaDiff diff = diffSchemas(snapshot(client.name), snapshot(backstep.name));
    QVERIFY2(diff.isEmpty(), qPrintable(diff.lines().join(u'\n')));
    // And the server's own dump program with --no-data, names of the databases aside.
    auto dump = [&](const QString &database) {
        QProcess process;
        QStringList arguments{QStringLiteral("--defaults-extra-file=") + options,
                              QStringLiteral("--no-data"),
                              QStringLiteral("--skip-comments"),
                              QStringLiteral("--routines"),
                              QStringLiteral("--triggers"),
                              QStringLiteral("--events"),
                              database};
        // mysqldump writes the server's GTID set, which moves between the two dumps.
        if (m_sandbox.isMySql())
            arguments.insert(1, QStringLiteral("--set-gtid-purged=OFF"));
        process.start(m_sandbox.dumpProgram(), arguments);
        process.waitForFinished(120000);
        QString text = QString::fromUtf8(process.readAllStandardOutput());
        text.replace(database, QStringLiteral("DB"));
        text.remove(QRegularExpression(QStringLiteral(" AUTO_INCREMENT=\\d+")));
        return text;
    };
    const QStringList backstepDump = dump(backstep.name).split(u'\n');
    const QStringList clientDump = dump(client.name).split(u'\n');
    for (qsizetype i = 0; i < std::max(backstepDump.size(), clientDump.size()); ++i)
        QVERIFY2(backstepDump.value(i) == clientDump.value(i),
                 qPrintable(
                     QStringLiteral("line %1: Backstep's %2, the client's %3")
                         .arg(QString::number(i + 1), backstepDump.value(i), clientDump.value(i))));
}

void TestRollback::progressRowsInASchemaOfTheirOwn()
{
    // Opt-in: the progress rows live in a schema the DBA made for Backstep, so that not
    // even an unfinished run leaves a table in the application's database.
    const AppliedDatabase db = applied(QStringLiteral("rb_schema"));
    const QString schema = m_sandbox.createDatabase(QStringLiteral("backstep_meta"));
    writeFile(db.folder + QStringLiteral("/0005_broken_down.sql"),
              QStringLiteral("-- UP\nCREATE TABLE alerts (id INT PRIMARY KEY);\n\n-- DOWN\n"
                             "DELETE FROM alerts;\nDROP TABLE no_such_table_anywhere;\n"
                             "DROP TABLE alerts;\n"));
    m_sandbox.execute(db.name, {QStringLiteral("CREATE TABLE alerts (id INT PRIMARY KEY)"),
                                QStringLiteral("INSERT INTO alerts VALUES (1)"),
                                QStringLiteral("INSERT INTO schema_migrations VALUES ('0005')")});
    const QStringList rollback{QStringLiteral("rollback"),
                               QStringLiteral("--steps"),
                               QStringLiteral("1"),
                               QStringLiteral("--yes"),
                               QStringLiteral("--no-backup"),
                               QStringLiteral("--confirm"),
                               db.name,
                               QStringLiteral("--progress-schema"),
                               schema,
                               QStringLiteral("--json")};
    const ProcessResult failed = cli(db, rollback);
    QCOMPARE(failed.exitCode, 1);
    const QString runId = jsonOf(failed).value(QStringLiteral("run")).toString();
    QVERIFY(!hasProgressTable(m_sandbox, db.name));
    QVERIFY(hasProgressTable(m_sandbox, schema));
    QCOMPARE(runOf(db, runId).progressSchema, schema);
    // Skipped, the run settles; its rows go, the table of Backstep's own schema stays.
    const ProcessResult skipped =
        cli(db, {QStringLiteral("rollback"), QStringLiteral("--resume"), runId,
                 QStringLiteral("--skip"), QStringLiteral("--confirm"), db.name});
    QVERIFY2(skipped.exitCode == 0, skipped.err.constData());
    QVERIFY(!hasProgressTable(m_sandbox, db.name));
    QSqlDatabase meta = m_sandbox.connect(QStringLiteral("meta"), schema);
    {
        QSqlQuery query(meta);
        exec(query, QStringLiteral("SELECT COUNT(*) FROM backstep_rollback_progress"));
        query.next();
        QCOMPARE(query.value(0).toInt(), 0);
    }
    meta = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("meta"));

    // Without the option, an unfinished run keeps its table until it is aborted.
    const AppliedDatabase plain = applied(QStringLiteral("rb_abort"));
    writeFile(plain.folder + QStringLiteral("/0005_broken_down.sql"),
              QStringLiteral("-- UP\nCREATE TABLE alerts (id INT PRIMARY KEY);\n\n-- DOWN\n"
                             "DELETE FROM alerts;\nDROP TABLE no_such_table_anywhere;\n"));
    m_sandbox.execute(plain.name,
                      {QStringLiteral("CREATE TABLE alerts (id INT PRIMARY KEY)"),
                       QStringLiteral("INSERT INTO schema_migrations VALUES ('0005')")});
    const ProcessResult open = cli(plain, rollback.mid(0, 6) + QStringList{plain.name});
    QCOMPARE(open.exitCode, 1);
    QVERIFY(hasProgressTable(m_sandbox, plain.name));
    const ProcessResult aborted =
        cli(plain, {QStringLiteral("rollback"), QStringLiteral("--abort"), runIdOf(plain)});
    QVERIFY2(aborted.exitCode == 0, aborted.err.constData());
    QVERIFY(!hasProgressTable(m_sandbox, plain.name));
}

QTEST_GUILESS_MAIN(TestRollback)
#include "tst_rollback.moc"
