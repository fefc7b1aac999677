#include "ops/validationrunner.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>

namespace backstep {

Q_LOGGING_CATEGORY(lcValidation, "backstep.validation", QtInfoMsg)

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

// Where a command runs: its folder made absolute, or Backstep's current folder.
QString folderOf(const ValidationCommand &command)
{
    return command.workingDirectory.isEmpty()
               ? QDir::currentPath()
               : QFileInfo(command.workingDirectory).absoluteFilePath();
}

} // namespace

ValidationRunner::ValidationRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_runner, &ProcessRunner::output, this, &ValidationRunner::readOutput);
    connect(&m_runner, &ProcessRunner::finished, this, &ValidationRunner::processFinished);
}

// m_runner kills a command still running, with its process group, and emits nothing.
ValidationRunner::~ValidationRunner() = default;

QString ValidationRunner::commandLine(const QString &command)
{
    QString quoted = command;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return QStringLiteral("/bin/sh -c '%1'").arg(quoted);
}

void ValidationRunner::start(const QList<ValidationCommand> &commands)
{
    if (m_running)
        return;
    m_commands = commands;
    m_checks.clear();
    m_index = -1;
    m_running = true;
    m_cancelled = false;
    // From the event loop: a caller connects and enters its loop before anything is
    // emitted, even when every command fails before it starts.
    QMetaObject::invokeMethod(this, &ValidationRunner::runNext, Qt::QueuedConnection);
}

void ValidationRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_runner.cancel(); // processFinished() records it
}

void ValidationRunner::runNext()
{
    if (!m_running)
        return;
    ++m_index;
    if (m_cancelled) {
        for (; m_index < m_commands.size(); ++m_index) {
            VerificationCheck check = checkFor(m_commands.at(m_index));
            check.outcome = VerificationCheck::Outcome::Skipped;
            check.detail = tr("not run: the validation was cancelled");
            m_checks.append(check);
            Q_EMIT commandFinished(m_index, check);
        }
    }
    if (m_index >= m_commands.size()) {
        finishRun();
        return;
    }

    const ValidationCommand &command = m_commands.at(m_index);
    m_partialLine.clear();
    m_kept.clear();
    m_keptBytes = 0;
    m_droppedLines = 0;
    m_lastLine.clear();
    m_clock.start();
    Q_EMIT commandStarted(m_index);
    if (m_cancelled) { // by a slot of commandStarted
        finishCommand(VerificationCheck::Outcome::Skipped,
                      tr("not run: the validation was cancelled"));
        return;
    }

    if (const QString problem = command.problem(); !problem.isEmpty()) {
        finishCommand(VerificationCheck::Outcome::Error, problem);
        return;
    }
    const QString folder = folderOf(command);
    if (!QFileInfo(folder).isDir()) {
        finishCommand(VerificationCheck::Outcome::Error,
                      QFileInfo::exists(folder) ? tr("%1 is not a folder").arg(folder)
                                                : tr("the folder %1 does not exist").arg(folder));
        return;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("BACKSTEP_PASSWORD")); // the database's, not theirs
    for (auto it = command.environment.cbegin(); it != command.environment.cend(); ++it)
        environment.insert(it.key(), it.value());

    qCDebug(lcValidation) << "running" << command.command << "in" << folder;
    ProcessSpec spec;
    spec.program = QStringLiteral("/bin/sh");
    spec.arguments = {QStringLiteral("-c"), command.command};
    spec.workingDirectory = folder;
    spec.environment = environment;
    spec.timeout = std::chrono::seconds(command.timeoutSeconds);
    spec.killLeftovers = true; // a background child would go on touching the database
    m_runner.start(spec);
}

void ValidationRunner::readOutput(const QByteArray &bytes)
{
    m_partialLine += bytes;
    qsizetype begin = 0;
    qsizetype end = m_partialLine.indexOf('\n');
    while (end >= 0) {
        takeLine(m_partialLine.sliced(begin, end - begin));
        begin = end + 1;
        end = m_partialLine.indexOf('\n', begin);
    }
    m_partialLine.remove(0, begin);
    // A line without an end is cut, on a UTF-8 character boundary.
    while (m_partialLine.size() > maximumLineBytes) {
        qsizetype cut = maximumLineBytes;
        while (cut > maximumLineBytes - 4 && (uchar(m_partialLine.at(cut)) & 0xC0) == 0x80)
            --cut;
        takeLine(m_partialLine.first(cut));
        m_partialLine.remove(0, cut);
    }
}

void ValidationRunner::takeLine(const QByteArray &bytes)
{
    const QByteArray text = bytes.endsWith('\r') ? bytes.chopped(1) : bytes;
    const QString line = QString::fromUtf8(text);
    if (!line.trimmed().isEmpty())
        m_lastLine = line.trimmed();
    m_kept.push_back({line, bytes.size() + 1});
    m_keptBytes += bytes.size() + 1;
    while (qsizetype(m_kept.size()) > maximumKeptLines || m_keptBytes > maximumKeptBytes) {
        m_keptBytes -= m_kept.front().bytes;
        m_kept.pop_front();
        ++m_droppedLines;
    }
    Q_EMIT outputLine(m_index, line);
}

QString ValidationRunner::keptOutput() const
{
    QStringList lines;
    lines.reserve(qsizetype(m_kept.size()) + 1);
    if (m_droppedLines > 0)
        lines.append(tr("[%n earlier line(s) not kept]", nullptr, int(m_droppedLines)));
    for (const KeptLine &line : m_kept)
        lines.append(line.text);
    return lines.join(u'\n');
}

void ValidationRunner::processFinished(const ProcessOutcome &outcome)
{
    if (!m_partialLine.isEmpty())
        takeLine(std::exchange(m_partialLine, {}));
    const ValidationCommand &command = m_commands.at(m_index);
    const QString after = seconds(m_clock.elapsed());
    const QString last = m_lastLine.isEmpty() ? QString() : QStringLiteral(": ") + m_lastLine;
    const int exitCode = outcome.exitCode;
    m_exitCode = outcome.ending == ProcessEnding::Exited ? exitCode : -1;

    using Outcome = VerificationCheck::Outcome;
    switch (outcome.ending) {
    case ProcessEnding::Cancelled:
        finishCommand(Outcome::Error,
                      tr("cancelled after %1 s; its process group was killed").arg(after));
        return;
    case ProcessEnding::TimedOut:
        finishCommand(Outcome::Error,
                      tr("did not finish within %1 s; it was killed with its process group")
                          .arg(command.timeoutSeconds));
        return;
    case ProcessEnding::FailedToStart:
        finishCommand(Outcome::Error, tr("cannot start /bin/sh: %1").arg(outcome.errorString));
        return;
    case ProcessEnding::Signalled:
    case ProcessEnding::Exited:
        break;
    }
    const QString remains =
        outcome.leftoversKilled
            ? tr(" It left processes running in its process group; they were killed.")
            : QString();
    if (outcome.ending == ProcessEnding::Signalled)
        finishCommand(Outcome::Failed,
                      tr("killed by signal %1 after %2 s").arg(exitCode).arg(after) + remains);
    else if (exitCode == 126 || exitCode == 127)
        finishCommand(Outcome::Error,
                      tr("the shell could not run it (status %1)%2").arg(exitCode).arg(last) +
                          remains);
    else if (exitCode != 0)
        finishCommand(Outcome::Failed,
                      tr("exited with status %1 after %2 s%3").arg(exitCode).arg(after, last) +
                          remains);
    else
        finishCommand(Outcome::Passed, tr("exited with status 0 after %1 s").arg(after) + remains);
}

void ValidationRunner::finishCommand(VerificationCheck::Outcome outcome, const QString &detail)
{
    VerificationCheck check = checkFor(m_commands.at(m_index));
    check.outcome = outcome;
    check.detail = detail;
    check.actual = keptOutput();
    check.durationMs = m_clock.elapsed();
    check.exitCode = std::exchange(m_exitCode, -1);
    m_kept.clear();
    m_keptBytes = 0;
    qCDebug(lcValidation) << check.name << checkOutcomeName(outcome) << detail;
    m_checks.append(check);
    Q_EMIT commandFinished(m_index, check);
    // Queued: the next command starts from the event loop, never inside a slot of ours.
    QMetaObject::invokeMethod(this, &ValidationRunner::runNext, Qt::QueuedConnection);
}

void ValidationRunner::finishRun()
{
    m_running = false;
    m_index = -1;
    Q_EMIT finished(m_checks);
}

VerificationCheck ValidationRunner::checkFor(const ValidationCommand &command) const
{
    VerificationCheck check;
    check.section = QStringLiteral("command");
    check.name = command.displayName();
    QStringList evidence{commandLine(command.command), tr("folder: %1").arg(folderOf(command))};
    if (!command.environment.isEmpty())
        evidence.append(tr("environment: %1 (values not recorded)")
                            .arg(QStringList(command.environment.keys()).join(u", ")));
    evidence.append(tr("timeout: %1 s").arg(command.timeoutSeconds));
    check.evidence = evidence.join(u'\n');
    return check;
}

VerificationChecks ValidationRunner::runAll(const QList<ValidationCommand> &commands,
                                            const std::function<void(int, const QString &)> &onLine,
                                            const std::atomic_bool *cancelRequested)
{
    ValidationRunner runner;
    QEventLoop loop;
    if (onLine)
        connect(&runner, &ValidationRunner::outputLine, &loop, onLine);
    connect(&runner, &ValidationRunner::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    if (cancelRequested) {
        connect(&poll, &QTimer::timeout, &runner, [&] {
            if (cancelRequested->load())
                runner.cancel();
        });
        poll.start(std::chrono::milliseconds(100));
    }
    runner.start(commands);
    loop.exec();
    return runner.checks();
}

} // namespace backstep
