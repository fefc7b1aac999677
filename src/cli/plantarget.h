#pragma once

#include "cli/clicontext.h"
#include "core/rollbackplan.h"
#include "ops/workspaceloader.h"

#include <variant>

namespace backstep::cli {

// --to, --steps and --only: which migrations a rollback (and a targeted backup) is about.
void declareTarget(QCommandLineParser &parser);
std::variant<RollbackTarget, ExitCode> targetFrom(CliContext &context);

// The target as the command line spells it ("--to 1199", "--steps 2", "--only 1203,1202"),
// what a playbook run keeps so that a resume plans the same target; and back.
QString targetOption(const RollbackTarget &target);
Result<RollbackTarget> targetFromOption(const QString &option);

struct Planned
{
    Workspace workspace;
    RollbackPlan plan;
};

// The target read, the workspace loaded (bad input refused first) and the plan made; on
// failure it has printed why and returns the exit code.
std::variant<Planned, ExitCode> loadPlan(CliContext &context);

} // namespace backstep::cli
