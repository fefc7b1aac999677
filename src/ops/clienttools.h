#pragma once

#include "core/backuprecord.h"
#include "core/connectionspec.h"
#include "core/result.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace backstep {

// The MariaDB/MySQL command-line programs Backstep drives, found on PATH.
struct ClientTools
{
    // mariadb-dump, else mysqldump.
    static Result<QString> dumpProgram();
    // mariadb, else mysql.
    static Result<QString> clientProgram();
    // zstd or gzip for a compressed backup.
    static Result<QString> compressorProgram(BackupCompression compression);
};

// The password reaches mariadb-dump and mariadb through a private option file: mode 0600
// in a 0700 temporary folder, deleted with this object. Never through the command line
// or the environment, where `ps` and /proc would show it.
class ClientOptionFile
{
public:
    static Result<std::unique_ptr<ClientOptionFile>> create(const ConnectionSpec &spec,
                                                            const QString &password);
    // Must be the first argument of the client program.
    QString argument() const;
    QString path() const { return m_path; }

private:
    ClientOptionFile() = default;
    QTemporaryDir m_folder;
    QString m_path;
};

} // namespace backstep
