// The systemd backend against a systemd of our own on a private bus (never the system
// bus): jobs, their results, polkit refusals and state changes as PropertiesChanged.
#include "db/journal.h"
#include "ops/servicecontroller.h"
#include "support/privatebus.h"
#include "support/testsupport.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

class TestSystemdServiceController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("systemd"))};
    test::PrivateBus m_bus;

    std::unique_ptr<ServiceController> controller(const QString &unit)
    {
        ServiceConfig config;
        config.unit = unit;
        config.backend = ServiceConfig::Backend::Systemd;
        config.timeoutSeconds = 20;
        return ServiceController::create(config, {m_bus.address(), journalPath()});
    }

    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

    static ServiceResult run(ServiceController &service, ServiceAction action)
    {
        QSignalSpy finished(&service, &ServiceController::finished);
        service.run(action);
        if (!finished.wait(20000))
            return {action, false, QStringLiteral("no result"), 0, {}, {}};
        return finished.first().first().value<ServiceResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_bus.start(m_dir.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void statusReadsTheUnitsProperties()
    {
        auto service = controller(QStringLiteral("heartguard-app.service"));
        const ServiceResult result = run(*service, ServiceAction::Status);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.status.state, ServiceState::Active);
        QCOMPARE(result.status.subState, QStringLiteral("running"));
        QVERIFY(result.status.since.isValid());
        QVERIFY(result.status.since < QDateTime::currentDateTimeUtc());
    }

    void stopThenStartFollowsTheStates()
    {
        auto service = controller(QStringLiteral("heartguard-app.service"));
        QSignalSpy states(service.get(), &ServiceController::statusChanged);
        QSignalSpy progress(service.get(), &ServiceController::progress);

        ServiceResult stopped = run(*service, ServiceAction::Stop);
        QVERIFY2(stopped.ok, qPrintable(stopped.message));
        QCOMPARE(stopped.status.state, ServiceState::Inactive);
        QCOMPARE(stopped.status.subState, QStringLiteral("dead"));
        QVERIFY(!progress.isEmpty());
        // The fake announces deactivating, then inactive, only through PropertiesChanged.
        QStringList seen;
        for (const QList<QVariant> &signal : states)
            seen.append(serviceStateName(signal.first().value<ServiceStatus>().state));
        QVERIFY2(seen.contains(QStringLiteral("deactivating")), qPrintable(seen.join(u' ')));

        ServiceResult started = run(*service, ServiceAction::Start);
        QVERIFY2(started.ok, qPrintable(started.message));
        QCOMPARE(started.status.state, ServiceState::Active);
        QCOMPARE(service->lastStatus().state, ServiceState::Active);

        ServiceResult restarted = run(*service, ServiceAction::Restart);
        QVERIFY2(restarted.ok, qPrintable(restarted.message));
        QCOMPARE(restarted.status.state, ServiceState::Active);
    }

    void aStopJobDoneWhileTheUnitRunsOnIsAFailure()
    {
        ServiceConfig config;
        config.unit = QStringLiteral("liar.service");
        config.backend = ServiceConfig::Backend::Systemd;
        config.timeoutSeconds = 2;
        auto service = ServiceController::create(config, {m_bus.address(), journalPath()});
        const ServiceResult result = run(*service, ServiceAction::Stop);
        QVERIFY(!result.ok);
        QCOMPARE(result.status.state, ServiceState::Active);
        QVERIFY2(result.message.contains(QStringLiteral(
                     "systemd reported the stop job for liar.service done, but the unit is "
                     "active (running)")),
                 qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("expected inactive or failed")),
                 qPrintable(result.message));
    }

    void aStopIsDoneWhenTheUnitIsSeenInactive()
    {
        // The fake ends the job first and makes the unit inactive half a second later.
        auto service = controller(QStringLiteral("lagging.service"));
        const ServiceResult result = run(*service, ServiceAction::Stop);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.status.state, ServiceState::Inactive);
        QVERIFY2(result.message.contains(QStringLiteral("it is inactive (dead)")),
                 qPrintable(result.message));
    }

    void aFailingUnitIsReportedWithItsState()
    {
        auto service = controller(QStringLiteral("broken.service"));
        const ServiceResult result = run(*service, ServiceAction::Start);
        QVERIFY(!result.ok);
        QCOMPARE(result.status.state, ServiceState::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("Could not start broken.service")),
                 qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("\"failed\"")), qPrintable(result.message));
    }

    void accessDeniedBecomesAClearMessage()
    {
        auto service = controller(QStringLiteral("locked.service"));
        const ServiceResult result = run(*service, ServiceAction::Stop);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.startsWith(QStringLiteral("Not allowed to stop locked.service")),
                 qPrintable(result.message));
        QVERIFY(result.message.contains(QStringLiteral("polkit")));
    }

    void interactiveAuthorizationIsAllowed()
    {
        // The fake refuses this unit unless the call carries the interactive flag.
        auto service = controller(QStringLiteral("needs-auth.service"));
        const ServiceResult result = run(*service, ServiceAction::Stop);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.status.state, ServiceState::Inactive);
    }

    void anIdleUnitIsLoaded()
    {
        auto service = controller(QStringLiteral("idle.service"));
        const ServiceResult result = run(*service, ServiceAction::Status);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.status.state, ServiceState::Inactive);
    }

    void anUnknownUnitIsNamed()
    {
        auto service = controller(QStringLiteral("nosuch.service"));
        const ServiceResult result = run(*service, ServiceAction::Status);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("knows no unit nosuch.service")),
                 qPrintable(result.message));
    }

    void changesByOthersArriveAsPropertiesChanged()
    {
        auto service = controller(QStringLiteral("heartguard-app.service"));
        QVERIFY(run(*service, ServiceAction::Status).ok);
        QSignalSpy states(service.get(), &ServiceController::statusChanged);
        QDBusConnection bus =
            QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("someone-else"));
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.systemd1"), QStringLiteral("/org/backstep/FakeSystemd"),
            QStringLiteral("org.backstep.FakeSystemd"), QStringLiteral("SetState"));
        call << QStringLiteral("heartguard-app.service") << QStringLiteral("failed")
             << QStringLiteral("core-dump");
        QCOMPARE(bus.call(call).type(), QDBusMessage::ReplyMessage);
        QVERIFY(states.wait(10000));
        const ServiceStatus status = states.last().first().value<ServiceStatus>();
        QCOMPARE(status.state, ServiceState::Failed);
        QCOMPARE(status.subState, QStringLiteral("core-dump"));
        QVERIFY(!service->isBusy());
        call.setArguments({QStringLiteral("heartguard-app.service"), QStringLiteral("active"),
                           QStringLiteral("running")});
        QCOMPARE(bus.call(call).type(), QDBusMessage::ReplyMessage);
        QVERIFY(states.wait(10000));
        QDBusConnection::disconnectFromBus(QStringLiteral("someone-else"));
    }

    void anUnreachableBusIsReported()
    {
        ServiceConfig config;
        config.unit = QStringLiteral("heartguard-app.service");
        auto service = ServiceController::create(
            config, {QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")),
                     journalPath()});
        const ServiceResult result = run(*service, ServiceAction::Stop);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("cannot connect")),
                 qPrintable(result.message));
    }

    void everyActionIsInTheJournal()
    {
        auto journal = Journal::open(journalPath());
        QVERIFY(journal.ok());
        const QList<JournalEvent> events =
            test::checked(journal.value()->events(QStringLiteral("service")));
        auto has = [&](const QString &unit, const QString &action, const QString &outcome,
                       const QString &text) {
            return std::any_of(events.cbegin(), events.cend(), [&](const JournalEvent &event) {
                return event.subject == unit && event.action == action &&
                       event.outcome == outcome && event.at.isValid() &&
                       event.detail.contains(text);
            });
        };
        const QString app = QStringLiteral("heartguard-app.service");
        QVERIFY(has(app, QStringLiteral("stop"), QStringLiteral("ok"), QStringLiteral("inactive")));
        QVERIFY(has(app, QStringLiteral("start"), QStringLiteral("ok"), QStringLiteral("active")));
        QVERIFY(
            has(app, QStringLiteral("restart"), QStringLiteral("ok"), QStringLiteral("systemd")));
        QVERIFY(has(QStringLiteral("broken.service"), QStringLiteral("start"),
                    QStringLiteral("failed"), QStringLiteral("failed")));
        QVERIFY(has(QStringLiteral("locked.service"), QStringLiteral("stop"),
                    QStringLiteral("failed"), QStringLiteral("Not allowed")));
        QVERIFY(has(QStringLiteral("liar.service"), QStringLiteral("stop"),
                    QStringLiteral("failed"), QStringLiteral("active (running)")));
    }
};

QTEST_GUILESS_MAIN(TestSystemdServiceController)
#include "tst_systemdservicecontroller.moc"
