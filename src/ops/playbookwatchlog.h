#pragma once

#include "ops/playbookflow.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace backstep {

struct PlaybookSetup;

// Error and warning lines of some log text, with the window they were counted in.
struct LogRate
{
    int errors = 0;
    int warnings = 0;
    double minutes = 1.0; // the window's length; a window under a minute counts as one
    double errorsPerMinute() const { return errors / minutes; }
    double warningsPerMinute() const { return warnings / minutes; }
};

// Step 9: the profile's log files followed for `watchLogSeconds` once the service is back,
// their error and warning lines counted (LogLineClassifier) and compared with the same
// length of time just before step 2 began, read from the files by the lines' timestamps
// (a line without one belongs with the line before it). The step fails when
//     errors per minute after > max(2 × errors per minute before, before + 5)
// and shows the error and warning lines. When the window before cannot be established (a
// file without timestamps, or one that does not reach back that far) the rate before is
// "unknown", with the reason, and the limit is 5 errors per minute. Warnings are counted
// and shown, never a failure. No log files: skipped (not-configured); 0 seconds: skipped
// (operator). Cancel is honoured within a fraction of a second.
class PlaybookWatchLogAction : public PlaybookStepAction
{
public:
    explicit PlaybookWatchLogAction(const PlaybookSetup &setup);
    PlaybookStepResult run(PlaybookStepContext &context) override;

    // The limit above which the rate after fails the step (see above); `before` < 0: unknown.
    static double errorLimit(double errorsPerMinuteBefore);
    // Lines the evidence keeps (the first ones).
    static constexpr int keptLines = 200;

    // The error and warning lines of `text` whose time falls in [from, until); lines before
    // the first timestamp are not counted. `covered` says whether the text reaches back to
    // `from` (its first timestamp is at or before it); `why` says why not.
    static LogRate countWindow(const QString &text, const QDateTime &from, const QDateTime &until,
                               bool *covered, QString *why);

    // Called on the flow's thread once every file's end is recorded and the watch begins:
    // lines appended from then on are the ones it counts (tests write theirs from here
    // instead of guessing a moment).
    void setWatchingHook(std::function<void()> hook) { m_watching = std::move(hook); }

private:
    const PlaybookSetup &m_setup;
    std::function<void()> m_watching;
};

} // namespace backstep
