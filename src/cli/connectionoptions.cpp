#include "cli/connectionoptions.h"

#include "cli/terminalprompt.h"
#include "core/passwordsource.h"

#include <QCoreApplication>
#include <QDir>

namespace backstep::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionOptions", text);
}
} // namespace

void ConnectionOptions::addTo(QCommandLineParser &parser, bool withDatabase, Migrations migrations)
{
    if (withDatabase) {
        parser.addOption({QStringLiteral("url"),
                          tr("The database: mysql://USER@HOST:PORT/DB, mariadb://... or "
                             "sqlite:PATH."),
                          tr("url")});
        parser.addOption({QStringLiteral("password-file"),
                          tr("Read the password from the first line of this file (else "
                             "BACKSTEP_PASSWORD, else a prompt)."),
                          tr("file")});
    }
    if (migrations == Migrations::None)
        return;
    parser.addOption({QStringLiteral("migrations"), tr("The migrations folder."), tr("dir")});
    parser.addOption({QStringLiteral("format"),
                      tr("The migrations' format: %1.").arg(formatNames().join(u", ")), tr("name"),
                      QStringLiteral("auto")});
}

std::variant<MigrationFormat, ExitCode> ConnectionOptions::format(CliContext &context)
{
    const QString name = context.parser.value(QStringLiteral("format"));
    const auto format = formatFromName(name);
    if (!format) {
        context.err
            << tr("error: unknown format \"%1\" (known: %2)").arg(name, formatNames().join(u", "))
            << Qt::endl;
        return ExitBadInput;
    }
    return *format;
}

std::variant<WorkspaceRequest, ExitCode>
ConnectionOptions::resolve(CliContext &context, bool withDatabase, Migrations migrations)
{
    WorkspaceRequest request;
    if (migrations == Migrations::Required && !context.parser.isSet(QStringLiteral("migrations"))) {
        context.err << tr("error: --migrations DIR is required") << Qt::endl;
        return ExitBadInput;
    }
    if (migrations != Migrations::None && context.parser.isSet(QStringLiteral("migrations"))) {
        request.migrationsFolder =
            QDir(context.parser.value(QStringLiteral("migrations"))).absolutePath();
        auto format = ConnectionOptions::format(context);
        if (auto *code = std::get_if<ExitCode>(&format))
            return *code;
        request.format = std::get<MigrationFormat>(format);
    }
    if (!withDatabase)
        return request;

    if (!context.parser.isSet(QStringLiteral("url"))) {
        context.err << tr("error: --url is required (mysql://USER@HOST:PORT/DB or sqlite:PATH)")
                    << Qt::endl;
        return ExitBadInput;
    }
    auto spec = ConnectionSpec::parse(context.parser.value(QStringLiteral("url")));
    if (!spec) {
        context.err << tr("error: %1").arg(spec.error()) << Qt::endl;
        return ExitBadInput;
    }
    request.connection = spec.value();
    if (!request.connection.needsPassword())
        return request;

    auto password = PasswordSource::resolve(context.parser.value(QStringLiteral("password-file")));
    if (!password) {
        context.err << tr("error: %1").arg(password.error()) << Qt::endl;
        return ExitBadInput;
    }
    if (password.value()) {
        request.password = *password.value();
        return request;
    }
    auto typed = TerminalPrompt::askPassword(tr("Password for %1: ").arg(request.connection.url()));
    if (!typed) {
        context.err << tr("error: %1").arg(typed.error()) << Qt::endl;
        return ExitBadInput;
    }
    request.password = typed.value();
    return request;
}

} // namespace backstep::cli
