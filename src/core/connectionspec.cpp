#include "core/connectionspec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace backstep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)
};

const QString sslModeKey = QStringLiteral("ssl-mode");
const QString sslCaKey = QStringLiteral("ssl-ca");
const QString sslCertKey = QStringLiteral("ssl-cert");
const QString sslKeyKey = QStringLiteral("ssl-key");
const QString connectTimeoutKey = QStringLiteral("connect-timeout");
const QString readTimeoutKey = QStringLiteral("read-timeout");
const QString writeTimeoutKey = QStringLiteral("write-timeout");

constexpr int maxTimeoutSeconds = 86400;

// An IPv4 or IPv6 address rather than a host name (QUrl keeps IPv6 without brackets).
bool isIpLiteral(const QString &host)
{
    static const QRegularExpression ipv4(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"));
    return host.contains(u':') || ipv4.match(host).hasMatch();
}

QString usage()
{
    return Tr::tr("use mysql://USER@HOST:PORT/DB[?ssl-mode=MODE&ssl-ca=FILE&...], "
                  "mariadb://... or sqlite:PATH");
}

Result<int> timeoutValue(const QString &key, const QString &text, int minimum)
{
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < minimum || seconds > maxTimeoutSeconds)
        return Error{
            Tr::tr("the connection URL's %1=%2 is not a number of seconds from %3 to %4")
                .arg(key, text, QString::number(minimum), QString::number(maxTimeoutSeconds))};
    return seconds;
}

// Reads the query's settings into `spec`; anything unknown, repeated or contradictory is
// refused rather than ignored.
Result<void> readQuery(const QUrl &url, ConnectionSpec &spec)
{
    const QUrlQuery query(url);
    QStringList seen;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!ConnectionSpec::knownParameters().contains(key))
            return Error{Tr::tr("the connection URL has an unknown parameter \"%1\" (known: %2)")
                             .arg(key, ConnectionSpec::knownParameters().join(u", "))};
        if (seen.contains(key))
            return Error{Tr::tr("the connection URL gives \"%1\" twice").arg(key)};
        seen.append(key);
        if (value.isEmpty())
            return Error{Tr::tr("the connection URL's parameter \"%1\" is empty").arg(key)};
        if (key == sslModeKey) {
            auto mode = ConnectionSpec::tlsModeFromName(value);
            if (!mode)
                return mode.failure();
            spec.tlsMode = mode.value();
        } else if (key == sslCaKey || key == sslCertKey || key == sslKeyKey) {
            const QString path = QDir::cleanPath(QFileInfo(value).absoluteFilePath());
            (key == sslCaKey ? spec.sslCa : key == sslCertKey ? spec.sslCert : spec.sslKey) = path;
        } else {
            auto seconds = timeoutValue(key, value, key == connectTimeoutKey ? 1 : 0);
            if (!seconds)
                return seconds.failure();
            (key == connectTimeoutKey ? spec.connectTimeoutSeconds
             : key == readTimeoutKey  ? spec.readTimeoutSeconds
                                      : spec.writeTimeoutSeconds) = seconds.value();
        }
    }
    using Mode = ConnectionSpec::TlsMode;
    if (spec.tlsMode == Mode::Disabled &&
        !(spec.sslCa.isEmpty() && spec.sslCert.isEmpty() && spec.sslKey.isEmpty()))
        return Error{Tr::tr("the connection URL gives TLS files with ssl-mode=disabled")};
    if ((spec.tlsMode == Mode::VerifyCa || spec.tlsMode == Mode::VerifyIdentity) &&
        spec.sslCa.isEmpty())
        return Error{Tr::tr("ssl-mode=%1 needs the certificate authority's file: add "
                            "&ssl-ca=FILE to the connection URL")
                         .arg(ConnectionSpec::tlsModeName(spec.tlsMode))};
    if (spec.sslCert.isEmpty() != spec.sslKey.isEmpty())
        return Error{Tr::tr("the connection URL needs both ssl-cert and ssl-key (a client "
                            "certificate and its key), or neither")};
    if (spec.tlsMode == Mode::VerifyIdentity && isIpLiteral(spec.host))
        return Error{Tr::tr("ssl-mode=verify-identity cannot be checked for the IP address %1: "
                            "the MySQL driver compares only host names with the server's "
                            "certificate. Connect by the host name the certificate names, or "
                            "use ssl-mode=verify-ca")
                         .arg(spec.host)};
    return {};
}

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
    if (!url.isValid())
        return Error{Tr::tr("cannot read the connection URL \"%1\" (%2): %3")
                         .arg(text, url.errorString(), usage())};
    if (scheme != u"mysql" && scheme != u"mariadb")
        return Error{Tr::tr("cannot read the connection URL \"%1\": %2").arg(text, usage())};
    if (!url.password().isEmpty())
        return Error{Tr::tr("the connection URL contains a password: it would show in the process "
                            "list and the shell history. Remove it and use --password-file, the "
                            "BACKSTEP_PASSWORD variable or the prompt")};
    if (url.hasFragment())
        return Error{
            Tr::tr("the connection URL \"%1\" has a fragment (#...): %2").arg(text, usage())};
    spec.engine = Engine::MySql;
    spec.host = url.host();
    spec.port = url.port();
    spec.user = url.userName();
    spec.database = url.path().mid(1);
    if (spec.host.isEmpty())
        return Error{Tr::tr("the connection URL names no host: mysql://USER@HOST:PORT/DB")};
    if (spec.user.isEmpty())
        return Error{Tr::tr("the connection URL names no user: mysql://USER@HOST:PORT/DB")};
    if (spec.database.isEmpty() || spec.database.contains(u'/'))
        return Error{Tr::tr("the connection URL names no database: mysql://USER@HOST:PORT/DB")};
    if (spec.port == -1)
        return Error{Tr::tr("the connection URL names no port: mysql://USER@%1:PORT/DB (MySQL and "
                            "MariaDB listen on 3306 unless configured otherwise)")
                         .arg(spec.host)};
    if (spec.port < 1 || spec.port > 65535)
        return Error{
            Tr::tr("the connection URL's port %1 is not a TCP port (1 to 65535)").arg(spec.port)};
    if (auto read = readQuery(url, spec); !read)
        return read.failure();
    return spec;
}

QString ConnectionSpec::url() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    return QStringLiteral("mysql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString ConnectionSpec::fullUrl() const
{
    if (engine == Engine::Sqlite)
        return url();
    QUrl full;
    full.setScheme(QStringLiteral("mysql"));
    full.setUserName(user);
    full.setHost(host);
    full.setPort(port);
    full.setPath(u'/' + database);
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value, "/")));
    };
    if (tlsMode != TlsMode::Preferred)
        add(sslModeKey, tlsModeName(tlsMode));
    add(sslCaKey, sslCa);
    add(sslCertKey, sslCert);
    add(sslKeyKey, sslKey);
    if (connectTimeoutSeconds != defaultConnectTimeoutSeconds)
        add(connectTimeoutKey, QString::number(connectTimeoutSeconds));
    if (readTimeoutSeconds != 0)
        add(readTimeoutKey, QString::number(readTimeoutSeconds));
    if (writeTimeoutSeconds != 0)
        add(writeTimeoutKey, QString::number(writeTimeoutSeconds));
    if (!query.isEmpty())
        full.setQuery(query);
    return full.toString(QUrl::FullyEncoded);
}

QString ConnectionSpec::endpoint() const
{
    if (engine == Engine::Sqlite)
        return sqlitePath;
    // An IPv6 address in brackets, so that its port stays readable.
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

QString ConnectionSpec::databaseName() const
{
    if (engine == Engine::Sqlite)
        return QFileInfo(sqlitePath).completeBaseName();
    return database;
}

bool ConnectionSpec::requiresTls() const
{
    return tlsMode == TlsMode::Required || tlsMode == TlsMode::VerifyCa ||
           tlsMode == TlsMode::VerifyIdentity;
}

QString ConnectionSpec::tlsModeName(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Disabled:
        return QStringLiteral("disabled");
    case TlsMode::Preferred:
        return QStringLiteral("preferred");
    case TlsMode::Required:
        return QStringLiteral("required");
    case TlsMode::VerifyCa:
        return QStringLiteral("verify-ca");
    case TlsMode::VerifyIdentity:
        return QStringLiteral("verify-identity");
    }
    return {};
}

Result<ConnectionSpec::TlsMode> ConnectionSpec::tlsModeFromName(const QString &name)
{
    // The MySQL clients write VERIFY_CA; the URL's usual spelling is verify-ca.
    const QString normal = name.trimmed().toLower().replace(u'_', u'-');
    for (TlsMode mode : {TlsMode::Disabled, TlsMode::Preferred, TlsMode::Required,
                         TlsMode::VerifyCa, TlsMode::VerifyIdentity})
        if (tlsModeName(mode) == normal)
            return mode;
    return Error{
        Tr::tr("unknown TLS mode \"%1\" (known: %2)").arg(name, tlsModeNames().join(u", "))};
}

QStringList ConnectionSpec::tlsModeNames()
{
    return {tlsModeName(TlsMode::Disabled), tlsModeName(TlsMode::Preferred),
            tlsModeName(TlsMode::Required), tlsModeName(TlsMode::VerifyCa),
            tlsModeName(TlsMode::VerifyIdentity)};
}

QStringList ConnectionSpec::knownParameters()
{
    return {sslModeKey,        sslCaKey,       sslCertKey,     sslKeyKey,
            connectTimeoutKey, readTimeoutKey, writeTimeoutKey};
}

} // namespace backstep
