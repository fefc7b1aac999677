#include "cli/commands/commands.h"
#include "core/profilestore.h"
#include "db/demoworkspace.h"
#include "ops/demoservice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace backstep::cli {

void declareDemo(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("dir"),
                      QCoreApplication::translate("demo", "Where the demo lives (default: %1).")
                          .arg(DemoWorkspace::defaultFolder()),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("reset"),
                      QCoreApplication::translate("demo", "Create the demo again from scratch.")});
}

int runDemo(CliContext &context)
{
    const QString folder = context.parser.isSet(QStringLiteral("dir"))
                               ? context.parser.value(QStringLiteral("dir"))
                               : DemoWorkspace::defaultFolder();
    auto paths = context.parser.isSet(QStringLiteral("reset")) ? DemoWorkspace::create(folder)
                                                               : DemoWorkspace::ensure(folder);
    if (!paths) {
        context.err << QCoreApplication::translate("demo", "error: %1").arg(paths.error())
                    << Qt::endl;
        return ExitFailed;
    }
    // The profile "demo" (its service and log included), so that the playbook and the
    // service commands can use it by name.
    ProfileStore store;
    if (auto saved = store.save(DemoWorkspace::profile(paths.value())); !saved) {
        context.err << QCoreApplication::translate("demo", "error: %1").arg(saved.error())
                    << Qt::endl;
        return ExitFailed;
    }
    // The service runs, as the application does before an incident: the playbook's first
    // action stops it.
    if (auto started = startDemoService(paths.value()); !started) {
        context.err << QCoreApplication::translate("demo", "error: %1").arg(started.error())
                    << Qt::endl;
        return ExitFailed;
    }
    if (context.parser.isSet(QStringLiteral("json"))) {
        context.out << QJsonDocument(
                           QJsonObject{{QStringLiteral("folder"), paths->folder},
                                       {QStringLiteral("url"), paths->url()},
                                       {QStringLiteral("migrations"), paths->migrations},
                                       {QStringLiteral("profile"), DemoWorkspace::profileName},
                                       {QStringLiteral("profiles_file"), store.file()},
                                       {QStringLiteral("service"), paths->serviceScript},
                                       {QStringLiteral("log"), paths->logFile}})
                           .toJson(QJsonDocument::Indented);
    } else {
        context.out
            << QStringLiteral("--url %1 --migrations %2").arg(paths->url(), paths->migrations)
            << Qt::endl;
        // Beside the arguments, not among them: `backstep-cli status $(backstep-cli demo)`.
        context.err << QCoreApplication::translate(
                           "demo", "profile %1 saved in %2 (service %3, running; log %4)")
                           .arg(DemoWorkspace::profileName, store.file(), paths->serviceScript,
                                paths->logFile)
                    << Qt::endl;
    }
    return ExitOk;
}

} // namespace backstep::cli
