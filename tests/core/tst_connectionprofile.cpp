// Connection profiles in QSettings: everything comes back as saved, and nothing that
// could be a password is written.
#include "core/connectionprofile.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

class TestConnectionProfile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static ConnectionProfile heartguard()
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("HeartGuard production");
        profile.url = QStringLiteral("mysql://deploy@db.internal:3306/heartguard");
        profile.migrationsFolder = QStringLiteral("/srv/heartguard/db/migrations");
        profile.migrationsFormat = QStringLiteral("dbmate");
        profile.service.unit = QStringLiteral("heartguard-app");
        profile.service.backend = ServiceConfig::Backend::Commands;
        profile.service.stopCommand = QStringLiteral("sudo -n systemctl stop heartguard-app");
        profile.service.startCommand = QStringLiteral("sudo -n systemctl start heartguard-app");
        profile.service.statusCommand = QStringLiteral("systemctl is-active heartguard-app");
        profile.service.timeoutSeconds = 45;
        profile.logFiles = {QStringLiteral("/var/log/heartguard/app.log"),
                            QStringLiteral("/var/log/mysql/error.log")};
        profile.contacts = ConnectionProfile::playbookContacts();
        profile.validationCommands = {
            {QStringLiteral("data validation"),
             QStringLiteral("npm run validate:data"),
             QStringLiteral("/srv/heartguard/app"),
             {{QStringLiteral("NODE_ENV"), QStringLiteral("test")},
              {QStringLiteral("DB_HOST"), QStringLiteral("db.internal")}},
             120},
            {{}, QStringLiteral("npm run test"), QStringLiteral("/srv/heartguard/app"), {}, 300},
        };
        return profile;
    }

private Q_SLOTS:
    void roundTrips()
    {
        const QString file = m_dir.filePath(QStringLiteral("roundtrip.conf"));
        {
            QSettings settings(file, QSettings::IniFormat);
            ProfileStore store(&settings);
            const auto saved = store.save(heartguard());
            QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error()));
            ConnectionProfile staging;
            staging.name = QStringLiteral("Staging");
            QVERIFY(store.save(staging).ok());
        }
        QSettings settings(file, QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.names(),
                 QStringList({QStringLiteral("HeartGuard production"), QStringLiteral("Staging")}));
        const auto loaded = store.load(QStringLiteral("HeartGuard production"));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error()));
        const ConnectionProfile expected = heartguard();
        QCOMPARE(loaded->url, expected.url);
        QCOMPARE(loaded->migrationsFolder, expected.migrationsFolder);
        QCOMPARE(loaded->migrationsFormat, expected.migrationsFormat);
        QCOMPARE(loaded->service.unit, expected.service.unit);
        QCOMPARE(loaded->service.backend, ServiceConfig::Backend::Commands);
        QCOMPARE(loaded->service.stopCommand, expected.service.stopCommand);
        QCOMPARE(loaded->service.startCommand, expected.service.startCommand);
        QCOMPARE(loaded->service.statusCommand, expected.service.statusCommand);
        QCOMPARE(loaded->service.restartCommand, QString());
        QCOMPARE(loaded->service.timeoutSeconds, 45);
        QCOMPARE(loaded->logFiles, expected.logFiles);
        QCOMPARE(loaded->contacts, expected.contacts);
        QCOMPARE(loaded->contacts.first().email, QStringLiteral("dba@heartguard.com"));
        QCOMPARE(loaded->validationCommands.size(), 2);
        QCOMPARE(loaded->validationCommands, expected.validationCommands);
        QCOMPARE(loaded->validationCommands.at(0).environment.value(QStringLiteral("NODE_ENV")),
                 QStringLiteral("test"));
        QCOMPARE(loaded->validationCommands.at(1).displayName(), QStringLiteral("npm run test"));

        const auto staging = store.load(QStringLiteral("Staging"));
        QVERIFY(staging.ok());
        QVERIFY(!staging->service.isConfigured());
        QVERIFY(staging->validationCommands.isEmpty());
        QCOMPARE(staging->service.backend, ServiceConfig::Backend::Systemd);

        store.remove(QStringLiteral("Staging"));
        QCOMPARE(store.names(), QStringList{QStringLiteral("HeartGuard production")});
        QVERIFY(!store.load(QStringLiteral("Staging")).ok());
    }

    void writesNoPassword()
    {
        const QString file = m_dir.filePath(QStringLiteral("nopassword.conf"));
        {
            QSettings settings(file, QSettings::IniFormat);
            QVERIFY(ProfileStore(&settings).save(heartguard()).ok());
        }
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(text.contains("heartguard-app"));
        QVERIFY2(!text.toLower().contains("password"), text.constData());
        QVERIFY(!text.toLower().contains("secret"));
    }

    void aUrlWithAPasswordIsRefused()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("refused.conf")), QSettings::IniFormat);
        ProfileStore store(&settings);
        ConnectionProfile profile = heartguard();
        profile.url = QStringLiteral("mysql://deploy:hunter2@db.internal/heartguard");
        const auto saved = store.save(profile);
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().contains(QStringLiteral("password")));
        QVERIFY(store.names().isEmpty());
    }

    // Profiles never hold a secret: a variable named like one, or a URL with a password in
    // its value, is refused with the reason, and nothing is written.
    void secretVariablesAreRefused_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("password") << "DB_PASSWORD"
                                  << "hunter2"
                                  << "DB_PASSWORD";
        QTest::newRow("lower case") << "mysql_pwd_password"
                                    << "x"
                                    << "mysql_pwd_password";
        QTest::newRow("passwd") << "PGPASSWD"
                                << "x"
                                << "PGPASSWD";
        QTest::newRow("secret") << "JWT_SECRET"
                                << "x"
                                << "JWT_SECRET";
        QTest::newRow("token") << "GITHUB_TOKEN"
                               << "x"
                               << "GITHUB_TOKEN";
        QTest::newRow("credentials") << "GOOGLE_CREDENTIALS"
                                     << "x"
                                     << "GOOGLE_CREDENTIALS";
        QTest::newRow("api key") << "STRIPE_API_KEY"
                                 << "x"
                                 << "STRIPE_API_KEY";
        QTest::newRow("url with password") << "DATABASE_URL"
                                           << "mysql://app:hunter2@db/heartguard"
                                           << "DATABASE_URL";
        QTest::newRow("not a name") << "NODE ENV"
                                    << "test"
                                    << "NODE ENV";
    }

    void secretVariablesAreRefused()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, named);
        QSettings settings(
            m_dir.filePath(
                QStringLiteral("secret-%1.conf")
                    .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'))),
            QSettings::IniFormat);
        ProfileStore store(&settings);
        ConnectionProfile profile = heartguard();
        profile.validationCommands[1].environment.insert(variable, value);
        const auto saved = store.save(profile);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(named), qPrintable(saved.error()));
        QVERIFY2(saved.error().contains(QStringLiteral("npm run test")), qPrintable(saved.error()));
        QVERIFY(store.names().isEmpty());
    }

    void validationCommandRules()
    {
        ValidationCommand command{{}, QStringLiteral("npm test"), {}, {}, 300};
        QVERIFY2(command.problem().isEmpty(), qPrintable(command.problem()));
        command.environment.insert(QStringLiteral("DATABASE_URL"),
                                   QStringLiteral("mysql://app@db:3306/heartguard"));
        command.environment.insert(QStringLiteral("KEYBOARD_LAYOUT"), QStringLiteral("us"));
        QVERIFY2(command.problem().isEmpty(), qPrintable(command.problem()));
        command.timeoutSeconds = 0;
        QVERIFY(command.problem().contains(QStringLiteral("timeout")));
        command.timeoutSeconds = ValidationCommand::maximumTimeoutSeconds + 1;
        QVERIFY(command.problem().contains(QStringLiteral("timeout")));
        command.timeoutSeconds = 1;
        command.command = QStringLiteral("  ");
        command.name = QStringLiteral("tests");
        QVERIFY(command.problem().contains(QStringLiteral("no command line")));
        QCOMPARE(command.displayName(), QStringLiteral("tests"));
        QVERIFY(ValidationCommand::looksSecret(QStringLiteral("aws_secret_access_key")));
        QVERIFY(!ValidationCommand::looksSecret(QStringLiteral("NODE_ENV")));
    }

    void serviceProblemsAreNamed()
    {
        ServiceConfig config;
        QVERIFY(!config.problem().isEmpty());
        config.unit = QStringLiteral("heartguard-app");
        QVERIFY(config.problem().isEmpty()); // systemd needs nothing more
        config.backend = ServiceConfig::Backend::Commands;
        config.stopCommand = QStringLiteral("true");
        QVERIFY2(config.problem().contains(QStringLiteral("start, status")),
                 qPrintable(config.problem()));
    }

    void unknownBackendIsAnError()
    {
        const QString file = m_dir.filePath(QStringLiteral("badbackend.conf"));
        QSettings settings(file, QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(store.save(heartguard()).ok());
        settings.setValue(QStringLiteral("profiles/HeartGuard production/service/backend"),
                          QStringLiteral("upstart"));
        const auto loaded = store.load(QStringLiteral("HeartGuard production"));
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().contains(QStringLiteral("upstart")));
        QVERIFY(loaded.error().contains(file));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
