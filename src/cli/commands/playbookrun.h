#pragma once

#include "cli/clicontext.h"
#include "core/connectionprofile.h"
#include "core/playbook.h"

#include <variant>

namespace backstep::cli {

// `playbook run` and `playbook resume`: the whole playbook headless (PlaybookFlow with
// PlaybookActions on this thread), progress lines on stderr, the run as JSON with --json.
void declarePlaybookRun(QCommandLineParser &parser);
int runPlaybookRun(CliContext &context);
int resumePlaybookRun(CliContext &context, const QString &runId);

// The profile a run was started with (the run must name one), as stored now. Prints why
// it cannot be loaded.
std::variant<ConnectionProfile, ExitCode> storedProfileOf(CliContext &context,
                                                          const PlaybookRun &run);

} // namespace backstep::cli
