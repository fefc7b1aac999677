#include "core/failpoint.h"

#include <QFile>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <deque>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/types.h>

namespace backstep {

QString failpointName(Failpoint point)
{
    switch (point) {
    case Failpoint::BeforeStatement:
        return QStringLiteral("before-statement");
    case Failpoint::AfterStatement:
        return QStringLiteral("after-statement");
    case Failpoint::InsideBatch:
        return QStringLiteral("inside-batch");
    case Failpoint::BeforeProgressCommit:
        return QStringLiteral("before-progress-commit");
    case Failpoint::AfterProgressCommit:
        return QStringLiteral("after-progress-commit");
    case Failpoint::BeforeHistory:
        return QStringLiteral("before-history");
    case Failpoint::AfterHistory:
        return QStringLiteral("after-history");
    case Failpoint::RunCreated:
        return QStringLiteral("run-created");
    case Failpoint::PlaybookBeforeStep:
        return QStringLiteral("playbook-before-step");
    case Failpoint::PlaybookAfterStep:
        return QStringLiteral("playbook-after-step");
    case Failpoint::PlaybookLoad:
        return QStringLiteral("playbook-load");
    case Failpoint::ChildExec:
        return QStringLiteral("child-exec");
    case Failpoint::ChecksumRange:
        return QStringLiteral("checksum-range");
    }
    return {};
}

#ifdef BACKSTEP_FAILPOINTS

namespace {

struct Chosen
{
    QString name;
    int step = -1; // -1: any
    QString action = QStringLiteral("kill");
    // Only the first matching visit acts (a hold: every one), whichever thread makes it.
    mutable std::atomic_bool fired{false};
};

// One NAME[@STEP][:ACTION] of the setting.
void parse(const QString &setting, Chosen &parsed)
{
    const qsizetype colon = setting.indexOf(u':');
    QString point = colon < 0 ? setting : setting.left(colon);
    if (colon >= 0 && colon + 1 < setting.size())
        parsed.action = setting.mid(colon + 1);
    if (const qsizetype at = point.indexOf(u'@'); at >= 0) {
        bool ok = false;
        parsed.step = point.mid(at + 1).toInt(&ok);
        if (!ok)
            parsed.step = -2; // never matches: a typo must not pick the first visit
        point.truncate(at);
    }
    parsed.name = point;
}

// The points BACKSTEP_FAILPOINT chose, in its order (a deque: atomics do not move).
const std::deque<Chosen> &chosen()
{
    static const std::deque<Chosen> points = [] {
        std::deque<Chosen> parsed;
        const QStringList settings =
            qEnvironmentVariable("BACKSTEP_FAILPOINT").split(u',', Qt::SkipEmptyParts);
        for (const QString &setting : settings) {
            if (!setting.trimmed().isEmpty())
                parse(setting.trimmed(), parsed.emplace_back());
        }
        return parsed;
    }();
    return points;
}

// SIGKILL of the server, and a wait until it is gone (or a zombie nobody reaped yet), so
// that the next statement meets a dead server, not a dying one.
void killServer()
{
    const qint64 pid = failpointServerPid();
    if (pid <= 0 || ::kill(pid_t(pid), SIGKILL) != 0)
        return;
    for (int i = 0; i < 1000; ++i) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return;
        const QList<QByteArray> fields = stat.readAll().split(' ');
        if (fields.value(2) == "Z")
            return;
        QThread::msleep(10);
    }
}

// Whether a hold visit about `subject` still waits: the hold file exists and, for a visit
// with a subject, lists it on a line of its own.
bool isHeld(const QString &holdFile, const QString &subject)
{
    if (holdFile.isEmpty())
        return false;
    QFile file(holdFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (subject.isEmpty())
        return true;
    const QByteArray wanted = subject.toUtf8();
    const QList<QByteArray> lines = file.readAll().split('\n');
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&wanted](const QByteArray &line) { return line.trimmed() == wanted; });
}

} // namespace

FailAction reach(Failpoint point, int step, const QString &subject)
{
    static const QString trace = qEnvironmentVariable("BACKSTEP_FAILPOINT_TRACE");
    if (!trace.isEmpty()) {
        QFile file(trace);
        const QString suffix = subject.isEmpty() ? QString() : u' ' + subject;
        if (file.open(QIODevice::Append | QIODevice::Text))
            file.write(
                (failpointName(point) + u' ' + QString::number(step) + suffix + u'\n').toUtf8());
    }
    const auto &points = chosen();
    const QString name = failpointName(point);
    const auto wanted = std::find_if(points.begin(), points.end(), [&](const Chosen &candidate) {
        return candidate.name == name && (candidate.step == -1 || candidate.step == step);
    });
    if (wanted == points.end())
        return FailAction::None;
    if (wanted->action == u"hold") {
        const QString held = qEnvironmentVariable("BACKSTEP_FAILPOINT_HOLD");
        if (point == Failpoint::ChildExec)
            return isHeld(held, subject) ? FailAction::StopBeforeExec : FailAction::None;
        // Bounded, so that a test that forgets the file fails instead of hanging.
        for (int i = 0; i < 60000 && isHeld(held, subject); ++i)
            QThread::msleep(10);
        return FailAction::None;
    }
    if (wanted->fired.exchange(true))
        return FailAction::None;
    if (wanted->action == u"drop")
        return FailAction::DropConnection;
    if (wanted->action == u"server") {
        killServer();
        return FailAction::None;
    }
    std::raise(SIGKILL);
    return FailAction::None; // not reached
}

void stopBeforeExec()
{
    ::prctl(PR_SET_NAME, heldChildName);
    ::raise(SIGSTOP);
}

qint64 failpointServerPid()
{
    return qEnvironmentVariable("BACKSTEP_FAILPOINT_SERVER_PID").toLongLong();
}

#endif

} // namespace backstep
