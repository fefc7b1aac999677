#include "core/connectionspec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace backstep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)
};
} // namespace

Result<ConnectionSpec> ConnectionSpec::parse(const QString &text)
{
    ConnectionSpec spec;
    if (text.startsWith(QLatin1StringView("sqlite:"), Qt::CaseInsensitive)) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1StringView("//")))
            path = path.mid(2);
        if (path.isEmpty())
            return Error{Tr::tr("the SQLite URL names no file: use sqlite:PATH")};
        spec.engine = Engine::Sqlite;
        spec.sqlitePath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        return spec;
    }

    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"mysql" && scheme != u"mariadb"))
        return Error{Tr::tr("cannot read the connection URL \"%1\": use mysql://USER@HOST:PORT/DB, "
                            "mariadb://USER@HOST:PORT/DB or sqlite:PATH")
                         .arg(text)};
    if (!url.password().isEmpty())
        return Error{Tr::tr("the connection URL contains a password: it would show in the process "
                            "list and the shell history. Remove it and use --password-file, the "
                            "BACKSTEP_PASSWORD variable or the prompt")};
    spec.engine = Engine::MySql;
    spec.host = url.host();
    spec.port = url.port(3306);
    spec.user = url.userName();
    spec.database = url.path().mid(1);
    if (spec.host.isEmpty())
        return Error{Tr::tr("the connection URL names no host: mysql://USER@HOST:PORT/DB")};
    if (spec.user.isEmpty())
        return Error{Tr::tr("the connection URL names no user: mysql://USER@HOST:PORT/DB")};
    if (spec.database.isEmpty() || spec.database.contains(u'/'))
        return Error{Tr::tr("the connection URL names no database: mysql://USER@HOST:PORT/DB")};
    return spec;
}

QString ConnectionSpec::url() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    return QStringLiteral("mysql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString ConnectionSpec::databaseName() const
{
    if (engine == Engine::Sqlite)
        return QFileInfo(sqlitePath).completeBaseName();
    return database;
}

} // namespace backstep
