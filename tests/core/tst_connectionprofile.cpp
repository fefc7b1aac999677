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

        const auto staging = store.load(QStringLiteral("Staging"));
        QVERIFY(staging.ok());
        QVERIFY(!staging->service.isConfigured());
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
