// Backups against the real server and its own dump program (mariadb-dump or mysqldump):
// complete, catalogued, verified, restorable; and every fault leaves no partial file and a
// truthful catalog.
#include "db/backupcatalog.h"
#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "db/demoworkspace.h"
#include "db/journal.h"
#include "ops/backupjob.h"
#include "ops/backupverifier.h"
#include "ops/dumprestorer.h"
#include "support/processwatch.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>
#include <unistd.h>

using namespace backstep;
using namespace backstep::test;

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

// Children of this process whose command name is `name`, from /proc.
QList<qint64> childrenNamed(const QByteArray &name)
{
    QList<qint64> found;
    const QString self = QString::number(::getpid());
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype open = text.indexOf('('), close = text.lastIndexOf(')');
        if (open < 0 || close < 0)
            continue;
        const QList<QByteArray> rest = text.mid(close + 2).split(' ');
        if (rest.value(1) != self.toUtf8())
            continue;
        // MySQL's tools run through the MySQL root's dynamic loader (tests/support/mysql-root):
        // the kernel's name and argv[0] are the loader's; the program's name follows its
        // --argv0.
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        const QList<QByteArray> argv =
            cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll().split('\0') : QList<QByteArray>();
        const qsizetype argv0Option = argv.indexOf(QByteArrayLiteral("--argv0"));
        const QByteArray program = argv0Option > 0 ? argv.value(argv0Option + 1) : argv.value(0);
        if (text.mid(open + 1, close - open - 1) == name || program.split('/').last() == name)
            found.append(entry.toLongLong());
    }
    return found;
}

bool mountTmpfs(const QString &dir, const QString &size)
{
    QDir().mkpath(dir);
    return QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              QStringLiteral("size=") + size, QStringLiteral("tmpfs"), dir}) == 0;
}

void unmount(const QString &dir)
{
    QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), dir});
}

} // namespace

class TestBackup : public QObject
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

    BackupRequest request(const QString &folder, const MariaDbSandbox &server,
                          const QString &database) const
    {
        BackupRequest backup;
        backup.connection = ConnectionSpec::parse(server.url(database)).value();
        backup.password = server.password;
        backup.folder = folder;
        backup.journalPath = m_journalPath;
        return backup;
    }

    // Fills `database` with about `megabytes` MB of rows plus the objects a dump must keep.
    static void populate(const MariaDbSandbox &server, const QString &database, int megabytes)
    {
        QSqlDatabase db = server.connect(QStringLiteral("populate"), database);
        QSqlQuery query(db);
        const QStringList statements{
            QStringLiteral("CREATE TABLE patients (id INT PRIMARY KEY, name VARCHAR(80))"),
            QStringLiteral("CREATE TABLE readings (id INT PRIMARY KEY, patient_id INT, note TEXT, "
                           "FOREIGN KEY (patient_id) REFERENCES patients (id))"),
            QStringLiteral("INSERT INTO patients SELECT seq, CONCAT('p', seq) FROM ") +
                integersUpTo(100),
            QStringLiteral(
                "INSERT INTO readings SELECT seq, 1 + MOD(seq, 100), REPEAT(SHA2(seq, 256), 16) "
                "FROM ") +
                integersUpTo(qint64(megabytes) * 1000),
            QStringLiteral("CREATE TRIGGER readings_bi BEFORE INSERT ON readings FOR EACH ROW SET "
                           "NEW.note = TRIM(NEW.note)"),
            QStringLiteral("CREATE PROCEDURE count_readings() SELECT COUNT(*) FROM readings"),
            QStringLiteral("CREATE TABLE schema_migrations (version VARCHAR(32) PRIMARY KEY)"),
            QStringLiteral("INSERT INTO schema_migrations VALUES ('1'), ('2'), ('3')"),
            QStringLiteral("ANALYZE TABLE readings"),
        };
        for (const QString &sql : statements)
            if (!query.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("populate"));
    }

    // The server's own dump program, as the backup runs it (mariadb-dump or mysqldump).
    QByteArray dumpName() const { return QFileInfo(m_server.dumpProgram()).fileName().toUtf8(); }

    BackupRecord runJob(BackupJob &job, const BackupRequest &backup)
    {
        QSignalSpy finished(&job, &BackupJob::finished);
        job.start(backup);
        if (job.isRunning())
            [&] {
                QVERIFY(finished.wait(120000));
            }();
        return job.record();
    }

    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = MariaDbSandbox::current();
        m_journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
        m_database = m_server.createDatabase(QStringLiteral("heartguard"));
        populate(m_server, m_database, 4);
        // Before the first failpoint is reached; backstep-cli inherits it. Nothing is held
        // until a HeldProgramWatch writes the file.
        HeldProgramWatch::setEnvironment(holdFile());
    }

    QString holdFile() const { return m_dir.filePath(QStringLiteral("hold")); }

    void cliBackupIsCompleteVerifiedAndCatalogued()
    {
        const QString folder = m_dir.filePath(QStringLiteral("plain"));
        const ProcessResult result =
            runCli({QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("--url"),
                    m_server.url(m_database), QStringLiteral("--password-file"),
                    m_server.passwordFile, QStringLiteral("--dir"), folder},
                   environment());
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json[QStringLiteral("complete")].toBool(), true);
        const QString path = json[QStringLiteral("path")].toString();
        QVERIFY(QRegularExpression(
                    QStringLiteral("/%1_rollback_backup_\\d{8}_\\d{6}\\.sql$").arg(m_database))
                    .match(path)
                    .hasMatch());
        QCOMPARE(json[QStringLiteral("bytes")].toInteger(), QFileInfo(path).size());
        QCOMPARE(json[QStringLiteral("sha256")].toString().toLatin1(), sha256Of(path));
        QVERIFY(json[QStringLiteral("seconds")].toDouble() > 0);
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        QCOMPARE(filesIn(folder), QStringList{QFileInfo(path).fileName()}); // no .partial left

        QFile dump(path);
        QVERIFY(dump.open(QIODevice::ReadOnly));
        const QByteArray text = dump.readAll();
        QVERIFY(text.trimmed().split('\n').constLast().startsWith("-- Dump completed"));
        // --triggers (mysqldump quotes the trigger's name, mariadb-dump keeps it as written)
        QVERIFY(text.contains("TRIGGER readings_bi") || text.contains("TRIGGER `readings_bi`"));
        QVERIFY(text.contains("count_readings")); // --routines
        QVERIFY(!text.contains(m_server.password.toUtf8()));

        const ProcessResult listed =
            runCli({QStringLiteral("backups"), QStringLiteral("--json")}, environment());
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray backups =
            QJsonDocument::fromJson(listed.out).object()[QStringLiteral("backups")].toArray();
        bool found = false;
        for (const QJsonValue &entry : backups)
            if (entry[QStringLiteral("path")].toString() == path) {
                found = true;
                QCOMPARE(entry[QStringLiteral("status")].toString(), QStringLiteral("complete"));
                QCOMPARE(entry[QStringLiteral("migration_version")].toString(),
                         QStringLiteral("3"));
                QVERIFY(entry[QStringLiteral("server_version")].toString().startsWith(
                    m_server.isMySql() ? QStringLiteral("MySQL") : QStringLiteral("MariaDB")));
                // MySQL: a dump for restoring into this same server (no GTID_PURGED), said.
                const QJsonObject manifest = entry[QStringLiteral("manifest")].toObject();
                QCOMPARE(manifest[QStringLiteral("gtid_purged")].toString(),
                         m_server.isMySql() ? QStringLiteral("off") : QString());
                QCOMPARE(entry[QStringLiteral("missing")].toBool(), false);
            }
        QVERIFY(found);

        // Verified while intact; a changed byte is caught by size or checksum.
        auto journal = Journal::open(m_journalPath);
        const auto record = test::checked(BackupCatalog(*journal.value()).findByPath(path));
        QVERIFY(record);
        QVERIFY(BackupVerifier::verify(*record).ok);
        {
            QFile tamper(path);
            QVERIFY(tamper.open(QIODevice::ReadWrite));
            tamper.seek(100);
            tamper.write("X");
        }
        const VerifyResult broken = BackupVerifier::verify(*record);
        QVERIFY(!broken.ok);
        QVERIFY(broken.problems.join(u' ').contains(QStringLiteral("SHA-256")));
        QFile::remove(path);
        const ProcessResult again =
            runCli({QStringLiteral("backups"), QStringLiteral("--json")}, environment());
        QVERIFY(again.out.contains("\"missing\": true"));
    }

    void compressedBackupsRestoreTheSameRows_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::newRow("zstd") << QStringLiteral("zstd");
        QTest::newRow("gzip") << QStringLiteral("gzip");
    }

    void compressedBackupsRestoreTheSameRows()
    {
        QFETCH(QString, compression);
        const QString folder = m_dir.filePath(compression);
        const ProcessResult result = runCli(
            {QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("--url"),
             m_server.url(m_database), QStringLiteral("--password-file"), m_server.passwordFile,
             QStringLiteral("--dir"), folder, QStringLiteral("--compress"), compression},
            environment());
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        const QString path = json[QStringLiteral("path")].toString();
        QVERIFY(path.endsWith(compression == u"zstd" ? QStringLiteral(".sql.zst")
                                                     : QStringLiteral(".sql.gz")));
        QCOMPARE(json[QStringLiteral("sha256")].toString().toLatin1(), sha256Of(path));

        auto journal = Journal::open(m_journalPath);
        const auto record = test::checked(BackupCatalog(*journal.value()).findByPath(path));
        QVERIFY(record && BackupVerifier::verify(*record).ok);
        const RestoreCheckResult check = BackupVerifier::testRestore(
            ConnectionSpec::parse(m_server.url(m_database)).value(), m_server.password, *record);
        QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
        QCOMPARE(check.restoredRows.value(QStringLiteral("readings")), 4000);
        QCOMPARE(check.restoredRows, check.sourceRows);
        // The scratch database is gone afterwards (asked by its name: other tests on the
        // same server make scratch databases of their own meanwhile).
        QVERIFY(check.scratchDatabase.startsWith(m_database + QStringLiteral("_restorecheck_")));
        QSqlDatabase db = m_server.connect(QStringLiteral("check-") + compression, QString());
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?"));
        query.addBindValue(check.scratchDatabase);
        QVERIFY(query.exec());
        QVERIFY2(!query.next(), qPrintable(check.scratchDatabase));
    }

    void compressedBackupIsTheDumpItself_data()
    {
        QTest::addColumn<QString>("compression"); // also the program that decompresses it
        QTest::newRow("zstd") << QStringLiteral("zstd");
        QTest::newRow("gzip") << QStringLiteral("gzip");
    }

    // Compressed in Backstep's own process, the file is a standard stream: the real zstd
    // (gzip) decompresses it to the same bytes as an uncompressed backup of the same data,
    // but for the dump's date line.
    void compressedBackupIsTheDumpItself()
    {
        QFETCH(QString, compression);
        const QString &name = compression;
        BackupJob job;
        const BackupRecord plain =
            runJob(job, request(m_dir.filePath(QStringLiteral("same-plain-") + name), m_server,
                                m_database));
        QCOMPARE(plain.status, BackupStatus::Complete);
        BackupRequest backup =
            request(m_dir.filePath(QStringLiteral("same-") + name), m_server, m_database);
        backup.compression = compressionFromName(compression).value_or(BackupCompression::None);
        const BackupRecord packed = runJob(job, backup);
        QCOMPARE(packed.status, BackupStatus::Complete);
        QCOMPARE(packed.sha256.toLatin1(), sha256Of(packed.path));
        QCOMPARE(packed.bytes, QFileInfo(packed.path).size());
        QVERIFY(packed.bytes < plain.bytes / 2);

        const ProcessResult unpacked =
            run(compression, {QStringLiteral("-d"), QStringLiteral("-c"), packed.path});
        QVERIFY2(unpacked.exitCode == 0, unpacked.err.constData());
        QFile file(plain.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto withoutDate = [](const QByteArray &text) {
            QList<QByteArray> lines = text.split('\n');
            lines.removeIf(
                [](const QByteArray &line) { return line.startsWith("-- Dump completed"); });
            return lines;
        };
        const QList<QByteArray> expected = withoutDate(file.readAll());
        const QList<QByteArray> actual = withoutDate(unpacked.out);
        // The rows are in it (MySQL's mysqldump puts many on one line: not a line count).
        const QByteArray text = expected.join('\n');
        QVERIFY(text.contains("INSERT INTO `readings`"));
        QVERIFY(text.size() > 4000 * 10);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(actual.at(i) == expected.at(i),
                     qPrintable(QStringLiteral("line %1 differs").arg(i + 1)));
    }

    // A cancelled restore feeds nothing more, ends the client and says how far it got.
    void cancelledRestoreStopsFeeding()
    {
        const QString file = m_dir.filePath(QStringLiteral("cancelled.sql"));
        const QString line = QStringLiteral("DO 1; -- %1\n").arg(QString(100, u'x'));
        QString text;
        while (text.size() < (2 << 20))
            text += line;
        writeFile(file, text);
        const qint64 size = QFileInfo(file).size();
        const QString target = m_server.createDatabase(QStringLiteral("cancelled"));
        std::atomic_bool cancel = false;
        qint64 fedWhenCancelled = 0;
        const auto restored = DumpRestorer::restore(
            {ConnectionSpec::parse(m_server.url(m_database)).value(), m_server.password, file,
             target},
            [&](qint64 fed, qint64 total) {
                QCOMPARE(total, size);
                if (!cancel.exchange(true))
                    fedWhenCancelled = fed;
            },
            &cancel);
        QVERIFY(!restored);
        QVERIFY2(restored.error().contains(QStringLiteral("restore cancelled after %1 of %2 bytes")
                                               .arg(fedWhenCancelled)
                                               .arg(size)),
                 qPrintable(restored.error()));
        QVERIFY(fedWhenCancelled < size);
    }

    void restoreNeedsConfirmationAndRestores()
    {
        const QString folder = m_dir.filePath(QStringLiteral("restore"));
        BackupJob job;
        const BackupRecord record = runJob(job, request(folder, m_server, m_database));
        QCOMPARE(record.status, BackupStatus::Complete);
        const QString target = m_server.createDatabase(QStringLiteral("restored"));
        const QStringList base{QStringLiteral("restore"),         record.path,
                               QStringLiteral("--url"),           m_server.url(m_database),
                               QStringLiteral("--password-file"), m_server.passwordFile,
                               QStringLiteral("--into"),          target};
        QCOMPARE(runCli(base, environment()).exitCode, 2);
        const ProcessResult restored =
            runCli(base + QStringList{QStringLiteral("--yes")}, environment());
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QSqlDatabase db = m_server.connect(QStringLiteral("restored"), target);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM readings")) && query.next());
        QCOMPARE(query.value(0).toInt(), 4000);
    }

    // A DBA's own mysqldump of a server with GTIDs (MySQL 9.7's default; mysqldump's
    // default --set-gtid-purged=AUTO) holds SET @@GLOBAL.GTID_PURGED, which the same server
    // refuses: the plain client cannot restore it into a scratch database. Backstep's
    // restore leaves those statements out, restores every row, and says what it left out.
    void dbaDumpWithGtidsRestoresIntoAScratchDatabase()
    {
        if (!m_server.isMySql())
            QSKIP("mysqldump's GTID_PURGED: MySQL only");
        {
            QSqlDatabase db = m_server.connect(QStringLiteral("gtid"), QString());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT @@GLOBAL.gtid_mode")) && query.next());
            if (query.value(0).toString() != u"ON")
                QSKIP("this MySQL runs without GTIDs");
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gtid"));
        const QString options = m_dir.filePath(QStringLiteral("gtid-client.cnf"));
        m_server.writeClientOptionFile(options);
        const ProcessResult dump =
            run(m_server.dumpProgram(),
                {QStringLiteral("--defaults-extra-file=") + options,
                 QStringLiteral("--single-transaction"), QStringLiteral("--routines"), m_database});
        QVERIFY2(dump.exitCode == 0, dump.err.constData());
        QVERIFY2(dump.out.contains("SET @@GLOBAL.GTID_PURGED"), dump.out.left(3000).constData());
        const QString file = m_dir.filePath(QStringLiteral("dba-gtid.sql"));
        writeFile(file, QString::fromUtf8(dump.out));

        // What a DBA meets with the plain client.
        const QString plain = m_server.createDatabase(QStringLiteral("gtid_plain"));
        QProcess client;
        client.setStandardInputFile(file);
        client.start(m_server.clientProgram(), {QStringLiteral("--defaults-extra-file=") + options,
                                                QStringLiteral("--batch"), plain});
        QVERIFY(client.waitForFinished(120000));
        QVERIFY(client.exitCode() != 0);
        const QByteArray refused = client.readAllStandardError();
        QVERIFY2(refused.contains("GTID_PURGED"), refused.constData());

        const QString target = m_server.createDatabase(QStringLiteral("gtid_scratch"));
        const ProcessResult restored = runCli(
            {QStringLiteral("restore"), file, QStringLiteral("--url"), m_server.url(m_database),
             QStringLiteral("--password-file"), m_server.passwordFile, QStringLiteral("--into"),
             target, QStringLiteral("--yes"), QStringLiteral("--json")},
            environment());
        QVERIFY2(restored.exitCode == 0, QByteArray(restored.out + restored.err).constData());
        const QStringList notRun = QJsonDocument::fromJson(restored.out)[QStringLiteral("not_run")]
                                       .toVariant()
                                       .toStringList();
        QCOMPARE(notRun.size(), 2);
        QVERIFY2(notRun.value(0).contains(QStringLiteral("GTID_PURGED")),
                 qPrintable(notRun.join(u'\n')));
        QVERIFY2(notRun.value(1).contains(QStringLiteral("SQL_LOG_BIN")),
                 qPrintable(notRun.join(u'\n')));
        QSqlDatabase db = m_server.connect(QStringLiteral("gtid-restored"), target);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM readings")) && query.next());
        QCOMPARE(query.value(0).toInt(), 4000);
        // A dump Backstep makes itself never carries them.
        BackupJob job;
        const BackupRecord own =
            runJob(job, request(m_dir.filePath(QStringLiteral("gtid-own")), m_server, m_database));
        QCOMPARE(own.status, BackupStatus::Complete);
        QFile ownFile(own.path);
        QVERIFY(ownFile.open(QIODevice::ReadOnly));
        const QByteArray ownText = ownFile.readAll();
        QVERIFY(!ownText.contains("GTID_PURGED"));
        QVERIFY(!ownText.contains("SQL_LOG_BIN"));
    }

    // An account without BINLOG MONITOR (MariaDB) / REPLICATION CLIENT (MySQL) cannot read
    // the binary log's position: the backup's facts say it is unknown and why, in the
    // server's words, and the catalog keeps that reason; never a silent blank.
    void positionUnknownSaysWhy()
    {
        const QString user = QStringLiteral("nobinlog");
        const QString password = QStringLiteral("nobinlog-secret");
        m_server.execute(QString(),
                         {QStringLiteral("CREATE USER IF NOT EXISTS '%1'@'127.0.0.1' "
                                         "IDENTIFIED BY '%2'")
                              .arg(user, password),
                          QStringLiteral("GRANT ALL PRIVILEGES ON `%1`.* TO '%2'@'127.0.0.1'")
                              .arg(m_database, user)});
        auto spec = ConnectionSpec::parse(m_server.url(m_database));
        QVERIFY(spec.ok());
        {
            auto full = DatabaseSession::open(spec.value(), m_server.password);
            QVERIFY2(full.ok(), full.ok() ? "" : qPrintable(full.error()));
            auto facts = DatabaseInspector::facts(*full.value());
            QVERIFY2(facts.ok(), facts.ok() ? "" : qPrintable(facts.error()));
            QVERIFY2(facts.value().position.known,
                     qPrintable(facts.value().position.unknownReason));
            // MySQL 9.7 runs with the binary log and GTIDs on by default.
            if (m_server.isMySql())
                QVERIFY(facts.value().position.binlogOn && !facts.value().position.gtid.isEmpty());
        }
        ConnectionSpec limited = spec.value();
        limited.user = user;
        auto session = DatabaseSession::open(limited, password);
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error()));
        auto facts = DatabaseInspector::facts(*session.value());
        QVERIFY2(facts.ok(), facts.ok() ? "" : qPrintable(facts.error()));
        const ServerPosition &position = facts.value().position;
        QVERIFY(!position.known);
        const QString privilege = m_server.isMySql() ? QStringLiteral("REPLICATION CLIENT")
                                                     : QStringLiteral("BINLOG MONITOR");
        QVERIFY2(position.unknownReason.contains(QStringLiteral("binary log")) &&
                     position.unknownReason.contains(privilege),
                 qPrintable(position.unknownReason));
        QVERIFY2(position.describe().contains(privilege), qPrintable(position.describe()));

        // The catalog keeps the reason with the backup.
        auto journal = Journal::open(m_dir.filePath(QStringLiteral("position-journal.sqlite")));
        QVERIFY(journal.ok());
        BackupCatalog catalog(*journal.value());
        BackupRecord record;
        record.path = m_dir.filePath(QStringLiteral("position.sql"));
        record.databaseUrl = limited.url();
        record.databaseName = m_database;
        record.engine = QStringLiteral("mysql");
        record.startedAt = QDateTime::currentDateTimeUtc();
        record.positionUnknown = position.unknownReason;
        auto id = catalog.begin(record);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error()));
        auto read = catalog.find(id.value());
        QVERIFY2(read.ok() && read.value(), "the catalog lost the backup");
        QCOMPARE(read.value()->positionUnknown, position.unknownReason);
    }

    void passwordNeverInArgumentsOrEnvironment()
    {
        const QString folder = m_dir.filePath(QStringLiteral("password"));
        BackupJob job;
        const QByteArray secret = m_server.password.toUtf8();
        int dumpsSeen = 0;
        QStringList leaks;
        connect(&job, &BackupJob::progress, this, [&] {
            for (qint64 pid : childrenNamed(dumpName())) {
                ++dumpsSeen;
                for (const char *what : {"cmdline", "environ"}) {
                    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1StringView(what)));
                    if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                        leaks.append(
                            QStringLiteral("%1 of %2").arg(QLatin1StringView(what)).arg(pid));
                }
            }
        });
        const BackupRecord record = runJob(job, request(folder, m_server, m_database));
        QCOMPARE(record.status, BackupStatus::Complete);
        QVERIFY2(dumpsSeen > 0, "the dump was never seen running: the check proved nothing");
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));
    }

    // Issue 12: the password is on no child's command line nor in its environment, whichever
    // program it is: the dump program while a backup runs (a compressed backup starts no
    // compressor, it compresses in its own process), the decompressor and the client while
    // it is restored. Sampled all along on a thread of the watch's own; each program stops
    // before its exec until the watch has seen it there, or the check would prove nothing.
    void passwordOnNoChildsCommandLine()
    {
        const QString folder = m_dir.filePath(QStringLiteral("cmdline"));
        HeldProgramWatch watch(m_server.password.toUtf8(), holdFile());
        BackupJob job;
        BackupRequest backup = request(folder, m_server, m_database);
        backup.compression = BackupCompression::Zstd;
        watch.hold({dumpName()});
        const BackupRecord record = runJob(job, backup);
        QCOMPARE(record.status, BackupStatus::Complete);
        QVERIFY2(watch.stillHeld().isEmpty(), "the dump was never seen running");
        QVERIFY2(!watch.programsSeen().contains("zstd"), "a zstd process ran beside the backup");

        const QString target = m_server.createDatabase(QStringLiteral("cmdline_restored"));
        RestoreRequest restore;
        restore.connection = ConnectionSpec::parse(m_server.url(m_database)).value();
        restore.password = m_server.password;
        restore.file = record.path;
        restore.intoDatabase = target;
        const QByteArray client = QFileInfo(m_server.clientProgram()).fileName().toUtf8();
        watch.hold({client, "zstd"});
        const auto restored = DumpRestorer::restore(restore, {});
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error()));
        QVERIFY2(watch.stillHeld().isEmpty(),
                 qPrintable(QStringLiteral("never seen running: %1")
                                .arg(QString::fromUtf8(watch.stillHeld().join(", ")))));
        QVERIFY2(watch.leaks().isEmpty(), qPrintable(watch.leaks().join(u", ")));
    }

    // The password given as BACKSTEP_PASSWORD or --password-file reaches no child's command
    // line, and no child's environment: backstep-cli itself reads it; the dump, the client
    // of a restore and a test-restore, the compressor and the validation commands get the
    // option file or nothing. Every command sampled while it runs, its children seen.
    // (verify's replay of the UP sections runs on Backstep's own connection: no child.)
    void passwordOnNoRollbackChildsCommandLineOrEnvironment()
    {
        const QString folder = m_dir.filePath(QStringLiteral("rollback-migrations"));
        QVERIFY(QDir().mkpath(folder));
        writeVisitsMigrations(folder);
        const QString database = m_server.createDatabase(QStringLiteral("cmdline_rollback"));
        m_server.execute(database, applyMigrationsScript(folder));
        const QString backups = m_dir.filePath(QStringLiteral("rollback-backups"));
        // Every descendant sampled all along; the programs a phase must show stop before
        // their exec until the watch has seen them there. backstep-cli itself was given
        // BACKSTEP_PASSWORD, and needs it.
        HeldProgramWatch watch(m_server.password.toUtf8(), holdFile());
        watch.setGivenTheSecret({QByteArrayLiteral("backstep-cli")});

        // Runs backstep-cli to its end; what went wrong, if anything.
        const auto cli = [&](const QStringList &arguments, bool passwordFile) {
            QProcessEnvironment env = environment();
            QStringList all = arguments;
            if (passwordFile)
                all << QStringLiteral("--password-file") << m_server.passwordFile;
            else
                env.insert(QStringLiteral("BACKSTEP_PASSWORD"), m_server.password);
            const ProcessResult result = runCli(all, env);
            return result.exitCode == 0
                       ? QString()
                       : QStringLiteral("%1 failed: %2")
                             .arg(arguments.first(), QString::fromUtf8(result.err));
        };
        const QStringList target{QStringLiteral("--url"), m_server.url(database),
                                 QStringLiteral("--migrations"), folder};
        const QByteArray client = QFileInfo(m_server.clientProgram()).fileName().toUtf8();
        for (const bool passwordFile : {false, true}) {
            const char *how = passwordFile ? "--password-file" : "BACKSTEP_PASSWORD";
            // A compressed backup: the dump is the only child (zstd runs in backstep-cli).
            watch.hold({dumpName()});
            QString failed =
                cli(QStringList{QStringLiteral("backup"), QStringLiteral("--dir"), backups,
                                QStringLiteral("--compress"), QStringLiteral("zstd")} +
                        target,
                    passwordFile);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
            QVERIFY2(watch.stillHeld().isEmpty(), how); // the dump was seen
            QVERIFY2(!watch.programsSeen().contains("zstd"), how);

            // The rollback's own guard wants that fresh backup; then what it runs.
            failed = cli(QStringList{QStringLiteral("rollback"), QStringLiteral("--to"),
                                     QStringLiteral("1"), QStringLiteral("--yes")} +
                             target,
                         passwordFile);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
            failed = cli(QStringList{QStringLiteral("verify")} + target, passwordFile);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));

            // The playbook's validate step runs ValidationRunner, as `validate` does. Not
            // held: the shell is alive for the second it sleeps.
            watch.hold({});
            failed = cli({QStringLiteral("validate"), QStringLiteral("--command"),
                          QStringLiteral("sleep 1; echo validated")},
                         false);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
            QVERIFY2(watch.programsSeen().contains("sh") || watch.programsSeen().contains("sleep"),
                     how);

            // Restore the newest backup, as a DBA would after the rollback.
            const QStringList files =
                QDir(backups).entryList({QStringLiteral("*.sql.zst")}, QDir::Files, QDir::Time);
            QVERIFY(!files.isEmpty());
            watch.hold({client, "zstd"});
            failed = cli({QStringLiteral("restore"), QDir(backups).filePath(files.first()),
                          QStringLiteral("--url"), m_server.url(database), QStringLiteral("--yes")},
                         passwordFile);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
            QVERIFY2(watch.stillHeld().isEmpty(),
                     qPrintable(QStringLiteral("%1: never seen running: %2")
                                    .arg(QLatin1StringView(how),
                                         QString::fromUtf8(watch.stillHeld().join(", ")))));
        }
        QVERIFY2(watch.leaks().isEmpty(), qPrintable(watch.leaks().join(u", ")));
    }

    void cancelRemovesThePartialFile_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::newRow("none") << QStringLiteral("none");
        QTest::newRow("zstd") << QStringLiteral("zstd");
        QTest::newRow("gzip") << QStringLiteral("gzip");
    }

    // Cancelled at its first progress report, while the dump is still writing (the dump's
    // text is larger than the pipe, and the stream reads no further until that report is
    // delivered): the dump is killed and nothing is left in the folder.
    void cancelRemovesThePartialFile()
    {
        QFETCH(QString, compression);
        const QString folder = m_dir.filePath(QStringLiteral("cancel-") + compression);
        BackupJob job;
        bool dumpRunning = false;
        connect(&job, &BackupJob::progress, &job, [&] {
            dumpRunning = !childrenNamed(dumpName()).isEmpty();
            job.cancel();
        });
        BackupRequest backup = request(folder, m_server, m_database);
        backup.compression = compressionFromName(compression).value_or(BackupCompression::None);
        const BackupRecord record = runJob(job, backup);
        QCOMPARE(record.status, BackupStatus::Cancelled);
        QVERIFY2(dumpRunning, "the dump had ended before the cancel: nothing was interrupted");
        QVERIFY(filesIn(folder).isEmpty());
        auto journal = Journal::open(m_journalPath);
        QCOMPARE(test::checked(BackupCatalog(*journal.value()).find(record.id))->status,
                 BackupStatus::Cancelled);
    }

    void dumpKilledMidwayIsNotABackup()
    {
        const QString folder = m_dir.filePath(QStringLiteral("killed"));
        BackupJob job;
        bool killed = false;
        connect(&job, &BackupJob::progress, this, [&] {
            for (qint64 pid : childrenNamed(dumpName()))
                killed = ::kill(pid_t(pid), SIGKILL) == 0 || killed;
        });
        const BackupRecord record = runJob(job, request(folder, m_server, m_database));
        QVERIFY(killed);
        QCOMPARE(record.status, BackupStatus::Failed);
        QVERIFY(record.error.contains(QStringLiteral("killed")));
        QVERIFY(filesIn(folder).isEmpty());
    }

    void wrongPasswordUnreachableServerAndMissingDumpProgram()
    {
        const QString folder = m_dir.filePath(QStringLiteral("faults"));
        writeFile(m_dir.filePath(QStringLiteral("wrong-password")), QStringLiteral("nope\n"));
        const ProcessResult wrong = runCli(
            {QStringLiteral("backup"), QStringLiteral("--url"), m_server.url(m_database),
             QStringLiteral("--password-file"), m_dir.filePath(QStringLiteral("wrong-password")),
             QStringLiteral("--dir"), folder},
            environment());
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("Access denied"), wrong.err.constData());

        const ProcessResult unreachable = runCli(
            {QStringLiteral("backup"), QStringLiteral("--url"),
             QStringLiteral("mysql://backstep@127.0.0.1:1/x"), QStringLiteral("--password-file"),
             m_server.passwordFile, QStringLiteral("--dir"), folder},
            environment());
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY(unreachable.err.contains("cannot connect"));

        QProcessEnvironment noTools = environment();
        noTools.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("empty-path")));
        noTools.remove(QStringLiteral("BACKSTEP_MYSQL_CLIENT_DIR"));
        const ProcessResult missing =
            runCli({QStringLiteral("backup"), QStringLiteral("--url"), m_server.url(m_database),
                    QStringLiteral("--password-file"), m_server.passwordFile,
                    QStringLiteral("--dir"), folder},
                   noTools);
        QCOMPARE(missing.exitCode, 1);
        // The server's own family first.
        QVERIFY2(missing.err.contains(m_server.isMySql() ? "mysqldump or mariadb-dump not found"
                                                         : "mariadb-dump or mysqldump not found"),
                 missing.err.constData());
        QVERIFY(filesIn(folder).isEmpty());
    }

    void fullDiskFailsCleanly()
    {
        const QString folder = m_dir.filePath(QStringLiteral("tmpfs-full"));
        if (!mountTmpfs(folder, QStringLiteral("32m")))
            QSKIP("mounting a tmpfs needs root in a private mount namespace (scripts/test gives "
                  "both)");
        BackupJob job;
        // Once the dump is under way, something else fills the disk.
        bool filled = false;
        connect(&job, &BackupJob::progress, this, [&] {
            if (filled)
                return;
            filled = true;
            QFile hog(folder + QStringLiteral("/hog"));
            hog.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
            const QByteArray block(1 << 20, 'h');
            while (hog.write(block) == block.size()) {
            }
        });
        const BackupRecord record = runJob(job, request(folder, m_server, m_database));
        QVERIFY(filled);
        QCOMPARE(record.status, BackupStatus::Failed);
        QVERIFY2(record.error.contains(QStringLiteral("cannot write")), qPrintable(record.error));
        // The system's reason, whether the disk filled between chunks or within one.
        QVERIFY2(record.error.contains(QStringLiteral("No space left on device")),
                 qPrintable(record.error));
        QCOMPARE(filesIn(folder), QStringList{QStringLiteral("hog")});
        unmount(folder);
    }

    void tooLittleSpaceIsRefusedBeforeStarting()
    {
        const QString folder = m_dir.filePath(QStringLiteral("tmpfs-small"));
        if (!mountTmpfs(folder, QStringLiteral("1m")))
            QSKIP("mounting a tmpfs needs root in a private mount namespace (scripts/test gives "
                  "both)");
        BackupJob job;
        const BackupRecord record = runJob(job, request(folder, m_server, m_database));
        QCOMPARE(record.status, BackupStatus::Failed);
        QVERIFY2(record.error.contains(QStringLiteral("not enough free space")),
                 qPrintable(record.error));
        QVERIFY(filesIn(folder).isEmpty());
        unmount(folder);
    }

    void serverStoppedMidway()
    {
        // A server of its own: stopping the shared one would break the other tests.
        const QString state = m_dir.filePath(QStringLiteral("own-server"));
        const QString sandbox = m_server.isMySql()
                                    ? supportDir() + QStringLiteral("/mysql-sandbox")
                                    : supportDir() + QStringLiteral("/mariadb-sandbox");
        const QString pidFile =
            m_server.isMySql() ? QStringLiteral("mysqld.pid") : QStringLiteral("mariadbd.pid");
        QCOMPARE(QProcess::execute(sandbox, {QStringLiteral("start"), state}), 0);
        MariaDbSandbox own;
        own.flavour = m_server.flavour;
        own.clientDir = m_server.clientDir;
        {
            QFile port(state + QStringLiteral("/port")),
                password(state + QStringLiteral("/password"));
            QVERIFY(port.open(QIODevice::ReadOnly) && password.open(QIODevice::ReadOnly));
            own.port = port.readAll().trimmed().toInt();
            own.password = QString::fromUtf8(password.readAll().trimmed());
        }
        const QString database = own.createDatabase(QStringLiteral("doomed"));
        populate(own, database, 8);
        BackupJob job;
        bool stopped = false;
        connect(&job, &BackupJob::progress, this, [&] {
            if (!stopped) {
                stopped = true;
                QProcess::execute(
                    QStringLiteral("sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("kill -KILL $(cat '%1/%2')").arg(state, pidFile)});
            }
        });
        const QString folder = m_dir.filePath(QStringLiteral("stopped"));
        const BackupRecord record = runJob(job, request(folder, own, database));
        QProcess::execute(sandbox, {QStringLiteral("stop"), state});
        QVERIFY(stopped);
        QCOMPARE(record.status, BackupStatus::Failed);
        QVERIFY(filesIn(folder).isEmpty());
    }

    void anExistingBackupIsNeverReplaced()
    {
        // Files already named as backups of this database for the next seconds: a new
        // backup must take another name and leave every one of them untouched.
        const QString folder = m_dir.filePath(QStringLiteral("same-second"));
        QDir().mkpath(folder);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList existing;
        for (int second = 0; second < 30; ++second) {
            const QString path =
                folder + u'/' +
                backupFileName(m_database, now.addSecs(second), BackupCompression::None);
            writeFile(path, QStringLiteral("an earlier backup\n"));
            existing.append(path);
        }
        BackupJob job;
        const BackupRecord record = runJob(job, request(folder, m_server, m_database));
        QCOMPARE(record.status, BackupStatus::Complete);
        QVERIFY(!existing.contains(record.path));
        QVERIFY(record.path.endsWith(QStringLiteral("_2.sql")));
        for (const QString &path : existing) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("an earlier backup\n"));
        }
    }

    void sqliteBackupWithVacuumInto()
    {
        auto demo = DemoWorkspace::create(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY(demo.ok());
        const QString folder = m_dir.filePath(QStringLiteral("sqlite-backups"));
        const ProcessResult result =
            runCli({QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("--url"),
                    demo->url(), QStringLiteral("--dir"), folder},
                   environment());
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        const QString path = json[QStringLiteral("path")].toString();
        QVERIFY(path.endsWith(QStringLiteral(".sqlite")));
        QCOMPARE(json[QStringLiteral("sha256")].toString().toLatin1(), sha256Of(path));
        QCOMPARE(json[QStringLiteral("migration_version")].toString(), QStringLiteral("1203"));
        auto journal = Journal::open(m_journalPath);
        const auto record = test::checked(BackupCatalog(*journal.value()).findByPath(path));
        QVERIFY(record && BackupVerifier::verify(*record).ok);
        const RestoreCheckResult check =
            BackupVerifier::testRestore(ConnectionSpec::parse(demo->url()).value(), {}, *record);
        QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
        QCOMPARE(check.restoredRows.value(QStringLiteral("food_log_items")), 8);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
