// Issue 6's proof on the real MariaDB server: a multi-migration set (a JSON normalization
// with a foreign key, a trigger, a procedure, an index, partitioning) rolled back with
// backstep-cli, then `verify` passes against a replay of the UP sections; tampering with
// the database afterwards (an index dropped, a column added, an orphaned row) makes it
// fail, naming exactly those problems. The report is exported as HTML, JSON and PDF.
#include "core/profilestore.h"
#include "db/journal.h"
#include "db/reportstore.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using namespace backstep::test;

class TestVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rolledBackDatabasePassesThenTamperingFails();
    void versionsAppTablesAndInconclusive();
    void bodiesAsTheServersClientStoredThem();

private:
    ProcessResult cli(const QStringList &arguments);
    QStringList connection() const;

    MariaDbSandbox m_sandbox;
    QTemporaryDir m_work{temporaryRoot() + QStringLiteral("/verify-XXXXXX")};
    QString m_database;
    QString m_folder;
};

void TestVerify::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_sandbox = MariaDbSandbox::current();
    m_folder = dataDir() + QStringLiteral("/verify/migrations");
    m_database = m_sandbox.createDatabase(QStringLiteral("verify"));
    m_sandbox.execute(m_database, applyMigrationsScript(m_folder));

    // The connection's own checks, as a DBA would keep them in its profile.
    ProfileStore store(m_work.filePath(QStringLiteral("config/backstep/profiles.json")));
    ConnectionProfile profile;
    profile.name = QStringLiteral("verify-test");
    profile.url = m_sandbox.url(m_database);
    profile.assertions = {{QStringLiteral("three users"),
                           QStringLiteral("SELECT COUNT(*) FROM users"), QStringLiteral("3")},
                          {QStringLiteral("items back as JSON"),
                           QStringLiteral("SELECT items FROM food_logs WHERE id = 2"),
                           QStringLiteral("[\"pear\", \"fig\"]")}};
    ValidationCommand command;
    command.name = QStringLiteral("validate:data");
    command.command = QStringLiteral("echo checking; test -n \"$APP_ENV\"");
    command.environment.insert(QStringLiteral("APP_ENV"), QStringLiteral("staging"));
    command.timeoutSeconds = 30;
    profile.validationCommands = {command};
    auto saved = store.save(profile);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error()));
}

QStringList TestVerify::connection() const
{
    return {QStringLiteral("--url"),           m_sandbox.url(m_database),
            QStringLiteral("--password-file"), m_sandbox.passwordFile,
            QStringLiteral("--migrations"),    m_folder};
}

ProcessResult TestVerify::cli(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BACKSTEP_JOURNAL"),
                       m_work.filePath(QStringLiteral("journal.sqlite")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_work.filePath(QStringLiteral("config")));
    return runCli(arguments + connection(), environment);
}

void TestVerify::rolledBackDatabasePassesThenTamperingFails()
{
    const ProcessResult rollback =
        cli({QStringLiteral("rollback"), QStringLiteral("--to"), QStringLiteral("0001"),
             QStringLiteral("--yes"), QStringLiteral("--no-backup"), QStringLiteral("--confirm"),
             m_database, QStringLiteral("--json")});
    QVERIFY2(rollback.exitCode == 0, rollback.out.constData());

    const QString html = m_work.filePath(QStringLiteral("report.html"));
    const ProcessResult passing =
        cli({QStringLiteral("verify"), QStringLiteral("--profile"), QStringLiteral("verify-test"),
             QStringLiteral("--report"), html, QStringLiteral("--json")});
    const QJsonObject pass = QJsonDocument::fromJson(passing.out).object();
    QVERIFY2(passing.exitCode == 0, passing.out.constData());
    QCOMPARE(pass.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    QCOMPARE(pass.value(QStringLiteral("target_version")).toString(), QStringLiteral("0001"));
    QVERIFY2(pass.value(QStringLiteral("expected_source"))
                 .toString()
                 .contains(QStringLiteral("replay of 1 UP section")),
             qPrintable(pass.value(QStringLiteral("expected_source")).toString()));
    QStringList passed;
    for (const QJsonValue &check : pass.value(QStringLiteral("checks")).toArray())
        if (check[QStringLiteral("outcome")].toString() == u"passed")
            passed.append(check[QStringLiteral("section")].toString() + u':' +
                          check[QStringLiteral("name")].toString());
    const QString all = passed.join(u'\n');
    // The playbook's scenarios, recognized from the run's DOWN statements.
    for (const char *expected : {"scenario:", "data:CHECK TABLE", "assertion:three users",
                                 "assertion:items back as JSON", "command:validate:data"})
        QVERIFY2(all.contains(QLatin1StringView(expected)), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("food_logs.items")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("partition")), qPrintable(all));
    QVERIFY(QFile(html).size() > 1000);
    QVERIFY(QFile(html).open(QIODevice::ReadOnly));

    // Tampering: an index the state at 0001 has is dropped, a column is added, a row is
    // orphaned.
    m_sandbox.execute(m_database,
                      {QStringLiteral("DROP INDEX idx_activity_events_user ON activity_events"),
                       QStringLiteral("ALTER TABLE users ADD COLUMN nickname VARCHAR(40) NULL"),
                       QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"),
                       QStringLiteral("INSERT INTO food_logs (user_id, items, logged_at) VALUES "
                                      "(999, '[]', '2026-02-01 00:00:00')")});
    const QString pdf = m_work.filePath(QStringLiteral("report.pdf"));
    const ProcessResult failing =
        cli({QStringLiteral("verify"), QStringLiteral("--report"), pdf, QStringLiteral("--json")});
    QCOMPARE(failing.exitCode, 3);
    const QJsonObject fail = QJsonDocument::fromJson(failing.out).object();
    QCOMPARE(fail.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    QStringList differences;
    for (const QJsonValue &difference : fail.value(QStringLiteral("schema_differences")).toArray())
        differences.append(difference[QStringLiteral("kind")].toString() + u' ' +
                           difference[QStringLiteral("object")].toString());
    differences.sort();
    QCOMPARE(differences, (QStringList{QStringLiteral("extra column users.nickname"),
                                       QStringLiteral("missing index activity_events."
                                                      "idx_activity_events_user")}));
    QStringList failed;
    for (const QJsonValue &check : fail.value(QStringLiteral("checks")).toArray())
        if (check[QStringLiteral("outcome")].toString() != u"passed" &&
            check[QStringLiteral("outcome")].toString() != u"skipped")
            failed.append(check[QStringLiteral("name")].toString() + QStringLiteral(": ") +
                          check[QStringLiteral("detail")].toString());
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().contains(QStringLiteral("fk_food_logs_user")) &&
                 failed.first().contains(QStringLiteral("999")),
             qPrintable(failed.first()));
    QVERIFY(fail.value(QStringLiteral("errors")).toArray().isEmpty());
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5).startsWith("%PDF-"));

    // Both reports are in the journal, with the run they verify.
    auto journal = Journal::open(m_work.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.ok());
    const auto reports =
        test::checked(ReportStore(*journal.value()).list(m_sandbox.url(m_database)));
    QCOMPARE(reports.size(), 2);
    QVERIFY(!reports.at(0).passed);
    QVERIFY(reports.at(1).passed);
    QVERIFY(!reports.at(1).runId.isEmpty());
    QCOMPARE(reports.at(0).runId, reports.at(1).runId);
}

// One version normalization (golang-migrate's table says 11, the file is 0011_...), an
// application's own table from before its first migration set aside, and a verdict that
// says "inconclusive", reason first, with exit code 5 when the expected state is unknown.
void TestVerify::versionsAppTablesAndInconclusive()
{
    const QString database = m_sandbox.createDatabase(QStringLiteral("verifyversions"));
    const QString folder = m_work.filePath(QStringLiteral("golang"));
    writeFile(folder + QStringLiteral("/0011_reports.up.sql"),
              QStringLiteral("CREATE TABLE reports (id INT PRIMARY KEY);\n"));
    writeFile(folder + QStringLiteral("/0011_reports.down.sql"),
              QStringLiteral("DROP TABLE reports;\n"));
    m_sandbox.execute(
        database,
        {QStringLiteral("CREATE TABLE legacy_accounts (id INT PRIMARY KEY)"),
         QStringLiteral("CREATE TABLE reports (id INT PRIMARY KEY)"),
         QStringLiteral("CREATE TABLE schema_migrations (version bigint not null primary key, "
                        "dirty boolean not null)"),
         QStringLiteral("INSERT INTO schema_migrations VALUES (11, 0)")});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BACKSTEP_JOURNAL"),
                       m_work.filePath(QStringLiteral("journal-versions.sqlite")));
    const QStringList target{QStringLiteral("verify"),          QStringLiteral("--json"),
                             QStringLiteral("--url"),           m_sandbox.url(database),
                             QStringLiteral("--password-file"), m_sandbox.passwordFile,
                             QStringLiteral("--migrations"),    folder};
    const ProcessResult passing = runCli(target, environment);
    const QJsonObject pass = QJsonDocument::fromJson(passing.out).object();
    QVERIFY2(passing.exitCode == 0, passing.out.constData());
    QCOMPARE(pass.value(QStringLiteral("target_version")).toString(), QStringLiteral("11"));
    QVERIFY2(QJsonDocument(pass.value(QStringLiteral("ignored")).toArray())
                 .toJson()
                 .contains("legacy_accounts"),
             passing.out.constData());
    const ProcessResult asFile =
        runCli(target + QStringList{QStringLiteral("--expect-version"), QStringLiteral("0011")},
               environment);
    QVERIFY2(asFile.exitCode == 0, asFile.out.constData());

    // The history says 12, and there is no file for it: nothing can be expected.
    m_sandbox.execute(database, {QStringLiteral("UPDATE schema_migrations SET version = 12")});
    const ProcessResult unknown = runCli(target, environment);
    QCOMPARE(unknown.exitCode, 5);
    const QJsonObject report = QJsonDocument::fromJson(unknown.out).object();
    QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("inconclusive"));
    QVERIFY2(report.value(QStringLiteral("inconclusive_reason"))
                 .toString()
                 .startsWith(QStringLiteral("the expected schema at 12 cannot be established")),
             unknown.out.constData());
    QVERIFY(report.value(QStringLiteral("schema_differences")).toArray().isEmpty());
    const ProcessResult text =
        runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--url"),
                           m_sandbox.url(database), QStringLiteral("--password-file"),
                           m_sandbox.passwordFile, QStringLiteral("--migrations"), folder},
               environment);
    QCOMPARE(text.exitCode, 5);
    QVERIFY2(text.out.startsWith("INCONCLUSIVE: the expected schema at 12"), text.out.constData());
}

namespace {

// The migrations of bodiesAsTheServersClientStoredThem: routine, trigger, event and view
// bodies with every comment form, written the way a DBA writes them for `mysql < file`.
struct CommentedMigration
{
    QString version;
    QString up;
    QString down;
};

QList<CommentedMigration> commentedMigrations()
{
    return {
        {QStringLiteral("0001"),
         QStringLiteral(
             "CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL,\n"
             "    note VARCHAR(40) NULL) ENGINE=InnoDB;\n"
             "INSERT INTO accounts VALUES (1, 10, NULL), (2, 20, '-- not a comment');\n"),
         QStringLiteral("DROP TABLE accounts;\n")},
        {QStringLiteral("0002"),
         QStringLiteral("DELIMITER //\n"
                        "CREATE PROCEDURE credit(IN amount INT)\n"
                        "BEGIN\n"
                        "  -- every account, once\n"
                        "  UPDATE accounts SET balance = balance + amount; # no WHERE: all\n"
                        "  /* a block comment\n"
                        "     across lines */\n"
                        "  SELECT balance--1 AS arithmetic, '# kept', `note` FROM accounts;\n"
                        "END //\n"
                        "DELIMITER ;\n"),
         QStringLiteral("DROP PROCEDURE credit;\n")},
        {QStringLiteral("0003"),
         QStringLiteral("DELIMITER $$\n"
                        "CREATE TRIGGER trg_accounts_note BEFORE INSERT ON accounts FOR EACH ROW\n"
                        "BEGIN\n"
                        "  # a hash comment\n"
                        "  IF NEW.note IS NULL THEN -- default the note\n"
                        "    SET NEW.note = /* inline */ 'new';\n"
                        "  END IF;\n"
                        "END $$\n"
                        "DELIMITER ;\n"),
         QStringLiteral("DROP TRIGGER trg_accounts_note;\n")},
        {QStringLiteral("0004"),
         QStringLiteral("DELIMITER //\n"
                        "CREATE FUNCTION doubled(x INT) RETURNS INT DETERMINISTIC\n"
                        "BEGIN\n"
                        "  -- twice the value\n"
                        "  RETURN x * 2; /* always */\n"
                        "END //\n"
                        "CREATE EVENT ev_accounts_tidy ON SCHEDULE EVERY 1 DAY DISABLE DO\n"
                        "BEGIN\n"
                        "  # nightly\n"
                        "  DELETE FROM accounts WHERE balance < 0; -- overdrawn\n"
                        "END //\n"
                        "DELIMITER ;\n"
                        "CREATE VIEW v_rich AS\n"
                        "  -- the rich ones\n"
                        "  SELECT id, balance /* in cents */ FROM accounts WHERE balance > 15;\n"),
         QStringLiteral(
             "DROP VIEW v_rich;\nDROP EVENT ev_accounts_tidy;\nDROP FUNCTION doubled;\n")},
    };
}

} // namespace

// common.verify.body-comments (issue 12): the mysql 9.7 client keeps comments in what it sends (so
// in stored routine, trigger and event bodies), the mariadb client drops them. Migrations applied
// with the server's own client (`mysql`/`mariadb` < file) roll back, and verify passes at every
// version against the replay; a real change to a body is still a change, shown as stored.
void TestVerify::bodiesAsTheServersClientStoredThem()
{
    const QString database = m_sandbox.createDatabase(QStringLiteral("verifycomments"));
    const QString folder = m_work.filePath(QStringLiteral("commented"));
    const QString optionFile = m_work.filePath(QStringLiteral("client.cnf"));
    m_sandbox.writeClientOptionFile(optionFile);
    const auto applyWithClient = [&](const QString &name, const QString &sql) {
        const QString path = m_work.filePath(name);
        writeFile(path, sql);
        QProcess client;
        client.setStandardInputFile(path);
        client.start(m_sandbox.clientProgram(),
                     {QStringLiteral("--defaults-file=") + optionFile,
                      QStringLiteral("--default-character-set=utf8mb4"), database});
        QVERIFY2(client.waitForFinished(120000), "the client did not finish");
        QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
                 client.readAllStandardError().constData());
    };

    m_sandbox.execute(database, {QStringLiteral("CREATE TABLE schema_migrations "
                                                "(version VARCHAR(128) PRIMARY KEY)")});
    const QList<CommentedMigration> migrations = commentedMigrations();
    for (const CommentedMigration &migration : migrations) {
        writeFile(folder + QStringLiteral("/%1_commented.sql").arg(migration.version),
                  QStringLiteral("-- UP\n") + migration.up + QStringLiteral("-- DOWN\n") +
                      migration.down);
        applyWithClient(migration.version + QStringLiteral("-up.sql"), migration.up);
        if (QTest::currentTestFailed())
            return;
        m_sandbox.execute(
            database,
            {QStringLiteral("INSERT INTO schema_migrations VALUES ('%1')").arg(migration.version)});
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BACKSTEP_JOURNAL"),
                       m_work.filePath(QStringLiteral("journal-comments.sqlite")));
    const QStringList target{QStringLiteral("--url"),           m_sandbox.url(database),
                             QStringLiteral("--password-file"), m_sandbox.passwordFile,
                             QStringLiteral("--migrations"),    folder};
    const auto verify = [&](const QString &when) {
        const ProcessResult verified = runCli(
            QStringList{QStringLiteral("verify"), QStringLiteral("--json")} + target, environment);
        const QJsonObject report = QJsonDocument::fromJson(verified.out).object();
        QVERIFY2(verified.exitCode == 0 &&
                     report.value(QStringLiteral("verdict")).toString() == u"pass",
                 qPrintable(when + QStringLiteral(": ") + QString::fromUtf8(verified.out) +
                            QString::fromUtf8(verified.err)));
    };

    // A real change beside the comments: the procedure debits instead of crediting.
    applyWithClient(
        QStringLiteral("changed.sql"),
        QStringLiteral("DROP PROCEDURE credit;\n") +
            QString(migrations[1].up)
                .replace(QStringLiteral("balance + amount"), QStringLiteral("balance - amount")));
    const ProcessResult changed = runCli(
        QStringList{QStringLiteral("verify"), QStringLiteral("--json")} + target, environment);
    QCOMPARE(changed.exitCode, 3);
    const QJsonArray differences = QJsonDocument::fromJson(changed.out)
                                       .object()
                                       .value(QStringLiteral("schema_differences"))
                                       .toArray();
    QCOMPARE(differences.size(), 1);
    const QString difference = differences.first()[QStringLiteral("object")].toString();
    QCOMPARE(difference, QStringLiteral("procedure credit"));
    // The report shows the body as the server stored it: with the mysql client's comments.
    const QString shown = QString::fromUtf8(QJsonDocument(differences).toJson());
    QVERIFY2(shown.contains(QStringLiteral("balance - amount")), qPrintable(shown));
    QCOMPARE(shown.contains(QStringLiteral("every account, once")), m_sandbox.isMySql());
    applyWithClient(QStringLiteral("restored.sql"),
                    QStringLiteral("DROP PROCEDURE credit;\n") + commentedMigrations()[1].up);

    verify(QStringLiteral("with every migration applied"));
    for (qsizetype i = migrations.size() - 1; i >= 0 && !QTest::currentTestFailed(); --i) {
        const ProcessResult rolledBack = runCli(
            QStringList{QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1"),
                        QStringLiteral("--yes"), QStringLiteral("--no-backup"),
                        QStringLiteral("--confirm"), database} +
                target,
            environment);
        QVERIFY2(rolledBack.exitCode == 0, QByteArray(rolledBack.out + rolledBack.err).constData());
        verify(QStringLiteral("after rolling back ") + migrations[i].version);
    }
}

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
