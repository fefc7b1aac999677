#include "ops/servicecontroller.h"

#include "db/journal.h"
#include "ops/commandservicecontroller.h"
#include "ops/systemdservicecontroller.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcService, "backstep.service")

namespace backstep {

QString serviceStateName(ServiceState state)
{
    switch (state) {
    case ServiceState::Active:
        return QStringLiteral("active");
    case ServiceState::Inactive:
        return QStringLiteral("inactive");
    case ServiceState::Failed:
        return QStringLiteral("failed");
    case ServiceState::Activating:
        return QStringLiteral("activating");
    case ServiceState::Deactivating:
        return QStringLiteral("deactivating");
    case ServiceState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString serviceStateLabel(ServiceState state)
{
    switch (state) {
    case ServiceState::Active:
        return ServiceController::tr("active");
    case ServiceState::Inactive:
        return ServiceController::tr("inactive");
    case ServiceState::Failed:
        return ServiceController::tr("failed");
    case ServiceState::Activating:
        return ServiceController::tr("activating");
    case ServiceState::Deactivating:
        return ServiceController::tr("deactivating");
    case ServiceState::Unknown:
        break;
    }
    return ServiceController::tr("unknown");
}

ServiceState serviceStateFromName(const QString &name)
{
    for (ServiceState state : {ServiceState::Active, ServiceState::Inactive, ServiceState::Failed,
                               ServiceState::Activating, ServiceState::Deactivating})
        if (serviceStateName(state) == name)
            return state;
    // systemd's "reloading", "refreshing" and "maintenance" are kinds of running.
    if (name == u"reloading" || name == u"refreshing" || name == u"maintenance")
        return ServiceState::Active;
    return ServiceState::Unknown;
}

QString serviceActionName(ServiceAction action)
{
    switch (action) {
    case ServiceAction::Stop:
        return QStringLiteral("stop");
    case ServiceAction::Start:
        return QStringLiteral("start");
    case ServiceAction::Restart:
        return QStringLiteral("restart");
    case ServiceAction::Status:
        break;
    }
    return QStringLiteral("status");
}

QString serviceActionLabel(ServiceAction action)
{
    switch (action) {
    case ServiceAction::Stop:
        return ServiceController::tr("stop");
    case ServiceAction::Start:
        return ServiceController::tr("start");
    case ServiceAction::Restart:
        return ServiceController::tr("restart");
    case ServiceAction::Status:
        break;
    }
    return ServiceController::tr("status");
}

ServiceObservation observeServiceState(ServiceAction action, ServiceState state)
{
    switch (action) {
    case ServiceAction::Stop:
        return state == ServiceState::Inactive || state == ServiceState::Failed
                   ? ServiceObservation::Reached
                   : ServiceObservation::Waiting;
    case ServiceAction::Start:
    case ServiceAction::Restart:
        if (state == ServiceState::Active)
            return ServiceObservation::Reached;
        return state == ServiceState::Failed ? ServiceObservation::Missed
                                             : ServiceObservation::Waiting;
    case ServiceAction::Status:
        break;
    }
    return ServiceObservation::Reached;
}

QString expectedServiceStates(ServiceAction action)
{
    if (action == ServiceAction::Stop)
        return ServiceController::tr("inactive or failed");
    return serviceStateLabel(ServiceState::Active);
}

std::unique_ptr<ServiceController>
ServiceController::create(const ServiceConfig &config, const Options &options, QObject *parent)
{
    if (config.backend == ServiceConfig::Backend::Systemd)
        return std::make_unique<SystemdServiceController>(config, options, parent);
    return std::make_unique<CommandServiceController>(config, options, parent);
}

ServiceController::ServiceController(ServiceConfig config, Options options, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_options(std::move(options))
{
    qRegisterMetaType<ServiceResult>();
    qRegisterMetaType<ServiceStatus>();
}

ServiceController::~ServiceController() = default;

void ServiceController::begin(ServiceAction action)
{
    if (m_busy) {
        // Not an action that ran: say so to the caller, leave the journal to real ones.
        ServiceResult refused{action,
                              false,
                              tr("%1 is still busy with %2; try again when it has finished")
                                  .arg(m_config.unit, serviceActionLabel(m_action)),
                              0,
                              m_lastStatus,
                              QDateTime::currentDateTimeUtc()};
        QTimer::singleShot(0, this, [this, refused] { Q_EMIT finished(refused); });
        return;
    }
    m_busy = true;
    m_action = action;
    m_elapsed.start();
    Q_EMIT started(action);
    // Deferred, so that a caller connecting after the call still sees every signal.
    QTimer::singleShot(0, this, [this, action] { execute(action); });
}

void ServiceController::complete(bool ok, const QString &message, const ServiceStatus &status)
{
    ServiceResult result{
        m_action, ok, message, m_elapsed.elapsed(), status, QDateTime::currentDateTimeUtc()};
    if (status.state != ServiceState::Unknown || m_action == ServiceAction::Status)
        updateStatus(status);
    const QString journalProblem = record(result);
    if (!journalProblem.isEmpty())
        result.message += u'\n' + journalProblem;
    m_busy = false;
    Q_EMIT finished(result);
}

void ServiceController::reportProgress(const QString &message)
{
    Q_EMIT progress(m_action, message);
}

void ServiceController::updateStatus(const ServiceStatus &status)
{
    const bool changed = status.state != m_lastStatus.state ||
                         status.subState != m_lastStatus.subState ||
                         status.since != m_lastStatus.since || status.detail != m_lastStatus.detail;
    m_lastStatus = status;
    if (changed)
        Q_EMIT statusChanged(status);
}

QString ServiceController::record(const ServiceResult &result)
{
    if (!m_journal) {
        auto opened = Journal::open(m_options.journalPath);
        if (!opened) {
            qCWarning(lcService) << "journal:" << opened.error();
            return tr("Not recorded in the journal: %1").arg(opened.error());
        }
        m_journal = std::move(opened).value();
    }
    QString outcome = result.ok ? QStringLiteral("ok") : QStringLiteral("failed");
    QString detail = tr("%1 backend, %2 ms, state %3")
                         .arg(ServiceConfig::backendName(m_config.backend))
                         .arg(result.durationMs)
                         .arg(serviceStateLabel(result.status.state));
    if (!result.status.subState.isEmpty())
        detail += QStringLiteral(" (%1)").arg(result.status.subState);
    if (!result.message.isEmpty())
        detail += QStringLiteral(": ") + result.message;
    auto recorded = m_journal->record({0,
                                       {},
                                       QStringLiteral("service"),
                                       m_config.unit,
                                       serviceActionName(result.action),
                                       outcome,
                                       detail});
    if (!recorded) {
        qCWarning(lcService) << "journal:" << recorded.error();
        return tr("Not recorded in the journal: %1").arg(recorded.error());
    }
    return {};
}

} // namespace backstep
