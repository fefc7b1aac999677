#pragma once

#include "core/statement.h"
#include "core/verificationcheck.h"

namespace backstep {

class DatabaseSession;

// Checks a migration tool ships with its migrations, run as the tool runs them: Sqitch's
// verify scripts (docs/formats.md, "sqitch.verify.after-revert"). A verify script signals a
// failure with an error (sqitch.checkit() raises one); whatever it changes is rolled back.
class ToolChecks
{
public:
    // Runs `statements` in order on the session and reports, in section "tool": passed
    // when the script succeeded and `expectSuccess`, or failed and not `expectSuccess`
    // (the verify script of a change that was reverted must fail).
    static VerificationCheck runScript(DatabaseSession &session, const QString &name,
                                       const Statements &statements, bool expectSuccess);
};

} // namespace backstep
