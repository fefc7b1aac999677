#include "cli/connectionoptions.h"

#include "cli/terminalprompt.h"
#include "core/passwordsource.h"
#include "core/profilestore.h"
#include "ops/passwordkeyring.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace backstep::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)
};

// The URL with the TLS and timeout options of the command line put into its query (where
// ConnectionSpec::parse checks them with the URL's own), replacing what the URL said.
QString withConnectionSettings(const QCommandLineParser &parser, const QString &text)
{
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().startsWith(u"sqlite", Qt::CaseInsensitive))
        return text;
    QUrlQuery query(url);
    bool changed = false;
    for (const QString &key :
         {QStringLiteral("ssl-mode"), QStringLiteral("ssl-ca"), QStringLiteral("ssl-cert"),
          QStringLiteral("ssl-key"), QStringLiteral("connect-timeout")}) {
        if (!parser.isSet(key))
            continue;
        QString value = parser.value(key);
        if (key.startsWith(u"ssl-") && key != u"ssl-mode" && !value.isEmpty())
            value = QDir::current().absoluteFilePath(value);
        query.removeAllQueryItems(key);
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value, "/")));
        changed = true;
    }
    if (!changed)
        return text;
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

void ConnectionOptions::addTo(QCommandLineParser &parser, bool withDatabase, Migrations migrations)
{
    if (withDatabase) {
        parser.addOption({QStringLiteral("url"),
                          Tr::tr("The database: mysql://USER@HOST:PORT/DB, mariadb://... or "
                                 "sqlite:PATH."),
                          Tr::tr("url")});
        parser.addOption({QStringLiteral("password-file"),
                          Tr::tr("Read the password from the first line of this file (else "
                                 "BACKSTEP_PASSWORD, else the keyring for a --profile that "
                                 "remembers its password, else a prompt)."),
                          Tr::tr("file")});
        parser.addOption({QStringLiteral("profile"),
                          Tr::tr("Take what the options do not give from this profile: the URL, "
                                 "the migrations folder and format, the history table, and the "
                                 "password from the keyring when the profile remembers it."),
                          Tr::tr("name")});
        parser.addOption({QStringLiteral("ssl-mode"),
                          Tr::tr("TLS: %1 (default preferred: TLS when the server offers it; "
                                 "overrides the URL's ssl-mode).")
                              .arg(ConnectionSpec::tlsModeNames().join(u", ")),
                          Tr::tr("mode")});
        parser.addOption({QStringLiteral("ssl-ca"),
                          Tr::tr("The certificate authority that signed the server's certificate "
                                 "(verify-ca, verify-identity)."),
                          Tr::tr("file")});
        parser.addOption({QStringLiteral("ssl-cert"),
                          Tr::tr("A client certificate (with --ssl-key)."), Tr::tr("file")});
        parser.addOption(
            {QStringLiteral("ssl-key"), Tr::tr("The client certificate's key."), Tr::tr("file")});
        parser.addOption({QStringLiteral("connect-timeout"),
                          Tr::tr("Seconds a server may take to answer a connection (default %1).")
                              .arg(ConnectionSpec::defaultConnectTimeoutSeconds),
                          Tr::tr("seconds")});
        parser.addOption({QStringLiteral("history-table"),
                          Tr::tr("The history table to read (default: the one known tool's table "
                                 "found in the database)."),
                          Tr::tr("name")});
        parser.addOption({QStringLiteral("version-column"),
                          Tr::tr("With --history-table: a table of your own with a row per applied "
                                 "version in this column."),
                          Tr::tr("column")});
        parser.addOption({QStringLiteral("applied-at-column"),
                          Tr::tr("With --version-column: the column that says when each version "
                                 "was applied (rollback then follows the applied order)."),
                          Tr::tr("column")});
    }
    if (migrations == Migrations::None)
        return;
    parser.addOption(
        {QStringLiteral("migrations"), Tr::tr("The migrations folder."), Tr::tr("dir")});
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("The migrations' format: %1.").arg(formatNames().join(u", ")),
                      Tr::tr("name"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("encoding"),
                      Tr::tr("The migration files' encoding: %1 (default utf-8; anything that is "
                             "not valid in it is refused).")
                          .arg(encodingNames().join(u", ")),
                      Tr::tr("name"), QStringLiteral("utf-8")});
}

std::variant<MigrationFormat, ExitCode> ConnectionOptions::format(CliContext &context)
{
    const QString name = context.parser.value(QStringLiteral("format"));
    const auto format = formatFromName(name);
    if (!format) {
        context.err << Tr::tr("error: unknown format \"%1\" (known: %2)")
                           .arg(name, formatNames().join(u", "))
                    << Qt::endl;
        return ExitBadInput;
    }
    return *format;
}

std::variant<WorkspaceRequest, ExitCode>
ConnectionOptions::resolve(CliContext &context, bool withDatabase, Migrations migrations)
{
    WorkspaceRequest request;
    auto named = ConnectionOptions::profile(context);
    if (auto *code = std::get_if<ExitCode>(&named))
        return *code;
    const std::optional<ConnectionProfile> profile =
        std::get<std::optional<ConnectionProfile>>(std::move(named));
    const bool folderGiven = context.parser.isSet(QStringLiteral("migrations"));
    const bool folderInProfile = profile && !profile->migrationsFolder.isEmpty();
    if (migrations == Migrations::Required && !folderGiven && !folderInProfile) {
        context.err << (profile ? Tr::tr("error: --migrations DIR is required (the profile %1 "
                                         "names no migrations folder)")
                                      .arg(profile->name)
                                : Tr::tr("error: --migrations DIR is required"))
                    << Qt::endl;
        return ExitBadInput;
    }
    if (migrations != Migrations::None && (folderGiven || folderInProfile)) {
        request.migrationsFolder =
            folderGiven ? QDir(context.parser.value(QStringLiteral("migrations"))).absolutePath()
                        : profile->migrationsFolder;
        auto format = ConnectionOptions::format(context);
        if (auto *code = std::get_if<ExitCode>(&format))
            return *code;
        request.format = std::get<MigrationFormat>(format);
        if (!context.parser.isSet(QStringLiteral("format")) && profile) {
            auto profileFormat = ConnectionOptions::formatOf(context, *profile);
            if (auto *code = std::get_if<ExitCode>(&profileFormat))
                return *code;
            request.format = std::get<MigrationFormat>(profileFormat);
        }
        const QString encodingName = context.parser.value(QStringLiteral("encoding"));
        const auto encoding = encodingFromName(encodingName);
        if (!encoding) {
            context.err << Tr::tr("error: unknown encoding \"%1\" (known: %2)")
                               .arg(encodingName, encodingNames().join(u", "))
                        << Qt::endl;
            return ExitBadInput;
        }
        request.encoding = *encoding;
    }
    if (!withDatabase)
        return request;

    if (!context.parser.isSet(QStringLiteral("url")) && !profile) {
        context.err << Tr::tr("error: --url is required (mysql://USER@HOST:PORT/DB or sqlite:PATH)")
                    << Qt::endl;
        return ExitBadInput;
    }
    QString url;
    if (context.parser.isSet(QStringLiteral("url")))
        url = context.parser.value(QStringLiteral("url"));
    else if (profile)
        url = profile->url;
    auto spec = ConnectionSpec::parse(withConnectionSettings(context.parser, url));
    if (!spec) {
        context.err << Tr::tr("error: %1").arg(spec.error()) << Qt::endl;
        return ExitBadInput;
    }
    request.connection = spec.value();
    if (context.parser.isSet(QStringLiteral("history-table")) || !profile) {
        request.historyTable.table = context.parser.value(QStringLiteral("history-table"));
        request.historyTable.versionColumn = context.parser.value(QStringLiteral("version-column"));
        request.historyTable.appliedAtColumn =
            context.parser.value(QStringLiteral("applied-at-column"));
    } else {
        request.historyTable = profile->historyTable;
    }
    if (request.historyTable.table.isEmpty() && !request.historyTable.versionColumn.isEmpty()) {
        context.err << Tr::tr("error: --version-column needs --history-table NAME") << Qt::endl;
        return ExitBadInput;
    }
    if (request.historyTable.versionColumn.isEmpty() &&
        !request.historyTable.appliedAtColumn.isEmpty()) {
        context.err << Tr::tr("error: --applied-at-column needs --version-column COLUMN")
                    << Qt::endl;
        return ExitBadInput;
    }
    if (auto refused = askPassword(context, request, profile ? &*profile : nullptr))
        return *refused;
    return request;
}

std::variant<std::optional<ConnectionProfile>, ExitCode>
ConnectionOptions::profile(CliContext &context)
{
    // optionNames(): the options given, without the warning isSet() prints for a command
    // (parse) that does not declare --profile.
    if (!context.parser.optionNames().contains(QStringLiteral("profile")))
        return std::optional<ConnectionProfile>();
    auto profile = ProfileStore().load(context.parser.value(QStringLiteral("profile")));
    if (!profile) {
        context.err << Tr::tr("error: %1").arg(profile.error()) << Qt::endl;
        return ExitBadInput;
    }
    return std::optional<ConnectionProfile>(std::move(profile).value());
}

std::variant<MigrationFormat, ExitCode>
ConnectionOptions::formatOf(CliContext &context, const ConnectionProfile &profile)
{
    const auto format = formatFromName(profile.migrationsFormat);
    if (!format) {
        context.err << Tr::tr("error: the profile %1 names the unknown format \"%2\"")
                           .arg(profile.name, profile.migrationsFormat)
                    << Qt::endl;
        return ExitBadInput;
    }
    return *format;
}

std::optional<ExitCode> ConnectionOptions::askPassword(CliContext &context,
                                                       WorkspaceRequest &request,
                                                       const ConnectionProfile *profile)
{
    if (!request.connection.needsPassword())
        return std::nullopt;
    auto password = PasswordSource::resolve(context.parser.value(QStringLiteral("password-file")));
    if (!password) {
        context.err << Tr::tr("error: %1").arg(password.error()) << Qt::endl;
        return ExitBadInput;
    }
    if (const std::optional<QString> &given = password.value(); given) {
        request.password = *given;
        return std::nullopt;
    }
    if (profile && profile->rememberPassword) {
        const QString key = PasswordKeyring::keyFor(request.connection);
        auto remembered = PasswordKeyring::instance().readNow(key);
        if (remembered) {
            if (const std::optional<QString> &kept = remembered.value(); kept) {
                request.password = *kept;
                return std::nullopt;
            }
        }
        // Said before the prompt, which fails without a terminal: a script learns what to
        // give instead.
        if (!remembered)
            context.err << Tr::tr("note: the profile %1 keeps its password in the keyring, but "
                                  "the keyring cannot be read: %2; give --password-file FILE or "
                                  "the BACKSTEP_PASSWORD variable instead")
                               .arg(profile->name, remembered.error())
                        << Qt::endl;
        else
            context.err << Tr::tr("note: the keyring holds no password for %1 (profile %2); "
                                  "give --password-file FILE or the BACKSTEP_PASSWORD variable")
                               .arg(key, profile->name)
                        << Qt::endl;
    }
    auto typed =
        TerminalPrompt::askPassword(Tr::tr("Password for %1: ").arg(request.connection.url()));
    if (!typed) {
        context.err << Tr::tr("error: %1").arg(typed.error()) << Qt::endl;
        return ExitBadInput;
    }
    request.password = typed.value();
    return std::nullopt;
}

void ConnectionOptions::printDiagnostics(CliContext &context, const MigrationSet &set)
{
    for (const Diagnostic &warning : set.warnings)
        context.err << Tr::tr("%1 (warning)").arg(warning.toString()) << Qt::endl;
    for (const Diagnostic &error : set.errors)
        context.err << error.toString() << Qt::endl;
}

std::variant<Workspace, ExitCode> ConnectionOptions::loadWorkspace(CliContext &context)
{
    auto folder = resolve(context, false);
    if (auto *code = std::get_if<ExitCode>(&folder))
        return *code;
    MigrationSet set = WorkspaceLoader::readFolder(std::get<WorkspaceRequest>(folder));
    printDiagnostics(context, set);
    if (!set.errors.isEmpty()) {
        context.err << Tr::tr("error: %n problem(s) in the migrations folder; nothing was "
                              "connected to or run",
                              nullptr, int(set.errors.size()))
                    << Qt::endl;
        return ExitBadInput;
    }
    auto request = resolve(context, true);
    if (auto *code = std::get_if<ExitCode>(&request))
        return *code;
    Workspace workspace =
        WorkspaceLoader::load(std::get<WorkspaceRequest>(request), std::move(set));
    if (!workspace.databaseError.isEmpty()) {
        context.err << Tr::tr("error: %1").arg(workspace.databaseError) << Qt::endl;
        return ExitFailed;
    }
    // Read again under the server's sql_mode: the same checks.
    if (!workspace.migrations.errors.isEmpty()) {
        for (const Diagnostic &error : workspace.migrations.errors)
            context.err << error.toString() << Qt::endl;
        return ExitBadInput;
    }
    return workspace;
}

} // namespace backstep::cli
