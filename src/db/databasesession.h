#pragma once

#include "core/connectionspec.h"

#include <QSqlDatabase>

#include <memory>

namespace backstep {

// One named QSqlDatabase connection, owned by the thread that opened it and removed
// when the session ends. Every thread that talks to a database opens its own.
class DatabaseSession
{
public:
    static Result<std::unique_ptr<DatabaseSession>> open(const ConnectionSpec &spec,
                                                         const QString &password);
    ~DatabaseSession();
    DatabaseSession(const DatabaseSession &) = delete;
    DatabaseSession &operator=(const DatabaseSession &) = delete;

    QSqlDatabase &database() { return m_database; }
    const ConnectionSpec &spec() const { return m_spec; }
    // "MariaDB 11.8.3" or "SQLite 3.46.1"
    QString serverVersion();
    // The TLS cipher of the connection; empty when it is unencrypted (or SQLite).
    QString tlsCipher() const { return m_tlsCipher; }
    // "TLS (TLS_AES_256_GCM_SHA384)", "unencrypted" or "local file", for windows and reports.
    QString security() const;
    // Ends this connection from the server's side (KILL CONNECTION of its own id), as a
    // network failure would: the failpoints' "drop" action. Closes a SQLite file.
    void endConnection();

private:
    DatabaseSession(ConnectionSpec spec, QString connectionName);
    Result<QString> readTlsCipher();

    ConnectionSpec m_spec;
    QString m_connectionName;
    QSqlDatabase m_database;
    QString m_tlsCipher;
};

} // namespace backstep
