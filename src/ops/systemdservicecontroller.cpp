#include "ops/systemdservicecontroller.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QTimeZone>
#include <QUuid>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SystemdServiceController)
};

const QString systemdService = QStringLiteral("org.freedesktop.systemd1");
const QString managerPath = QStringLiteral("/org/freedesktop/systemd1");
const QString managerInterface = QStringLiteral("org.freedesktop.systemd1.Manager");
const QString unitInterface = QStringLiteral("org.freedesktop.systemd1.Unit");
const QString propertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");

QString verb(ServiceAction action)
{
    switch (action) {
    case ServiceAction::Stop:
        return Tr::tr("stop");
    case ServiceAction::Start:
        return Tr::tr("start");
    case ServiceAction::Restart:
        return Tr::tr("restart");
    case ServiceAction::Status:
        break;
    }
    return Tr::tr("query");
}

} // namespace

SystemdServiceController::SystemdServiceController(ServiceConfig config, Options options,
                                                   QObject *parent)
    : ServiceController(std::move(config), std::move(options), parent)
{
    m_jobTimeout.setSingleShot(true);
    QObject::connect(&m_jobTimeout, &QTimer::timeout, this, [this] {
        m_jobPath.clear();
        fetchStatus([this](const ServiceStatus &status) {
            complete(false,
                     Tr::tr("systemd did not finish the %1 job for %2 within %3 s")
                         .arg(serviceActionLabel(currentAction()), this->config().unit)
                         .arg(this->config().timeoutSeconds),
                     status);
        });
    });
    m_stateTimeout.setSingleShot(true);
    QObject::connect(&m_stateTimeout, &QTimer::timeout, this, [this] {
        // The last word is a fresh read, not what the signals said so far.
        fetchStatus([this](const ServiceStatus &status) {
            if (!m_awaitingState || settle(status))
                return;
            m_awaitingState = false;
            QString seen = serviceStateLabel(status.state);
            if (!status.subState.isEmpty())
                seen += QStringLiteral(" (%1)").arg(status.subState);
            const ServiceAction action = currentAction();
            complete(false,
                     Tr::tr("systemd reported the %1 job for %2 done, but the unit is %3 %4 s "
                            "later (expected %5).")
                         .arg(serviceActionLabel(action), this->config().unit, seen,
                              QString::number(double(m_awaitingSince.elapsed()) / 1000.0, 'f', 1),
                              expectedServiceStates(action)),
                     status);
        });
    });
}

SystemdServiceController::~SystemdServiceController()
{
    if (m_bus && !options().busAddress.isEmpty())
        QDBusConnection::disconnectFromBus(m_connectionName);
}

QString SystemdServiceController::connectToBus()
{
    if (m_bus && m_bus->isConnected())
        return {};
    if (options().busAddress.isEmpty()) {
        m_bus = QDBusConnection::systemBus();
    } else {
        if (m_connectionName.isEmpty())
            m_connectionName = QStringLiteral("backstep-service-") +
                               QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_bus = QDBusConnection::connectToBus(options().busAddress, m_connectionName);
    }
    if (!m_bus->isConnected()) {
        const QString where =
            options().busAddress.isEmpty() ? Tr::tr("the system bus") : options().busAddress;
        const QString why = m_bus->lastError().message();
        m_bus.reset();
        return Tr::tr("cannot connect to %1 to reach systemd: %2").arg(where, why);
    }
    m_bus->connect(systemdService, managerPath, managerInterface, QStringLiteral("JobRemoved"),
                   this, SLOT(onJobRemoved(uint, QDBusObjectPath, QString, QString)));
    // systemd sends its signals only while some client has subscribed.
    call(
        managerPath, managerInterface, QStringLiteral("Subscribe"), {}, [](const QDBusMessage &) {},
        [](const QDBusError &) {});
    return {};
}

void SystemdServiceController::call(const QString &path, const QString &interfaceName,
                                    const QString &method, const QVariantList &arguments,
                                    ReplyHandler onReply, ErrorHandler onError)
{
    QDBusMessage message =
        QDBusMessage::createMethodCall(systemdService, path, interfaceName, method);
    message.setArguments(arguments);
    // polkit may ask the person at the desk for a password: that is systemd's dialogue.
    message.setInteractiveAuthorizationAllowed(true);
    const int timeoutMs = config().timeoutSeconds * 1000;
    // Every caller of call() runs after connectBus() succeeded, which leaves m_bus set.
    auto *watcher = new QDBusPendingCallWatcher(
        m_bus->asyncCall(message, timeoutMs), // NOLINT(bugprone-unchecked-optional-access)
        this);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, this,
                     [onReply = std::move(onReply),
                      onError = std::move(onError)](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         if (finished->isError())
                             onError(finished->error());
                         else
                             onReply(finished->reply());
                     });
}

void SystemdServiceController::execute(ServiceAction action)
{
    const QString problem = connectToBus();
    if (!problem.isEmpty()) {
        complete(false, problem, {ServiceState::Unknown, {}, {}, problem});
        return;
    }
    reportProgress(Tr::tr("Asking systemd about %1…").arg(config().unit));
    resolveUnit([this, action] {
        if (action == ServiceAction::Status) {
            fetchStatus([this](const ServiceStatus &status) {
                complete(true,
                         Tr::tr("%1 is %2.").arg(config().unit, serviceStateLabel(status.state)),
                         status);
            });
            return;
        }
        queueJob(action);
    });
}

void SystemdServiceController::resolveUnit(const std::function<void()> &then)
{
    auto found = [this, then](const QDBusMessage &reply) {
        m_unitPath = reply.arguments().value(0).value<QDBusObjectPath>().path();
        if (m_watchedUnitPath != m_unitPath) {
            if (!m_watchedUnitPath.isEmpty())
                m_bus->disconnect(systemdService, m_watchedUnitPath, propertiesInterface,
                                  QStringLiteral("PropertiesChanged"), this,
                                  SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
            m_bus->connect(systemdService, m_unitPath, propertiesInterface,
                           QStringLiteral("PropertiesChanged"), this,
                           SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
            m_watchedUnitPath = m_unitPath;
        }
        then();
    };
    // GetUnit knows loaded units only; LoadUnit also finds one that is installed but idle.
    call(managerPath, managerInterface, QStringLiteral("GetUnit"), {config().unit}, found,
         [this, found](const QDBusError &error) {
             if (error.name() != u"org.freedesktop.systemd1.NoSuchUnit") {
                 fail(error);
                 return;
             }
             call(managerPath, managerInterface, QStringLiteral("LoadUnit"), {config().unit}, found,
                  [this](const QDBusError &loadError) { fail(loadError); });
         });
}

void SystemdServiceController::fetchStatus(const std::function<void(const ServiceStatus &)> &then)
{
    call(
        m_unitPath, propertiesInterface, QStringLiteral("GetAll"), {unitInterface},
        [this, then](const QDBusMessage &reply) {
            const QVariant first = reply.arguments().value(0);
            m_properties = first.canConvert<QDBusArgument>()
                               ? qdbus_cast<QVariantMap>(first.value<QDBusArgument>())
                               : first.toMap();
            const ServiceStatus status = statusFrom(m_properties);
            updateStatus(status);
            then(status);
        },
        [this](const QDBusError &error) { fail(error); });
}

void SystemdServiceController::queueJob(ServiceAction action)
{
    const QString method = action == ServiceAction::Stop    ? QStringLiteral("StopUnit")
                           : action == ServiceAction::Start ? QStringLiteral("StartUnit")
                                                            : QStringLiteral("RestartUnit");
    reportProgress(Tr::tr("Asking systemd to %1 %2…").arg(verb(action), config().unit));
    call(
        managerPath, managerInterface, method, {config().unit, QStringLiteral("replace")},
        [this](const QDBusMessage &reply) {
            m_jobPath = reply.arguments().value(0).value<QDBusObjectPath>().path();
            reportProgress(Tr::tr("systemd queued job %1.").arg(m_jobPath));
            m_jobTimeout.start(std::chrono::seconds(config().timeoutSeconds));
            if (m_endedJobs.contains(m_jobPath))
                jobEnded(m_endedJobs.take(m_jobPath));
        },
        [this](const QDBusError &error) { fail(error); });
}

void SystemdServiceController::onJobRemoved(uint, const QDBusObjectPath &job, const QString &unit,
                                            const QString &result)
{
    if (unit != config().unit || !isBusy())
        return;
    if (m_jobPath.isEmpty()) {
        // The job can end before the reply naming it has been read.
        m_endedJobs.insert(job.path(), result);
        return;
    }
    if (job.path() == m_jobPath)
        jobEnded(result);
}

void SystemdServiceController::jobEnded(const QString &result)
{
    m_jobTimeout.stop();
    m_jobPath.clear();
    m_endedJobs.clear();
    fetchStatus([this, result](const ServiceStatus &status) {
        const QString unit = config().unit;
        const ServiceAction action = currentAction();
        if (result == u"done") {
            m_awaitingState = true;
            m_awaitingSince.start();
            if (!settle(status)) {
                reportProgress(
                    Tr::tr("systemd's job is done; waiting for %1 to be %2 (now %3).")
                        .arg(unit, expectedServiceStates(action), serviceStateLabel(status.state)));
                m_stateTimeout.start(std::chrono::seconds(config().timeoutSeconds));
            }
            return;
        }
        QString why;
        if (result == u"failed")
            why = Tr::tr("the unit failed");
        else if (result == u"canceled")
            why = Tr::tr("the job was cancelled by another one");
        else if (result == u"timeout")
            why = Tr::tr("systemd's own timeout for the unit expired");
        else if (result == u"dependency")
            why = Tr::tr("a unit it depends on failed");
        else if (result == u"skipped")
            why = Tr::tr("a condition of the unit was not met");
        else
            why = result;
        QString message =
            Tr::tr("Could not %1 %2: %3 (job result \"%4\"); the unit is now %5")
                .arg(verb(action), unit, why, result, serviceStateLabel(status.state));
        if (!status.subState.isEmpty())
            message += QStringLiteral(" (%1)").arg(status.subState);
        complete(false, message + u'.', status);
    });
}

bool SystemdServiceController::settle(const ServiceStatus &status)
{
    const ServiceAction action = currentAction();
    const ServiceObservation seen = observeServiceState(action, status.state);
    if (seen == ServiceObservation::Waiting)
        return false;
    m_awaitingState = false;
    m_stateTimeout.stop();
    const QString unit = config().unit;
    QString state = serviceStateLabel(status.state);
    if (!status.subState.isEmpty())
        state += QStringLiteral(" (%1)").arg(status.subState);
    if (seen == ServiceObservation::Missed) {
        complete(false,
                 Tr::tr("systemd reported the %1 job for %2 done, but the unit is %3 (expected "
                        "%4).")
                     .arg(serviceActionLabel(action), unit, state, expectedServiceStates(action)),
                 status);
        return true;
    }
    complete(true,
             action == ServiceAction::Stop    ? Tr::tr("Stopped %1; it is %2.").arg(unit, state)
             : action == ServiceAction::Start ? Tr::tr("Started %1; it is %2.").arg(unit, state)
                                              : Tr::tr("Restarted %1; it is %2.").arg(unit, state),
             status);
    return true;
}

void SystemdServiceController::fail(const QDBusError &error)
{
    m_jobTimeout.stop();
    m_stateTimeout.stop();
    m_awaitingState = false;
    m_jobPath.clear();
    if (!isBusy())
        return;
    ServiceStatus status = lastStatus();
    complete(false, explain(error), status);
}

QString SystemdServiceController::explain(const QDBusError &error) const
{
    const QString unit = config().unit;
    const QString name = error.name();
    const QString action = verb(currentAction());
    if (name == u"org.freedesktop.DBus.Error.AccessDenied" ||
        name == u"org.freedesktop.DBus.Error.InteractiveAuthorizationRequired" ||
        name == u"org.freedesktop.DBus.Error.AuthFailed")
        return Tr::tr("Not allowed to %1 %2: systemd (through polkit) refused the request (%3). "
                      "Ask an administrator for the right to manage this unit, or configure the "
                      "commands backend with a command you may run (for example with sudo).")
            .arg(action, unit, error.message().isEmpty() ? name : error.message());
    if (name == u"org.freedesktop.systemd1.NoSuchUnit" ||
        name == u"org.freedesktop.systemd1.LoadFailed")
        return Tr::tr("systemd knows no unit %1: %2").arg(unit, error.message());
    if (name == u"org.freedesktop.DBus.Error.ServiceUnknown" ||
        name == u"org.freedesktop.DBus.Error.NoReply" ||
        name == u"org.freedesktop.DBus.Error.Disconnected" ||
        name == u"org.freedesktop.DBus.Error.NoServer")
        return Tr::tr("systemd did not answer on %1 (%2): %3")
            .arg(options().busAddress.isEmpty() ? Tr::tr("the system bus") : options().busAddress,
                 name, error.message());
    return Tr::tr("systemd could not %1 %2: %3 (%4)").arg(action, unit, error.message(), name);
}

ServiceStatus SystemdServiceController::statusFrom(const QVariantMap &properties) const
{
    ServiceStatus status;
    status.state = serviceStateFromName(properties.value(QStringLiteral("ActiveState")).toString());
    status.subState = properties.value(QStringLiteral("SubState")).toString();
    // Microseconds since the epoch, 0 when the unit never changed state.
    const qulonglong changed =
        properties.value(QStringLiteral("StateChangeTimestamp")).toULongLong();
    if (changed > 0)
        status.since = QDateTime::fromMSecsSinceEpoch(qint64(changed / 1000), QTimeZone::UTC);
    return status;
}

void SystemdServiceController::onPropertiesChanged(const QString &interfaceName,
                                                   const QVariantMap &changed,
                                                   const QStringList &invalidated)
{
    if (interfaceName != unitInterface)
        return;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        m_properties.insert(it.key(), it.value());
    const ServiceStatus status = statusFrom(m_properties);
    if (invalidated.contains(QStringLiteral("ActiveState")) ||
        invalidated.contains(QStringLiteral("SubState"))) {
        // systemd may say only that the state changed, not to what.
        if (!isBusy())
            fetchStatus([](const ServiceStatus &) {});
        else if (m_awaitingState)
            fetchStatus([this](const ServiceStatus &fresh) {
                if (m_awaitingState)
                    settle(fresh);
            });
        return;
    }
    if (isBusy())
        reportProgress(Tr::tr("%1 is %2 (%3).")
                           .arg(config().unit, serviceStateLabel(status.state), status.subState));
    updateStatus(status);
    if (m_awaitingState)
        settle(status);
}

} // namespace backstep
