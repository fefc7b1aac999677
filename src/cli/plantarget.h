#pragma once

#include "cli/clicontext.h"
#include "core/rollbackplan.h"
#include "ops/workspaceloader.h"

#include <variant>

namespace backstep::cli {

// --to, --steps and --only: which migrations a rollback (and a targeted backup) is about.
void declareTarget(QCommandLineParser &parser);
std::variant<RollbackTarget, ExitCode> targetFrom(CliContext &context);

struct Planned
{
    Workspace workspace;
    RollbackPlan plan;
};

// The target read, the workspace loaded (bad input refused first) and the plan made; on
// failure it has printed why and returns the exit code.
std::variant<Planned, ExitCode> loadPlan(CliContext &context);

} // namespace backstep::cli
