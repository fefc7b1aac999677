#include "ui/servicedockcontroller.h"

namespace backstep {

ServiceDockController::ServiceDockController(QObject *parent)
    : QObject(parent)
{}

ServiceDockController::~ServiceDockController() = default;

void ServiceDockController::setService(const ServiceConfig &config,
                                       const ServiceController::Options &options)
{
    m_service.reset();
    m_config = config;
    m_progress.clear();
    m_lastResult.reset();
    m_problem = config.isConfigured() ? config.problem() : QString();
    if (config.isConfigured() && m_problem.isEmpty()) {
        m_service = ServiceController::create(config, options);
        connect(m_service.get(), &ServiceController::started, this, [this](ServiceAction action) {
            m_progress.clear();
            Q_EMIT changed();
            if (action != ServiceAction::Status)
                Q_EMIT actionMark(
                    tr("Service %1: %2 started").arg(m_config.unit, serviceActionLabel(action)));
        });
        connect(m_service.get(), &ServiceController::progress, this,
                [this](ServiceAction, const QString &message) {
                    m_progress = message;
                    Q_EMIT changed();
                });
        connect(m_service.get(), &ServiceController::statusChanged, this,
                &ServiceDockController::changed);
        connect(m_service.get(), &ServiceController::finished, this,
                [this](const ServiceResult &result) {
                    m_progress.clear();
                    m_lastResult = result;
                    Q_EMIT changed();
                    Q_EMIT actionFinished(result);
                    if (result.action != ServiceAction::Status)
                        Q_EMIT actionMark(
                            tr("Service %1: %2 %3 (%4 s)")
                                .arg(m_config.unit, serviceActionLabel(result.action),
                                     result.ok ? tr("done") : tr("failed: %1").arg(result.message))
                                .arg(double(result.durationMs) / 1000.0, 0, 'f', 1));
                });
    }
    Q_EMIT changed();
    refresh();
}

void ServiceDockController::refresh()
{
    run(ServiceAction::Status);
}

void ServiceDockController::stop()
{
    run(ServiceAction::Stop);
}

void ServiceDockController::start()
{
    run(ServiceAction::Start);
}

void ServiceDockController::restart()
{
    run(ServiceAction::Restart);
}

void ServiceDockController::run(ServiceAction action)
{
    if (m_service && !m_service->isBusy())
        m_service->run(action);
}

} // namespace backstep
