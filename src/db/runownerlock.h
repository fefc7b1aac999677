#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace backstep {

// The process that executes a run now.
struct RunOwner
{
    qint64 pid = 0;
    QString machine;
    QString application;
    QDateTime since; // when it took the run (the lock file's time)
    bool known() const { return pid > 0; }
};

// One owner per run: the process that starts or resumes a run holds a lock file beside the
// journal for as long as it executes it, so that no other process resumes, aborts or
// resolves the run meanwhile. The operating system's view of the process decides (a
// process that died, even by SIGKILL, leaves a stale file that the next taker removes).
class RunOwnerLock
{
public:
    // `journalPath`: the journal's file (the lock lives beside it).
    RunOwnerLock(const QString &journalPath, const QString &runId);
    ~RunOwnerLock();
    RunOwnerLock(const RunOwnerLock &) = delete;
    RunOwnerLock &operator=(const RunOwnerLock &) = delete;

    // Takes the run; fails when a live process holds it (owner() says which).
    Result<void> acquire();
    void release();
    const RunOwner &owner() const { return m_owner; }
    QString path() const;

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
    RunOwner m_owner;
};

} // namespace backstep
