#include "ops/playbookservice.h"

#include "ops/playbookactions.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookServiceAction)
};

// Runs one action of the controller to its end in a local event loop (the controller
// never blocks; each action ends with finished(), bounded by the service's timeout).
ServiceResult runToEnd(ServiceController &controller, ServiceAction action)
{
    ServiceResult result;
    QEventLoop loop;
    QObject::connect(&controller, &ServiceController::finished, &loop,
                     [&result, &loop](const ServiceResult &finished) {
                         result = finished;
                         loop.quit();
                     });
    controller.run(action);
    loop.exec();
    return result;
}

} // namespace

PlaybookServiceAction::PlaybookServiceAction(const PlaybookSetup &setup, ServiceAction action,
                                             ServiceController::Options options)
    : m_setup(setup)
    , m_action(action)
    , m_options(std::move(options))
{}

PlaybookStepResult PlaybookServiceAction::run(PlaybookStepContext &context)
{
    PlaybookStepResult result;
    const ServiceConfig &config = m_setup.profile.service;
    if (!config.isConfigured()) {
        result.status = PlaybookStep::Status::Skipped;
        result.skipReason = PlaybookSkipReason::NotConfigured;
        result.skipNote = Tr::tr("the profile %1 names no service").arg(m_setup.profile.name);
        return result;
    }
    if (const QString problem = config.problem(); !problem.isEmpty()) {
        result.status = PlaybookStep::Status::Failed;
        result.error = Tr::tr("the service of the profile %1 cannot be used: %2")
                           .arg(m_setup.profile.name, problem);
        return result;
    }
    if (context.cancelled()) {
        result.status = PlaybookStep::Status::Cancelled;
        result.error = Tr::tr("cancelled before the service was touched");
        return result;
    }
    const std::unique_ptr<ServiceController> controller =
        ServiceController::create(config, m_options);
    result.evidence = {
        {QStringLiteral("unit"), config.unit},
        {QStringLiteral("backend"), ServiceConfig::backendName(config.backend)},
        {QStringLiteral("action"), serviceActionName(m_action)},
    };

    const ServiceResult before = runToEnd(*controller, ServiceAction::Status);
    const ServiceState stateBefore = before.status.state;
    result.evidence.insert(QStringLiteral("stateBefore"), serviceStateName(stateBefore));
    if (!before.ok)
        result.evidence.insert(QStringLiteral("stateBeforeDetail"), before.message);
    // Durable before the service is touched: a resume finds what was seen first.
    if (auto noted = context.note(result.evidence); !noted) {
        result.status = PlaybookStep::Status::Failed;
        result.error = noted.error();
        return result;
    }

    const bool alreadyReached =
        before.ok && observeServiceState(m_action, stateBefore) == ServiceObservation::Reached;
    result.evidence.insert(QStringLiteral("acted"), !alreadyReached);
    if (!alreadyReached) {
        if (context.cancelled()) {
            result.status = PlaybookStep::Status::Cancelled;
            result.error = Tr::tr("cancelled before the service was touched");
            return result;
        }
        const ServiceResult acted = runToEnd(*controller, m_action);
        result.evidence.insert(QStringLiteral("message"), acted.message);
        result.evidence.insert(QStringLiteral("durationMs"), acted.durationMs);
        if (!acted.ok) {
            result.evidence.insert(QStringLiteral("stateAfter"),
                                   serviceStateName(acted.status.state));
            result.status = PlaybookStep::Status::Failed;
            result.error = Tr::tr("%1 of %2 failed: %3")
                               .arg(serviceActionLabel(m_action), config.unit, acted.message);
            return result;
        }
    }

    // Re-checked: an action's success is a claim, the observed state settles it.
    const ServiceResult after = runToEnd(*controller, ServiceAction::Status);
    const ServiceState stateAfter = after.status.state;
    result.evidence.insert(QStringLiteral("stateAfter"), serviceStateName(stateAfter));
    if (!after.ok || observeServiceState(m_action, stateAfter) != ServiceObservation::Reached) {
        result.status = PlaybookStep::Status::Failed;
        result.error = Tr::tr("%1 is %2 after the %3; expected %4")
                           .arg(config.unit, serviceStateLabel(stateAfter),
                                serviceActionLabel(m_action), expectedServiceStates(m_action));
        if (!after.ok)
            result.error += u'\n' + after.message;
        return result;
    }
    result.summary =
        alreadyReached
            ? Tr::tr("%1 was already %2").arg(config.unit, serviceStateLabel(stateAfter))
            : Tr::tr("%1: %2, then %3")
                  .arg(config.unit, serviceStateLabel(stateBefore), serviceStateLabel(stateAfter));
    return result;
}

} // namespace backstep
