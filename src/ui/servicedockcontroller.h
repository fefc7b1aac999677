#pragma once

#include "ops/servicecontroller.h"

#include <QObject>

#include <memory>
#include <optional>

namespace backstep {

// The Service dock's state, on the GUI thread: which service (from the profile), its
// last known state, whether an action runs and how the last one ended. The panel only
// shows this and forwards clicks.
class ServiceDockController : public QObject
{
    Q_OBJECT
public:
    explicit ServiceDockController(QObject *parent = nullptr);
    ~ServiceDockController() override;

    // Replaces the service (none when `config` names no unit) and asks for its state.
    void setService(const ServiceConfig &config, const ServiceController::Options &options = {});

    bool hasService() const { return m_service != nullptr; }
    // Why the configured service cannot be used, when it cannot.
    QString problem() const { return m_problem; }
    const ServiceConfig &config() const { return m_config; }
    ServiceStatus status() const { return m_service ? m_service->lastStatus() : ServiceStatus{}; }
    bool isBusy() const { return m_service && m_service->isBusy(); }
    QString progressMessage() const { return m_progress; }
    const std::optional<ServiceResult> &lastResult() const { return m_lastResult; }

public Q_SLOTS:
    void refresh();
    void stop();
    void start();
    void restart();

Q_SIGNALS:
    // Anything above changed; the panel redraws.
    void changed();
    void actionFinished(const backstep::ServiceResult &result);
    // Where a stop, start or restart began and ended, for the followed logs.
    void actionMark(const QString &text);

private:
    void run(ServiceAction action);

    ServiceConfig m_config;
    std::unique_ptr<ServiceController> m_service;
    QString m_problem;
    QString m_progress;
    std::optional<ServiceResult> m_lastResult;
};

} // namespace backstep
