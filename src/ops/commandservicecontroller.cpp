#include "ops/commandservicecontroller.h"

#include <QCoreApplication>

namespace backstep {

namespace {

// Enough of a command's output to explain it; a chatty script cannot fill the memory.
constexpr qsizetype maximumOutput = qsizetype(64) * 1024;
// How often the status command asks again while a stop or start takes effect.
constexpr std::chrono::milliseconds pollInterval(250);

} // namespace

CommandServiceController::CommandServiceController(ServiceConfig config, Options options,
                                                   QObject *parent)
    : ServiceController(std::move(config), std::move(options), parent)
{
    connect(&m_runner, &ProcessRunner::output, this, [this](const QByteArray &bytes) {
        m_output += bytes;
        if (m_output.size() > maximumOutput)
            m_output = m_output.last(maximumOutput);
    });
    connect(&m_runner, &ProcessRunner::finished, this, &CommandServiceController::stepFinished);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        m_steps.append({QStringLiteral("status"), this->config().statusCommand});
        runNextStep();
    });
}

// m_runner kills a command still running, with its process group.
CommandServiceController::~CommandServiceController() = default;

ServiceStatus CommandServiceController::statusFromExit(int exitCode, const QString &output)
{
    ServiceStatus status;
    status.detail = output.trimmed();
    const QString firstWord =
        status.detail.section(u'\n', 0, 0).section(u' ', 0, 0, QString::SectionSkipEmpty);
    status.state = serviceStateFromName(firstWord.toLower());
    if (status.state != ServiceState::Unknown)
        return status;
    switch (exitCode) {
    case 0:
        status.state = ServiceState::Active;
        break;
    case 3:
        status.state = ServiceState::Inactive;
        break;
    case 1: // LSB: dead, but a pid file remains
    case 2: // LSB: dead, but a lock file remains
        status.state = ServiceState::Failed;
        break;
    default:
        status.state = ServiceState::Unknown;
        break;
    }
    return status;
}

void CommandServiceController::execute(ServiceAction action)
{
    const ServiceConfig &c = config();
    m_steps.clear();
    m_failure.clear();
    m_summary.clear();
    m_status = {};
    m_statusRead = false;
    m_observing = false;
    switch (action) {
    case ServiceAction::Stop:
        m_steps.append({QStringLiteral("stop"), c.stopCommand});
        break;
    case ServiceAction::Start:
        m_steps.append({QStringLiteral("start"), c.startCommand});
        break;
    case ServiceAction::Restart:
        if (c.restartCommand.isEmpty()) {
            m_steps.append({QStringLiteral("stop"), c.stopCommand});
            m_steps.append({QStringLiteral("start"), c.startCommand});
        } else {
            m_steps.append({QStringLiteral("restart"), c.restartCommand});
        }
        break;
    case ServiceAction::Status:
        break;
    }
    m_steps.append({QStringLiteral("status"), c.statusCommand});
    runNextStep();
}

void CommandServiceController::runNextStep()
{
    if (m_steps.isEmpty()) {
        finish();
        return;
    }
    m_current = m_steps.takeFirst();
    if (m_current.command.trimmed().isEmpty()) {
        m_failure = tr("no %1 command is configured for %2").arg(m_current.name, config().unit);
        m_steps.clear();
        finish();
        return;
    }
    const bool polling = m_observing && m_current.name == u"status";
    if (!polling) // the waiting says so once per poll already
        reportProgress(tr("Running the %1 command: %2").arg(m_current.name, m_current.command));
    m_output.clear();
    ProcessSpec spec;
    spec.program = QStringLiteral("/bin/sh");
    spec.arguments = {QStringLiteral("-c"), m_current.command};
    spec.timeout = std::chrono::seconds(config().timeoutSeconds);
    m_runner.start(spec);
}

void CommandServiceController::stepFinished(const ProcessOutcome &outcome)
{
    const QString output = QString::fromLocal8Bit(std::exchange(m_output, {})).trimmed();
    const int exitCode = outcome.exitCode;

    QString problem;
    if (outcome.ending != ProcessEnding::Exited)
        problem =
            tr("the %1 command %2: %3").arg(m_current.name, outcome.describe(), m_current.command);

    if (m_current.name == u"status") {
        if (problem.isEmpty()) {
            m_status = statusFromExit(exitCode, output);
            m_statusRead = true;
        } else {
            m_status.detail = problem;
            if (m_failure.isEmpty())
                m_failure = problem;
        }
    } else {
        if (problem.isEmpty() && exitCode != 0)
            problem = tr("the %1 command exited with status %2: %3")
                          .arg(m_current.name)
                          .arg(exitCode)
                          .arg(m_current.command);
        if (!problem.isEmpty() && m_failure.isEmpty()) {
            m_failure = output.isEmpty() ? problem : problem + u'\n' + output;
            // A failed stop must not be followed by a start; the status still runs.
            m_steps.erase(std::remove_if(m_steps.begin(), m_steps.end(),
                                         [](const Step &step) { return step.name != u"status"; }),
                          m_steps.end());
        } else if (problem.isEmpty() && !output.isEmpty()) {
            m_summary += output + u'\n';
        }
    }
    if (problem.isEmpty() && !m_observing)
        reportProgress(
            tr("The %1 command finished (exit status %2).").arg(m_current.name).arg(exitCode));
    runNextStep();
}

bool CommandServiceController::awaitObservedState()
{
    const ServiceAction action = currentAction();
    if (!m_failure.isEmpty() || action == ServiceAction::Status)
        return false;
    if (!m_observing) {
        m_observing = true;
        m_observeDeadline.setRemainingTime(std::chrono::seconds(config().timeoutSeconds));
        m_observeElapsed.start();
    }
    const ServiceObservation seen = observeServiceState(action, m_status.state);
    if (seen == ServiceObservation::Waiting && !m_observeDeadline.hasExpired()) {
        reportProgress(tr("%1 is %2; waiting for it to be %3.")
                           .arg(config().unit, serviceStateLabel(m_status.state),
                                expectedServiceStates(action)));
        m_pollTimer.start(pollInterval);
        return true;
    }
    if (seen != ServiceObservation::Reached) {
        const QString after = QString::number(double(m_observeElapsed.elapsed()) / 1000.0, 'f', 1);
        m_failure =
            tr("The %1 command exited with status 0, but %2 is %3 %4 s later (expected "
               "%5). The status command said: %6")
                .arg(serviceActionLabel(action), config().unit, serviceStateLabel(m_status.state),
                     after, expectedServiceStates(action),
                     m_status.detail.isEmpty() ? tr("(nothing)") : m_status.detail);
    }
    return false;
}

void CommandServiceController::finish()
{
    if (awaitObservedState())
        return;
    const ServiceAction action = currentAction();
    const QString unit = config().unit;
    if (!m_failure.isEmpty()) {
        complete(false, m_failure, m_status);
        return;
    }
    QString message;
    switch (action) {
    case ServiceAction::Stop:
        message = tr("Stopped %1; the status command reports it %2.")
                      .arg(unit, serviceStateLabel(m_status.state));
        break;
    case ServiceAction::Start:
        message = tr("Started %1; the status command reports it %2.")
                      .arg(unit, serviceStateLabel(m_status.state));
        break;
    case ServiceAction::Restart:
        message = tr("Restarted %1; the status command reports it %2.")
                      .arg(unit, serviceStateLabel(m_status.state));
        break;
    case ServiceAction::Status:
        message = tr("%1 is %2.").arg(unit, serviceStateLabel(m_status.state));
        break;
    }
    if (!m_summary.trimmed().isEmpty())
        message += u'\n' + m_summary.trimmed();
    complete(true, message, m_status);
}

} // namespace backstep
