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
    m_folder = QStringLiteral(BACKSTEP_TEST_DATA_DIR "/verify/migrations");
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

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
