#include "ops/commandservicecontroller.h"

#include "ops/processgroup.h"

#include <QCoreApplication>

namespace backstep {

namespace {

// Enough of a command's output to explain it; a chatty script cannot fill the memory.
constexpr qsizetype maximumOutput = 64 * 1024;

} // namespace

CommandServiceController::CommandServiceController(ServiceConfig config, Options options,
                                                   QObject *parent)
    : ServiceController(std::move(config), std::move(options), parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &CommandServiceController::stepTimedOut);
}

CommandServiceController::~CommandServiceController()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        killProcessGroup(*m_process);
    }
}

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
    reportProgress(tr("Running the %1 command: %2").arg(m_current.name, m_current.command));
    m_timedOut = false;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // Its own session: a timeout can kill the command and everything it started, and a
    // `sudo` in it cannot stop to ask for a password on our terminal.
    startsOwnProcessGroup(*m_process);
    connect(m_process, &QProcess::finished, this, &CommandServiceController::stepFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            stepFinished(-1, QProcess::CrashExit);
    });
    m_timeout.start(std::chrono::seconds(config().timeoutSeconds));
    m_process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), m_current.command});
}

void CommandServiceController::stepTimedOut()
{
    if (!m_process)
        return;
    m_timedOut = true;
    killProcessGroup(*m_process);
}

void CommandServiceController::stepFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    if (!m_process)
        return;
    m_timeout.stop();
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    process->deleteLater();
    QString output = QString::fromLocal8Bit(process->readAll().right(maximumOutput)).trimmed();

    QString problem;
    if (m_timedOut)
        problem = tr("the %1 command did not finish within %2 s and was killed: %3")
                      .arg(m_current.name)
                      .arg(config().timeoutSeconds)
                      .arg(m_current.command);
    else if (process->error() == QProcess::FailedToStart)
        problem = tr("cannot run /bin/sh for the %1 command: %2")
                      .arg(m_current.name, process->errorString());
    else if (exitStatus == QProcess::CrashExit)
        problem = tr("the %1 command was killed: %2").arg(m_current.name, m_current.command);

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
    if (problem.isEmpty())
        reportProgress(
            tr("The %1 command finished (exit status %2).").arg(m_current.name).arg(exitCode));
    runNextStep();
}

void CommandServiceController::finish()
{
    const ServiceAction action = currentAction();
    const QString unit = config().unit;
    if (!m_failure.isEmpty()) {
        complete(false, m_failure, m_status);
        return;
    }
    QString message;
    switch (action) {
    case ServiceAction::Stop:
        message = tr("Stopped %1.").arg(unit);
        break;
    case ServiceAction::Start:
        message = tr("Started %1.").arg(unit);
        break;
    case ServiceAction::Restart:
        message = tr("Restarted %1.").arg(unit);
        break;
    case ServiceAction::Status:
        message = tr("%1 is %2.").arg(unit, serviceStateName(m_status.state));
        break;
    }
    if (!m_summary.trimmed().isEmpty())
        message += u'\n' + m_summary.trimmed();
    complete(true, message, m_status);
}

} // namespace backstep
