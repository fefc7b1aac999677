#pragma once

#include "ops/playbookflow.h"

namespace backstep {

struct PlaybookSetup;

// Step 7: the profile's validation commands (`npm run validate:data`, `npm run test`) run
// one after the other through ValidationRunner; a command that fails or cannot run fails
// the step, with the tail of its output in the evidence. A profile without commands skips
// the step (not-configured). Cancel kills the running command's process group.
class PlaybookValidateAction : public PlaybookStepAction
{
public:
    explicit PlaybookValidateAction(const PlaybookSetup &setup);
    PlaybookStepResult run(PlaybookStepContext &context) override;

    // Lines of each command's output the evidence keeps (its end).
    static constexpr int keptTailLines = 40;

private:
    const PlaybookSetup &m_setup;
};

} // namespace backstep
