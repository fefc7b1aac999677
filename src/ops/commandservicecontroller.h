#pragma once

#include "ops/processrunner.h"
#include "ops/servicecontroller.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTimer>

namespace backstep {

// Runs the configured command lines with /bin/sh, one at a time and never waiting on the
// calling thread. An action's exit status decides its result; the status command is read
// like `systemctl is-active`: its first word when that is a state, else its exit code
// (0 active, 3 inactive, 1 and 2 failed, anything else unknown). After stop, start and
// restart the status command runs until it reports the state the action must leave
// (observeServiceState) or the timeout passes: a stop command that exits 0 while the
// service goes on running is a failure that names what the status command saw.
// Each command runs through ProcessRunner: a command that outlives the timeout is killed
// with its whole process group; what a start command leaves running (the daemon) stays.
class CommandServiceController : public ServiceController
{
    Q_OBJECT
public:
    CommandServiceController(ServiceConfig config, Options options, QObject *parent = nullptr);
    ~CommandServiceController() override;

    static ServiceStatus statusFromExit(int exitCode, const QString &output);

protected:
    void execute(ServiceAction action) override;

private:
    struct Step
    {
        QString name; // "stop", "start", "status"
        QString command;
    };

    void runNextStep();
    void stepFinished(const ProcessOutcome &outcome);
    void finish();
    // After the action's commands succeeded: true while the state is still awaited.
    bool awaitObservedState();

    QList<Step> m_steps;
    Step m_current;
    ProcessRunner m_runner;
    QByteArray m_output; // the running command's, bounded to its tail
    QString m_failure;   // the first step that failed, and why
    QString m_summary;   // what the steps said
    ServiceStatus m_status;
    bool m_statusRead = false;
    bool m_observing = false;
    QDeadlineTimer m_observeDeadline;
    QElapsedTimer m_observeElapsed;
    QTimer m_pollTimer;
};

} // namespace backstep
