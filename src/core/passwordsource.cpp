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
