#pragma once

namespace backstep::cli {

// backstep-cli: the same core as the window, for scripts, CI and tests.
int runCli(int argc, char *argv[]);

} // namespace backstep::cli
