#include "db/databasesession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <mysql.h>

Q_LOGGING_CATEGORY(lcDb, "backstep.db", QtInfoMsg)

namespace backstep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSession)
};

QString nextConnectionName()
{
    static std::atomic_int counter{0};
    return QStringLiteral("backstep-%1").arg(counter.fetch_add(1));
}

// QMYSQL's connect options for the spec (docs/tls.md): no TLS option gives a plain
// connection; SSL_CIPHER=DEFAULT asks for TLS without verifying the certificate; SSL_CA
// verifies it (and a host name, never an IP address). No option makes TLS required: that
// is checked after connecting.
Result<QString> connectOptions(const ConnectionSpec &spec)
{
    QStringList options{
        QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(spec.connectTimeoutSeconds)};
    if (spec.readTimeoutSeconds > 0)
        options << QStringLiteral("MYSQL_OPT_READ_TIMEOUT=%1").arg(spec.readTimeoutSeconds);
    if (spec.writeTimeoutSeconds > 0)
        options << QStringLiteral("MYSQL_OPT_WRITE_TIMEOUT=%1").arg(spec.writeTimeoutSeconds);
    using Mode = ConnectionSpec::TlsMode;
    if (spec.tlsMode == Mode::Disabled)
        return options.join(u';');
    if (spec.tlsMode == Mode::VerifyCa || spec.tlsMode == Mode::VerifyIdentity)
        options << QStringLiteral("SSL_CA=") + spec.sslCa;
    else
        options << QStringLiteral("SSL_CIPHER=DEFAULT");
    if (!spec.sslCert.isEmpty())
        options << QStringLiteral("SSL_CERT=") + spec.sslCert
                << QStringLiteral("SSL_KEY=") + spec.sslKey;
    for (const QString &path : {spec.sslCa, spec.sslCert, spec.sslKey}) {
        // The driver splits its options at ';' and cannot be given such a path.
        if (path.contains(u';'))
            return Error{Tr::tr("the TLS file %1 has a ';' in its path, which the MySQL driver "
                                "cannot take: move or link it elsewhere")
                             .arg(path)};
        if (!path.isEmpty() && !QFileInfo(path).isReadable())
            return Error{Tr::tr("cannot read the TLS file %1").arg(path)};
    }
    return options.join(u';');
}

// QMYSQL always connects with CLIENT_MULTI_STATEMENTS: a name pasted into a query could
// then smuggle in a second statement. Backstep sends one statement per query, so the
// server is told to refuse any more.
Result<void> refuseMultipleStatements(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "MYSQL*") != 0 && qstrcmp(handle.typeName(), "st_mysql*") != 0)
        return Error{Tr::tr("the MySQL driver gave no connection handle (%1)")
                         .arg(QString::fromLatin1(handle.typeName()))};
    MYSQL *mysql = *static_cast<MYSQL *const *>(handle.constData());
    if (mysql == nullptr || mysql_set_server_option(mysql, MYSQL_OPTION_MULTI_STATEMENTS_OFF) != 0)
        return Error{Tr::tr("cannot turn multiple statements per query off: %1")
                         .arg(mysql ? QString::fromUtf8(mysql_error(mysql)) : QString())};
    return {};
}

// Why a connection failed, naming where it went and what would help.
QString connectFailure(const ConnectionSpec &spec, const QSqlError &error)
{
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString code = error.nativeErrorCode();
    // 2013: lost the connection during the handshake; 2002/2003: no answer to connect.
    if (code == u"2013" || reason.contains(QLatin1StringView("timeout"), Qt::CaseInsensitive) ||
        reason.contains(QLatin1StringView("timed out"), Qt::CaseInsensitive))
        return Tr::tr("cannot connect to %1 (database %2): the server did not answer within "
                      "%n second(s) (connect-timeout in the URL sets the limit): %3",
                      nullptr, spec.connectTimeoutSeconds)
            .arg(spec.endpoint(), spec.database, reason);
    return Tr::tr("cannot connect to %1 (database %2): %3")
        .arg(spec.endpoint(), spec.database, reason);
}
} // namespace

DatabaseSession::DatabaseSession(ConnectionSpec spec, QString connectionName)
    : m_spec(std::move(spec))
    , m_connectionName(std::move(connectionName))
{}

DatabaseSession::~DatabaseSession()
{
    m_database.close();
    // No QSqlDatabase copy may outlive removeDatabase().
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<DatabaseSession>> DatabaseSession::open(const ConnectionSpec &spec,
                                                               const QString &password)
{
    const bool sqlite = spec.engine == ConnectionSpec::Engine::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QMYSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{Tr::tr("the Qt SQL driver %1 is not installed (available: %2)")
                         .arg(driver, QSqlDatabase::drivers().join(u", "))};
    if (sqlite && !QFileInfo::exists(spec.sqlitePath))
        return Error{Tr::tr("there is no SQLite database at %1").arg(spec.sqlitePath)};

    std::unique_ptr<DatabaseSession> session(new DatabaseSession(spec, nextConnectionName()));
    QSqlDatabase &db = session->m_database;
    db = QSqlDatabase::addDatabase(driver, session->m_connectionName);
    if (sqlite) {
        db.setDatabaseName(spec.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        db.setPassword(password);
        db.setDatabaseName(spec.database);
        // An unreachable or silent server must fail fast, not after the OS's TCP timeout.
        auto options = connectOptions(spec);
        if (!options)
            return options.failure();
        db.setConnectOptions(options.value());
    }
    if (!db.open()) {
        if (sqlite)
            return Error{Tr::tr("cannot open %1: %2").arg(spec.sqlitePath, db.lastError().text())};
        return Error{connectFailure(spec, db.lastError())};
    }
    if (!sqlite) {
        if (auto single = refuseMultipleStatements(db); !single)
            return single.failure();
        auto cipher = session->readTlsCipher();
        if (!cipher)
            return cipher.failure();
        session->m_tlsCipher = cipher.value();
        if (spec.requiresTls() && session->m_tlsCipher.isEmpty())
            return Error{Tr::tr("the server at %1 does not offer TLS, and ssl-mode=%2 requires "
                                "it: the connection was unencrypted and has been closed. Use "
                                "ssl-mode=preferred to accept an unencrypted connection")
                             .arg(spec.endpoint(), ConnectionSpec::tlsModeName(spec.tlsMode))};
    }
    qCDebug(lcDb) << "opened" << spec.url() << "as" << session->m_connectionName
                  << session->security();
    return session;
}

Result<QString> DatabaseSession::readTlsCipher()
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'")))
        return Error{Tr::tr("cannot read whether the connection to %1 is encrypted: %2")
                         .arg(m_spec.endpoint(), query.lastError().text())};
    return query.next() ? query.value(1).toString() : QString();
}

QString DatabaseSession::security() const
{
    if (m_spec.engine == ConnectionSpec::Engine::Sqlite)
        return Tr::tr("local file");
    if (m_tlsCipher.isEmpty())
        return Tr::tr("unencrypted");
    return Tr::tr("TLS (%1)").arg(m_tlsCipher);
}

QString DatabaseSession::serverVersion()
{
    const bool sqlite = m_spec.engine == ConnectionSpec::Engine::Sqlite;
    QSqlQuery query(m_database);
    if (!query.exec(sqlite ? QStringLiteral("SELECT sqlite_version()")
                           : QStringLiteral("SELECT VERSION()")) ||
        !query.next())
        return {};
    const QString version = query.value(0).toString();
    if (sqlite)
        return QStringLiteral("SQLite ") + version;
    return (version.contains(QLatin1StringView("MariaDB"), Qt::CaseInsensitive)
                ? QStringLiteral("MariaDB ")
                : QStringLiteral("MySQL ")) +
           version.section(u'-', 0, 0);
}

void DatabaseSession::endConnection()
{
    if (m_spec.engine == ConnectionSpec::Engine::Sqlite) {
        m_database.close();
        return;
    }
    QSqlQuery query(m_database);
    // The server answers with ER_CONNECTION_KILLED, or not at all: either way it is gone.
    query.exec(QStringLiteral("KILL CONNECTION CONNECTION_ID()"));
}

} // namespace backstep
