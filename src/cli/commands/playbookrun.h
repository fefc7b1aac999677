#pragma once

#include "cli/clicontext.h"

namespace backstep::cli {

// `playbook run` and `playbook resume`: the whole playbook headless (PlaybookFlow with
// PlaybookActions on this thread), progress lines on stderr, the run as JSON with --json.
void declarePlaybookRun(QCommandLineParser &parser);
int runPlaybookRun(CliContext &context);
int resumePlaybookRun(CliContext &context, const QString &runId);

} // namespace backstep::cli
