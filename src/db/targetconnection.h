#pragma once

#include "core/result.h"

#include <QString>

namespace backstep {

class DatabaseSession;

// What the server said to one statement.
struct ExecOutcome
{
    bool ok = false;
    // The connection broke while the statement ran (server gone, killed, network): the
    // statement may or may not have taken effect.
    bool connectionLost = false;
    // The statement was interrupted by KILL QUERY (ER_QUERY_INTERRUPTED) and the connection
    // lives on; a non-transactional statement may have done part of its work.
    bool interrupted = false;
    int serverError = 0; // the server's error number (e.g. 1146), 0 when none
    QString message;     // the server's (or the client library's) own words
    qint64 rowsAffected = -1;

    static ExecOutcome success()
    {
        ExecOutcome outcome;
        outcome.ok = true;
        return outcome;
    }
    // A refusal that is not the server's (e.g. Backstep's own bookkeeping failed).
    static ExecOutcome failure(const QString &message)
    {
        ExecOutcome outcome;
        outcome.message = message;
        return outcome;
    }
};

// The target database as the rollback runner uses it: one statement at a time on the
// runner's own connection, with the outcome told apart (refused, interrupted, connection
// lost).
class TargetConnection
{
public:
    explicit TargetConnection(DatabaseSession &session);

    bool isSqlite() const;
    // The server's id of this connection (CONNECTION_ID()); 0 on SQLite.
    qint64 connectionId();
    // lock_wait_timeout and innodb_lock_wait_timeout for this connection, so that no
    // statement waits forever on someone else's lock.
    Result<void> setLockTimeouts(int seconds);
    ExecOutcome execute(const QString &sql);
    // Ends this connection from the server's side (KILL CONNECTION of its own id), as a
    // network failure would: the failpoints' "drop" action.
    void endConnection();

    DatabaseSession &session() { return m_session; }

private:
    DatabaseSession &m_session;
};

// Backstep's own transaction on the runner's connection (a batch of data statements and
// their progress rows, or one statement with its row): rolled back when it goes out of
// scope uncommitted, so that no error path leaves it open. Unlike sql::Transaction it says
// whether a failed COMMIT got an answer: without one, it may have happened.
class TargetTransaction
{
public:
    explicit TargetTransaction(TargetConnection &target);
    ~TargetTransaction();
    TargetTransaction(const TargetTransaction &) = delete;
    TargetTransaction &operator=(const TargetTransaction &) = delete;

    ExecOutcome begin();
    ExecOutcome commit();
    void rollback();
    bool open() const { return m_open; }

private:
    TargetConnection &m_target;
    bool m_open = false;
};

// Who holds a lock that Backstep wanted: a server connection (MySQL) or a process (SQLite's
// lock file).
struct LockHolder
{
    qint64 connectionId = 0; // MySQL: the holding connection
    QString user;
    QString host;
    qint64 seconds = 0; // in its current state
    QString statement;  // what it runs now, if anything
    qint64 pid = 0;     // SQLite: the holding process
    QString machine;
    bool known() const { return connectionId > 0 || pid > 0; }
};

// Only one Backstep changes a database at a time: GET_LOCK('backstep:<db>') on MySQL (held
// by the connection, so released when it dies), a lock file beside a SQLite database.
class DatabaseLock
{
public:
    explicit DatabaseLock(DatabaseSession &session);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    // Fails with who holds it (connection, user, host, for how long) when it is taken.
    // While `patientWith` holds it (the connection of a run that died mid-statement: the
    // server finishes the statement first), waits up to `seconds` for it to go.
    Result<void> acquire(qint64 patientWith = 0, int seconds = 0);
    void release();
    QString name() const;
    // After acquire() failed because the lock is taken: who holds it.
    const LockHolder &holder() const { return m_holder; }

private:
    Result<void> acquireFile();
    DatabaseSession &m_session;
    bool m_held = false;
    LockHolder m_holder;
    class FileLock;
    FileLock *m_fileLock = nullptr;
};

} // namespace backstep
