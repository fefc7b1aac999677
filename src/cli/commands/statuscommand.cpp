#include "cli/commands/commands.h"
#include "cli/connectionoptions.h"
#include "core/jsonexport.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace backstep::cli {

void declareStatus(QCommandLineParser &parser)
{
    ConnectionOptions::addTo(parser, true);
}

int runStatus(CliContext &context)
{
    auto loaded = ConnectionOptions::loadWorkspace(context);
    if (auto *code = std::get_if<ExitCode>(&loaded))
        return *code;
    const Workspace &workspace = std::get<Workspace>(loaded);

    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonObject json =
            statusToJson(workspace.history, workspace.rows, workspace.migrations.warnings);
        json.insert(QStringLiteral("server_version"), workspace.serverVersion);
        json.insert(QStringLiteral("connection_security"), workspace.connectionSecurity);
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        const History &history = workspace.history;
        context.out << QCoreApplication::translate("status", "%1 (%2, %6), history: %3 (%4), "
                                                             "rollback order: %5")
                           .arg(workspace.request.connection.url(), workspace.serverVersion,
                                history.table.isEmpty() ? QStringLiteral("-") : history.table,
                                historyStyleName(history.style),
                                history.recordsAppliedOrder
                                    ? QCoreApplication::translate("status", "as applied")
                                    : QCoreApplication::translate("status", "by version"),
                                workspace.connectionSecurity)
                    << Qt::endl;
        for (const MigrationStatus &row : workspace.rows) {
            context.out << QStringLiteral("%1  %2  %3  %4  %5")
                               .arg(stateName(row.state), -12)
                               .arg(row.version, -8)
                               .arg(row.name, -40)
                               .arg(row.appliedAt.isValid() ? row.appliedAt.toString(Qt::ISODate)
                                                            : QStringLiteral("-"),
                                    -20)
                               .arg(row.reversible
                                        ? QStringLiteral("reversible")
                                        : QStringLiteral("irreversible: ") + row.irreversibleReason)
                        << Qt::endl;
        }
    }
    return ExitOk;
}

} // namespace backstep::cli
