#pragma once

#include "ops/playbookflow.h"

namespace backstep {

struct PlaybookSetup;

// The playbook's first step: the workspace loaded on the flow's thread with a connection
// of its own (WorkspaceLoader's blocking path), the setup's target planned
// (planRollback), the migrations it rolls back listed with failed and dirty ones first.
// Fails on bad input in the folder (file:line:column), a database it cannot read, a
// target that names nothing applied, a plan with blockers (each with its file) and an
// empty plan ("nothing to roll back"): nothing later may start from such a plan.
class PlaybookIdentifyAction : public PlaybookStepAction
{
public:
    explicit PlaybookIdentifyAction(const PlaybookSetup &setup);
    PlaybookStepResult run(PlaybookStepContext &context) override;

private:
    const PlaybookSetup &m_setup;
};

} // namespace backstep
