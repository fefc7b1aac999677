#include "core/passwordsource.h"

#include <QCoreApplication>
#include <QFile>

namespace backstep {

Result<QString> PasswordSource::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("PasswordSource", "cannot read the password file %1: %2")
                .arg(path, file.errorString())};
    // The first line is the password; a trailing line feed is not part of it.
    QString password = QString::fromUtf8(file.readLine());
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    // An empty file is one not yet filled in: logging in without a password instead would
    // hide the mistake (and may succeed as another account's default).
    if (password.isEmpty())
        return Error{QCoreApplication::translate("PasswordSource",
                                                 "the password file %1 is empty (its first line is "
                                                 "the password)")
                         .arg(path)};
    return password;
}

Result<std::optional<QString>> PasswordSource::resolve(const QString &passwordFile)
{
    if (!passwordFile.isEmpty()) {
        Result<QString> fromFile = readFile(passwordFile);
        if (!fromFile)
            return fromFile.failure();
        return std::optional<QString>(fromFile.value());
    }
    if (qEnvironmentVariableIsSet("BACKSTEP_PASSWORD"))
        return std::optional<QString>(qEnvironmentVariable("BACKSTEP_PASSWORD"));
    return std::optional<QString>();
}

} // namespace backstep
