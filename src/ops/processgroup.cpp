#include "ops/processgroup.h"

#include <QProcess>

#include <cerrno>
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
    if (leaderPid <= 0)
        return false;
    // kill(2) with signal 0 only asks whether the group still has a member.
    if (::kill(-pid_t(leaderPid), 0) != 0 && errno == ESRCH)
        return false;
    ::kill(-pid_t(leaderPid), SIGKILL);
    return true;
}

} // namespace backstep
