#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <chrono>
#include <functional>

namespace backstep {

// What to run and how. Every program Backstep starts (the dump, the restore client, a
// compressor, a service command, a validation command) is described by one of these.
struct ProcessSpec
{
    QString program;
    QStringList arguments;
    QString workingDirectory;            // empty: Backstep's own
    QProcessEnvironment environment;     // empty: Backstep's own; never BACKSTEP_PASSWORD
    std::chrono::milliseconds timeout{}; // zero: no limit
    bool mergeChannels = true;           // stderr into output(), in order
    // Kill what the program left running in its process group when it exits (a test
    // runner's workers). Never for a start command, whose daemon is meant to stay.
    bool killLeftovers = false;
    // The program reads what write() sends; otherwise its stdin is empty.
    bool writableInput = false;
    // Runs in the child before exec (QProcess::setChildProcessModifier): async-signal-safe
    // calls only, e.g. a larger pipe for a dump.
    std::function<void()> childSetup;
};

// How a program ended: the one classification every caller words its message from.
enum class ProcessEnding {
    Exited,       // exitCode holds its status
    Signalled,    // killed by a signal nobody here sent; exitCode holds the signal
    TimedOut,     // the spec's timeout passed: killed with its process group
    Cancelled,    // cancel(): killed with its process group
    FailedToStart // errorString says why (no such program, not executable)
};

struct ProcessOutcome
{
    ProcessEnding ending = ProcessEnding::FailedToStart;
    QString program;
    int exitCode = -1;
    QString errorString;
    qint64 durationMs = 0;
    std::chrono::milliseconds timeout{}; // the spec's, for the message
    bool leftoversKilled = false;        // processes of its group outlived it and were killed

    bool succeeded() const { return ending == ProcessEnding::Exited && exitCode == 0; }
    // One clause for a message: "exited with status 3", "was killed by signal 9",
    // "did not finish within 5 s and was killed with its process group", ...
    QString describe() const;
};

// Runs one program at a time, asynchronously, as the leader of its own session and
// process group (processgroup.h): a timeout or cancel() kills it and everything it
// started. Output arrives live through output() (and errorOutput() when the channels
// are separate); finished() comes exactly once per start(), always from the event loop,
// even when the program cannot start. Lives on the thread that created it.
class ProcessRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProcessRunner(QObject *parent = nullptr);
    // Kills a running program's process group; emits nothing more.
    ~ProcessRunner() override;

    // Ignored while a program runs.
    void start(const ProcessSpec &spec);
    // Kills the program's process group; finished() follows with Cancelled.
    void cancel();
    // Kills the program's process group and forgets it at once: no finished(), and the
    // runner can start another program right away.
    void abandon();
    // For a spec with writableInput.
    void write(const QByteArray &bytes);
    void closeWriteChannel();
    // Bytes handed to write() that the program has not read yet.
    qint64 bytesToWrite() const;

    bool isRunning() const { return m_process != nullptr; }
    const ProcessSpec &spec() const { return m_spec; }

    // Blocking, for a worker thread or the CLI (never the GUI thread): runs the program to
    // its end on a local event loop; `output` hears its output (stdout, and stderr with
    // merged channels) as it comes.
    static ProcessOutcome runToEnd(const ProcessSpec &spec,
                                   const std::function<void(const QByteArray &)> &output = {});

Q_SIGNALS:
    void output(const QByteArray &bytes);
    void errorOutput(const QByteArray &bytes);
    void bytesWritten(qint64 bytes);
    void finished(const backstep::ProcessOutcome &outcome);

private:
    void processFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void finish(ProcessOutcome outcome);

    ProcessSpec m_spec;
    QProcess *m_process = nullptr;
    qint64 m_pid = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    QTimer m_timeout;
    QElapsedTimer m_clock;
};

} // namespace backstep

Q_DECLARE_METATYPE(backstep::ProcessOutcome)
