#pragma once

namespace backstep {

// backstep: parses the command line, opens the window (or renders it to a PNG with
// --screenshot) and runs the event loop.
int runApplication(int argc, char *argv[]);

} // namespace backstep
