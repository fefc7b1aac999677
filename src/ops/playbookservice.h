#pragma once

#include "ops/playbookflow.h"
#include "ops/servicecontroller.h"

namespace backstep {

struct PlaybookSetup;

// Steps 2 and 8: the profile's service stopped or started through ServiceController (the
// profile's backend: systemd or commands). The state is observed first; the action runs
// only when that state is not already the one it must leave (so a resumed step, found
// running, observes before it acts: PlaybookRecovery::Reobserve), then the state is read
// again and must be the expected one (observeServiceState). A profile without a service
// skips the step (not-configured). The asynchronous controller is driven by a local
// event loop on the flow's thread, which is never the GUI's.
class PlaybookServiceAction : public PlaybookStepAction
{
public:
    // `action`: Stop or Start. `options`: the bus (tests) and the journal the service
    // actions are recorded in.
    PlaybookServiceAction(const PlaybookSetup &setup, ServiceAction action,
                          ServiceController::Options options);
    PlaybookStepResult run(PlaybookStepContext &context) override;

private:
    const PlaybookSetup &m_setup;
    ServiceAction m_action;
    ServiceController::Options m_options;
};

} // namespace backstep
