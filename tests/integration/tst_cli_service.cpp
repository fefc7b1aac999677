// backstep-cli service against the fake systemd on a private bus and against real
// commands, with the exit codes scripts rely on and the journal as evidence.
#include "core/profilestore.h"
#include "db/journal.h"
#include "support/privatebus.h"
#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

class TestCliService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("cli-service"))};
    test::PrivateBus m_bus;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();

    QString path(const QString &name) const { return m_dir.filePath(name); }

    test::ProcessResult service(const QStringList &arguments)
    {
        return test::runCli(QStringList{QStringLiteral("service")} + arguments, m_environment);
    }

    QStringList onFakeBus(const QString &unit) const
    {
        return {QStringLiteral("--unit"), unit, QStringLiteral("--bus"), m_bus.address()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_bus.start(m_dir.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_environment.insert(QStringLiteral("BACKSTEP_JOURNAL"),
                             path(QStringLiteral("journal.sqlite")));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        test::writeFile(path(QStringLiteral("app.sh")), QStringLiteral(R"sh(#!/bin/sh
state='%1/state'
case "$1" in
start)  echo active > "$state" ;;
stop)   echo inactive > "$state" ;;
status) [ "$(cat "$state" 2>/dev/null)" = active ] && { echo active; exit 0; }
        echo inactive; exit 3 ;;
esac
)sh")
                                                            .arg(m_dir.path()));
        QFile(path(QStringLiteral("app.sh")))
            .setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void systemdStopAndStatus()
    {
        test::ProcessResult result = service(QStringList{QStringLiteral("stop")} +
                                             onFakeBus(QStringLiteral("heartguard-app.service")));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("heartguard-app.service: inactive (dead)"),
                 result.out.constData());

        result = service(QStringList{QStringLiteral("status"), QStringLiteral("--json")} +
                         onFakeBus(QStringLiteral("heartguard-app.service")));
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("inactive"));
        QCOMPARE(json.value(QStringLiteral("action")).toString(), QStringLiteral("status"));
        QCOMPARE(json.value(QStringLiteral("backend")).toString(), QStringLiteral("systemd"));
        QVERIFY(!json.value(QStringLiteral("since")).toString().isEmpty());

        result = service(QStringList{QStringLiteral("start")} +
                         onFakeBus(QStringLiteral("heartguard-app.service")));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("active (running)"));
    }

    void systemdFailuresExitOne()
    {
        test::ProcessResult result = service(QStringList{QStringLiteral("start")} +
                                             onFakeBus(QStringLiteral("broken.service")));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("Could not start broken.service"), result.err.constData());

        result = service(QStringList{QStringLiteral("restart")} +
                         onFakeBus(QStringLiteral("locked.service")));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("Not allowed to restart locked.service"),
                 result.err.constData());
    }

    void commandsBackend()
    {
        const QString script = path(QStringLiteral("app.sh"));
        const QStringList commands{
            QStringLiteral("--unit"),           QStringLiteral("heartguard-app"),
            QStringLiteral("--stop-command"),   script + QStringLiteral(" stop"),
            QStringLiteral("--start-command"),  script + QStringLiteral(" start"),
            QStringLiteral("--status-command"), script + QStringLiteral(" status")};
        test::ProcessResult result = service(QStringList{QStringLiteral("start")} + commands);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("heartguard-app: active"), result.out.constData());
        result = service(QStringList{QStringLiteral("stop"), QStringLiteral("--json")} + commands);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(result.out).object().value(QStringLiteral("state")).toString(),
            QStringLiteral("inactive"));

        QStringList failing = commands;
        failing[failing.indexOf(QStringLiteral("--stop-command")) + 1] = QStringLiteral("exit 7");
        result = service(QStringList{QStringLiteral("stop")} + failing);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("exited with status 7"));
    }

    void aStoredProfile()
    {
        ProfileStore store(path(QStringLiteral("config/backstep/profiles.json")));
        ConnectionProfile profile;
        profile.name = QStringLiteral("heartguard");
        profile.service.unit = QStringLiteral("heartguard-app.service");
        QVERIFY(store.save(profile).ok());
        const test::ProcessResult result =
            service({QStringLiteral("status"), QStringLiteral("--profile"),
                     QStringLiteral("heartguard"), QStringLiteral("--bus"), m_bus.address()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.contains("heartguard-app.service: active"));

        QCOMPARE(
            service({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("nope")})
                .exitCode,
            2);
    }

    void badUsageExitsTwo()
    {
        QCOMPARE(service({QStringLiteral("status")}).exitCode, 2);                      // no unit
        QCOMPARE(service({QStringLiteral("--unit"), QStringLiteral("x")}).exitCode, 2); // no action
        QCOMPARE(service({QStringLiteral("reload"), QStringLiteral("--unit"), QStringLiteral("x")})
                     .exitCode,
                 2);
        QCOMPARE(service({QStringLiteral("stop"), QStringLiteral("--unit"), QStringLiteral("x"),
                          QStringLiteral("--backend"), QStringLiteral("upstart")})
                     .exitCode,
                 2);
        const test::ProcessResult missing =
            service({QStringLiteral("stop"), QStringLiteral("--unit"), QStringLiteral("x"),
                     QStringLiteral("--stop-command"), QStringLiteral("true")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("start, status"));
    }

    void everyRunIsInTheJournal()
    {
        auto journal = Journal::open(path(QStringLiteral("journal.sqlite")));
        QVERIFY(journal.ok());
        QStringList seen;
        for (const JournalEvent &event :
             test::checked(journal.value()->events(QStringLiteral("service"))))
            seen.append(QStringLiteral("%1 %2 %3").arg(event.subject, event.action, event.outcome));
        for (const char *expected :
             {"heartguard-app.service stop ok", "heartguard-app.service status ok",
              "heartguard-app.service start ok", "broken.service start failed",
              "locked.service restart failed", "heartguard-app start ok", "heartguard-app stop ok",
              "heartguard-app stop failed"})
            QVERIFY2(seen.contains(QLatin1StringView(expected)), qPrintable(seen.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCliService)
#include "tst_cli_service.moc"
