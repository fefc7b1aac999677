#include "core/validationcommand.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ValidationCommand)
};

} // namespace

QString ValidationCommand::displayName() const
{
    return name.trimmed().isEmpty() ? command.trimmed() : name.trimmed();
}

bool ValidationCommand::looksSecret(const QString &variableName)
{
    const QString upper = variableName.toUpper();
    for (const char *word : {"PASSWORD", "PASSWD", "SECRET", "TOKEN", "CREDENTIAL"})
        if (upper.contains(QLatin1StringView(word)))
            return true;
    return upper.endsWith(QLatin1StringView("KEY"));
}

QString ValidationCommand::problem() const
{
    if (command.trimmed().isEmpty())
        return Tr::tr("the validation command \"%1\" has no command line").arg(name);
    if (timeoutSeconds <= 0 || timeoutSeconds > maximumTimeoutSeconds)
        return Tr::tr("the validation command \"%1\" needs a timeout from 1 to %2 seconds")
            .arg(displayName())
            .arg(maximumTimeoutSeconds);
    static const QRegularExpression variableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    // scheme://user:password@host: a password in a connection URL.
    static const QRegularExpression urlWithPassword(QStringLiteral("://[^/@:\\s]*:[^/@\\s]+@"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (!variableName.match(it.key()).hasMatch())
            return Tr::tr("the validation command \"%1\": \"%2\" is not a variable name")
                .arg(displayName(), it.key());
        if (looksSecret(it.key()))
            return Tr::tr("the validation command \"%1\": the variable %2 looks like a secret, "
                          "and Backstep never stores one or puts one on a command line; let the "
                          "command read it from the application's own configuration, or set it in "
                          "the environment Backstep runs in")
                .arg(displayName(), it.key());
        if (urlWithPassword.match(it.value()).hasMatch())
            return Tr::tr(
                       "the validation command \"%1\": the value of %2 carries a password "
                       "(user:password@), and Backstep never stores one or puts one on a command "
                       "line")
                .arg(displayName(), it.key());
    }
    return {};
}

} // namespace backstep
