#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace backstep {

// One check of a post-rollback verification (playbook steps 5 and 6): a data check, a
// scenario check, a user's assertion or a validation command. The report lists them
// under their section, failures first.
struct VerificationCheck
{
    enum class Outcome {
        Passed,
        Failed,
        Error,   // the check itself could not run (bad SQL, command not found, timeout)
        Skipped, // not applicable here (e.g. no foreign keys on the touched tables)
    };

    QString section; // "data", "scenario", "assertion", "command"
    QString name;    // "CHECK TABLE food_logs", "orphans of fk_food_logs_user", ...
    Outcome outcome = Outcome::Passed;
    QString detail;   // what was found, in words: "3 rows of food_logs reference no user"
    QString evidence; // the SQL run, or the command line; never a password
    QString expected; // for assertions: the expected result, as text
    QString actual;   // what came back, as text (bounded)
    qint64 durationMs = 0;
    int exitCode = -1; // a command's exit status; -1 when it did not exit by itself

    bool failed() const { return outcome == Outcome::Failed || outcome == Outcome::Error; }
};

using VerificationChecks = QList<VerificationCheck>;

QString checkOutcomeName(VerificationCheck::Outcome outcome); // "passed", "failed", ...

} // namespace backstep
