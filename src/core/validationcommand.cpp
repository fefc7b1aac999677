#include "core/validationcommand.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ValidationCommand)
};

const QString arrayKey = QStringLiteral("validationCommands");

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

void writeValidationCommands(QSettings &settings, const QList<ValidationCommand> &commands)
{
    settings.beginWriteArray(arrayKey, int(commands.size()));
    for (int i = 0; i < commands.size(); ++i) {
        const ValidationCommand &command = commands.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), command.name);
        settings.setValue(QStringLiteral("command"), command.command);
        settings.setValue(QStringLiteral("workingDirectory"), command.workingDirectory);
        settings.setValue(QStringLiteral("timeoutSeconds"), command.timeoutSeconds);
        // Names and values as pairs: a name is never turned into a settings key.
        settings.beginWriteArray(QStringLiteral("environment"), int(command.environment.size()));
        int j = 0;
        for (auto it = command.environment.cbegin(); it != command.environment.cend(); ++it) {
            settings.setArrayIndex(j++);
            settings.setValue(QStringLiteral("name"), it.key());
            settings.setValue(QStringLiteral("value"), it.value());
        }
        settings.endArray();
    }
    settings.endArray();
}

QList<ValidationCommand> readValidationCommands(QSettings &settings)
{
    QList<ValidationCommand> commands;
    const int count = settings.beginReadArray(arrayKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ValidationCommand command;
        command.name = settings.value(QStringLiteral("name")).toString();
        command.command = settings.value(QStringLiteral("command")).toString();
        command.workingDirectory = settings.value(QStringLiteral("workingDirectory")).toString();
        command.timeoutSeconds = settings.value(QStringLiteral("timeoutSeconds"), 300).toInt();
        const int variables = settings.beginReadArray(QStringLiteral("environment"));
        for (int j = 0; j < variables; ++j) {
            settings.setArrayIndex(j);
            command.environment.insert(settings.value(QStringLiteral("name")).toString(),
                                       settings.value(QStringLiteral("value")).toString());
        }
        settings.endArray();
        commands.append(command);
    }
    settings.endArray();
    return commands;
}

} // namespace backstep
