#pragma once

#include "core/backuprecord.h"
#include "core/clientfamily.h"
#include "core/connectionspec.h"
#include "core/result.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace backstep {

// The family of a server from DatabaseSession::serverVersion() ("MariaDB 11.8.9",
// "MySQL 9.7.4").
ClientFamily familyOfServer(const QString &serverVersion);

// A client program and the family whose options it understands.
struct ClientProgram
{
    QString path;
    ClientFamily family = ClientFamily::MariaDb;
};

// The MariaDB/MySQL command-line programs Backstep drives, chosen by the server's family:
// for MariaDB mariadb-dump and mariadb on PATH; for MySQL mysqldump and mysql of MySQL
// itself, from the folder in BACKSTEP_MYSQL_CLIENT_DIR, else on PATH (where Debian's
// mysqldump may be MariaDB's: the program's real name decides its family).
struct ClientTools
{
    static Result<ClientProgram> dumpProgram(ClientFamily server);
    static Result<ClientProgram> clientProgram(ClientFamily server);
    // zstd or gzip for a compressed backup.
    static Result<QString> compressorProgram(BackupCompression compression);
};

// The password and the TLS settings reach the client tools through a private option
// file: mode 0600 in a 0700 temporary folder, deleted with this object. Never through the
// command line or the environment, where `ps` and /proc would show it.
class ClientOptionFile
{
public:
    static Result<std::unique_ptr<ClientOptionFile>>
    create(const ConnectionSpec &spec, const QString &password, ClientFamily family);
    // The [client] group's lines for the spec's TLS mode in the family's spelling
    // (docs/tls.md), password excepted.
    static QStringList tlsLines(const ConnectionSpec &spec, ClientFamily family);
    // Must be the first argument of the client program.
    QString argument() const;
    QString path() const { return m_path; }

private:
    ClientOptionFile() = default;
    QTemporaryDir m_folder;
    QString m_path;
};

} // namespace backstep
