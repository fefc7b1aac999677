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
    int serverError = 0; // the server's error number (e.g. 1146), 0 when none
    QString message;
    qint64 rowsAffected = -1;
};

// The target database as the rollback runner uses it: one statement at a time on the
// runner's own connection, with the outcome told apart (refused vs. connection lost).
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
    Result<void> begin();
    Result<void> commit();
    void rollback();
    // Is a connection with this id still on the server (the previous run's statement
    // may still be executing there)?
    Result<bool> connectionAlive(qint64 id);

    DatabaseSession &session() { return m_session; }

private:
    DatabaseSession &m_session;
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
    Result<void> acquire();
    void release();
    QString name() const;

private:
    DatabaseSession &m_session;
    bool m_held = false;
    class FileLock;
    FileLock *m_fileLock = nullptr;
};

} // namespace backstep
