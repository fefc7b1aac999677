// `backstep-cli profile`: list, show (the webhook's token redacted), export (whole), import
// (all or nothing, --replace), remove;
// commands with `;`, `#`, quotes and newlines survive the trip through a file; a bad file
// is refused with where.
#include "core/profilestore.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

class TestCliProfile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("cliprofile"))};
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();

    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::ProcessResult profile(const QStringList &arguments)
    {
        return test::runCli(QStringList{QStringLiteral("profile")} + arguments, m_environment);
    }
    static ConnectionProfile heartguard()
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("heartguard");
        profile.url = QStringLiteral("mysql://dba@db:3307/heartguard?ssl-mode=required");
        profile.migrationsFolder = QStringLiteral("/srv/migrations");
        profile.service.unit = QStringLiteral("heartguard-app");
        profile.service.backend = ServiceConfig::Backend::Commands;
        profile.service.stopCommand = QStringLiteral("sleep 1; rm -f x # \"q\"\nnext");
        profile.service.startCommand = QStringLiteral("true");
        profile.service.statusCommand = QStringLiteral("true");
        profile.webhookUrl = QStringLiteral("https://hooks.example/services/T0/B0/s3cr3t");
        return profile;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("BACKSTEP_JOURNAL"),
                             path(QStringLiteral("journal.sqlite")));
        QVERIFY(ProfileStore(path(QStringLiteral("config/backstep/profiles.json")))
                    .save(heartguard())
                    .ok());
    }

    void listAndShow()
    {
        auto listed = profile({QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(
            listed.out.startsWith("heartguard\tmysql://dba@db:3307/heartguard?ssl-mode=required"),
            listed.out.constData());
        auto json = profile({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 1);
        auto shown = profile({QStringLiteral("show"), QStringLiteral("heartguard")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(shown.out)
                     .object()
                     .value(QStringLiteral("service"))
                     .toObject()
                     .value(QStringLiteral("stopCommand"))
                     .toString(),
                 heartguard().service.stopCommand);
        // The webhook's token is shown by neither (export writes it whole: below).
        for (const QByteArray &out : {json.out, shown.out})
            QVERIFY2(!out.contains("s3cr3t"), out.constData());
        QCOMPARE(QJsonDocument::fromJson(shown.out)
                     .object()
                     .value(QStringLiteral("webhookUrl"))
                     .toString(),
                 QStringLiteral("https://hooks.example/…"));
        QCOMPARE(profile({QStringLiteral("show"), QStringLiteral("nope")}).exitCode, 2);
        QCOMPARE(profile({QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void exportThenImportElsewhere()
    {
        const QString file = path(QStringLiteral("heartguard.json"));
        auto exported = profile({QStringLiteral("export"), QStringLiteral("heartguard"), file});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());

        QProcessEnvironment other = m_environment;
        other.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("other-config")));
        auto imported =
            test::runCli({QStringLiteral("profile"), QStringLiteral("import"), file}, other);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const auto loaded =
            ProfileStore(path(QStringLiteral("other-config/backstep/profiles.json")))
                .load(QStringLiteral("heartguard"));
        QVERIFY(loaded.ok());
        QCOMPARE(profileToJson(loaded.value()), profileToJson(heartguard()));

        // Once more: the name is taken (exit 4) unless --replace.
        auto again =
            test::runCli({QStringLiteral("profile"), QStringLiteral("import"), file}, other);
        QCOMPARE(again.exitCode, 4);
        QVERIFY(again.err.contains("--replace"));
        auto replaced = test::runCli({QStringLiteral("profile"), QStringLiteral("import"), file,
                                      QStringLiteral("--replace")},
                                     other);
        QCOMPARE(replaced.exitCode, 0);
        auto removed = test::runCli(
            {QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("heartguard")},
            other);
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(ProfileStore(path(QStringLiteral("other-config/backstep/profiles.json")))
                    .names()
                    ->isEmpty());
    }

    void aBadFileSaysWhere()
    {
        const QString file = path(QStringLiteral("bad.json"));
        test::writeFile(file, QStringLiteral("{\n  \"backstepProfile\": 1,\n  \"name\": \"x\",\n"
                                             "  \"service\": {\"stopComand\": \"true\"}\n}\n"));
        auto result = profile({QStringLiteral("import"), file});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(file.toUtf8()), result.err.constData());
        QVERIFY2(result.err.contains("service.stopComand"), result.err.constData());
        test::writeFile(file, QStringLiteral("{\n  \"backstepProfile\": 1,\n  oops\n}\n"));
        result = profile({QStringLiteral("import"), file});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains((file + QStringLiteral(":3:")).toUtf8()),
                 result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
