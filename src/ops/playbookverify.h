#pragma once

#include "ops/playbookflow.h"

namespace backstep {

class Journal;
struct PlaybookSetup;

// Step 6: the rollback run verified (VerificationRunner: schema against the expected state,
// data checks, the plan's scenario checks, the profile's assertions; the report stored in
// the playbook's journal), then the proof that nothing else changed: the untouched tables'
// checksums again over step 5's ranges (`checksumsBefore`), compared chunk by chunk. A
// differing chunk fails the step naming its table and key range; what either snapshot did
// not cover is listed as not covered, never as equal. An inconclusive verification ends
// the step with the verdict "inconclusive" and its reason, never "pass".
class PlaybookVerifyAction : public PlaybookStepAction
{
public:
    PlaybookVerifyAction(Journal &journal, const PlaybookSetup &setup);
    PlaybookStepResult run(PlaybookStepContext &context) override;

private:
    Journal &m_journal;
    const PlaybookSetup &m_setup;
};

} // namespace backstep
