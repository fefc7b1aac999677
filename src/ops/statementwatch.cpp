#include "ops/statementwatch.h"

#include "db/databasesession.h"
#include "db/serveractivity.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StatementWatch)
};

Q_LOGGING_CATEGORY(lcWatch, "backstep.rollback.watch")

// How often the cancel flag is looked at, and how long a statement runs before the
// server is asked about it (and then how often).
constexpr auto pollInterval = std::chrono::milliseconds(50);
constexpr qint64 lookAfterMs = 1000;

} // namespace

StatementWatch::StatementWatch(const ConnectionSpec &spec, const QString &password, qint64 watched,
                               const std::atomic_bool *cancel, Report report)
    : m_spec(spec)
    , m_password(password)
    , m_watched(watched)
    , m_cancel(cancel)
    , m_report(std::move(report))
{
    m_thread = std::thread([this] { run(); });
}

StatementWatch::~StatementWatch()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void StatementWatch::started(int step, const QStringList &tables)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_generation;
        m_step = step;
        m_tables = tables;
        m_since.start();
        m_lastLookMs = 0;
        m_killed = false;
        m_lastState.clear();
        m_killedState.clear();
    }
    m_wake.notify_all();
}

bool StatementWatch::ended()
{
    // Taken while a KILL QUERY is being sent: it completes before the statement counts as
    // ended, so it cannot reach the runner's next statement.
    std::lock_guard lock(m_mutex);
    ++m_generation;
    m_step = -1;
    return m_killed;
}

QString StatementWatch::stateWhenInterrupted() const
{
    std::lock_guard lock(m_mutex);
    return m_killedState;
}

void StatementWatch::run()
{
    std::unique_ptr<DatabaseSession> session;
    if (auto opened = DatabaseSession::open(m_spec, m_password)) {
        session = std::move(opened).value();
    } else {
        std::lock_guard lock(m_mutex);
        m_problem = Tr::tr("the second connection that watches and interrupts statements could "
                           "not be opened (%1): a cancel waits for the running statement")
                        .arg(opened.error());
        qCWarning(lcWatch) << m_problem;
    }
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, pollInterval);
        if (m_stop || m_step < 0)
            continue;
        if (session && m_cancel && m_cancel->load() && !m_killed) {
            // Under the lock: ended() waits for this, so the KILL reaches this statement or,
            // if it has just returned, an idle connection (which MariaDB and MySQL ignore).
            // What the server says it is doing goes with it into the journal's evidence.
            if (m_lastState.isEmpty())
                if (auto process = ServerActivity::process(*session, m_watched); process)
                    m_lastState = process->state;
            if (auto killed = ServerActivity::killQuery(*session, m_watched); killed) {
                m_killed = true;
                m_killedState = m_lastState;
            } else {
                qCWarning(lcWatch) << "cannot interrupt the statement:" << killed.error();
                m_killed = true; // not again; the cancel then waits for the statement
            }
            continue;
        }
        const qint64 elapsed = m_since.elapsed();
        if (elapsed < lookAfterMs || elapsed - m_lastLookMs < lookAfterMs)
            continue;
        m_lastLookMs = elapsed;
        const int generation = m_generation;
        lock.unlock();
        if (session) {
            look(*session, generation);
        } else if (m_report) {
            StatementActivity activity;
            activity.step = m_step;
            activity.elapsedMs = elapsed;
            activity.problem = m_problem;
            m_report(activity);
        }
        lock.lock();
    }
}

void StatementWatch::look(DatabaseSession &session, int generation)
{
    QStringList tables;
    StatementActivity activity;
    {
        std::lock_guard lock(m_mutex);
        tables = m_tables;
        activity.step = m_step;
    }
    auto process = ServerActivity::process(session, m_watched);
    if (process) {
        activity.state = process->state;
        auto blockers = ServerActivity::blockersOf(session, m_watched, tables);
        if (blockers)
            activity.blockers = blockers.value();
        else
            activity.problem = blockers.error();
    } else {
        activity.problem = process.error();
    }
    std::lock_guard lock(m_mutex);
    if (generation != m_generation || m_step < 0)
        return; // the statement ended meanwhile: its state is history
    activity.elapsedMs = m_since.elapsed();
    m_lastState = activity.state;
    if (m_report)
        m_report(activity);
}

} // namespace backstep
