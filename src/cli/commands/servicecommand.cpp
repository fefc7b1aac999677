#include "cli/commands/commands.h"
#include "core/profilestore.h"
#include "ops/servicecontroller.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace backstep::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(service)
};

const QStringList actions{QStringLiteral("status"), QStringLiteral("stop"), QStringLiteral("start"),
                          QStringLiteral("restart")};

struct CommandOption
{
    const char *option;
    QString ServiceConfig::*field;
};
const CommandOption commandOptions[] = {
    {"stop-command", &ServiceConfig::stopCommand},
    {"start-command", &ServiceConfig::startCommand},
    {"status-command", &ServiceConfig::statusCommand},
    {"restart-command", &ServiceConfig::restartCommand},
};

// The service the options describe, starting from the profile when one is named.
std::variant<ServiceConfig, ExitCode> configFrom(CliContext &context)
{
    const QCommandLineParser &parser = context.parser;
    ServiceConfig config;
    if (parser.isSet(QStringLiteral("profile"))) {
        auto profile = ProfileStore().load(parser.value(QStringLiteral("profile")));
        if (!profile) {
            context.err << Tr::tr("error: %1").arg(profile.error()) << Qt::endl;
            return ExitBadInput;
        }
        config = profile->service;
    }
    if (parser.isSet(QStringLiteral("unit")))
        config.unit = parser.value(QStringLiteral("unit"));
    if (parser.isSet(QStringLiteral("backend"))) {
        const QString name = parser.value(QStringLiteral("backend"));
        const auto backend = ServiceConfig::backendFromName(name);
        if (!backend) {
            context.err
                << Tr::tr("error: unknown backend \"%1\" (known: systemd, commands)").arg(name)
                << Qt::endl;
            return ExitBadInput;
        }
        config.backend = *backend;
    }
    bool anyCommand = false;
    for (const CommandOption &option : commandOptions) {
        const QString name = QLatin1StringView(option.option);
        if (parser.isSet(name)) {
            config.*option.field = parser.value(name);
            anyCommand = true;
        }
    }
    // Giving commands means the commands backend unless a backend was named.
    if (anyCommand && !parser.isSet(QStringLiteral("backend")) &&
        !parser.isSet(QStringLiteral("profile")))
        config.backend = ServiceConfig::Backend::Commands;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        config.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok)
            config.timeoutSeconds = 0;
    }
    if (const QString problem = config.problem(); !problem.isEmpty()) {
        context.err << Tr::tr("error: %1").arg(problem) << Qt::endl;
        return ExitBadInput;
    }
    return config;
}

QJsonObject toJson(const ServiceConfig &config, const ServiceResult &result)
{
    const ServiceStatus &status = result.status;
    return {
        {QStringLiteral("unit"), config.unit},
        {QStringLiteral("backend"), ServiceConfig::backendName(config.backend)},
        {QStringLiteral("action"), serviceActionName(result.action)},
        {QStringLiteral("ok"), result.ok},
        {QStringLiteral("message"), result.message},
        {QStringLiteral("durationMs"), result.durationMs},
        {QStringLiteral("state"), serviceStateName(status.state)},
        {QStringLiteral("subState"), status.subState},
        {QStringLiteral("since"),
         status.since.isValid() ? status.since.toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("detail"), status.detail},
    };
}

} // namespace

void declareService(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), actions.join(u'|'));
    parser.addOption({QStringLiteral("unit"), Tr::tr("The service's unit, e.g. heartguard-app."),
                      Tr::tr("name")});
    parser.addOption({QStringLiteral("backend"),
                      Tr::tr("How to reach it: systemd (D-Bus, the default) or commands."),
                      Tr::tr("name")});
    for (const CommandOption &option : commandOptions)
        parser.addOption({QLatin1StringView(option.option),
                          Tr::tr("Commands backend: the command line, run by /bin/sh."),
                          Tr::tr("command")});
    parser.addOption(
        {QStringLiteral("timeout"), Tr::tr("Give up after this many seconds."), Tr::tr("seconds")});
    parser.addOption({QStringLiteral("bus"),
                      Tr::tr("systemd backend: this D-Bus address instead of the system bus."),
                      Tr::tr("address")});
    parser.addOption({QStringLiteral("profile"),
                      Tr::tr("Take the service from this stored connection profile."),
                      Tr::tr("name")});
}

int runService(CliContext &context)
{
    const QStringList positional = context.parser.positionalArguments();
    if (positional.size() != 1 || !actions.contains(positional.first())) {
        context.err << Tr::tr("error: say what to do: backstep-cli service %1 --unit NAME")
                           .arg(actions.join(u'|'))
                    << Qt::endl;
        return ExitBadInput;
    }
    auto config = configFrom(context);
    if (auto *code = std::get_if<ExitCode>(&config))
        return *code;
    const ServiceConfig &service = std::get<ServiceConfig>(config);
    const ServiceAction action = positional.first() == u"stop"      ? ServiceAction::Stop
                                 : positional.first() == u"start"   ? ServiceAction::Start
                                 : positional.first() == u"restart" ? ServiceAction::Restart
                                                                    : ServiceAction::Status;

    auto controller =
        ServiceController::create(service, {context.parser.value(QStringLiteral("bus")), {}});
    const bool json = context.parser.isSet(QStringLiteral("json"));
    ServiceResult result;
    QEventLoop loop;
    QObject::connect(controller.get(), &ServiceController::progress, &loop,
                     [&](ServiceAction, const QString &message) {
                         if (!json)
                             context.err << message << Qt::endl;
                     });
    QObject::connect(controller.get(), &ServiceController::finished, &loop,
                     [&](const ServiceResult &finished) {
                         result = finished;
                         loop.quit();
                     });
    controller->run(action);
    loop.exec();

    if (json) {
        context.out << QJsonDocument(toJson(service, result)).toJson(QJsonDocument::Indented);
    } else {
        const ServiceStatus &status = result.status;
        QString state = serviceStateName(status.state);
        if (!status.subState.isEmpty())
            state += QStringLiteral(" (%1)").arg(status.subState);
        if (status.since.isValid())
            state += Tr::tr(" since %1").arg(status.since.toLocalTime().toString(Qt::ISODate));
        context.out << QStringLiteral("%1: %2").arg(service.unit, state) << Qt::endl;
        if (!status.detail.isEmpty() && result.ok)
            context.out << status.detail << Qt::endl;
        (result.ok ? context.out : context.err)
            << (result.ok ? result.message : Tr::tr("error: %1").arg(result.message)) << Qt::endl;
    }
    return result.ok ? ExitOk : ExitFailed;
}

} // namespace backstep::cli
