// The rollback runner against the real MariaDB server, through backstep-cli: the guards
// (backup, typed override, the database lock, lock wait timeouts), a failure stopped at its
// statement with retry and skip, and crash safety: the CLI killed with SIGKILL at random
// points of a multi-migration rollback, resumed, must end with exactly the schema and data
// of a clean run, every statement having reached the server exactly once (general log).
#include "core/migrationfolderreader.h"
#include "core/statementkind.h"
#include "db/databasesession.h"
#include "db/journal.h"
#include "db/rollbackjournal.h"
#include "db/targetevidence.h"
#include "support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace backstep;
using namespace backstep::test;

namespace {

const QString adminConnection = QStringLiteral("rollback-admin");

QString migrationsSource()
{
    return QStringLiteral(BACKSTEP_TEST_DATA_DIR "/rollback/migrations");
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
    void resumesAfterSigkillWithEveryStatementOnce();

private:
    AppliedDatabase applied(const QString &prefix);
    ProcessResult cli(const AppliedDatabase &db, const QStringList &arguments);
    QStringList connectionArgs(const AppliedDatabase &db) const;
    QString stateOf(const AppliedDatabase &db);
    QMap<QString, int> downStatementCounts(const QString &database, const QStringList &texts);

    MariaDbSandbox m_sandbox;
    QTemporaryDir m_work{temporaryRoot() + QStringLiteral("/rollback-XXXXXX")};
    int m_counter = 0;
};

void TestRollback::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_sandbox = MariaDbSandbox::current();
    QSqlDatabase db = m_sandbox.connect(adminConnection, QString());
    QSqlQuery query(db);
    exec(query, QStringLiteral("SET GLOBAL general_log = 0"));
    exec(query, QStringLiteral("SET GLOBAL log_output = 'TABLE'"));
    exec(query, QStringLiteral("SET GLOBAL general_log = 1"));
}

void TestRollback::cleanupTestCase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(adminConnection);
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SET GLOBAL general_log = 0"));
        }
    }
    QSqlDatabase::removeDatabase(adminConnection);
}

AppliedDatabase TestRollback::applied(const QString &prefix)
{
    AppliedDatabase db;
    db.name = m_sandbox.createDatabase(prefix);
    db.url = m_sandbox.url(db.name);
    const QString base = m_work.filePath(QStringLiteral("%1-%2").arg(db.name).arg(++m_counter));
    db.folder = base + QStringLiteral("/migrations");
    db.journal = base + QStringLiteral("/journal.sqlite");
    QDir().mkpath(db.folder);
    for (const QString &name : QDir(migrationsSource()).entryList({QStringLiteral("*.sql")}))
        QFile::copy(migrationsSource() + u'/' + name, db.folder + u'/' + name);

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

// The schema fingerprint, the history rows and a checksum of every table's rows.
QString TestRollback::stateOf(const AppliedDatabase &db)
{
    auto spec = ConnectionSpec::parse(db.url);
    auto session = DatabaseSession::open(spec.value(), m_sandbox.password);
    if (!session)
        qFatal("%s", qPrintable(session.error()));
    auto fingerprint = SchemaFingerprint::of(*session.value());
    if (!fingerprint)
        qFatal("%s", qPrintable(fingerprint.error()));
    QString state = fingerprint.value();
    QSqlQuery query(session.value()->database());
    exec(query, QStringLiteral("SELECT GROUP_CONCAT(version ORDER BY version) FROM "
                               "schema_migrations"));
    query.next();
    state += u' ' + query.value(0).toString();
    QStringList tables;
    exec(query, QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE "
                               "TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND "
                               "TABLE_NAME <> 'backstep_rollback_progress' ORDER BY 1"));
    while (query.next())
        tables.append(query.value(0).toString());
    for (const QString &table : tables) {
        exec(query, QStringLiteral("CHECKSUM TABLE `%1` EXTENDED").arg(table));
        query.next();
        state += QStringLiteral(" %1=%2").arg(table, query.value(1).toString());
    }
    return state;
}

// How many times each statement took effect, from the general log of the connections to
// `database`: a schema statement when it was received (MySQL commits it implicitly), a
// data statement only when the same connection then sent COMMIT (one cut off before its
// commit was rolled back by the server, and Backstep rightly sends it again).
QMap<QString, int> TestRollback::downStatementCounts(const QString &database,
                                                     const QStringList &texts)
{
    QSqlQuery query(QSqlDatabase::database(adminConnection));
    query.prepare(QStringLiteral(
        "SELECT g.thread_id, TRIM(g.argument) FROM mysql.general_log g WHERE g.command_type = "
        "'Query' AND g.thread_id IN (SELECT c.thread_id FROM mysql.general_log c WHERE "
        "c.command_type = 'Connect' AND c.argument LIKE ?)"));
    query.addBindValue(QStringLiteral("backstep@%% on %1 %%").arg(database));
    if (!query.exec())
        qFatal("%s", qPrintable(query.lastError().text()));
    QMap<QString, int> counts;
    for (const QString &text : texts)
        counts[text] = 0;
    QHash<qint64, QStringList> uncommitted; // per connection, data statements since BEGIN
    while (query.next()) {
        const qint64 thread = query.value(0).toLongLong();
        const QString sql = query.value(1).toString();
        if (sql.compare(QLatin1StringView("commit"), Qt::CaseInsensitive) == 0) {
            for (const QString &done : uncommitted.take(thread))
                ++counts[done];
        } else if (sql.compare(QLatin1StringView("rollback"), Qt::CaseInsensitive) == 0) {
            uncommitted.remove(thread);
        } else if (counts.contains(sql)) {
            if (classifyStatement(sql) == StatementKind::Data)
                uncommitted[thread].append(sql);
            else
                ++counts[sql];
        }
    }
    return counts;
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
    QVERIFY2(second.err.contains(runId.toUtf8()), second.err.constData());
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

void TestRollback::resumesAfterSigkillWithEveryStatementOnce()
{
    const QStringList rollback{QStringLiteral("rollback"),    QStringLiteral("--steps"),
                               QStringLiteral("3"),           QStringLiteral("--yes"),
                               QStringLiteral("--no-backup"), QStringLiteral("--confirm")};
    // The reference: a clean run, and how long it takes.
    const AppliedDatabase reference = applied(QStringLiteral("rb_clean"));
    QElapsedTimer timer;
    timer.start();
    const ProcessResult clean = cli(reference, rollback + QStringList{reference.name});
    const qint64 cleanMs = timer.elapsed();
    QVERIFY2(clean.exitCode == 0, clean.err.constData());
    const QString expected = stateOf(reference);

    const MigrationSet set = MigrationFolderReader::read(migrationsSource());
    QStringList downTexts;
    for (const QString &version :
         {QStringLiteral("0004"), QStringLiteral("0003"), QStringLiteral("0002")})
        for (const Statement &statement :
             set.migrations.at(set.migrations.size() - 1 - (4 - version.toInt())).down.statements)
            if (classifyStatement(statement.sql) != StatementKind::Session)
                downTexts.append(statement.sql);
    QCOMPARE(downTexts.size(), 21);

    int killedMidRun = 0;
    const int trials = 30;
    for (int trial = 0; trial < trials; ++trial) {
        const AppliedDatabase db = applied(QStringLiteral("rb_kill"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BACKSTEP_JOURNAL"), db.journal);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BACKSTEP_CLI_PATH),
                      rollback + QStringList{db.name} + connectionArgs(db));
        QVERIFY(process.waitForStarted());
        const int delay = int(QRandomGenerator::global()->bounded(qint64(cleanMs) + 1));
        QThread::msleep(delay);
        process.kill(); // SIGKILL
        process.waitForFinished();

        // Go on until done: resume the run if it got as far as the journal, else start one.
        int attempts = 0;
        for (;;) {
            QVERIFY2(++attempts <= 3, qPrintable(QStringLiteral("trial %1").arg(trial)));
            QString runId;
            {
                auto journal = Journal::open(db.journal);
                if (!journal)
                    QFAIL(qPrintable(journal.error()));
                const auto runs = test::checked(RollbackJournal(*journal.value()).list(db.url));
                if (!runs.isEmpty()) {
                    runId = runs.first().id;
                    if (runs.first().status != RollbackRun::Status::Done)
                        ++killedMidRun;
                    else
                        break; // it finished before the kill
                }
            }
            const ProcessResult next =
                runId.isEmpty()
                    ? cli(db, rollback + QStringList{db.name})
                    : cli(db, {QStringLiteral("rollback"), QStringLiteral("--resume"), runId});
            if (next.exitCode == 0)
                break;
            // A server on a loaded machine may drop a connection in its handshake; nothing
            // has run then, so the same step is tried again.
            if (next.err.contains("handshake") || next.err.contains("Can't connect"))
                continue;
            QFAIL(qPrintable(QStringLiteral("trial %1 (killed after %2 ms): %3 %4")
                                 .arg(trial)
                                 .arg(delay)
                                 .arg(QString::fromUtf8(next.out), QString::fromUtf8(next.err))));
        }
        QCOMPARE(stateOf(db), expected);
        const QMap<QString, int> counts = downStatementCounts(db.name, downTexts);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("trial %1 (killed after %2 ms): "
                                                                "%3 took effect %4 times")
                                                     .arg(trial)
                                                     .arg(delay)
                                                     .arg(it.key())
                                                     .arg(it.value())));
    }
    // Most kills must land inside the run, or the test proves little.
    qInfo("%d of %d trials were killed in the middle of the run", killedMidRun, trials);
    QVERIFY2(killedMidRun >= trials / 3, qPrintable(QString::number(killedMidRun)));
}

QTEST_GUILESS_MAIN(TestRollback)
#include "tst_rollback.moc"
