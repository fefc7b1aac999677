#pragma once

#include "ops/servicecontroller.h"

#include <QProcess>
#include <QTimer>

namespace backstep {

// Runs the configured command lines with /bin/sh, one at a time and never waiting on the
// calling thread. An action's exit status decides its result; the status command is read
// like `systemctl is-active`: its first word when that is a state, else its exit code
// (0 active, 3 inactive, 1 and 2 failed, anything else unknown). After stop, start and
// restart the status command runs too, so the result carries the state they left.
// A command that outlives the timeout is killed with its whole process group.
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
    void stepFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void stepTimedOut();
    void finish();

    QList<Step> m_steps;
    Step m_current;
    QProcess *m_process = nullptr;
    QTimer m_timeout;
    bool m_timedOut = false;
    QString m_failure; // the first step that failed, and why
    QString m_summary; // what the steps said
    ServiceStatus m_status;
    bool m_statusRead = false;
};

} // namespace backstep
