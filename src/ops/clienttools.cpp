#include "ops/clienttools.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

namespace backstep {

namespace {

Result<QString> firstOnPath(const QStringList &names, const QString &hint)
{
    for (const QString &name : names) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    return Error{QCoreApplication::translate("ClientTools", "%1 not found on PATH (%2)")
                     .arg(names.join(QStringLiteral(" or ")), hint)};
}

// Option-file values are quoted; backslash and quote are escaped inside.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

} // namespace

Result<QString> ClientTools::dumpProgram()
{
    return firstOnPath({QStringLiteral("mariadb-dump"), QStringLiteral("mysqldump")},
                       QCoreApplication::translate("ClientTools", "install mariadb-client"));
}

Result<QString> ClientTools::clientProgram()
{
    return firstOnPath({QStringLiteral("mariadb"), QStringLiteral("mysql")},
                       QCoreApplication::translate("ClientTools", "install mariadb-client"));
}

Result<QString> ClientTools::compressorProgram(BackupCompression compression)
{
    const QString name =
        compression == BackupCompression::Zstd ? QStringLiteral("zstd") : QStringLiteral("gzip");
    return firstOnPath({name}, QCoreApplication::translate("ClientTools", "install %1").arg(name));
}

Result<std::unique_ptr<ClientOptionFile>> ClientOptionFile::create(const ConnectionSpec &spec,
                                                                   const QString &password)
{
    std::unique_ptr<ClientOptionFile> file(new ClientOptionFile);
    if (!file->m_folder.isValid())
        return Error{
            QCoreApplication::translate("ClientTools", "cannot create a private folder: %1")
                .arg(file->m_folder.errorString())};
    QFile::setPermissions(file->m_folder.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    file->m_path = file->m_folder.filePath(QStringLiteral("client.cnf"));
    QFile out(file->m_path);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return Error{QCoreApplication::translate("ClientTools", "cannot write %1: %2")
                         .arg(file->m_path, out.errorString())};
    const QString text = QStringLiteral("[client]\nuser=%1\npassword=%2\nhost=%3\nport=%4\n")
                             .arg(quoted(spec.user), quoted(password), quoted(spec.host))
                             .arg(spec.port);
    out.write(text.toUtf8());
    out.close();
    return file;
}

QString ClientOptionFile::argument() const
{
    return QStringLiteral("--defaults-extra-file=") + m_path;
}

} // namespace backstep
