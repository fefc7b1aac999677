#pragma once

// What the no-trace tests sample while Backstep runs programs: every process below the
// test (children, their children, ...) and where a secret shows in their command lines or
// environments (/proc/PID/cmdline, /proc/PID/environ: readable by others on the machine).
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <map>
#include <mutex>
#include <sys/types.h>
#include <thread>

namespace backstep::test {

// Every process below this one, with its command line.
QMap<qint64, QList<QByteArray>> descendants();

// The program a command line runs: argv[0]'s file name, or what follows the MySQL root
// loader's --argv0 (tests/support/mysql-root).
QByteArray programOf(const QList<QByteArray> &argv);

// Samples every descendant's command line and environment for `secret`: what each program
// was seen running as, and where the secret leaked.
struct CommandLineWatch
{
    QByteArray secret;
    // Programs whose environment may hold the secret: backstep-cli given BACKSTEP_PASSWORD
    // (and a child of it caught between fork and exec, which is backstep-cli until then).
    QSet<QByteArray> givenTheSecret;
    QSet<QByteArray> programsSeen;
    QStringList leaks;
    int samples = 0;

    // Every descendant, as descendants() found it.
    QMap<qint64, QList<QByteArray>> sample();
    // Looks at one process, running `argv`; the program it runs.
    QByteArray inspect(qint64 pid, const QList<QByteArray> &argv);
};

// A CommandLineWatch that samples on a thread of its own, all along, and sees each program
// a test must see at its exec. Backstep stops each program hold() names between its fork and
// its exec (the failpoint child-exec, action hold); this watch attaches to the stopped child
// with ptrace, continues it, and reads its command line and environment at the exec stop,
// before the program's first instruction, then lets it go. It never waits for a tracee:
// each tick serves every one, so one held program can feed another. However short the program's
// life, and whoever drains its output, it is seen. The process under test must have
// BACKSTEP_FAILPOINT=child-exec:hold and BACKSTEP_FAILPOINT_HOLD naming the watch's hold
// file before its first failpoint (setEnvironment(); the programs it starts inherit them).
// A held program that no watch continues stays stopped until Backstep's timeout ends it.
class HeldProgramWatch
{
public:
    HeldProgramWatch(QByteArray secret, QString holdFile);
    ~HeldProgramWatch();
    HeldProgramWatch(const HeldProgramWatch &) = delete;
    HeldProgramWatch &operator=(const HeldProgramWatch &) = delete;

    // Sets the environment variables that make this process, and the programs it starts,
    // hold their children for a watch on `holdFile`.
    static void setEnvironment(const QString &holdFile);
    void setGivenTheSecret(const QSet<QByteArray> &programs);

    // Holds every start of `programs` (file names, as programOf() gives them) from now on:
    // what was seen before is forgotten.
    void hold(const QList<QByteArray> &programs);
    // The programs hold() named that have not been seen since.
    QList<QByteArray> stillHeld() const;

    // The programs seen since the last hold(); every leak found since the watch began.
    QSet<QByteArray> programsSeen() const;
    QStringList leaks() const;

    // The programs inspected at an exec stop, and why a held child could not be traced,
    // since the watch began.
    QSet<QByteArray> caughtAtExec() const;
    QStringList traceErrors() const;

private:
    struct Tracee
    {
        bool ours = false; // this process is its parent
        int execs = 0;
    };

    // All with m_mutex held, on the watch's thread.
    void run();
    // Attaches to a child stopped before its exec, and continues it.
    void seize(pid_t pid);
    // Takes whatever happened to a tracee, without waiting: inspects it at each exec until
    // it runs a held program (a wrapper may come first), then lets it go. False once it is
    // let go or has ended.
    bool serve(pid_t pid, Tracee &tracee);

    const QString m_holdFile;
    mutable std::mutex m_mutex;
    CommandLineWatch m_watch;
    QList<QByteArray> m_held;
    std::map<pid_t, Tracee> m_tracees;
    QSet<qint64> m_refused;
    QStringList m_traceErrors;
    QSet<QByteArray> m_caughtAtExec;
    std::atomic_bool m_stop = false;
    std::thread m_thread;
};

// Every regular file under `dir` (recursively, hidden ones too) whose bytes hold `secret`.
QStringList filesHolding(const QString &dir, const QByteArray &secret);

} // namespace backstep::test
