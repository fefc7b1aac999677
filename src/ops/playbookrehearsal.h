#pragma once

#include "ops/playbookflow.h"

namespace backstep {

struct PlaybookSetup;

// Step 4: the plan rehearsed on a copy before production is touched (RehearsalJob): the
// step-3 backup restored into `<db>_rehearsal_<ts>`, the setup's target rolled back and
// verified there, timed. A DOWN or a verification that fails there fails the step (with
// the statement and its file:line), so the flow stops before production. The scratch
// database's name is noted before it exists; a step found running drops what its killed
// attempt left, then rehearses again. The rehearsal's rollback time is production's
// prediction.
class PlaybookRehearsalAction : public PlaybookStepAction
{
public:
    explicit PlaybookRehearsalAction(const PlaybookSetup &setup);
    PlaybookStepResult run(PlaybookStepContext &context) override;

private:
    const PlaybookSetup &m_setup;
};

} // namespace backstep
