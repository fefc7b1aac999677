#include "db/databasesession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

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
        // An unreachable server must fail fast, not after the OS's TCP timeout.
        db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5"));
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        return Error{Tr::tr("cannot connect to %1: %2").arg(spec.url(), reason)};
    }
    qCDebug(lcDb) << "opened" << spec.url() << "as" << session->m_connectionName;
    return session;
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

} // namespace backstep
