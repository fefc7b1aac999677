#pragma once

#include <QtGlobal>

#include <functional>

class QProcess;

namespace backstep {

// A command line the DBA configured (a service command, a validation command) runs as
// the leader of its own session and process group, so that a timeout or a cancel ends it
// and everything it started (`npm` → `node` → workers), and so that a `sudo` in it
// cannot stop to ask for a password on Backstep's terminal.

// Call before QProcess::start().
void startsOwnProcessGroup(QProcess &process);
// The same for a child that stops before its exec (failpoint child-exec, test builds): Qt
// starts the session only after the child modifier, so the child starts it itself, runs
// `setup` (may be empty), then stops. Sets the process's child modifier.
void startsOwnProcessGroupThenStops(QProcess &process, std::function<void()> setup);

// SIGKILL to every process of the group `process` leads, then to `process` itself. Safe
// to call when it has not started or has finished.
void killProcessGroup(QProcess &process);

// SIGKILL to what is left of the group led by `leaderPid` once the leader has exited
// (a background child that outlived it); true when something was left. Only for a pid
// that led its own group (startsOwnProcessGroup): the group keeps the number in use.
bool killProcessGroupRemains(qint64 leaderPid);

} // namespace backstep
