#include "ops/processgroup.h"

#include <QProcess>

#include <csignal>

namespace backstep {

void startsOwnProcessGroup(QProcess &process)
{
    process.setUnixProcessParameters(QProcess::UnixProcessFlag::CreateNewSession |
                                     QProcess::UnixProcessFlag::ResetSignalHandlers);
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
