// The playbook's rehearsal (issue 13) on the real server with the real client tools: a
// backup taken by mariadb-dump restored into `<db>_rehearsal_<ts>`, the same rollback run
// and verified there, timed; a DOWN that fails is reported with its statement and
// file:line:column, a verification that fails with what differs; the scratch database is
// dropped whatever happens (success, failing DOWN, cancel); production's database and
// journal are never written.
#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "db/demoworkspace.h"
#include "ops/rehearsaljob.h"
#include "support/rollbacktestsupport.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
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

const char *const usersMigration = "-- UP\n"
                                   "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100));\n"
                                   "INSERT INTO users VALUES (1, 'ann@example.org'), (2, NULL);\n"
                                   "-- DOWN\n"
                                   "DROP TABLE users;\n";
const char *const indexMigration = "-- UP\n"
                                   "CREATE INDEX idx_users_email ON users (email);\n"
                                   "-- DOWN\n"
                                   "DROP INDEX idx_users_email ON users;\n";
const char *const settingsMigration = "-- UP\n"
                                      "CREATE TABLE settings (name VARCHAR(40) PRIMARY KEY);\n"
                                      "-- DOWN\n"
                                      "DROP TABLE settings;\n";
// Its DOWN fails on its first statement, on line 5.
const char *const failingDownMigration = "-- UP\n"
                                         "CREATE TABLE notes (id INT PRIMARY KEY);\n"
                                         "\n"
                                         "-- DOWN\n"
                                         "DROP INDEX no_such_index ON notes;\n"
                                         "DROP TABLE notes;\n";
// Its DOWN runs but leaves the table its UP created: the verification fails.
const char *const incompleteDownMigration = "-- UP\n"
                                            "CREATE TABLE leftovers (id INT PRIMARY KEY);\n"
                                            "-- DOWN\n"
                                            "DROP TABLE IF EXISTS not_the_table;\n";

} // namespace

class TestRehearsal : public QObject
{
    Q_OBJECT

    MariaDbSandbox m_server;
    QTemporaryDir m_work{temporaryTemplate(s("rehearsal"))};
    QString m_productionJournal;
    int m_counter = 0;

    struct Production
    {
        QString database;
        QString folder;
        QString backup;
        WorkspaceRequest request;
    };

    // A database with the migrations applied as their tool would, and its dump taken by
    // the server's own dump program.
    Production production(const char *prefix, const QList<std::pair<QString, QString>> &files)
    {
        Production p;
        p.database = m_server.createDatabase(s(prefix));
        const QString base = m_work.filePath(QString::number(++m_counter));
        p.folder = base + s("/migrations");
        QDir().mkpath(p.folder);
        for (const auto &[name, text] : files)
            writeFile(p.folder + u'/' + name, text);
        m_server.execute(p.database, applyMigrationsScript(p.folder));

        const QString options = base + s("/client.cnf");
        m_server.writeClientOptionFile(options);
        // As BackupJob dumps: MySQL's mysqldump without GTID_PURGED, for restoring into the
        // same server.
        QStringList arguments{s("--defaults-extra-file=") + options, s("--single-transaction"),
                              s("--routines"), s("--triggers"), s("--events")};
        if (m_server.isMySql())
            arguments << s("--set-gtid-purged=OFF");
        const ProcessResult dump = run(m_server.dumpProgram(), arguments << p.database);
        if (dump.exitCode != 0)
            qFatal("dump failed: %s", dump.err.constData());
        p.backup = base + s("/backup.sql");
        QFile file(p.backup);
        if (!file.open(QIODevice::WriteOnly) || file.write(dump.out) != dump.out.size())
            qFatal("cannot write the dump");

        auto spec = ConnectionSpec::parse(m_server.url(p.database));
        if (!spec)
            qFatal("%s", qPrintable(spec.error()));
        p.request.connection = spec.value();
        p.request.password = m_server.password;
        p.request.migrationsFolder = p.folder;
        return p;
    }

    RehearsalRequest request(const Production &p, int steps)
    {
        RehearsalRequest r;
        r.production = p.request;
        r.target.mode = RollbackTarget::Mode::Steps;
        r.target.steps = steps;
        r.backupFile = p.backup;
        r.workFolder = m_work.filePath(s("work-%1").arg(++m_counter));
        return r;
    }

    static QString describe(const RehearsalOutcome &outcome)
    {
        return s("%1: %2 [%3 at %4] dropped=%5 %6")
            .arg(rehearsalResultName(outcome.result), outcome.detail, outcome.failedStatement,
                 outcome.failedLocation, outcome.dropped ? s("yes") : s("no"), outcome.dropProblem);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_server = MariaDbSandbox::current();
        // What the runner would use for production: it must never be written.
        m_productionJournal = m_work.filePath(s("production-journal.sqlite"));
        qputenv("BACKSTEP_JOURNAL", m_productionJournal.toLocal8Bit());
    }

    void cleanup()
    {
        QVERIFY2(!QFile::exists(m_productionJournal), "the rehearsal wrote production's journal");
    }

    void passesAndLeavesProductionAsItWas()
    {
        const Production p =
            production("rehearse_ok", {{s("0001_users.sql"), s(usersMigration)},
                                       {s("0002_index.sql"), s(indexMigration)},
                                       {s("0003_settings.sql"), s(settingsMigration)}});
        const QString before = databaseState(m_server, p.database);
        QList<RehearsalProgress::Phase> phases;
        const RehearsalOutcome outcome =
            RehearsalJob::run(request(p, 2), [&](const RehearsalProgress &progress) {
                if (phases.isEmpty() || phases.last() != progress.phase)
                    phases.append(progress.phase);
            });
        QVERIFY2(outcome.result == RehearsalOutcome::Result::Passed, qPrintable(describe(outcome)));
        QVERIFY(outcome.scratchDatabase.startsWith(p.database + s("_rehearsal_")));
        QCOMPARE(outcome.rollback.result, RollbackOutcome::Result::Done);
        QCOMPARE(outcome.report.verdict(), VerificationVerdict::Pass);
        QVERIFY(outcome.totalMs >= outcome.restoreMs + outcome.rollbackMs);
        QCOMPARE(phases, (QList<RehearsalProgress::Phase>{RehearsalProgress::Phase::Restoring,
                                                          RehearsalProgress::Phase::RollingBack,
                                                          RehearsalProgress::Phase::Verifying,
                                                          RehearsalProgress::Phase::Dropping}));
        QVERIFY(outcome.dropped);
        QVERIFY(m_server.rehearsalScratchDatabases(p.database).isEmpty());
        QCOMPARE(databaseState(m_server, p.database), before);
    }

    void aFailingDownIsReportedWhereItIsAndTheScratchDropped()
    {
        const Production p =
            production("rehearse_down", {{s("0001_users.sql"), s(usersMigration)},
                                         {s("0002_failing_down.sql"), s(failingDownMigration)}});
        const QString before = databaseState(m_server, p.database);
        const RehearsalOutcome outcome = RehearsalJob::run(request(p, 1));
        QVERIFY2(outcome.result == RehearsalOutcome::Result::Failed, qPrintable(describe(outcome)));
        QCOMPARE(outcome.failedStatement, s("DROP INDEX no_such_index ON notes"));
        QVERIFY2(outcome.failedLocation.endsWith(s("0002_failing_down.sql:5:1")),
                 qPrintable(outcome.failedLocation));
        QVERIFY2(outcome.detail.contains(s("no_such_index")), qPrintable(outcome.detail));
        QVERIFY(outcome.dropped);
        QVERIFY(m_server.rehearsalScratchDatabases(p.database).isEmpty());
        QCOMPARE(databaseState(m_server, p.database), before);
    }

    void aFailingVerificationIsReported()
    {
        const Production p = production(
            "rehearse_verify", {{s("0001_users.sql"), s(usersMigration)},
                                {s("0002_incomplete_down.sql"), s(incompleteDownMigration)}});
        const RehearsalOutcome outcome = RehearsalJob::run(request(p, 1));
        QVERIFY2(outcome.result == RehearsalOutcome::Result::Failed, qPrintable(describe(outcome)));
        QCOMPARE(outcome.rollback.result, RollbackOutcome::Result::Done);
        QCOMPARE(outcome.report.verdict(), VerificationVerdict::Fail);
        QVERIFY2(outcome.detail.contains(s("leftovers")), qPrintable(outcome.detail));
        QVERIFY(outcome.dropped);
        QVERIFY(m_server.rehearsalScratchDatabases(p.database).isEmpty());
    }

    void cancelledWhileRollingBackStillDrops()
    {
        const Production p =
            production("rehearse_cancel", {{s("0001_users.sql"), s(usersMigration)},
                                           {s("0002_index.sql"), s(indexMigration)},
                                           {s("0003_settings.sql"), s(settingsMigration)}});
        std::atomic_bool cancel = false;
        const RehearsalOutcome outcome = RehearsalJob::run(
            request(p, 2),
            [&](const RehearsalProgress &progress) {
                if (progress.phase == RehearsalProgress::Phase::RollingBack)
                    cancel = true;
            },
            &cancel);
        QVERIFY2(outcome.result == RehearsalOutcome::Result::Cancelled,
                 qPrintable(describe(outcome)));
        QVERIFY(outcome.dropped);
        QVERIFY(m_server.rehearsalScratchDatabases(p.database).isEmpty());
    }

    // The SQLite demo (the playbook without a server): its backup is a copy, the scratch
    // a file of the work folder, removed afterwards; the demo's happy path passes.
    void rehearsesTheSqliteDemo()
    {
        const auto demo = DemoWorkspace::create(m_work.filePath(s("demo")));
        QVERIFY2(demo.ok(), qPrintable(demo.error()));
        const QString backup = m_work.filePath(s("demo-backup.sqlite"));
        {
            auto session = DatabaseSession::open(ConnectionSpec::parse(demo->url()).value(), {});
            QVERIFY2(session.ok(), qPrintable(session.error()));
            QVERIFY(DatabaseInspector::vacuumInto(*session.value(), backup).ok());
        }
        RehearsalRequest r;
        r.production.connection = ConnectionSpec::parse(demo->url()).value();
        r.production.migrationsFolder = demo->migrations;
        r.target.mode = RollbackTarget::Mode::Steps;
        r.target.steps = 2;
        r.backupFile = backup;
        r.workFolder = m_work.filePath(s("demo-work"));
        const QByteArray before = [&] {
            QFile file(demo->database);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        const RehearsalOutcome outcome = RehearsalJob::run(r);
        QVERIFY2(outcome.result == RehearsalOutcome::Result::Passed, qPrintable(describe(outcome)));
        QVERIFY(outcome.dropped);
        QVERIFY(!QFile::exists(outcome.scratchDatabase));
        QFile after(demo->database);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void refusedWhenAMigrationNamesProduction()
    {
        Production p = production("rehearse_named", {{s("0001_users.sql"), s(usersMigration)}});
        writeFile(p.folder + s("/0002_named.sql"),
                  s("-- UP\nSELECT 1;\n-- DOWN\nDELETE FROM `%1`.users;\n").arg(p.database));
        const RehearsalOutcome outcome = RehearsalJob::run(request(p, 1));
        QCOMPARE(outcome.result, RehearsalOutcome::Result::Error);
        QVERIFY2(outcome.detail.contains(s("0002_named.sql:4:1")), qPrintable(outcome.detail));
        QVERIFY(outcome.scratchDatabase.isEmpty());
        QVERIFY(m_server.rehearsalScratchDatabases(p.database).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRehearsal)
#include "tst_rehearsal.moc"
