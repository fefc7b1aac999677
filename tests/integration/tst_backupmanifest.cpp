// Backups are judged by what they held: the manifest recorded with each backup on the real
// server, and verify and test-restore compared with it (never with today's database).
#include "db/backupcatalog.h"
#include "db/databasesession.h"
#include "db/journal.h"
#include "db/manifestreader.h"
#include "ops/backupjob.h"
#include "ops/backupverifier.h"
#include "ops/dumprestorer.h"
#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using namespace backstep::test;

class TestBackupManifest : public QObject
{
    Q_OBJECT

    MariaDbSandbox m_server;
    QTemporaryDir m_dir;
    QString m_database;
    QString m_journalPath;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BACKSTEP_JOURNAL"), m_journalPath);
        return env;
    }

    void exec(const QStringList &statements)
    {
        QSqlDatabase db = m_server.connect(QStringLiteral("manifest-test"), m_database);
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(sql));
    }

    BackupRecord backUp(const QString &folder, const QStringList &dataTables = {})
    {
        BackupRequest backup;
        backup.connection = ConnectionSpec::parse(m_server.url(m_database)).value();
        backup.password = m_server.password;
        backup.folder = m_dir.filePath(folder);
        backup.journalPath = m_journalPath;
        backup.migrationVersion = QStringLiteral("3");
        backup.dataTables = dataTables;
        BackupJob job;
        QSignalSpy finished(&job, &BackupJob::finished);
        job.start(backup);
        if (job.isRunning())
            [&] {
                QVERIFY(finished.wait(120000));
            }();
        return job.record();
    }

    BackupRecord catalogued(qint64 id)
    {
        auto found = BackupVerifier::findBackup(id, m_journalPath);
        if (!found || !found.value())
            return {};
        return *found.value();
    }

    ConnectionSpec connection() const
    {
        return ConnectionSpec::parse(m_server.url(m_database)).value();
    }

    ProcessResult checkBackup(qint64 id)
    {
        return runCli({QStringLiteral("check-backup"), QString::number(id),
                       QStringLiteral("--test-restore"), QStringLiteral("--url"),
                       m_server.url(m_database), QStringLiteral("--password-file"),
                       m_server.passwordFile},
                      environment());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = MariaDbSandbox::current();
        m_journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
        m_database = m_server.createDatabase(QStringLiteral("manifested"));
        // Data that looks like real tables: text, numbers, JSON.
        exec({QStringLiteral("CREATE TABLE patients (id INT PRIMARY KEY, name VARCHAR(80))"),
              QStringLiteral("CREATE TABLE readings (id INT PRIMARY KEY, patient_id INT, "
                             "value DECIMAL(8,2), detail JSON, FOREIGN KEY (patient_id) "
                             "REFERENCES patients (id))"),
              QStringLiteral("INSERT INTO patients SELECT seq, CONCAT('patient ', seq) FROM ") +
                  integersUpTo(100),
              QStringLiteral("INSERT INTO readings SELECT seq, 1 + MOD(seq, 100), seq / 7, "
                             "JSON_OBJECT('unit', 'bpm', 'n', seq) FROM ") +
                  integersUpTo(2000),
              QStringLiteral("CREATE TRIGGER readings_bi BEFORE INSERT ON readings FOR EACH ROW "
                             "SET NEW.value = ABS(NEW.value)"),
              QStringLiteral("CREATE PROCEDURE count_readings() SELECT COUNT(*) FROM readings"),
              QStringLiteral("CREATE VIEW busy_patients AS SELECT patient_id, COUNT(*) AS n FROM "
                             "readings GROUP BY patient_id"),
              QStringLiteral("CREATE EVENT nightly ON SCHEDULE EVERY 1 DAY DISABLE DO "
                             "DELETE FROM readings WHERE id < 0")});
    }

    void manifestRecordsWhatTheBackupHeld()
    {
        const BackupRecord record = backUp(QStringLiteral("held"));
        QCOMPARE(record.status, BackupStatus::Complete);
        QVERIFY(record.manifest);
        const BackupManifest &manifest = *record.manifest;
        QCOMPARE(manifest.kind, BackupManifest::Kind::Full);
        QCOMPARE(manifest.consistency, BackupManifest::Consistency::ReadsAround);
        QCOMPARE(manifest.migrationVersion, QStringLiteral("3"));
        const ManifestTable *patients = manifest.table(QStringLiteral("patients"));
        const ManifestTable *readings = manifest.table(QStringLiteral("readings"));
        QVERIFY(patients && readings);
        QCOMPARE(patients->rows, 100);
        QVERIFY(patients->rowsExact);
        QVERIFY(!patients->rowsChanged);
        QVERIFY(!patients->checksum.isEmpty());
        QCOMPARE(readings->rows, 2000);
        QCOMPARE(manifest.tablesWithData(),
                 (QStringList{QStringLiteral("patients"), QStringLiteral("readings")}));
        QCOMPARE(manifest.views, QStringList{QStringLiteral("busy_patients")});
        QCOMPARE(manifest.routines, QStringList{QStringLiteral("PROCEDURE count_readings")});
        QCOMPARE(manifest.triggers, QStringList{QStringLiteral("readings_bi")});
        QCOMPARE(manifest.events, QStringList{QStringLiteral("nightly")});
        // Said in the manifest: it was not read in the dump's snapshot.
        QVERIFY(manifest.toJson()
                    .value(QStringLiteral("consistency_note"))
                    .toString()
                    .contains(QStringLiteral("not in the dump's snapshot")));

        // The catalog keeps it: read back from the journal, the same manifest.
        const BackupRecord listed = catalogued(record.id);
        QVERIFY(listed.manifest);
        QCOMPARE(*listed.manifest, manifest);

        // Tables too big to count get the server's estimate, marked as such. InnoDB updates
        // its row estimate in the background after a bulk insert (MySQL may still say 0 on
        // a busy machine, and 0 rows is "small enough to count"): ANALYZE settles it now.
        exec({QStringLiteral("ANALYZE TABLE readings, patients")});
        auto session = DatabaseSession::open(connection(), m_server.password);
        QVERIFY(session);
        ManifestReadOptions small;
        small.exactRowLimit = 500;
        auto estimated = ManifestReader::read(*session.value(), m_database, small);
        QVERIFY(estimated);
        QVERIFY(!estimated->table(QStringLiteral("readings"))->rowsExact);
        QVERIFY(estimated->table(QStringLiteral("readings"))->checksum.isEmpty());
        QVERIFY(estimated->table(QStringLiteral("patients"))->rowsExact);
    }

    void testRestoreOfABackupOlderThanATablePasses()
    {
        const BackupRecord record = backUp(QStringLiteral("older"));
        QCOMPARE(record.status, BackupStatus::Complete);
        // The database moves on after the backup: a new table, more rows.
        exec({QStringLiteral("CREATE TABLE bulk (id INT PRIMARY KEY)"),
              QStringLiteral("INSERT INTO bulk SELECT seq FROM ") + integersUpTo(50),
              QStringLiteral("INSERT INTO patients VALUES (1000, 'admitted later')")});

        const RestoreCheckResult check =
            BackupVerifier::testRestore(connection(), m_server.password, record);
        QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
        const QString compared = check.compared.join(u'\n');
        QVERIFY2(compared.contains(QStringLiteral("patients: 100 rows, checksum ")),
                 qPrintable(compared));
        QVERIFY(compared.contains(QStringLiteral("readings: 2000 rows, checksum ")));
        QVERIFY(compared.contains(QStringLiteral("PROCEDURE count_readings")));
        QVERIFY(compared.contains(QStringLiteral("readings_bi")));
        QVERIFY(compared.contains(QStringLiteral("busy_patients")));
        QVERIFY(compared.contains(QStringLiteral("nightly")));

        // Headless: the same check says what it compared, and the catalog keeps the verdicts.
        const ProcessResult cli = checkBackup(record.id);
        QVERIFY2(cli.exitCode == 0, QByteArray(cli.out + cli.err).constData());
        QVERIFY2(cli.out.contains("test-restore: passed"), cli.out.constData());
        QVERIFY(cli.out.contains("compared: patients: 100 rows, checksum "));
        QVERIFY(cli.out.contains("compared: routine: PROCEDURE count_readings"));
        const BackupRecord listed = catalogued(record.id);
        QVERIFY(listed.lastVerification.done() && listed.lastVerification.ok);
        QVERIFY(listed.lastTestRestore.done() && listed.lastTestRestore.ok);
        QVERIFY(listed.lastTestRestore.detail.contains(QStringLiteral("patients: 100 rows")));

        exec({QStringLiteral("DROP TABLE bulk"),
              QStringLiteral("DELETE FROM patients WHERE id = 1000")});
    }

    void testRestoreFailsNamingWhatTheCopyLacks()
    {
        const BackupRecord record = backUp(QStringLiteral("damaged"));
        QCOMPARE(record.status, BackupStatus::Complete);
        // The file loses the rows of readings and the whole of patients.
        QFile file(record.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        QStringList kept;
        bool inPatients = false;
        bool inReadingsRows = false; // an INSERT may go on over several lines, to its ';'
        for (const QString &line : QString::fromUtf8(text).split(u'\n')) {
            if (line.startsWith(QStringLiteral("-- Table structure for table")))
                inPatients = line.contains(QStringLiteral("`patients`"));
            if (line.startsWith(QStringLiteral("INSERT INTO `readings`")))
                inReadingsRows = true;
            const bool skipped = inPatients || inReadingsRows;
            if (inReadingsRows && line.endsWith(u';'))
                inReadingsRows = false;
            if (!skipped)
                kept.append(line);
        }
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(kept.join(u'\n').toUtf8());
        file.close();

        const RestoreCheckResult check =
            BackupVerifier::testRestore(connection(), m_server.password, record);
        QVERIFY(!check.ok);
        const QString problems = check.problems.join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("table patients is missing from the restored "
                                                  "copy")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("table readings has 0 rows restored; the "
                                                  "backup held 2000")),
                 qPrintable(problems));
        // Verify names the missing table too (besides the changed checksum).
        const VerifyResult verified = BackupVerifier::verify(record);
        QVERIFY(verified.problems.join(u'\n').contains(
            QStringLiteral("table patients of the manifest is not in the dump")));

        const ProcessResult cli = checkBackup(record.id);
        QCOMPARE(cli.exitCode, 3);
        QVERIFY(cli.out.contains("test-restore: FAILED"));
        QVERIFY(cli.out.contains("problem: table patients is missing from the restored copy"));
        const BackupRecord listed = catalogued(record.id);
        QVERIFY(listed.lastTestRestore.done() && !listed.lastTestRestore.ok);
        QVERIFY(listed.lastTestRestore.detail.contains(QStringLiteral("patients")));
    }

    void targetedBackupRestoresTheTouchedTablesAndEveryStructure()
    {
        const BackupRecord record =
            backUp(QStringLiteral("targeted"), {QStringLiteral("READINGS")});
        QVERIFY2(record.status == BackupStatus::Complete, qPrintable(record.error));
        QVERIFY(record.manifest);
        const BackupManifest &manifest = *record.manifest;
        QCOMPARE(manifest.kind, BackupManifest::Kind::Targeted);
        QCOMPARE(manifest.tablesWithData(), QStringList{QStringLiteral("readings")});
        QVERIFY(!manifest.table(QStringLiteral("patients"))->hasData);
        QVERIFY2(manifest.cannotRestore().contains(QStringLiteral("patients")),
                 qPrintable(manifest.cannotRestore()));
        QVERIFY(manifest.toJson().contains(QStringLiteral("cannot_restore")));

        QFile file(record.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("-- Backstep targeted backup:"));
        QVERIFY(text.contains("It cannot restore the data of any other table."));
        QVERIFY(text.contains("CREATE TABLE `patients`"));
        QVERIFY(text.contains("INSERT INTO `readings`"));
        QVERIFY(!text.contains("INSERT INTO `patients`"));
        QVERIFY(text.contains("count_readings"));
        QVERIFY(text.trimmed().split('\n').constLast().startsWith("-- Dump completed"));

        // Restored into a scratch database: the touched table's rows, every other table's
        // structure (empty), the routines, triggers, views and events.
        const QString scratch = m_server.createDatabase(QStringLiteral("targeted_copy"));
        auto restored =
            DumpRestorer::restore({connection(), m_server.password, record.path, scratch});
        QVERIFY2(restored, qPrintable(restored.error()));
        QSqlDatabase db = m_server.connect(QStringLiteral("targeted-copy"), scratch);
        QSqlQuery query(db);
        const auto scalar = [&query](const QString &sql) {
            if (!query.exec(sql) || !query.next())
                return QVariant(query.lastError().text());
            return query.value(0);
        };
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM readings")).toInt(), 2000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM patients")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE "
                                       "table_schema = DATABASE() AND table_name = 'patients'"))
                     .toInt(),
                 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.ROUTINES WHERE "
                                       "routine_schema = DATABASE()"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE "
                                       "trigger_schema = DATABASE()"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.EVENTS WHERE "
                                       "event_schema = DATABASE()"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM busy_patients")).toInt(), 100);

        // Test-restore compares with the manifest: structure-only tables must come back empty.
        const RestoreCheckResult check =
            BackupVerifier::testRestore(connection(), m_server.password, record);
        QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
        QVERIFY(check.compared.contains(QStringLiteral("patients: structure only, empty")));
        QVERIFY(BackupVerifier::verify(record).ok);
    }
};

QTEST_GUILESS_MAIN(TestBackupManifest)
#include "tst_backupmanifest.moc"
