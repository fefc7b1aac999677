#include "cli/commands/commands.h"
#include "core/profilestore.h"
#include "core/verificationreport.h"
#include "ops/validationrunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace backstep::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(validate)
};

std::atomic_bool interrupted{false};

void onInterrupt(int)
{
    interrupted.store(true);
}

// The commands the options name: a stored profile's, or those given with --command.
std::variant<QList<ValidationCommand>, ExitCode> commandsFrom(CliContext &context)
{
    const QCommandLineParser &parser = context.parser;
    const bool profile = parser.isSet(QStringLiteral("profile"));
    const QStringList lines = parser.values(QStringLiteral("command"));
    if (profile == !lines.isEmpty()) {
        context.err << Tr::tr("error: say what to run: --profile NAME, or --command CMD (one or "
                              "more)")
                    << Qt::endl;
        return ExitBadInput;
    }
    if (profile) {
        if (parser.isSet(QStringLiteral("dir")) || parser.isSet(QStringLiteral("timeout")) ||
            parser.isSet(QStringLiteral("env"))) {
            context.err << Tr::tr("error: --dir, --timeout and --env go with --command; a profile "
                                  "keeps its own")
                        << Qt::endl;
            return ExitBadInput;
        }
        const QString name = parser.value(QStringLiteral("profile"));
        auto loaded = ProfileStore().load(name);
        if (!loaded) {
            context.err << Tr::tr("error: %1").arg(loaded.error()) << Qt::endl;
            return ExitBadInput;
        }
        if (loaded->validationCommands.isEmpty()) {
            context.err << Tr::tr("error: the profile \"%1\" has no validation commands").arg(name)
                        << Qt::endl;
            return ExitBadInput;
        }
        return loaded->validationCommands;
    }

    ValidationCommand base;
    base.workingDirectory = parser.value(QStringLiteral("dir"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        base.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || base.timeoutSeconds <= 0) {
            context.err << Tr::tr("error: --timeout takes a number of seconds, at least 1")
                        << Qt::endl;
            return ExitBadInput;
        }
    }
    for (const QString &variable : parser.values(QStringLiteral("env"))) {
        const qsizetype equals = variable.indexOf(u'=');
        if (equals <= 0) {
            context.err << Tr::tr("error: --env takes NAME=VALUE, not \"%1\"").arg(variable)
                        << Qt::endl;
            return ExitBadInput;
        }
        base.environment.insert(variable.first(equals), variable.sliced(equals + 1));
    }
    QList<ValidationCommand> commands;
    for (const QString &line : lines) {
        ValidationCommand command = base;
        command.command = line;
        if (const QString problem = command.problem(); !problem.isEmpty()) {
            context.err << Tr::tr("error: %1").arg(problem) << Qt::endl;
            return ExitBadInput;
        }
        commands.append(command);
    }
    return commands;
}

} // namespace

void declareValidate(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("profile"),
                      Tr::tr("Run the validation commands of this stored connection profile."),
                      Tr::tr("name")});
    parser.addOption({QStringLiteral("command"),
                      Tr::tr("A command line to run with /bin/sh; repeat for more, run in order."),
                      Tr::tr("command")});
    parser.addOption({QStringLiteral("dir"),
                      Tr::tr("With --command: the folder to run in (default: the current one)."),
                      Tr::tr("folder")});
    parser.addOption({QStringLiteral("timeout"),
                      Tr::tr("With --command: kill a command after this many seconds (default "
                             "300)."),
                      Tr::tr("seconds")});
    parser.addOption({QStringLiteral("env"),
                      Tr::tr("With --command: add NAME=VALUE to the environment; repeatable. "
                             "Never a secret: the command line is visible to every user."),
                      Tr::tr("NAME=VALUE")});
}

int runValidate(CliContext &context)
{
    auto parsed = commandsFrom(context);
    if (auto *code = std::get_if<ExitCode>(&parsed))
        return *code;
    const QList<ValidationCommand> &commands = std::get<QList<ValidationCommand>>(parsed);
    const bool json = context.parser.isSet(QStringLiteral("json"));

    // Output as it comes, each line under its command's name; with --json, on stderr, so
    // that stdout is the JSON alone.
    QTextStream &live = json ? context.err : context.out;
    const auto onLine = [&](int index, const QString &line) {
        live << u'[' << commands.at(index).displayName() << QStringLiteral("] ") << line
             << Qt::endl;
    };
    // Ctrl-C kills the running command's process group; the rest are skipped.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const VerificationChecks checks = ValidationRunner::runAll(commands, onLine, &interrupted);

    int passed = 0, failed = 0, errors = 0, skipped = 0;
    for (const VerificationCheck &check : checks) {
        switch (check.outcome) {
        case VerificationCheck::Outcome::Passed:
            ++passed;
            break;
        case VerificationCheck::Outcome::Failed:
            ++failed;
            break;
        case VerificationCheck::Outcome::Error:
            ++errors;
            break;
        case VerificationCheck::Outcome::Skipped:
            ++skipped;
            break;
        }
    }
    const bool ok = failed == 0 && errors == 0;
    if (json) {
        // The shape of `verify --json`: the verdict, the counts, the checks.
        QJsonArray array;
        for (const VerificationCheck &check : checks)
            array.append(checkToJson(check));
        const QJsonObject document{
            {QStringLiteral("verdict"), ok ? QStringLiteral("pass") : QStringLiteral("fail")},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("passed"), passed},
                                                   {QStringLiteral("failed"), failed},
                                                   {QStringLiteral("error"), errors},
                                                   {QStringLiteral("skipped"), skipped}}},
            {QStringLiteral("checks"), array},
        };
        context.out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        context.out << Qt::endl;
        for (const VerificationCheck &check : checks)
            context.out << QStringLiteral("%1  %2: %3")
                               .arg(checkOutcomeName(check.outcome), -7)
                               .arg(check.name, check.detail)
                        << Qt::endl;
        context.out << Tr::tr("%1 passed, %2 failed, %3 could not run, %4 skipped")
                           .arg(passed)
                           .arg(failed)
                           .arg(errors)
                           .arg(skipped)
                    << Qt::endl;
    }
    return ok ? ExitOk : ExitChecksFailed;
}

} // namespace backstep::cli
