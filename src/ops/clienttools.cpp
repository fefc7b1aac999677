#include "ops/clienttools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientTools)
};

// The family a program belongs to by its real name: Debian links mysqldump to
// mariadb-dump.
ClientFamily familyOfProgram(const QString &path)
{
    const QString real = QFileInfo(path).canonicalFilePath();
    return QFileInfo(real.isEmpty() ? path : real).fileName().startsWith(u"mariadb")
               ? ClientFamily::MariaDb
               : ClientFamily::MySql;
}

Result<ClientProgram> findProgram(ClientFamily server, const QString &mariadbName,
                                  const QString &mysqlName)
{
    if (server == ClientFamily::MySql) {
        const QString folder = qEnvironmentVariable("BACKSTEP_MYSQL_CLIENT_DIR");
        if (!folder.isEmpty()) {
            const QString path = QDir(folder).filePath(mysqlName);
            if (!QFileInfo(path).isExecutable())
                return Error{Tr::tr("%1 not found in BACKSTEP_MYSQL_CLIENT_DIR (%2)")
                                 .arg(mysqlName, folder)};
            return ClientProgram{path, ClientFamily::MySql};
        }
    }
    const QStringList names = server == ClientFamily::MySql ? QStringList{mysqlName, mariadbName}
                                                            : QStringList{mariadbName, mysqlName};
    for (const QString &name : names) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return ClientProgram{found, familyOfProgram(found)};
    }
    return Error{Tr::tr("%1 not found on PATH (%2)")
                     .arg(names.join(QStringLiteral(" or ")),
                          server == ClientFamily::MySql
                              ? Tr::tr("install MySQL's client programs or set "
                                       "BACKSTEP_MYSQL_CLIENT_DIR to their folder")
                              : Tr::tr("install mariadb-client"))};
}

// Option-file values are quoted; backslash and quote are escaped inside.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

} // namespace

ClientFamily familyOfServer(const QString &serverVersion)
{
    return serverVersion.startsWith(QLatin1StringView("MySQL")) ? ClientFamily::MySql
                                                                : ClientFamily::MariaDb;
}

Result<ClientProgram> ClientTools::dumpProgram(ClientFamily server)
{
    return findProgram(server, QStringLiteral("mariadb-dump"), QStringLiteral("mysqldump"));
}

Result<ClientProgram> ClientTools::clientProgram(ClientFamily server)
{
    return findProgram(server, QStringLiteral("mariadb"), QStringLiteral("mysql"));
}

Result<QString> ClientTools::compressorProgram(BackupCompression compression)
{
    const QString name =
        compression == BackupCompression::Zstd ? QStringLiteral("zstd") : QStringLiteral("gzip");
    const QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        return Error{Tr::tr("%1 not found on PATH (install %1)").arg(name)};
    return found;
}

QStringList ClientOptionFile::tlsLines(const ConnectionSpec &spec, ClientFamily family)
{
    using Mode = ConnectionSpec::TlsMode;
    QStringList lines;
    if (family == ClientFamily::MySql) {
        // MySQL's tools know --ssl-mode but not --skip-ssl; a plain login with
        // caching_sha2_password needs the server's RSA key.
        static const char *const names[] = {"DISABLED", "PREFERRED", "REQUIRED", "VERIFY_CA",
                                            "VERIFY_IDENTITY"};
        lines << QStringLiteral("ssl-mode=") + QLatin1StringView(names[int(spec.tlsMode)])
              << QStringLiteral("get-server-public-key");
    } else {
        // MariaDB's tools know no --ssl-mode; TLS with a verified certificate is their
        // default (error 2026 against a server without TLS).
        switch (spec.tlsMode) {
        case Mode::Disabled:
            lines << QStringLiteral("skip-ssl");
            break;
        case Mode::Preferred:
            lines << QStringLiteral("disable-ssl-verify-server-cert");
            break;
        case Mode::Required:
        case Mode::VerifyCa:
            break;
        case Mode::VerifyIdentity:
            lines << QStringLiteral("ssl-verify-server-cert");
            break;
        }
    }
    if (spec.tlsMode == Mode::Disabled)
        return lines;
    if (!spec.sslCa.isEmpty() &&
        (spec.tlsMode == Mode::VerifyCa || spec.tlsMode == Mode::VerifyIdentity))
        lines << QStringLiteral("ssl-ca=") + quoted(spec.sslCa);
    if (!spec.sslCert.isEmpty())
        lines << QStringLiteral("ssl-cert=") + quoted(spec.sslCert)
              << QStringLiteral("ssl-key=") + quoted(spec.sslKey);
    return lines;
}

Result<std::unique_ptr<ClientOptionFile>>
ClientOptionFile::create(const ConnectionSpec &spec, const QString &password, ClientFamily family)
{
    std::unique_ptr<ClientOptionFile> file(new ClientOptionFile);
    if (!file->m_folder.isValid())
        return Error{
            Tr::tr("cannot create a private folder: %1").arg(file->m_folder.errorString())};
    QFile::setPermissions(file->m_folder.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    file->m_path = file->m_folder.filePath(QStringLiteral("client.cnf"));
    QFile out(file->m_path);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return Error{Tr::tr("cannot write %1: %2").arg(file->m_path, out.errorString())};
    QStringList lines{QStringLiteral("[client]"), QStringLiteral("user=") + quoted(spec.user),
                      QStringLiteral("password=") + quoted(password),
                      QStringLiteral("host=") + quoted(spec.host),
                      QStringLiteral("port=%1").arg(spec.port)};
    lines += tlsLines(spec, family);
    // Only the interactive client knows connect-timeout (the dump tools refuse it); a
    // silent server is found by Backstep's own connection before any dump starts.
    lines << QStringLiteral("[mysql]")
          << QStringLiteral("connect-timeout=%1").arg(spec.connectTimeoutSeconds);
    out.write((lines.join(u'\n') + u'\n').toUtf8());
    out.close();
    return file;
}

QString ClientOptionFile::argument() const
{
    return QStringLiteral("--defaults-extra-file=") + m_path;
}

} // namespace backstep
