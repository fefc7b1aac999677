#include "ops/processgroup.h"

#include "core/failpoint.h"

#include <QProcess>

#include <csignal>
#include <unistd.h>

namespace backstep {

void startsOwnProcessGroup(QProcess &process)
{
    process.setUnixProcessParameters(QProcess::UnixProcessFlag::CreateNewSession |
                                     QProcess::UnixProcessFlag::ResetSignalHandlers);
}

void startsOwnProcessGroupThenStops(QProcess &process, std::function<void()> setup)
{
    process.setUnixProcessParameters(QProcess::UnixProcessFlag::ResetSignalHandlers);
    process.setChildProcessModifier([setup = std::move(setup)] {
        ::setsid();
        if (setup)
            setup();
        stopBeforeExec();
    });
}

void killProcessGroup(QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    process.kill();
}

bool killProcessGroupRemains(qint64 leaderPid)
{
    // Fails (ESRCH) when the group has no member left.
    return leaderPid > 0 && ::kill(-pid_t(leaderPid), SIGKILL) == 0;
}

} // namespace backstep
