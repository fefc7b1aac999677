#include "cli/commands/commands.h"
#include "cli/connectionoptions.h"
#include "core/jsonexport.h"
#include "core/migrationfolderreader.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace backstep::cli {

void declareParse(QCommandLineParser &parser)
{
    ConnectionOptions::addTo(parser, false);
}

int runParse(CliContext &context)
{
    auto request = ConnectionOptions::resolve(context, false);
    if (auto *code = std::get_if<ExitCode>(&request))
        return *code;
    const auto &folder = std::get<WorkspaceRequest>(request);
    const MigrationSet set = WorkspaceLoader::readFolder(folder);

    if (context.parser.isSet(QStringLiteral("json"))) {
        context.out << QJsonDocument(migrationSetToJson(set)).toJson(QJsonDocument::Indented);
    } else {
        context.out << QCoreApplication::translate("parse", "%1: %n migration(s), format %2",
                                                   nullptr, int(set.migrations.size()))
                           .arg(set.folder, formatName(set.format))
                    << Qt::endl;
        for (const Migration &migration : set.migrations) {
            const QString down =
                !migration.declaredNoOp.isEmpty()
                    ? QCoreApplication::translate("parse", "rollback declared empty")
                : migration.isNoOp() ? QCoreApplication::translate("parse", "no-op")
                : migration.reversible()
                    ? QCoreApplication::translate("parse", "DOWN %n statement(s)", nullptr,
                                                  int(migration.down.statements.size()))
                    : QCoreApplication::translate("parse", "irreversible: %1")
                          .arg(migration.irreversibleReason());
            context.out << QStringLiteral("%1  %2  UP %3, %4")
                               .arg(migration.version, -8)
                               .arg(migration.name, -40)
                               .arg(migration.up.statements.size())
                               .arg(down)
                        << Qt::endl;
        }
    }
    ConnectionOptions::printDiagnostics(context, set);
    return set.errors.isEmpty() ? ExitOk : ExitBadInput;
}

} // namespace backstep::cli
