#include "support/processwatch.h"

#include "core/failpoint.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMultiMap>
#include <QSaveFile>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

namespace backstep::test {

QMap<qint64, QList<QByteArray>> descendants()
{
    QMultiMap<qint64, qint64> children; // parent -> child
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        if (close < 0)
            continue;
        children.insert(text.mid(close + 2).split(' ').value(1).toLongLong(), entry.toLongLong());
    }
    QMap<qint64, QList<QByteArray>> found;
    QList<qint64> parents{qint64(::getpid())};
    while (!parents.isEmpty()) {
        for (const qint64 child : children.values(parents.takeFirst())) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(child));
            found.insert(child, cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll().split('\0')
                                                                  : QList<QByteArray>());
            parents.append(child);
        }
    }
    return found;
}

QByteArray programOf(const QList<QByteArray> &argv)
{
    const qsizetype argv0Option = argv.indexOf(QByteArrayLiteral("--argv0"));
    return (argv0Option > 0 ? argv.value(argv0Option + 1) : argv.value(0)).split('/').last();
}

QMap<qint64, QList<QByteArray>> CommandLineWatch::sample()
{
    ++samples;
    const auto processes = descendants();
    for (auto it = processes.cbegin(); it != processes.cend(); ++it)
        inspect(it.key(), it.value());
    return processes;
}

QByteArray CommandLineWatch::inspect(qint64 pid, const QList<QByteArray> &argv)
{
    const QByteArray program = programOf(argv);
    // No command line: the process is between the old program and the new one inside an
    // exec (or already ended). Its environment may be the new program's, which the name
    // would allow (backstep-cli given BACKSTEP_PASSWORD), so it is judged at a later sample
    // or at its held exec, never as a nameless leak.
    if (program.isEmpty())
        return program;
    programsSeen.insert(program);
    for (const char *what : {"cmdline", "environ"}) {
        if (qstrcmp(what, "environ") == 0 && givenTheSecret.contains(program))
            continue;
        QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1StringView(what)));
        if (!file.open(QIODevice::ReadOnly) || !file.readAll().contains(secret))
            continue;
        // Once per process and place, however often it was sampled.
        const QString leak = QStringLiteral("%1 of %2 (%3)")
                                 .arg(QLatin1StringView(what))
                                 .arg(pid)
                                 .arg(QString::fromUtf8(program));
        if (!leaks.contains(leak))
            leaks.append(leak);
    }
    return program;
}

namespace {

QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1StringView(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 parentOf(qint64 pid)
{
    const QByteArray stat = procFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    return close < 0 ? 0 : stat.mid(close + 2).split(' ').value(1).toLongLong();
}

} // namespace

HeldProgramWatch::HeldProgramWatch(QByteArray secret, QString holdFile)
    : m_holdFile(std::move(holdFile))
{
    m_watch.secret = std::move(secret);
    QFile::remove(m_holdFile);
    m_thread = std::thread([this] { run(); });
}

HeldProgramWatch::~HeldProgramWatch()
{
    QFile::remove(m_holdFile); // nothing new is held after the test
    m_stop = true;
    m_thread.join();
}

void HeldProgramWatch::setEnvironment(const QString &holdFile)
{
    qputenv("BACKSTEP_FAILPOINT", "child-exec:hold");
    qputenv("BACKSTEP_FAILPOINT_HOLD", holdFile.toUtf8());
}

void HeldProgramWatch::setGivenTheSecret(const QSet<QByteArray> &programs)
{
    const std::lock_guard lock(m_mutex);
    m_watch.givenTheSecret = programs;
}

void HeldProgramWatch::hold(const QList<QByteArray> &programs)
{
    const std::lock_guard lock(m_mutex);
    m_watch.programsSeen.clear(); // a new phase: each must be seen again
    m_held = programs;
    if (m_held.isEmpty()) {
        QFile::remove(m_holdFile);
        return;
    }
    // Renamed over the old list: the product never reads half of one.
    QSaveFile file(m_holdFile);
    if (file.open(QIODevice::WriteOnly)) {
        for (const QByteArray &program : std::as_const(m_held))
            file.write(program + '\n');
        file.commit();
    }
}

QList<QByteArray> HeldProgramWatch::stillHeld() const
{
    const std::lock_guard lock(m_mutex);
    QList<QByteArray> unseen = m_held;
    unseen.removeIf(
        [this](const QByteArray &program) { return m_watch.programsSeen.contains(program); });
    return unseen;
}

QSet<QByteArray> HeldProgramWatch::programsSeen() const
{
    const std::lock_guard lock(m_mutex);
    return m_watch.programsSeen;
}

QStringList HeldProgramWatch::leaks() const
{
    const std::lock_guard lock(m_mutex);
    return m_watch.leaks;
}

QStringList HeldProgramWatch::traceErrors() const
{
    const std::lock_guard lock(m_mutex);
    return m_traceErrors;
}

QSet<QByteArray> HeldProgramWatch::caughtAtExec() const
{
    const std::lock_guard lock(m_mutex);
    return m_caughtAtExec;
}

void HeldProgramWatch::run()
{
    const QByteArray heldName = QByteArray(heldChildName) + '\n';
    while (!m_stop) {
        {
            const std::lock_guard lock(m_mutex);
            const auto processes = m_watch.sample();
            for (const qint64 pid : processes.keys())
                if (!m_tracees.contains(pid_t(pid)) && !m_refused.contains(pid) &&
                    procFile(pid, "comm") == heldName)
                    seize(pid_t(pid));
            for (auto it = m_tracees.begin(); it != m_tracees.end();)
                it = serve(it->first, it->second) ? std::next(it) : m_tracees.erase(it);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    // A child held after the last sample is let go unseen: nothing stays stopped after the
    // test. (Those still traced are let go as this thread ends.)
    for (const qint64 pid : descendants().keys())
        if (procFile(pid, "comm") == heldName)
            ::kill(pid_t(pid), SIGCONT);
}

void HeldProgramWatch::seize(pid_t pid)
{
    // Its real parent: this process (an in-process run) reaps it itself; another
    // (backstep-cli) hears of its end only once its tracer has reaped it.
    const bool ours = parentOf(pid) == ::getpid();
    if (::ptrace(PTRACE_SEIZE, pid, nullptr, PTRACE_O_TRACEEXEC) != 0) {
        if (errno != ESRCH) // not gone: refused, and the test must hear why
            m_traceErrors.append(QStringLiteral("cannot trace process %1: %2")
                                     .arg(pid)
                                     .arg(QString::fromLocal8Bit(std::strerror(errno))));
        m_refused.insert(pid);
        return;
    }
    ::kill(pid, SIGCONT);
    m_tracees.emplace(pid, Tracee{ours, 0});
}

bool HeldProgramWatch::serve(pid_t pid, Tracee &tracee)
{
    // A wrapper runs the program by exec (tests/support/mysql-client: sh, then mysql-root,
    // then the loader); past that many, whatever runs is let go.
    constexpr int mostExecs = 4;
    for (;;) {
        siginfo_t info{};
        // Looked at, not reaped, and never waited for: an end is the parent's to collect,
        // and the other tracees are served on the same tick.
        if (::waitid(P_PID, id_t(pid), &info, WEXITED | WSTOPPED | WNOWAIT | WNOHANG | __WALL) != 0)
            return errno == EINTR;
        if (info.si_pid == 0)
            return true; // running
        if (info.si_code == CLD_EXITED || info.si_code == CLD_KILLED ||
            info.si_code == CLD_DUMPED) {
            if (!tracee.ours)
                ::waitid(P_PID, id_t(pid), &info, WEXITED | __WALL);
            return false;
        }
        // A stop: collected, so that the next wait sees the next one.
        info = {};
        if (::waitid(P_PID, id_t(pid), &info, WSTOPPED | WNOHANG | __WALL) != 0 || info.si_pid == 0)
            return true;
        const int event = info.si_status >> 8;
        const int signal = info.si_status & 0xff;
        if (event == PTRACE_EVENT_EXEC) {
            const QByteArray program = m_watch.inspect(pid, procFile(pid, "cmdline").split('\0'));
            m_caughtAtExec.insert(program);
            if (m_held.contains(program) || ++tracee.execs >= mostExecs) {
                ::ptrace(PTRACE_DETACH, pid, nullptr, nullptr);
                return false;
            }
            ::ptrace(PTRACE_CONT, pid, nullptr, nullptr);
        } else if (event == PTRACE_EVENT_STOP || signal == SIGSTOP || signal == SIGCONT) {
            // The stop it made itself, or the continue this watch sent.
            ::ptrace(PTRACE_CONT, pid, nullptr, nullptr);
        } else {
            // Any other signal is the program's (a cancel's SIGKILL needs none of this).
            ::ptrace(PTRACE_CONT, pid, nullptr, reinterpret_cast<void *>(intptr_t(signal)));
        }
    }
}

QStringList filesHolding(const QString &dir, const QByteArray &secret)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            found.append(path);
    }
    return found;
}

} // namespace backstep::test
