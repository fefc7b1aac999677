#pragma once

#include "core/result.h"
#include "db/demoworkspace.h"

namespace backstep {

// Starts the demo's service (its script's `start`, through ProcessRunner as every program
// Backstep runs) unless it already runs, so that the playbook's "Stop the service" finds it
// running, as in an incident, rather than already stopped. The daemon outlives the
// process that starts it; `heartguard-app stop` (or the Service dock) ends it.
Result<void> startDemoService(const DemoWorkspace::Paths &paths);

} // namespace backstep
