#pragma once

#include "cli/clicontext.h"
#include "core/connectionprofile.h"
#include "ops/workspaceloader.h"

#include <optional>
#include <variant>

namespace backstep::cli {

// --url, --password-file, --profile, --migrations, --format and --encoding, the same for
// every command that touches a database. A profile gives what the options do not (the
// URL, the migrations folder and format, the history table) and, when it remembers its
// password, the password from the keyring.
class ConnectionOptions
{
public:
    enum class Migrations { Required, Optional, None };

    static void addTo(QCommandLineParser &parser, bool withDatabase,
                      Migrations migrations = Migrations::Required);
    // Reads the options and finds the password (file, BACKSTEP_PASSWORD, the keyring for a
    // profile that remembers it, else a prompt on the terminal). On failure it has printed
    // why and returns the exit code.
    static std::variant<WorkspaceRequest, ExitCode>
    resolve(CliContext &context, bool withDatabase, Migrations migrations = Migrations::Required);
    static std::variant<MigrationFormat, ExitCode> format(CliContext &context);
    // For the commands that read the migrations folder and the database (status, plan,
    // rollback, verify): the folder is read and checked first, its warnings and errors
    // printed as FILE:LINE:COLUMN: message, and bad input refused (exit 2) before a
    // password is asked for or anything connects; then the workspace is loaded (a database
    // that cannot be read: exit 1).
    static std::variant<Workspace, ExitCode> loadWorkspace(CliContext &context);
    // Prints diagnostics as compilers do, warnings marked.
    static void printDiagnostics(CliContext &context, const MigrationSet &set);
    // The --profile named, if any (nullopt without the option); the exit code after
    // printing why when it cannot be read.
    static std::variant<std::optional<ConnectionProfile>, ExitCode> profile(CliContext &context);
    // The migrations format `profile` names; the exit code after printing why when it names
    // none Backstep knows.
    static std::variant<MigrationFormat, ExitCode> formatOf(CliContext &context,
                                                            const ConnectionProfile &profile);
    // The password of `request`'s connection when it needs one: --password-file,
    // BACKSTEP_PASSWORD (PasswordSource), the keyring when `profile` remembers its password
    // there, else the terminal's prompt; the exit code after printing why when none can be
    // had.
    static std::optional<ExitCode> askPassword(CliContext &context, WorkspaceRequest &request,
                                               const ConnectionProfile *profile = nullptr);
};

} // namespace backstep::cli
