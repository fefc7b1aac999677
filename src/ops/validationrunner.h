#pragma once

#include "core/validationcommand.h"
#include "core/verificationcheck.h"
#include "ops/processrunner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>

namespace backstep {

// Runs the application's validation commands (playbook step 6) one after the other,
// each through ProcessRunner: `/bin/sh -c COMMAND` in its folder, its environment
// added to Backstep's (without BACKSTEP_PASSWORD, which is Backstep's alone), stdin
// empty, in its own process group. Nothing waits on the calling thread.
//
// Every command becomes one VerificationCheck (section "command"):
// - Passed: exit status 0. Failed: any other status, or killed by a signal.
// - Error: it could not run: an invalid command (ValidationCommand::problem()), a folder
//   that does not exist, /bin/sh that cannot start, status 126 or 127 (the shell found
//   no such program or could not execute it), a timeout, or cancel() while it ran.
// - Skipped: not run because cancel() came first.
// A timeout and cancel() kill the command's whole process group (a test runner and its
// workers); when a command exits leaving processes of its group behind, they are killed
// too and the check's detail says so.
//
// evidence: the command line, the folder, the timeout and the NAMES of the variables
// added, never their values (a value can carry a secret under any name: DATABASE_URL).
// actual: the output, stdout and stderr merged in order, bounded to its last
// maximumKeptLines lines and maximumKeptBytes bytes (a first line says how many earlier
// lines were dropped). Lines are UTF-8 (invalid bytes replaced), without their '\n' or
// '\r'; a line longer than maximumLineBytes is cut into pieces of that size.
class ValidationRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximumKeptLines = 2000;
    static constexpr qsizetype maximumKeptBytes = qsizetype(1024) * 1024;
    static constexpr qsizetype maximumLineBytes = qsizetype(64) * 1024;

    explicit ValidationRunner(QObject *parent = nullptr);
    // Kills the running command's process group; emits nothing more.
    ~ValidationRunner() override;

    // Runs `commands` in order; returns at once (the first command starts from the event
    // loop). Ignored while a run is in progress.
    void start(const QList<ValidationCommand> &commands);
    // Kills the running command's process group (its check: Error, "cancelled") and
    // marks the commands not yet run Skipped; finished() follows. Nothing when idle.
    void cancel();

    bool isRunning() const { return m_running; }
    // The commands of the current (or last) run, in order: the signals' `index`.
    const QList<ValidationCommand> &commands() const { return m_commands; }
    // The checks of the commands finished so far in this run (all of them after
    // finished()).
    const VerificationChecks &checks() const { return m_checks; }

    // For backstep-cli only: runs `commands` to the end in a local event loop, calling
    // `onLine` for every line of output, and returns one check per command. Cancels when
    // `cancelRequested` (may be null) becomes true, e.g. from a SIGINT handler.
    static VerificationChecks runAll(const QList<ValidationCommand> &commands,
                                     const std::function<void(int, const QString &)> &onLine = {},
                                     const std::atomic_bool *cancelRequested = nullptr);

    // The first part of a check's evidence: "/bin/sh -c 'npm run test'".
    static QString commandLine(const QString &command);

Q_SIGNALS:
    // For each command in order: commandStarted, its outputLine()s, commandFinished. A
    // command skipped after cancel() has commandFinished only. Then finished() once, with
    // one check per command.
    void commandStarted(int index);
    void outputLine(int index, const QString &line);
    void commandFinished(int index, const backstep::VerificationCheck &check);
    void finished(const backstep::VerificationChecks &checks);

private:
    void runNext();
    void readOutput(const QByteArray &bytes);
    void takeLine(const QByteArray &bytes);
    void processFinished(const ProcessOutcome &outcome);
    void finishCommand(VerificationCheck::Outcome outcome, const QString &detail);
    void finishRun();
    VerificationCheck checkFor(const ValidationCommand &command) const;
    QString keptOutput() const;

    QList<ValidationCommand> m_commands;
    VerificationChecks m_checks;
    int m_index = -1; // the command running or being prepared
    bool m_running = false;
    bool m_cancelled = false;

    ProcessRunner m_runner;
    QElapsedTimer m_clock;
    QByteArray m_partialLine;
    struct KeptLine
    {
        QString text;
        qsizetype bytes; // as the command wrote it, with its '\n'
    };
    std::deque<KeptLine> m_kept; // the output's tail
    qsizetype m_keptBytes = 0;
    qsizetype m_droppedLines = 0;
    QString m_lastLine;  // the last line that was not blank, for the detail
    int m_exitCode = -1; // the finished command's exit status, for its check
};

} // namespace backstep
