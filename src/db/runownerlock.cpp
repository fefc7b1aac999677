#include "db/runownerlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunOwnerLock)
};

} // namespace

RunOwnerLock::RunOwnerLock(const QString &journalPath, const QString &runId)
{
    const QFileInfo journal(journalPath);
    // Run ids are UUIDs; anything else is kept out of the file name.
    QString safe = runId;
    safe.replace(u'/', u'_');
    m_path = journal.absoluteDir().filePath(journal.fileName() + QStringLiteral(".run-") + safe +
                                            QStringLiteral(".lock"));
    m_lock = std::make_unique<QLockFile>(m_path);
    // Never stale by age: a run may take hours. A dead process's file is stale at once.
    m_lock->setStaleLockTime(0);
}

RunOwnerLock::~RunOwnerLock()
{
    release();
}

QString RunOwnerLock::path() const
{
    return m_path;
}

Result<void> RunOwnerLock::acquire()
{
    if (m_lock->isLocked())
        return {};
    if (m_lock->tryLock(0))
        return {};
    m_owner = {};
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString machine, application;
        if (m_lock->getLockInfo(&pid, &machine, &application)) {
            m_owner.pid = pid;
            m_owner.machine = machine;
            m_owner.application = application;
            m_owner.since = QFileInfo(m_path).lastModified();
        }
        return Error{Tr::tr("process %1 (%2) on %3 is executing this run")
                         .arg(QString::number(m_owner.pid), m_owner.application, m_owner.machine)};
    }
    return Error{
        Tr::tr("cannot create the lock file %1 (error %2)").arg(m_path).arg(int(m_lock->error()))};
}

void RunOwnerLock::release()
{
    if (m_lock && m_lock->isLocked())
        m_lock->unlock();
}

} // namespace backstep
