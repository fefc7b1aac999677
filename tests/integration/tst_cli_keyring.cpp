// backstep-cli with a profile whose password the keyring remembers: a real Secret Service
// (gnome-keyring-daemon on a D-Bus session bus of the test's own) holds the password, stored
// through PasswordKeyring as the window stores it, and status, plan and backup connect to
// the real server with it; nothing else gives a password. Where no keyring answers, the
// command says so and what to give instead, and stops (no hang, no prompt without a
// terminal). The password is in no file the commands or the keyring wrote.
#include "core/profilestore.h"
#include "ops/passwordkeyring.h"
#include "support/secretservice.h"
#include "support/testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

class TestCliKeyring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("clikeyring"))};
    test::SecretServiceSandbox m_secrets;
    test::MariaDbSandbox m_server;
    QString m_database;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Without a terminal of its own (setsid): a prompt could never be answered.
    test::ProcessResult cli(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        return test::run(QStringLiteral("setsid"),
                         QStringList{QStringLiteral("-w"), test::cliPath()} + arguments,
                         environment);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = test::MariaDbSandbox::current();
        const QString problem = m_secrets.start(path(QStringLiteral("secrets")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_secrets.useAsSessionBus();

        const QString migrations = path(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(migrations));
        test::writeFile(migrations + QStringLiteral("/20240101000000_create_patients.sql"),
                        QStringLiteral("-- migrate:up\nCREATE TABLE patients (id INT PRIMARY "
                                       "KEY);\n-- migrate:down\nDROP TABLE patients;\n"));
        m_database = m_server.createDatabase(QStringLiteral("keyring"));
        m_server.execute(m_database, test::applyMigrationsScript(migrations));

        ConnectionProfile profile;
        profile.name = QStringLiteral("remembered");
        profile.url = m_server.url(m_database);
        profile.rememberPassword = true;
        profile.migrationsFolder = migrations;
        profile.migrationsFormat = QStringLiteral("dbmate");
        const auto saved =
            ProfileStore(path(QStringLiteral("config/backstep/profiles.json"))).save(profile);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));

        // Stored as the window's password dialog stores it.
        const QString key =
            PasswordKeyring::keyFor(test::checked(ConnectionSpec::parse(profile.url)));
        std::optional<Result<void>> written;
        PasswordKeyring::instance().write(key, m_server.password, this,
                                          [&](Result<void> result) { written.emplace(result); });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 60000));
        QVERIFY2(written->ok(), qPrintable(written->error()));

        m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_secrets.address());
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("BACKSTEP_JOURNAL"),
                             path(QStringLiteral("journal.sqlite")));
        m_environment.remove(QStringLiteral("BACKSTEP_PASSWORD"));
    }

    void statusTakesThePasswordFromTheKeyring()
    {
        const auto result = cli({QStringLiteral("status"), QStringLiteral("--profile"),
                                 QStringLiteral("remembered"), QStringLiteral("--json")},
                                m_environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(result.out)
                                    .object()
                                    .value(QStringLiteral("migrations"))
                                    .toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()[QStringLiteral("version")].toString(),
                 QStringLiteral("20240101000000"));
        QCOMPARE(rows.first()[QStringLiteral("state")].toString(), QStringLiteral("applied"));
    }

    void planAndBackupTooAndThePasswordIsInNoFile()
    {
        const auto plan =
            cli({QStringLiteral("plan"), QStringLiteral("--profile"), QStringLiteral("remembered"),
                 QStringLiteral("--steps"), QStringLiteral("1")},
                m_environment);
        QVERIFY2(plan.exitCode == 0, plan.err.constData());
        QVERIFY2(plan.out.contains("DROP TABLE patients"), plan.out.constData());

        const QString backups = path(QStringLiteral("backups"));
        const auto backup = cli({QStringLiteral("backup"), QStringLiteral("--profile"),
                                 QStringLiteral("remembered"), QStringLiteral("--dir"), backups},
                                m_environment);
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        QVERIFY(!QDir(backups).entryList({QStringLiteral("*.sql")}, QDir::Files).isEmpty());

        // Not in the profile, the journal, the backup, the keyring's own files, nor in
        // anything the commands printed.
        QVERIFY(!m_server.password.isEmpty());
        const QByteArray secret = m_server.password.toUtf8();
        for (const auto &printed : {plan.out, plan.err, backup.out, backup.err})
            QVERIFY(!printed.contains(secret));
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
        QVERIFY(scanned >= 4);
    }

    void withoutAKeyringItSaysWhatToGiveInstead()
    {
        QProcessEnvironment environment = m_environment;
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") + path(QStringLiteral("no-bus-here")));
        const auto result = cli(
            {QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("remembered")},
            environment);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("keeps its password in the keyring, but the keyring cannot "
                                     "be read"),
                 result.err.constData());
        QVERIFY2(result.err.contains("--password-file FILE"), result.err.constData());

        // What it says to give works.
        environment.insert(QStringLiteral("BACKSTEP_PASSWORD"), m_server.password);
        const auto given = cli(
            {QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("remembered")},
            environment);
        QVERIFY2(given.exitCode == 0, given.err.constData());
    }

    void aForgottenPasswordIsNamed()
    {
        ConnectionProfile other;
        other.name = QStringLiteral("forgotten");
        other.url =
            QStringLiteral("mysql://nobody@127.0.0.1:%1/%2").arg(m_server.port).arg(m_database);
        other.rememberPassword = true;
        other.migrationsFolder = path(QStringLiteral("migrations"));
        QVERIFY(
            ProfileStore(path(QStringLiteral("config/backstep/profiles.json"))).save(other).ok());
        const auto result = cli(
            {QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("forgotten")},
            m_environment);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("the keyring holds no password for mysql://nobody@127.0.0.1"),
                 result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliKeyring)
#include "tst_cli_keyring.moc"
