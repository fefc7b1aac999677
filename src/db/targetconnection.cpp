#include "db/targetconnection.h"

#include "db/databasesession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TargetConnection)
};

// Client and server errors after which the statement's fate is unknown.
bool isConnectionLoss(int code)
{
    switch (code) {
    case 1053: // ER_SERVER_SHUTDOWN
    case 1927: // ER_CONNECTION_KILLED
    case 2002: // CR_CONNECTION_ERROR
    case 2003: // CR_CONN_HOST_ERROR
    case 2006: // CR_SERVER_GONE_ERROR
    case 2013: // CR_SERVER_LOST
    case 2055: // CR_SERVER_LOST_EXTENDED
        return true;
    default:
        return false;
    }
}

} // namespace

TargetConnection::TargetConnection(DatabaseSession &session)
    : m_session(session)
{}

bool TargetConnection::isSqlite() const
{
    return m_session.spec().engine == ConnectionSpec::Engine::Sqlite;
}

qint64 TargetConnection::connectionId()
{
    if (isSqlite())
        return 0;
    QSqlQuery query(m_session.database());
    if (query.exec(QStringLiteral("SELECT CONNECTION_ID()")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

Result<void> TargetConnection::setLockTimeouts(int seconds)
{
    if (isSqlite())
        return {};
    QSqlQuery query(m_session.database());
    if (!query.exec(QStringLiteral("SET SESSION lock_wait_timeout = %1, "
                                   "innodb_lock_wait_timeout = %1")
                        .arg(std::max(1, seconds))))
        return Error{Tr::tr("cannot set the lock wait timeouts: %1").arg(query.lastError().text())};
    return {};
}

ExecOutcome TargetConnection::execute(const QString &sql)
{
    ExecOutcome outcome;
    QSqlQuery query(m_session.database());
    // Sent as text, not prepared: a DOWN section's statements (DELIMITER bodies, SET
    // STATEMENT, ...) are not all preparable, and the client sends them as text too.
    if (query.exec(sql)) {
        outcome.ok = true;
        outcome.rowsAffected = query.numRowsAffected();
        return outcome;
    }
    const QSqlError error = query.lastError();
    outcome.serverError = error.nativeErrorCode().toInt();
    outcome.message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    outcome.connectionLost =
        !isSqlite() && (isConnectionLoss(outcome.serverError) || !m_session.database().isOpen());
    outcome.interrupted = !isSqlite() && outcome.serverError == 1317; // ER_QUERY_INTERRUPTED
    return outcome;
}

void TargetConnection::endConnection()
{
    m_session.endConnection();
}

TargetTransaction::TargetTransaction(TargetConnection &target)
    : m_target(target)
{}

TargetTransaction::~TargetTransaction()
{
    rollback();
}

ExecOutcome TargetTransaction::begin()
{
    if (m_open)
        return ExecOutcome::success();
    ExecOutcome begun = m_target.execute(m_target.isSqlite() ? QStringLiteral("BEGIN")
                                                             : QStringLiteral("START TRANSACTION"));
    m_open = begun.ok;
    return begun;
}

ExecOutcome TargetTransaction::commit()
{
    if (!m_open)
        return {};
    m_open = false;
    ExecOutcome committed = m_target.execute(QStringLiteral("COMMIT"));
    if (!committed.ok && !committed.connectionLost)
        m_target.execute(QStringLiteral("ROLLBACK"));
    return committed;
}

void TargetTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    // Nothing to do about a failure: a connection that cannot roll back has lost the
    // transaction with it.
    (void)m_target.execute(QStringLiteral("ROLLBACK"));
}

class DatabaseLock::FileLock : public QLockFile
{
public:
    using QLockFile::QLockFile;
};

DatabaseLock::DatabaseLock(DatabaseSession &session)
    : m_session(session)
{}

DatabaseLock::~DatabaseLock()
{
    release();
}

QString DatabaseLock::name() const
{
    // MySQL allows lock names of 64 characters: long database names are hashed.
    QString name = QStringLiteral("backstep:") + m_session.spec().database;
    if (name.size() > 64)
        name = QStringLiteral("backstep:") +
               QString::fromLatin1(QCryptographicHash::hash(m_session.spec().database.toUtf8(),
                                                            QCryptographicHash::Sha256)
                                       .toHex()
                                       .left(40));
    return name;
}

Result<void> DatabaseLock::acquireFile()
{
    auto *lock = new FileLock(m_session.spec().sqlitePath + QStringLiteral(".backstep-lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        delete lock;
        m_holder = {};
        m_holder.pid = pid;
        m_holder.machine = host;
        return Error{Tr::tr("another Backstep is changing %1 (process %2 on %3): wait for it "
                            "to finish")
                         .arg(m_session.spec().sqlitePath)
                         .arg(pid)
                         .arg(host)};
    }
    m_fileLock = lock;
    m_held = true;
    return {};
}

Result<void> DatabaseLock::acquire(qint64 patientWith, int seconds)
{
    if (m_held)
        return {};
    if (m_session.spec().engine == ConnectionSpec::Engine::Sqlite)
        return acquireFile();
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery query(m_session.database());
        // A short wait: the lock of a Backstep that has just died goes when the server
        // notices its connection closed, a moment later; a live holder is still refused
        // quickly.
        query.prepare(QStringLiteral("SELECT GET_LOCK(?, 2)"));
        query.addBindValue(name());
        if (!query.exec() || !query.next())
            return Error{
                Tr::tr("cannot take the lock %1: %2").arg(name(), query.lastError().text())};
        if (query.value(0).toInt() == 1) {
            m_held = true;
            return {};
        }
        m_holder = {};
        QSqlQuery who(m_session.database());
        who.prepare(QStringLiteral("SELECT p.ID, p.USER, p.HOST, p.TIME, COALESCE(p.INFO, '') "
                                   "FROM information_schema.PROCESSLIST p WHERE p.ID = "
                                   "IS_USED_LOCK(?)"));
        who.addBindValue(name());
        if (who.exec() && who.next()) {
            m_holder.connectionId = who.value(0).toLongLong();
            m_holder.user = who.value(1).toString();
            m_holder.host = who.value(2).toString();
            m_holder.seconds = who.value(3).toLongLong();
            m_holder.statement = who.value(4).toString();
        }
        const bool patient = patientWith > 0 && m_holder.connectionId == patientWith &&
                             waited.elapsed() < qint64(seconds) * 1000;
        if (!patient)
            break;
    }
    const QString holder = m_holder.known()
                               ? Tr::tr("connection %1 (%2@%3, %4 s in its current state)")
                                     .arg(QString::number(m_holder.connectionId), m_holder.user,
                                          m_holder.host, QString::number(m_holder.seconds))
                               : Tr::tr("an unknown connection");
    return Error{Tr::tr("another Backstep is changing %1: the lock %2 is held by %3")
                     .arg(m_session.spec().database, name(), holder)};
}

void DatabaseLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    if (m_fileLock) {
        m_fileLock->unlock();
        delete m_fileLock;
        m_fileLock = nullptr;
        return;
    }
    if (!m_session.database().isOpen())
        return;
    QSqlQuery query(m_session.database());
    query.prepare(QStringLiteral("SELECT RELEASE_LOCK(?)"));
    query.addBindValue(name());
    query.exec();
}

} // namespace backstep
