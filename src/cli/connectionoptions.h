#pragma once

#include "cli/clicontext.h"
#include "ops/workspaceloader.h"

namespace backstep::cli {

// --url, --password-file, --migrations and --format, the same for every command that
// touches a database.
class ConnectionOptions
{
public:
    enum class Migrations { Required, Optional, None };

    static void addTo(QCommandLineParser &parser, bool withDatabase,
                      Migrations migrations = Migrations::Required);
    // Reads the options and finds the password (file, BACKSTEP_PASSWORD, else a prompt
    // on the terminal). On failure it has printed why and returns the exit code.
    static std::variant<WorkspaceRequest, ExitCode>
    resolve(CliContext &context, bool withDatabase, Migrations migrations = Migrations::Required);
    static std::variant<MigrationFormat, ExitCode> format(CliContext &context);
};

} // namespace backstep::cli
