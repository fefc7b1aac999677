// The commands backend against a real process: a shell script that starts a `sleep`
// daemon with a pid file, stops it by its pid and reports its status like
// `systemctl is-active`. Also a failing command, a timeout, and the journal.
#include "db/journal.h"
#include "ops/commandservicecontroller.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace backstep;

class TestCommandServiceController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("commands"))};

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString script() const { return path(QStringLiteral("app-service.sh")); }

    ServiceConfig config() const
    {
        ServiceConfig c;
        c.unit = QStringLiteral("heartguard-app");
        c.backend = ServiceConfig::Backend::Commands;
        c.stopCommand = script() + QStringLiteral(" stop");
        c.startCommand = script() + QStringLiteral(" start");
        c.statusCommand = script() + QStringLiteral(" status");
        c.timeoutSeconds = 20;
        return c;
    }

    std::unique_ptr<ServiceController> controller(const ServiceConfig &c)
    {
        return ServiceController::create(c, {{}, path(QStringLiteral("journal.sqlite"))});
    }

    static ServiceResult run(ServiceController &service, ServiceAction action)
    {
        QSignalSpy finished(&service, &ServiceController::finished);
        service.run(action);
        if (!finished.wait(30000))
            return {action, false, QStringLiteral("no result"), 0, {}, {}};
        return finished.first().first().value<ServiceResult>();
    }

    qint64 daemonPid() const
    {
        QFile file(path(QStringLiteral("app.pid")));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::writeFile(script(), QStringLiteral(R"sh(#!/bin/sh
pidfile='%1/app.pid'
running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null &&
            ! grep -q '^State:.*zombie' "/proc/$(cat "$pidfile")/status"; }
case "$1" in
start)  if running; then echo "already running"; exit 0; fi
        sleep 300 >/dev/null 2>&1 </dev/null &
        echo $! > "$pidfile"; echo "started $!" ;;
stop)   if running; then kill "$(cat "$pidfile")"; fi
        rm -f "$pidfile"; echo "stopped" ;;
status) if running; then echo active; exit 0; fi
        echo inactive; exit 3 ;;
esac
)sh")
                                      .arg(m_dir.path()));
        QFile(script()).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void cleanupTestCase()
    {
        if (const qint64 pid = daemonPid())
            ::kill(pid_t(pid), SIGKILL);
    }

    void statusMapsExitCodesLikeIsActive_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        QTest::addColumn<ServiceState>("state");
        QTest::newRow("0") << 0 << QString() << ServiceState::Active;
        QTest::newRow("3") << 3 << QString() << ServiceState::Inactive;
        QTest::newRow("1") << 1 << QString() << ServiceState::Failed;
        QTest::newRow("4") << 4 << QStringLiteral("no such unit") << ServiceState::Unknown;
        QTest::newRow("words win") << 3 << QStringLiteral("failed\n") << ServiceState::Failed;
        QTest::newRow("activating")
            << 0 << QStringLiteral("activating") << ServiceState::Activating;
    }

    void statusMapsExitCodesLikeIsActive()
    {
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        QFETCH(ServiceState, state);
        QCOMPARE(CommandServiceController::statusFromExit(exitCode, output).state, state);
    }

    void startsStopsAndRestartsARealProcess()
    {
        auto service = controller(config());
        ServiceResult result = run(*service, ServiceAction::Status);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.status.state, ServiceState::Inactive);

        result = run(*service, ServiceAction::Start);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.status.state, ServiceState::Active);
        const qint64 first = daemonPid();
        QVERIFY(first > 0);
        QVERIFY(test::processRunning(first));

        // No restart command: stop, then start; a new process.
        result = run(*service, ServiceAction::Restart);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.status.state, ServiceState::Active);
        const qint64 second = daemonPid();
        QVERIFY(second > 0);
        QVERIFY(second != first);
        QTRY_VERIFY_WITH_TIMEOUT(!test::processRunning(first), 10000);

        result = run(*service, ServiceAction::Stop);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.status.state, ServiceState::Inactive);
        QTRY_VERIFY_WITH_TIMEOUT(!test::processRunning(second), 10000);
        QCOMPARE(daemonPid(), 0);
    }

    void aFailingStopIsReportedAndNothingIsStarted()
    {
        ServiceConfig c = config();
        c.stopCommand = QStringLiteral("echo 'sudo: a password is required' >&2; exit 1");
        c.startCommand = QStringLiteral("touch '%1'").arg(path(QStringLiteral("started")));
        auto service = controller(c);
        const ServiceResult result = run(*service, ServiceAction::Restart);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("stop command exited with status 1")),
                 qPrintable(result.message));
        QVERIFY(result.message.contains(QStringLiteral("a password is required")));
        QVERIFY(!QFile::exists(path(QStringLiteral("started"))));
        // The status still ran: the result says what state the failure left.
        QCOMPARE(result.status.state, ServiceState::Inactive);
    }

    void aStopCommandThatLiesIsAFailureNamingWhatWasSeen()
    {
        auto service = controller(config());
        ServiceResult result = run(*service, ServiceAction::Start);
        QVERIFY2(result.ok, qPrintable(result.message));
        const qint64 pid = daemonPid();
        QVERIFY(test::processRunning(pid));

        // Exits 0 and says so, but never touches the daemon.
        ServiceConfig liar = config();
        liar.stopCommand = QStringLiteral("echo stopped; exit 0");
        liar.timeoutSeconds = 2;
        auto lying = controller(liar);
        result = run(*lying, ServiceAction::Stop);
        QVERIFY(!result.ok);
        QCOMPARE(result.status.state, ServiceState::Active);
        QVERIFY2(result.message.contains(
                     QStringLiteral("stop command exited with status 0, but heartguard-app is "
                                    "active")),
                 qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("expected inactive or failed")),
                 qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("The status command said: active")),
                 qPrintable(result.message));
        QVERIFY(test::processRunning(pid));

        // A stop that takes effect only after the command has returned is waited for.
        ServiceConfig late = config();
        late.stopCommand = QStringLiteral("(sleep 1; '%1' stop) >/dev/null 2>&1 &").arg(script());
        auto slow = controller(late);
        result = run(*slow, ServiceAction::Stop);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.status.state, ServiceState::Inactive);
        QVERIFY2(result.message.contains(QStringLiteral("reports it inactive")),
                 qPrintable(result.message));
        QTRY_VERIFY_WITH_TIMEOUT(!test::processRunning(pid), 10000);
    }

    void aCommandThatHangsIsKilledAtTheTimeout()
    {
        ServiceConfig c = config();
        c.timeoutSeconds = 1;
        const QString childPid = path(QStringLiteral("hung.pid"));
        c.stopCommand = QStringLiteral("sleep 120 & echo $! > '%1'; wait").arg(childPid);
        auto service = controller(c);
        const ServiceResult result = run(*service, ServiceAction::Stop);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("did not finish within 1 s")),
                 qPrintable(result.message));
        QFile file(childPid);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 pid = file.readAll().trimmed().toLongLong();
        QVERIFY(pid > 0);
        // The whole process group went, not only the shell.
        QTRY_VERIFY_WITH_TIMEOUT(!test::processRunning(pid), 10000);
    }

    void aSecondActionWhileBusyIsRefused()
    {
        ServiceConfig c = config();
        c.statusCommand = QStringLiteral("sleep 1; exit 3");
        auto service = controller(c);
        QSignalSpy finished(service.get(), &ServiceController::finished);
        service->requestStatus();
        QVERIFY(service->isBusy());
        service->stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        const ServiceResult refused = finished.at(0).first().value<ServiceResult>();
        QCOMPARE(refused.action, ServiceAction::Stop);
        QVERIFY(!refused.ok);
        QVERIFY(refused.message.contains(QStringLiteral("busy")));
        QVERIFY(finished.at(1).first().value<ServiceResult>().ok);
    }

    void everyActionIsInTheJournal()
    {
        auto journal = Journal::open(path(QStringLiteral("journal.sqlite")));
        QVERIFY(journal.ok());
        const QList<JournalEvent> events =
            test::checked(journal.value()->events(QStringLiteral("service")));
        QStringList seen;
        for (const JournalEvent &event : events) {
            QCOMPARE(event.subject, QStringLiteral("heartguard-app"));
            QVERIFY(event.at.isValid());
            seen.append(event.action + u':' + event.outcome);
        }
        QVERIFY2(std::any_of(events.cbegin(), events.cend(),
                             [](const JournalEvent &event) {
                                 return event.action == u"stop" && event.outcome == u"failed" &&
                                        event.detail.contains(u"exited with status 0, but");
                             }),
                 qPrintable(seen.join(u' ')));
        for (const char *expected :
             {"status:ok", "start:ok", "restart:ok", "stop:ok", "restart:failed", "stop:failed"})
            QVERIFY2(seen.contains(QLatin1StringView(expected)), qPrintable(seen.join(u' ')));
        // The refused second action ran nothing, so it recorded nothing.
        QCOMPARE(seen.count(QStringLiteral("stop:failed")), 2); // the hung one and the liar
    }
};

QTEST_GUILESS_MAIN(TestCommandServiceController)
#include "tst_commandservicecontroller.moc"
