#include "ops/processrunner.h"

#include "core/failpoint.h"
#include "ops/processgroup.h"

#include <QEventLoop>
#include <QFileInfo>

namespace backstep {

QString ProcessOutcome::describe() const
{
    switch (ending) {
    case ProcessEnding::Exited:
        return ProcessRunner::tr("exited with status %1").arg(exitCode);
    case ProcessEnding::Signalled:
        return ProcessRunner::tr("was killed by signal %1").arg(exitCode);
    case ProcessEnding::TimedOut:
        return ProcessRunner::tr("did not finish within %1 s and was killed with its process group")
            .arg(QString::number(double(timeout.count()) / 1000.0, 'g', 6));
    case ProcessEnding::Cancelled:
        return ProcessRunner::tr("was cancelled and killed with its process group");
    case ProcessEnding::FailedToStart:
        break;
    }
    return ProcessRunner::tr("could not be started (%1: %2)").arg(program, errorString);
}

ProcessRunner::ProcessRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ProcessOutcome>();
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer); // "did not finish within 1 s" is never early
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_process)
            return;
        m_timedOut = true;
        killProcessGroup(*m_process); // processFinished() says so
    });
}

ProcessRunner::~ProcessRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        killProcessGroup(*m_process);
        m_process->waitForFinished(5000);
    }
}

void ProcessRunner::start(const ProcessSpec &spec)
{
    if (m_process)
        return;
    m_spec = spec;
    m_pid = 0;
    m_timedOut = false;
    m_cancelled = false;
    m_clock.start();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(spec.mergeChannels ? QProcess::MergedChannels
                                                        : QProcess::SeparateChannels);
    if (!spec.writableInput)
        m_process->setStandardInputFile(QProcess::nullDevice());
    if (!spec.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(spec.workingDirectory);
    // No program Backstep starts needs the database's password from the environment (the
    // client tools read it from their option file): BACKSTEP_PASSWORD, which backstep-cli
    // may have been given, stays with Backstep.
    QProcessEnvironment environment =
        spec.environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : spec.environment;
    environment.remove(QStringLiteral("BACKSTEP_PASSWORD"));
    m_process->setProcessEnvironment(environment);
    // Its own session: a timeout or a cancel ends it and everything it started, and a
    // `sudo` in it cannot stop to ask for a password on Backstep's terminal. The no-trace
    // tests stop a program before its exec until they have seen it (test builds only).
    if (reach(Failpoint::ChildExec, -1, QFileInfo(spec.program).fileName()) ==
        FailAction::StopBeforeExec) {
        startsOwnProcessGroupThenStops(*m_process, spec.childSetup);
    } else {
        startsOwnProcessGroup(*m_process);
        if (spec.childSetup)
            m_process->setChildProcessModifier(spec.childSetup);
    }
    connect(m_process, &QProcess::started, this, [this] { m_pid = m_process->processId(); });
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { Q_EMIT output(m_process->readAllStandardOutput()); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { Q_EMIT errorOutput(m_process->readAllStandardError()); });
    connect(m_process, &QProcess::bytesWritten, this, &ProcessRunner::bytesWritten);
    connect(m_process, &QProcess::finished, this, &ProcessRunner::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_process)
            return;
        ProcessOutcome outcome;
        outcome.ending = ProcessEnding::FailedToStart;
        outcome.errorString = m_process->errorString();
        // QProcess can say so inside start(): the caller hears of it from the event loop.
        QMetaObject::invokeMethod(this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    });
    if (spec.timeout.count() > 0)
        m_timeout.start(spec.timeout);
    m_process->start(spec.program, spec.arguments);
}

ProcessOutcome ProcessRunner::runToEnd(const ProcessSpec &spec,
                                       const std::function<void(const QByteArray &)> &output)
{
    QEventLoop loop;
    ProcessRunner runner;
    ProcessOutcome outcome;
    if (output)
        connect(&runner, &ProcessRunner::output, &loop, output);
    connect(&runner, &ProcessRunner::finished, &loop, [&](const ProcessOutcome &ended) {
        outcome = ended;
        loop.quit();
    });
    runner.start(spec);
    loop.exec();
    return outcome;
}

void ProcessRunner::cancel()
{
    if (!m_process || m_cancelled)
        return;
    m_cancelled = true;
    m_timeout.stop();
    killProcessGroup(*m_process);
}

void ProcessRunner::abandon()
{
    QProcess *process = std::exchange(m_process, nullptr);
    if (!process)
        return;
    m_timeout.stop();
    process->disconnect(this);
    killProcessGroup(*process);
    process->deleteLater(); // killed, not waited for: it ends at once
}

void ProcessRunner::write(const QByteArray &bytes)
{
    if (m_process)
        m_process->write(bytes);
}

void ProcessRunner::closeWriteChannel()
{
    if (m_process)
        m_process->closeWriteChannel();
}

qint64 ProcessRunner::bytesToWrite() const
{
    return m_process ? m_process->bytesToWrite() : 0;
}

void ProcessRunner::processFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    if (!m_process)
        return;
    // What is still in the pipes belongs to the program's output.
    if (const QByteArray rest = m_process->readAllStandardOutput(); !rest.isEmpty())
        Q_EMIT output(rest);
    // Merged channels have no stderr of their own (reading it only draws a warning).
    if (m_process->processChannelMode() != QProcess::MergedChannels)
        if (const QByteArray rest = m_process->readAllStandardError(); !rest.isEmpty())
            Q_EMIT errorOutput(rest);
    ProcessOutcome outcome;
    outcome.exitCode = exitCode;
    if (m_cancelled)
        outcome.ending = ProcessEnding::Cancelled;
    else if (m_timedOut)
        outcome.ending = ProcessEnding::TimedOut;
    else if (exitStatus == QProcess::CrashExit)
        outcome.ending = ProcessEnding::Signalled;
    else
        outcome.ending = ProcessEnding::Exited;
    // A background child that outlived the program would go on working unseen.
    if (m_spec.killLeftovers)
        outcome.leftoversKilled = killProcessGroupRemains(m_pid);
    finish(outcome);
}

void ProcessRunner::finish(ProcessOutcome outcome)
{
    QProcess *process = std::exchange(m_process, nullptr);
    if (!process)
        return;
    m_timeout.stop();
    process->disconnect(this);
    process->deleteLater();
    outcome.durationMs = m_clock.elapsed();
    outcome.timeout = m_spec.timeout;
    outcome.program = m_spec.program;
    Q_EMIT finished(outcome);
}

} // namespace backstep
