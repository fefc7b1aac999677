#include "ops/demoservice.h"

#include "ops/processrunner.h"

#include <QCoreApplication>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoService)
};

} // namespace

Result<void> startDemoService(const DemoWorkspace::Paths &paths)
{
    ProcessSpec spec;
    spec.program = paths.serviceScript;
    spec.arguments = {QStringLiteral("start")};
    // The script waits up to 5 s for its daemon's pid file.
    spec.timeout = std::chrono::seconds(30);
    const ProcessOutcome outcome = ProcessRunner::runToEnd(spec);
    if (!outcome.succeeded())
        return Error{Tr::tr("the demo's service %1 did not start: it %2")
                         .arg(paths.serviceScript, outcome.describe())};
    return {};
}

} // namespace backstep
