// Connection profiles in their JSON file: everything comes back as saved, every character
// of a command survives, older INI profiles move over once (with what the INI format cut
// recovered), bad documents are refused with where, and nothing that could be a password
// is written.
#include "core/legacyprofilereader.h"
#include "core/profilestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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
        const QString file = m_dir.filePath(QStringLiteral("roundtrip.json"));
        {
            ProfileStore store(file);
            const auto saved = store.save(heartguard());
            QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error()));
            ConnectionProfile staging;
            staging.name = QStringLiteral("Staging");
            QVERIFY(store.save(staging).ok());
        }
        ProfileStore store(file);
        QCOMPARE(store.names().value(),
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

        QVERIFY(store.remove(QStringLiteral("Staging")).ok());
        QCOMPARE(store.names().value(), QStringList{QStringLiteral("HeartGuard production")});
        QVERIFY(!store.load(QStringLiteral("Staging")).ok());
    }

    void writesNoPassword()
    {
        const QString file = m_dir.filePath(QStringLiteral("nopassword.json"));
        QVERIFY(ProfileStore(file).save(heartguard()).ok());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(text.contains("heartguard-app"));
        // "rememberPassword" says whether the keyring keeps one; no member holds one.
        QVERIFY2(!text.toLower().contains("\"password\""), text.constData());
        QVERIFY(!text.toLower().contains("secret"));
        QVERIFY(!text.contains("hunter2"));
    }

    void aUrlWithAPasswordIsRefused()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("refused.json")));
        ConnectionProfile profile = heartguard();
        profile.url = QStringLiteral("mysql://deploy:hunter2@db.internal/heartguard");
        const auto saved = store.save(profile);
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().contains(QStringLiteral("password")));
        QVERIFY(store.names()->isEmpty());
        QVERIFY(!QFile::exists(store.file()));
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
        ProfileStore store(m_dir.filePath(
            QStringLiteral("secret-%1.json")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'))));
        ConnectionProfile profile = heartguard();
        profile.validationCommands[1].environment.insert(variable, value);
        const auto saved = store.save(profile);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(named), qPrintable(saved.error()));
        QVERIFY2(saved.error().contains(QStringLiteral("npm run test")), qPrintable(saved.error()));
        QVERIFY(store.names()->isEmpty());
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
        const QString file = m_dir.filePath(QStringLiteral("badbackend.json"));
        ProfileStore store(file);
        QVERIFY(store.save(heartguard()).ok());
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QByteArray text = json.readAll();
        json.close();
        text.replace("\"commands\"", "\"upstart\"");
        test_write(file, text);
        const auto loaded = store.load(QStringLiteral("HeartGuard production"));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(QStringLiteral("upstart")), qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(QStringLiteral("service.backend")),
                 qPrintable(loaded.error()));
        QVERIFY(loaded.error().contains(file));
    }

    // The reason for the JSON file: commands with `;`, `#`, quotes, backslashes and
    // newlines, and names with any character, come back exactly as typed.
    void everyCharacterSurvives()
    {
        const QString file = m_dir.filePath(QStringLiteral("characters.json"));
        ConnectionProfile profile = heartguard();
        profile.name = QStringLiteral("prod; #1 \"eu/west\" \\ [x]");
        profile.url = QStringLiteral("mysql://deploy@db.internal:3306/heartguard?ssl-mode=verify-ca"
                                     "&ssl-ca=/etc/ssl/my%20ca.pem&connect-timeout=5");
        profile.service.stopCommand = QStringLiteral("sleep 1; rm -f x # not a comment");
        profile.service.startCommand =
            QStringLiteral("printf '%s\\n' \"a;b\" 'c#d' && echo \"$HOME\"\nsecond line\ttab");
        profile.service.restartCommand = QStringLiteral("; ; # \"\" '' \\\\ ünïcödé ✓");
        profile.historyTable = {QStringLiteral("my;history"), QStringLiteral("v#1"), {}};
        profile.logFiles = {QStringLiteral("/var/log/a;b#c.log")};
        profile.contacts = {{QStringLiteral("Ops \"night\"; team"), QStringLiteral("ops@x")}};
        profile.assertions = {{QStringLiteral("semi;colon"),
                               QStringLiteral("SELECT COUNT(*) FROM t -- c;\nWHERE a = ';#'"),
                               QStringLiteral("0\t#\n;")}};
        profile.validationCommands[0].command = QStringLiteral("npm run x; echo \"#done\"\n");
        profile.validationCommands[0].environment.insert(QStringLiteral("SEP"),
                                                         QStringLiteral(";#\"\n"));
        profile.rememberPassword = true;
        QVERIFY2(ProfileStore(file).save(profile).ok(),
                 qPrintable(ProfileStore(file).save(profile).error()));

        const auto loaded = ProfileStore(file).load(profile.name);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error()));
        QCOMPARE(loaded->name, profile.name);
        QCOMPARE(loaded->url, profile.url);
        QCOMPARE(loaded->service.stopCommand, profile.service.stopCommand);
        QCOMPARE(loaded->service.startCommand, profile.service.startCommand);
        QCOMPARE(loaded->service.restartCommand, profile.service.restartCommand);
        QCOMPARE(loaded->historyTable.table, profile.historyTable.table);
        QCOMPARE(loaded->historyTable.versionColumn, profile.historyTable.versionColumn);
        QCOMPARE(loaded->logFiles, profile.logFiles);
        QCOMPARE(loaded->contacts, profile.contacts);
        QCOMPARE(loaded->assertions, profile.assertions);
        QCOMPARE(loaded->validationCommands, profile.validationCommands);
        QVERIFY(loaded->rememberPassword);

        // Export and import (as `backstep-cli profile export/import` do) keep it too.
        const QByteArray exported = ProfileStore::exportDocument(loaded.value());
        const auto imported = ProfileStore::readDocument(exported, QStringLiteral("x.json"));
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error()));
        QCOMPARE(imported->size(), 1);
        QCOMPARE(profileToJson(imported->first()), profileToJson(profile));
    }

    void webhookUrlRoundTripsAndMustBeHttp()
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("hook");
        profile.webhookUrl = QStringLiteral("https://hooks.slack.com/services/T0/B0/tok;en#x");
        const auto loaded = profileFromJson(profileToJson(profile), QStringLiteral("p.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->webhookUrl, profile.webhookUrl);
        // The webhook's own CA, for https only.
        profile.webhookCaFile = QStringLiteral("/etc/ssl/our ca.pem");
        const auto withCa = profileFromJson(profileToJson(profile), QStringLiteral("p.json"));
        QVERIFY2(withCa.ok(), qPrintable(withCa.error()));
        QCOMPARE(withCa->webhookCaFile, profile.webhookCaFile);
        QVERIFY2(profile.problem().isEmpty(), qPrintable(profile.problem()));
        profile.webhookUrl = QStringLiteral("http://hooks.example/x");
        QVERIFY2(profile.problem().contains(QStringLiteral("a webhook CA file goes with an https")),
                 qPrintable(profile.problem()));
        profile.webhookCaFile.clear();
        // Without one, the document has no member for it.
        ConnectionProfile none;
        none.name = QStringLiteral("none");
        QVERIFY(!profileToJson(none).contains(QStringLiteral("webhookUrl")));
        QVERIFY(!profileToJson(none).contains(QStringLiteral("webhookCaFile")));
        profile.webhookUrl = QStringLiteral("ftp://example.com/hook");
        QVERIFY2(profile.problem().contains(QStringLiteral("http or https")),
                 qPrintable(profile.problem()));
    }

    void renamingReplacesInOneWrite()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("rename.json")));
        QVERIFY(store.save(heartguard()).ok());
        ConnectionProfile other;
        other.name = QStringLiteral("Other");
        QVERIFY(store.save(other).ok());
        ConnectionProfile renamed = heartguard();
        renamed.name = QStringLiteral("HeartGuard (EU)");
        QVERIFY(store.replace(QStringLiteral("HeartGuard production"), renamed).ok());
        QCOMPARE(store.names().value(),
                 QStringList({QStringLiteral("HeartGuard (EU)"), QStringLiteral("Other")}));
        // Renaming onto another profile's name is refused.
        const auto clash = store.replace(QStringLiteral("Other"), renamed);
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().contains(QStringLiteral("already")));
    }

    // Bad documents say what is wrong and where: JSON syntax at line:column, a member
    // by its path, a document that is not a profile.
    void badDocumentsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"backstepProfile\": 1,\n  \"name\": x\n}")
                                << QStringLiteral("p.json:3:11:");
        QTest::newRow("not a profile")
            << QByteArray("{\"name\": \"x\"}") << QStringLiteral("not a Backstep profile");
        QTest::newRow("newer") << QByteArray("{\"backstepProfile\": 2, \"name\": \"x\"}")
                               << QStringLiteral("newer Backstep");
        QTest::newRow("misspelt") << QByteArray("{\"backstepProfile\": 1, \"name\": \"x\", "
                                                "\"service\": {\"stopComand\": \"true\"}}")
                                  << QStringLiteral("\"service.stopComand\" is not a profile");
        QTest::newRow("wrong type") << QByteArray("{\"backstepProfile\": 1, \"name\": \"x\", "
                                                  "\"service\": {\"timeoutSeconds\": \"9\"}}")
                                    << QStringLiteral("\"service.timeoutSeconds\" must be");
        QTest::newRow("no name") << QByteArray("{\"backstepProfile\": 1}")
                                 << QStringLiteral("needs a name");
        QTest::newRow("password") << QByteArray("{\"backstepProfile\": 1, \"name\": \"x\", "
                                                "\"url\": \"mysql://a:b@h/d\"}")
                                  << QStringLiteral("password");
    }

    void badDocumentsSayWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto read = ProfileStore::readDocument(json, QStringLiteral("p.json"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(expected), qPrintable(read.error()));
        QVERIFY2(read.error().startsWith(QStringLiteral("p.json")), qPrintable(read.error()));
    }

    // Profiles an older Backstep kept in its INI settings move to the JSON file on the
    // first read; a hand-written `stopCommand=sleep 1; rm -f x`, which the INI format
    // reads as `sleep 1`, is kept as written.
    void iniProfilesMoveOnce()
    {
        const QString ini = m_dir.filePath(QStringLiteral("legacy/backstep.conf"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            settings.setValue(QStringLiteral("profiles/heartguard/name"),
                              QStringLiteral("heartguard"));
            settings.setValue(QStringLiteral("profiles/heartguard/url"),
                              QStringLiteral("mysql://dba@db:3307/heartguard"));
            settings.setValue(QStringLiteral("profiles/heartguard/service/unit"),
                              QStringLiteral("heartguard-app"));
            settings.setValue(QStringLiteral("profiles/heartguard/service/backend"),
                              QStringLiteral("commands"));
            settings.setValue(QStringLiteral("profiles/heartguard/service/startCommand"),
                              QStringLiteral("start \"it\"; now"));
            settings.setValue(QStringLiteral("profiles/heartguard/service/statusCommand"),
                              QStringLiteral("true"));
            settings.beginWriteArray(QStringLiteral("profiles/heartguard/contacts"), 1);
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("name"), QStringLiteral("DBA"));
            settings.setValue(QStringLiteral("email"), QStringLiteral("dba@heartguard.com"));
            settings.endArray();
        }
        // The DBA's own line, as typed into the file by hand.
        QFile file(ini);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n[profiles]\nheartguard\\service\\stopCommand=sleep 1; rm -f x\n");
        file.close();

        const QString json = m_dir.filePath(QStringLiteral("legacy/profiles.json"));
        ProfileStore store(json, ini);
        const auto loaded = store.load(QStringLiteral("heartguard"));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error()));
        QCOMPARE(loaded->url, QStringLiteral("mysql://dba@db:3307/heartguard"));
        QCOMPARE(loaded->service.backend, ServiceConfig::Backend::Commands);
        QCOMPARE(loaded->service.stopCommand, QStringLiteral("sleep 1; rm -f x"));
        QCOMPARE(loaded->service.startCommand, QStringLiteral("start \"it\"; now"));
        QCOMPARE(loaded->contacts.size(), 1);
        QVERIFY(QFile::exists(json));
        QVERIFY2(store.migrationNotes().join(u'\n').contains(QStringLiteral("backstep.conf:")),
                 qPrintable(store.migrationNotes().join(u'\n')));

        // From now on the JSON file is the store: a change there is what is read.
        ConnectionProfile changed = loaded.value();
        changed.service.stopCommand = QStringLiteral("stop; really");
        QVERIFY(store.save(changed).ok());
        QCOMPARE(ProfileStore(json, ini).load(QStringLiteral("heartguard"))->service.stopCommand,
                 QStringLiteral("stop; really"));
    }

private:
    static void test_write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
