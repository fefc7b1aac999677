#include "cli/commands/commands.h"
#include "cli/connectionoptions.h"
#include "core/jsonexport.h"
#include "core/migrationfolderreader.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <optional>

namespace backstep::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(parse)
};

// parse connects to no server, so the user says whose client the target would be split
// with: the two families cut alike but send different comments (docs/formats.md).
std::optional<ClientFamily> clientFromName(const QString &name)
{
    if (name == u"mariadb")
        return ClientFamily::MariaDb;
    if (name == u"mysql")
        return ClientFamily::MySql;
    return std::nullopt;
}
} // namespace

void declareParse(QCommandLineParser &parser)
{
    ConnectionOptions::addTo(parser, false);
    parser.addOption({QStringLiteral("client"),
                      Tr::tr("Split plain files and Sqitch scripts as this client would send "
                             "them to the target (parse connects to none): mariadb (comments "
                             "dropped) or mysql (MySQL's client: comments sent)."),
                      Tr::tr("name"), QStringLiteral("mariadb")});
}

int runParse(CliContext &context)
{
    const QString clientName = context.parser.value(QStringLiteral("client"));
    const std::optional<ClientFamily> client = clientFromName(clientName);
    if (!client) {
        context.err
            << Tr::tr("error: unknown client \"%1\" (known: mariadb, mysql)").arg(clientName)
            << Qt::endl;
        return ExitBadInput;
    }
    auto request = ConnectionOptions::resolve(context, false);
    if (auto *code = std::get_if<ExitCode>(&request))
        return *code;
    auto &folder = std::get<WorkspaceRequest>(request);
    folder.client = *client;
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
