#pragma once

#include "core/result.h"

#include <QString>

namespace backstep {

// Where a database is and how to reach it: parsed from
// `mysql://USER@HOST:PORT/DB?ssl-mode=...&ssl-ca=...` (or `mariadb://`) or
// `sqlite:PATH`. It never holds a password.
struct ConnectionSpec
{
    enum class Engine { MySql, Sqlite };
    // The MySQL clients' --ssl-mode, for Backstep's own connections and the client tools
    // alike (docs/tls.md says what each one checks, and when).
    enum class TlsMode { Disabled, Preferred, Required, VerifyCa, VerifyIdentity };

    static constexpr int defaultConnectTimeoutSeconds = 5;

    Engine engine = Engine::Sqlite;
    QString host;
    int port = 3306;
    QString user;
    QString database;   // MySQL schema name
    QString sqlitePath; // absolute path of the SQLite file

    TlsMode tlsMode = TlsMode::Preferred;
    QString sslCa;   // absolute paths; the CA is required by verify-ca and verify-identity
    QString sslCert; // a client certificate and its key, both or neither
    QString sslKey;
    // How long a server may take to accept the connection and greet (the handshake).
    int connectTimeoutSeconds = defaultConnectTimeoutSeconds;
    // How long one read or write on an open connection may wait; 0: no limit (a rollback's
    // ALTER TABLE may rightly run for hours).
    int readTimeoutSeconds = 0;
    int writeTimeoutSeconds = 0;

    static Result<ConnectionSpec> parse(const QString &url);
    // The database's identity, without any secret and without connection settings: the
    // key of the journal, the catalog and the snapshots, safe for logs and titles.
    QString url() const;
    // url() with every setting that differs from the default as its query: what settings
    // files and recent connections keep so that parse() gives this spec back.
    QString fullUrl() const;
    // HOST:PORT for messages.
    QString endpoint() const;
    // What people call the database: the schema name, or the SQLite file's base name.
    QString databaseName() const;
    bool needsPassword() const { return engine == Engine::MySql; }
    // Whether TLS must be in use once connected (required, verify-ca, verify-identity).
    bool requiresTls() const;

    // "disabled", "preferred", "required", "verify-ca", "verify-identity"
    static QString tlsModeName(TlsMode mode);
    static Result<TlsMode> tlsModeFromName(const QString &name);
    static QStringList tlsModeNames();
    // The query parameters a connection URL may carry.
    static QStringList knownParameters();
};

} // namespace backstep
