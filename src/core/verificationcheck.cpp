#include "core/verificationcheck.h"

namespace backstep {

QString checkOutcomeName(VerificationCheck::Outcome outcome)
{
    switch (outcome) {
    case VerificationCheck::Outcome::Passed:
        return QStringLiteral("passed");
    case VerificationCheck::Outcome::Failed:
        return QStringLiteral("failed");
    case VerificationCheck::Outcome::Error:
        return QStringLiteral("error");
    case VerificationCheck::Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace backstep
