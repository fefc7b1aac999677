// The playbook's data steps (issue 13) on the real MariaDB server with the real client
// tools, through the real flow and journal: back up (full and targeted, verified, in the
// catalog; a killed attempt's partial file never taken as good), rehearse (a failing DOWN
// stops the flow before production is touched), roll back (checksums of the untouched
// tables first) and verify (a changed row of an untouched table fails the step, naming
// its key range). The steps of other engineers (identify, the service, validation, the
// log) are stood in for by actions that record what identify would.
#include "core/scenariodetector.h"
#include "core/tablechecksum.h"
#include "db/backupcatalog.h"
#include "db/demoworkspace.h"
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "db/rollbackjournal.h"
#include "ops/incidentreportaction.h"
#include "ops/playbookactions.h"
#include "ops/playbookflow.h"
#include "ops/playbookplanning.h"
#include "ops/rollbackrunner.h"
#include "support/rollbacktestsupport.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace backstep;
using namespace backstep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// An action that settles its step with the evidence it is given (identify's, written the
// way pb-ops1's Identify writes it), or runs a hook first and then the real action.
class StandInAction : public PlaybookStepAction
{
public:
    explicit StandInAction(QJsonObject evidence)
        : m_evidence(std::move(evidence))
    {}
    StandInAction(std::function<void()> before, PlaybookStepAction *real)
        : m_before(std::move(before))
        , m_real(real)
    {}
    PlaybookStepResult run(PlaybookStepContext &context) override
    {
        if (m_before)
            m_before();
        if (m_real)
            return m_real->run(context);
        PlaybookStepResult result;
        result.summary = QStringLiteral("stood in");
        result.evidence = m_evidence;
        return result;
    }

private:
    QJsonObject m_evidence;
    std::function<void()> m_before;
    PlaybookStepAction *m_real = nullptr;
};

const char *const customersMigration =
    "-- UP\n"
    "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(80));\n"
    "-- DOWN\n"
    "DROP TABLE customers;\n";
const char *const ordersMigration = "-- UP\n"
                                    "CREATE TABLE orders (id INT PRIMARY KEY, total INT);\n"
                                    "INSERT INTO orders VALUES (1, 10), (2, 20), (3, 30);\n"
                                    "-- DOWN\n"
                                    "DROP TABLE orders;\n";
const char *const notesMigration = "-- UP\n"
                                   "CREATE TABLE notes (id INT PRIMARY KEY, body TEXT);\n"
                                   "INSERT INTO notes VALUES (1, 'first');\n"
                                   "ALTER TABLE orders ADD COLUMN note_id INT;\n"
                                   "-- DOWN\n"
                                   "ALTER TABLE orders DROP COLUMN note_id;\n"
                                   "DROP TABLE notes;\n";
// Its DOWN fails on its first statement, on line 5.
const char *const failingDownMigration = "-- UP\n"
                                         "CREATE TABLE notes (id INT PRIMARY KEY);\n"
                                         "\n"
                                         "-- DOWN\n"
                                         "DROP INDEX no_such_index ON notes;\n"
                                         "DROP TABLE notes;\n";

} // namespace

class TestPlaybookSteps : public QObject
{
    Q_OBJECT

    MariaDbSandbox m_server;
    QTemporaryDir m_work{temporaryTemplate(s("playbooksteps"))};
    int m_counter = 0;

    struct Production
    {
        QString database;
        QString folder;
        QString journalPath;
        PlaybookSetup setup;
    };

    // A database with the migrations applied as their tool would (3,000 customers: more
    // than one checksum chunk), set up for a playbook that rolls back the last `steps`.
    Production production(const char *prefix, const QList<std::pair<QString, QString>> &files,
                          int steps, PlaybookBackupKind kind)
    {
        Production p;
        p.database = m_server.createDatabase(s(prefix));
        const QString base = m_work.filePath(QString::number(++m_counter));
        p.folder = base + s("/migrations");
        QDir().mkpath(p.folder);
        for (const auto &[name, text] : files)
            writeFile(p.folder + u'/' + name, text);
        QStringList script = applyMigrationsScript(p.folder);
        script.insert(2, s("INSERT INTO customers SELECT seq, CONCAT('c', seq) FROM ") +
                             integersUpTo(3000));
        m_server.execute(p.database, script);
        p.journalPath = base + s("/journal.sqlite");

        auto spec = ConnectionSpec::parse(m_server.url(p.database));
        if (!spec)
            qFatal("%s", qPrintable(spec.error()));
        p.setup.workspace.connection = spec.value();
        p.setup.workspace.password = m_server.password;
        p.setup.workspace.migrationsFolder = p.folder;
        p.setup.profile.name = s("test");
        p.setup.target.mode = RollbackTarget::Mode::Steps;
        p.setup.target.steps = steps;
        p.setup.backupKind = kind;
        p.setup.backupFolder = base + s("/backups");
        p.setup.checksumBudgetSeconds = 120;
        return p;
    }

    // Identify's evidence as pb-ops1's step writes it: the planned tables as "db.table".
    static QJsonObject identifyEvidence(const Production &p)
    {
        const Workspace workspace = WorkspaceLoader::load(p.setup.workspace);
        const RollbackPlan plan = checked(
            planRollback(workspace.migrations, workspace.history, workspace.rows, p.setup.target));
        QJsonArray tables;
        for (const QString &table : ScenarioDetector::touchedTables(plan))
            tables.append(table.contains(u'.') ? table : p.database + u'.' + table);
        return {{s("plannedTables"), tables},
                {s("toVersion"), plan.resultingVersion},
                {s("target"), p.setup.target.describe()},
                {s("statements"), plan.statementCount()}};
    }

    struct Flow
    {
        std::unique_ptr<Journal> journal;
        std::unique_ptr<PlaybookActions> actions;
        std::vector<std::unique_ptr<PlaybookStepAction>> standIns;
        PlaybookFlow::Actions map;
    };

    // The real actions of this branch; identify stood in; the service skipped by the
    // operator; validate, start-service and watch-log stood in (other branches' work).
    std::unique_ptr<Flow> flow(const Production &p)
    {
        auto f = std::make_unique<Flow>();
        f->journal = checked(Journal::open(p.journalPath));
        f->actions = std::make_unique<PlaybookActions>(*f->journal, p.setup);
        f->map = f->actions->actions();
        auto standIn = [&](PlaybookStepKind kind, QJsonObject evidence) {
            f->standIns.push_back(std::make_unique<StandInAction>(std::move(evidence)));
            f->map[kind] = f->standIns.back().get();
        };
        standIn(PlaybookStepKind::Identify, identifyEvidence(p));
        for (PlaybookStepKind kind : {PlaybookStepKind::Validate, PlaybookStepKind::StartService,
                                      PlaybookStepKind::WatchLog})
            standIn(kind, {});
        return f;
    }

    // Runs steps up to (and including) `last`, the later ones left without an action.
    static PlaybookFlow::Actions upTo(PlaybookFlow::Actions map, PlaybookStepKind last)
    {
        const QList<PlaybookStepKind> &order = playbookStepOrder();
        for (qsizetype i = order.indexOf(last) + 1; i < order.size(); ++i)
            map.erase(order[i]);
        return map;
    }

    static PlaybookRun newRun(const Production &p)
    {
        PlaybookRun run = PlaybookRun::withAllSteps();
        run.id = s("run-%1").arg(p.database);
        run.profile = p.setup.profile.name;
        run.databaseUrl = p.setup.workspace.connection.url();
        run.databaseName = p.database;
        run.backupKind = p.setup.backupKind;
        return run;
    }

    static QList<PlaybookFlow::Skip> noService()
    {
        return {{PlaybookStepKind::StopService, s("the test has no service")}};
    }

    static QString describe(const PlaybookRun &run)
    {
        QStringList lines{s("run %1: %2").arg(playbookRunStatusName(run.status), run.error)};
        for (const PlaybookStep &step : run.steps)
            lines.append(s("  %1 %2: %3 %4 %5")
                             .arg(playbookStepKindName(step.kind),
                                  playbookStepStatusName(step.status), step.summary, step.error,
                                  QString::fromUtf8(
                                      QJsonDocument(step.evidence).toJson(QJsonDocument::Compact))
                                      .left(600)));
        return lines.join(u'\n');
    }

    static QByteArray fileSha256(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    }

    QList<std::pair<QString, QString>> threeMigrations() const
    {
        return {{s("0001_customers.sql"), s(customersMigration)},
                {s("0002_orders.sql"), s(ordersMigration)},
                {s("0003_notes.sql"), s(notesMigration)}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_server = MariaDbSandbox::current();
        // Nothing here may use the default journal.
        qputenv("BACKSTEP_JOURNAL", m_work.filePath(s("default-journal.sqlite")).toLocal8Bit());
    }

    void targetedBackupIsVerifiedAndCatalogued()
    {
        const Production p =
            production("pb_backup", threeMigrations(), 1, PlaybookBackupKind::Targeted);
        auto f = flow(p);
        const PlaybookRun run =
            checked(PlaybookFlow(*f->journal, upTo(f->map, PlaybookStepKind::BackUp))
                        .start(newRun(p), noService()));
        const PlaybookStep &backUp = *run.step(PlaybookStepKind::BackUp);
        QVERIFY2(backUp.status == PlaybookStep::Status::Done, qPrintable(describe(run)));
        const QJsonObject &e = backUp.evidence;
        QCOMPARE(e.value(s("kind")).toString(), s("targeted"));
        const QString file = e.value(s("file")).toString();
        QVERIFY(QFile::exists(file));
        QVERIFY(file.startsWith(p.setup.backupFolder));
        QCOMPARE(e.value(s("size")).toInteger(), QFileInfo(file).size());
        QCOMPARE(e.value(s("sha256")).toString().toLatin1(), fileSha256(file));
        // The plan touches orders and notes: their data, and the history's (a copy without
        // it has nothing applied); not the customers'.
        const QString notRestorable = e.value(s("notRestorable")).toString();
        QVERIFY2(notRestorable.contains(s("customers")) &&
                     !notRestorable.contains(s("schema_migrations")),
                 qPrintable(notRestorable));
        QStringList dataTables;
        for (const QJsonValue &table : e.value(s("dataTables")).toArray())
            dataTables.append(table.toString());
        dataTables.sort();
        QCOMPARE(dataTables, (QStringList{s("notes"), s("orders"), s("schema_migrations")}));
        // In the playbook's catalog, complete and verified.
        const auto record =
            checked(BackupCatalog(*f->journal).find(e.value(s("backupId")).toInteger()));
        QVERIFY(record.has_value());
        QCOMPARE(record->status, BackupStatus::Complete);
        QCOMPARE(record->path, file);
        QVERIFY2(record->lastVerification.ok, qPrintable(record->lastVerification.detail));
        // The flow stopped at the next step, which this test gave no action.
        QCOMPARE(run.step(PlaybookStepKind::Rehearse)->status, PlaybookStep::Status::Failed);
    }

    void fullBackupSaysWhatItIsAndEstimates()
    {
        const Production p = production("pb_full", threeMigrations(), 1, PlaybookBackupKind::Full);
        auto f = flow(p);
        const PlaybookRun run =
            checked(PlaybookFlow(*f->journal, upTo(f->map, PlaybookStepKind::BackUp))
                        .start(newRun(p), noService()));
        const PlaybookStep &backUp = *run.step(PlaybookStepKind::BackUp);
        QVERIFY2(backUp.status == PlaybookStep::Status::Done, qPrintable(describe(run)));
        QCOMPARE(backUp.evidence.value(s("kind")).toString(), s("full"));
        QVERIFY(!backUp.evidence.contains(s("notRestorable")));
        // A small database: estimated from its size, short, nothing proposed.
        QVERIFY2(!backUp.evidence.value(s("estimateBasis")).toString().isEmpty(),
                 qPrintable(describe(run)));
        QVERIFY(!backUp.evidence.value(s("proposeTargeted")).toBool());
        const QByteArray dump = [&] {
            QFile file(backUp.evidence.value(s("file")).toString());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(dump.contains("INSERT INTO `customers`"));
    }

    // The last full backup of the database took 25 minutes: a full backup now is
    // estimated as long, and the evidence proposes a targeted one; the choice stays the
    // setup's (a full backup is taken).
    void aLongFullBackupProposesTargeted()
    {
        const Production p = production("pb_long", threeMigrations(), 1, PlaybookBackupKind::Full);
        auto f = flow(p);
        BackupCatalog catalog(*f->journal);
        BackupRecord earlier;
        earlier.databaseUrl = p.setup.workspace.connection.url();
        earlier.databaseName = p.database;
        earlier.engine = s("mysql");
        earlier.startedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        earlier.path = m_work.filePath(s("earlier.sql"));
        earlier.id = checked(catalog.begin(earlier));
        earlier.status = BackupStatus::Complete;
        earlier.durationMs = 25 * 60 * 1000;
        earlier.finishedAt = earlier.startedAt.addMSecs(earlier.durationMs);
        QVERIFY(catalog.finish(earlier).ok());

        const PlaybookRun run =
            checked(PlaybookFlow(*f->journal, upTo(f->map, PlaybookStepKind::BackUp))
                        .start(newRun(p), noService()));
        const PlaybookStep &backUp = *run.step(PlaybookStepKind::BackUp);
        QVERIFY2(backUp.status == PlaybookStep::Status::Done, qPrintable(describe(run)));
        const QJsonObject &e = backUp.evidence;
        QCOMPARE(e.value(s("kind")).toString(), s("full"));
        QCOMPARE(e.value(s("estimatedMs")).toInteger(), earlier.durationMs);
        QVERIFY2(e.value(s("estimateBasis")).toString().contains(s("#%1").arg(earlier.id)),
                 qPrintable(e.value(s("estimateBasis")).toString()));
        QVERIFY(e.value(s("proposeTargeted")).toBool());
        QVERIFY2(e.value(s("proposal")).toString().contains(s("targeted")),
                 qPrintable(e.value(s("proposal")).toString()));
    }

    // A step found running after a kill: the catalog row its backup left (still running)
    // is marked failed, its partial file removed, and a new backup taken and verified.
    void aKilledBackupIsNeverTakenAsGood()
    {
        const Production p =
            production("pb_killed", threeMigrations(), 1, PlaybookBackupKind::Targeted);
        auto f = flow(p);
        // What a process killed mid-dump leaves: the step running with its attempt noted,
        // a catalog row still running, and the partial file.
        const QDateTime attempt = QDateTime::currentDateTimeUtc();
        QDir().mkpath(p.setup.backupFolder);
        BackupRecord killed;
        killed.databaseUrl = p.setup.workspace.connection.url();
        killed.databaseName = p.database;
        killed.engine = s("mysql");
        killed.startedAt = attempt.addMSecs(5);
        killed.path =
            p.setup.backupFolder + u'/' + p.database + s("_rollback_backup_20260101_000000.sql");
        killed.id = checked(BackupCatalog(*f->journal).begin(killed));
        appendFile(killed.path + s(".partial"), "-- MariaDB dump\nCREATE TABLE `customers`");
        // A partial file whose row was never written (killed before it), and a stranger's.
        const QString orphan = p.setup.backupFolder + u'/' + p.database +
                               s("_rollback_backup_20260101_000001.sql.partial");
        appendFile(orphan, "-- half");
        const QString stranger = p.setup.backupFolder + s("/other_rollback_backup_1.sql.partial");
        appendFile(stranger, "-- not ours");

        PlaybookRun run = newRun(p);
        PlaybookStep &identify = *run.step(PlaybookStepKind::Identify);
        identify.status = PlaybookStep::Status::Done;
        identify.evidence = identifyEvidence(p);
        PlaybookStep &stop = *run.step(PlaybookStepKind::StopService);
        stop.status = PlaybookStep::Status::Skipped;
        stop.skipNote = s("the test has no service");
        PlaybookStep &backUp = *run.step(PlaybookStepKind::BackUp);
        backUp.status = PlaybookStep::Status::Running;
        backUp.attempts = 1;
        backUp.evidence = {{s("attemptStartedAt"), attempt.toString(Qt::ISODateWithMs)}};
        run.status = PlaybookRun::Status::Running;
        QVERIFY(PlaybookJournal(*f->journal).create(run).ok());

        const PlaybookRun resumed = checked(
            PlaybookFlow(*f->journal, upTo(f->map, PlaybookStepKind::BackUp)).resume(run.id));
        const PlaybookStep &again = *resumed.step(PlaybookStepKind::BackUp);
        QVERIFY2(again.status == PlaybookStep::Status::Done, qPrintable(describe(resumed)));
        QCOMPARE(again.attempts, 2);
        QVERIFY(!QFile::exists(killed.path + s(".partial")));
        QVERIFY(!QFile::exists(orphan));
        QVERIFY(QFile::exists(stranger));
        const auto old = checked(BackupCatalog(*f->journal).find(killed.id));
        QVERIFY(old.has_value());
        QCOMPARE(old->status, BackupStatus::Failed);
        QVERIFY(old->error.contains(s("interrupted")));
        QStringList discarded;
        for (const QJsonValue &path : again.evidence.value(s("discarded")).toArray())
            discarded.append(path.toString());
        QVERIFY2(discarded.contains(killed.path) && discarded.contains(orphan),
                 qPrintable(discarded.join(u' ')));
        const qint64 fresh = again.evidence.value(s("backupId")).toInteger();
        QVERIFY(fresh > killed.id);
        const auto record = checked(BackupCatalog(*f->journal).find(fresh));
        QVERIFY(record.has_value());
        QCOMPARE(record->status, BackupStatus::Complete);
        QVERIFY(record->lastVerification.ok);
    }

    // Backed up, rehearsed on a copy, rolled back and verified: the untouched table's
    // checksums taken before and after agree chunk by chunk; the run is done.
    void theWholeDataPathPassesAndProvesTheRestUnchanged()
    {
        const Production p =
            production("pb_happy", threeMigrations(), 1, PlaybookBackupKind::Targeted);
        auto f = flow(p);
        const PlaybookRun run =
            checked(PlaybookFlow(*f->journal, f->map).start(newRun(p), noService()));
        QVERIFY2(run.status == PlaybookRun::Status::Done, qPrintable(describe(run)));

        const QJsonObject rehearse = run.step(PlaybookStepKind::Rehearse)->evidence;
        QCOMPARE(rehearse.value(s("result")).toString(), s("passed"));
        QVERIFY(rehearse.value(s("scratchDatabase"))
                    .toString()
                    .startsWith(p.database + s("_rehearsal_")));
        QVERIFY(rehearse.value(s("dropped")).toBool());
        QVERIFY(rehearse.contains(s("rollbackMs")));
        QVERIFY(m_server.rehearsalScratchDatabases(p.database).isEmpty());

        const QJsonObject rollBack = run.step(PlaybookStepKind::RollBack)->evidence;
        QCOMPARE(rollBack.value(s("outcome")).toString(), s("done"));
        QVERIFY(!rollBack.value(s("rollbackRun")).toString().isEmpty());
        QCOMPARE(rollBack.value(s("statements")).toInt(), 2);
        // Only customers is untouched (orders and notes are the plan's, schema_migrations
        // the history's), in more than one chunk.
        const ChecksumSnapshot before =
            checksumSnapshotFromJson(rollBack.value(s("checksumsBefore")).toObject());
        QCOMPARE(before.tables.size(), 1);
        QCOMPARE(before.tables.first().table, s("customers"));
        QVERIFY(before.tables.first().chunks.size() > 1);
        QVERIFY(before.tables.first().complete());

        const QJsonObject verify = run.step(PlaybookStepKind::Verify)->evidence;
        QCOMPARE(verify.value(s("verdict")).toString(), s("pass"));
        QVERIFY(verify.value(s("reportId")).toInteger() > 0);
        const QJsonObject checksums = verify.value(s("checksums")).toObject();
        QCOMPARE(checksums.value(s("compared")).toInt(), int(before.tables.first().chunks.size()));
        QVERIFY(checksums.value(s("differing")).toArray().isEmpty());
        QVERIFY(checksums.value(s("notCovered")).toArray().isEmpty());

        // Production is at 0002: notes gone, orders without note_id.
        QSqlDatabase db = m_server.connect(s("happy"), p.database);
        QSqlQuery query(db);
        QVERIFY(query.exec(s("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                             "DATABASE() AND TABLE_NAME = 'notes'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(
            query.exec(s("SELECT version FROM schema_migrations ORDER BY version DESC LIMIT 1")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), s("0002"));
    }

    // A row of a table the plan does not touch changes between the checksums before the
    // rollback and after it: the verify step fails, naming the table and the key range
    // (a range a DBA can paste into a WHERE clause: it holds the changed row).
    void aChangedRowOfAnUntouchedTableFailsVerify()
    {
        const Production p =
            production("pb_changed", threeMigrations(), 1, PlaybookBackupKind::Full);
        auto f = flow(p);
        PlaybookStepAction *verify = f->map.at(PlaybookStepKind::Verify);
        const QString database = p.database;
        f->standIns.push_back(std::make_unique<StandInAction>(
            [this, database] {
                m_server.execute(database,
                                 {s("UPDATE customers SET name = 'changed' WHERE id = 2500")});
            },
            verify));
        f->map[PlaybookStepKind::Verify] = f->standIns.back().get();
        const PlaybookRun run = checked(
            PlaybookFlow(*f->journal, f->map)
                .start(newRun(p),
                       noService() + QList<PlaybookFlow::Skip>{{PlaybookStepKind::Rehearse,
                                                                s("rehearsed by another test")}}));
        QCOMPARE(run.step(PlaybookStepKind::RollBack)->status, PlaybookStep::Status::Done);
        const PlaybookStep &step = *run.step(PlaybookStepKind::Verify);
        QVERIFY2(step.status == PlaybookStep::Status::Failed, qPrintable(describe(run)));
        QCOMPARE(run.status, PlaybookRun::Status::Failed);
        QCOMPARE(step.evidence.value(s("verdict")).toString(), s("fail"));
        const QJsonArray differing =
            step.evidence.value(s("checksums")).toObject().value(s("differing")).toArray();
        QCOMPARE(differing.size(), 1);
        const QJsonObject chunk = differing.first().toObject();
        QCOMPARE(chunk.value(s("table")).toString(), s("customers"));
        const QString range = chunk.value(s("range")).toString();
        QVERIFY2(range.contains(s("id")) && range != s("every row"), qPrintable(range));
        QVERIFY2(step.error.contains(s("customers")) && step.error.contains(range),
                 qPrintable(step.error));
        QSqlDatabase db = m_server.connect(s("changed"), p.database);
        QSqlQuery query(db);
        QVERIFY2(
            query.exec(s("SELECT COUNT(*) FROM customers WHERE id = 2500 AND (%1)").arg(range)),
            qPrintable(range));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // Every other chunk compared equal.
        QVERIFY(step.evidence.value(s("checksums")).toObject().value(s("compared")).toInt() > 1);
    }

    // The rehearsal's DOWN fails: the step fails with the statement and where it is
    // written, the flow stops before production, whose database is as it was; the
    // scratch copy is gone.
    void aFailingDownInRehearsalNeverReachesProduction()
    {
        const Production p = production("pb_down",
                                        {{s("0001_customers.sql"), s(customersMigration)},
                                         {s("0002_failing_down.sql"), s(failingDownMigration)}},
                                        1, PlaybookBackupKind::Full);
        const QString before = databaseState(m_server, p.database);
        auto f = flow(p);
        const PlaybookRun run =
            checked(PlaybookFlow(*f->journal, f->map).start(newRun(p), noService()));
        const PlaybookStep &rehearse = *run.step(PlaybookStepKind::Rehearse);
        QVERIFY2(rehearse.status == PlaybookStep::Status::Failed, qPrintable(describe(run)));
        QCOMPARE(run.status, PlaybookRun::Status::Failed);
        QCOMPARE(rehearse.evidence.value(s("failedStatement")).toString(),
                 s("DROP INDEX no_such_index ON notes"));
        const QString location = rehearse.evidence.value(s("failedLocation")).toString();
        QVERIFY2(location.endsWith(s("0002_failing_down.sql:5:1")), qPrintable(location));
        QVERIFY(rehearse.error.contains(location));
        QVERIFY(rehearse.evidence.value(s("dropped")).toBool());
        QVERIFY(m_server.rehearsalScratchDatabases(p.database).isEmpty());
        QCOMPARE(run.step(PlaybookStepKind::RollBack)->status, PlaybookStep::Status::Pending);
        QCOMPARE(databaseState(m_server, p.database), before);
    }

    // A rehearsal killed after it noted its scratch database (and created it): the resume
    // drops that copy, rehearses again on a new one, and drops that too.
    void aKilledRehearsalsCopyIsDroppedAndItRunsAgain()
    {
        const Production p =
            production("pb_rehearse_killed", threeMigrations(), 1, PlaybookBackupKind::Full);
        auto f = flow(p);
        PlaybookRun first =
            checked(PlaybookFlow(*f->journal, upTo(f->map, PlaybookStepKind::BackUp))
                        .start(newRun(p), noService()));
        QCOMPARE(first.step(PlaybookStepKind::BackUp)->status, PlaybookStep::Status::Done);
        // The failed rehearse step (no action) stands for one found running: what a killed
        // attempt left is a scratch database whose name it noted.
        const QString leftover = p.database + s("_rehearsal_20260101000000");
        m_server.execute(QString(), {s("CREATE DATABASE `%1`").arg(leftover)});
        QVERIFY(m_server.rehearsalScratchDatabases(p.database).contains(leftover));
        {
            QSqlQuery query(f->journal->database());
            query.prepare(s("UPDATE playbook_steps SET status = 'running', evidence = ? WHERE "
                            "run_id = ? AND step = 'rehearse'"));
            query.addBindValue(QString::fromUtf8(
                QJsonDocument(QJsonObject{{s("scratchDatabase"), leftover}}).toJson()));
            query.addBindValue(first.id);
            QVERIFY(query.exec());
        }
        const PlaybookRun resumed = checked(
            PlaybookFlow(*f->journal, upTo(f->map, PlaybookStepKind::Rehearse)).resume(first.id));
        const PlaybookStep &rehearse = *resumed.step(PlaybookStepKind::Rehearse);
        QVERIFY2(rehearse.status == PlaybookStep::Status::Done, qPrintable(describe(resumed)));
        QCOMPARE(rehearse.evidence.value(s("droppedLeftover")).toString(), leftover);
        QVERIFY(rehearse.evidence.value(s("scratchDatabase")).toString() != leftover);
        QVERIFY(m_server.rehearsalScratchDatabases(p.database).isEmpty());
    }

    // After the production rollback, a resume plans with the plan identify recorded:
    // `--steps 1` counted again on the changed history would name the next migration down.
    void aResumeAfterTheRollbackPlansTheRecordedTarget()
    {
        const Production p =
            production("pb_replan", threeMigrations(), 1, PlaybookBackupKind::Full);
        auto f = flow(p);
        // The real identify: its evidence is what a resume plans with.
        f->map[PlaybookStepKind::Identify] = f->actions->actions()[PlaybookStepKind::Identify];
        const PlaybookRun run = checked(
            PlaybookFlow(*f->journal, upTo(f->map, PlaybookStepKind::RollBack))
                .start(newRun(p),
                       noService() + QList<PlaybookFlow::Skip>{{PlaybookStepKind::Rehearse,
                                                                s("rehearsed by another test")}}));
        QCOMPARE(run.step(PlaybookStepKind::RollBack)->status, PlaybookStep::Status::Done);
        const QJsonArray identified =
            run.step(PlaybookStepKind::Identify)->evidence.value(s("migrations")).toArray();
        QCOMPARE(identified.size(), 1);
        const QString rolledBack = identified.first()[s("version")].toString();

        // What was asked, counted again now: another migration, the one below.
        const PlaybookPlanned recounted = checked(planPlaybookTarget(p.setup));
        QCOMPARE(recounted.plan.migrations.size(), 1);
        QVERIFY(recounted.plan.migrations.first().version != rolledBack);

        // The recorded plan: down to the version identify planned, which is the latest now.
        PlaybookSetup resumed = p.setup;
        resumed.target = playbookPlannedTarget(run, p.setup.target);
        QCOMPARE(resumed.target.mode, RollbackTarget::Mode::ToVersion);
        const auto replanned = planPlaybookTarget(resumed);
        QVERIFY(!replanned.ok());
        QVERIFY2(replanned.error().contains(s("nothing after it")), qPrintable(replanned.error()));
    }

    // A roll-back step found running after its process died, its run's id noted: the
    // resume goes on with that run (its reconcile decides; no statement twice), never a
    // second one. A run stopped before its first statement stands for one cut off there.
    void aRollbackFoundRunningResumesItsRun()
    {
        const Production p =
            production("pb_resume", threeMigrations(), 1, PlaybookBackupKind::Full);
        auto f = flow(p);
        const PlaybookRun first = checked(
            PlaybookFlow(*f->journal, upTo(f->map, PlaybookStepKind::Rehearse))
                .start(newRun(p),
                       noService() + QList<PlaybookFlow::Skip>{{PlaybookStepKind::Rehearse,
                                                                s("rehearsed by another test")}}));
        QCOMPARE(first.step(PlaybookStepKind::BackUp)->status, PlaybookStep::Status::Done);

        const Workspace workspace = WorkspaceLoader::load(p.setup.workspace);
        const RollbackPlan plan = checked(
            planRollback(workspace.migrations, workspace.history, workspace.rows, p.setup.target));
        std::atomic_bool stopAtOnce{true};
        RollbackOptions options;
        options.journalPath = p.journalPath;
        const RollbackOutcome cut =
            RollbackRunner::start(workspace, plan, options, {}, &stopAtOnce);
        QVERIFY2(cut.result == RollbackOutcome::Result::Cancelled,
                 qPrintable(describeOutcome(cut)));
        QVERIFY(!cut.runId.isEmpty());
        {
            QSqlQuery query(f->journal->database());
            query.prepare(s("UPDATE playbook_steps SET status = 'running', evidence = ? WHERE "
                            "run_id = ? AND step = 'roll-back'"));
            query.addBindValue(QString::fromUtf8(
                QJsonDocument(QJsonObject{{s("rollbackRun"), cut.runId}}).toJson()));
            query.addBindValue(first.id);
            QVERIFY(query.exec());
        }

        const PlaybookRun resumed = checked(PlaybookFlow(*f->journal, f->map).resume(first.id));
        QVERIFY2(resumed.status == PlaybookRun::Status::Done, qPrintable(describe(resumed)));
        const QJsonObject rollBack = resumed.step(PlaybookStepKind::RollBack)->evidence;
        QCOMPARE(rollBack.value(s("rollbackRun")).toString(), cut.runId);
        QCOMPARE(rollBack.value(s("outcome")).toString(), s("done"));
        QCOMPARE(rollBack.value(s("statements")).toInt(), 2);
        const auto runs =
            checked(RollbackJournal(*f->journal).list(p.setup.workspace.connection.url()));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, RollbackRun::Status::Done);
        for (const RunStep &step : runs.first().steps)
            QVERIFY2(step.attempts <= 1, qPrintable(step.sql));
        // No checksums were noted before this run: verify says so, never "unchanged".
        const QJsonObject verify = resumed.step(PlaybookStepKind::Verify)->evidence;
        QCOMPARE(verify.value(s("verdict")).toString(), s("pass"));
        const QJsonObject checksums = verify.value(s("checksums")).toObject();
        QCOMPARE(checksums.value(s("compared")).toInt(), 0);
        const QJsonArray notCovered = checksums.value(s("notCovered")).toArray();
        QCOMPARE(notCovered.size(), 1);
        QVERIFY(notCovered.first()
                    .toObject()
                    .value(s("reason"))
                    .toString()
                    .contains(s("no checksums")));
    }

    // The SQLite demo walks the same steps: its copy as the backup, a rehearsal on a copy
    // of that, the rollback, the verification; checksums are not supported there, and the
    // evidence says so (not covered, never equal).
    void theSqliteDemoWalksTheDataSteps()
    {
        QTemporaryDir dir(temporaryTemplate(s("playbookdemo")));
        const auto paths = checked(DemoWorkspace::create(dir.path()));
        Production p;
        p.journalPath = dir.filePath(s("journal.sqlite"));
        p.setup.profile = DemoWorkspace::profile(paths);
        p.setup.workspace.connection = checked(ConnectionSpec::parse(paths.url()));
        p.database = p.setup.workspace.connection.databaseName();
        p.setup.workspace.migrationsFolder = paths.migrations;
        p.setup.target.mode = RollbackTarget::Mode::Steps;
        p.setup.target.steps = 2;
        p.setup.backupKind = PlaybookBackupKind::Targeted;
        p.setup.backupFolder = dir.filePath(s("backups"));
        auto f = flow(p);
        const PlaybookRun run =
            checked(PlaybookFlow(*f->journal, f->map).start(newRun(p), noService()));
        QVERIFY2(run.status == PlaybookRun::Status::Done, qPrintable(describe(run)));
        const QJsonObject backUp = run.step(PlaybookStepKind::BackUp)->evidence;
        QCOMPARE(backUp.value(s("kind")).toString(), s("full"));
        QVERIFY(!backUp.value(s("kindNote")).toString().isEmpty());
        QVERIFY(QFile::exists(backUp.value(s("file")).toString()));
        QCOMPARE(run.step(PlaybookStepKind::Rehearse)->evidence.value(s("result")).toString(),
                 s("passed"));
        const QJsonObject verify = run.step(PlaybookStepKind::Verify)->evidence;
        QCOMPARE(verify.value(s("verdict")).toString(), s("pass"));
        const QJsonObject checksums = verify.value(s("checksums")).toObject();
        QCOMPARE(checksums.value(s("compared")).toInt(), 0);
        QVERIFY(!checksums.value(s("notCovered")).toArray().isEmpty());
        QVERIFY(run.step(PlaybookStepKind::Verify)->summary.contains(s("not checked")));
    }
};

QTEST_GUILESS_MAIN(TestPlaybookSteps)
#include "tst_playbooksteps.moc"
