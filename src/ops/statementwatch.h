#pragma once

#include "core/connectionspec.h"
#include "ops/rollbackoutcome.h"

#include <QElapsedTimer>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace backstep {

// The runner's second connection to the server, on a thread of its own. While a statement
// runs on the runner's connection it
//  - interrupts it with KILL QUERY as soon as the run is cancelled (the user's Cancel, or
//    SIGINT/SIGTERM of the CLI), so that a cancel never waits for a lock or a long ALTER;
//  - after a second, and then every second, reads the runner's state in the process list
//    and who blocks it, for the run page.
// MySQL and MariaDB only. When its connection cannot be opened the run goes on without it
// (a cancel then waits for the statement to end), and the reports say why.
class StatementWatch
{
public:
    using Report = std::function<void(const StatementActivity &)>;
    StatementWatch(const ConnectionSpec &spec, const QString &password, qint64 watched,
                   const std::atomic_bool *cancel, Report report);
    ~StatementWatch();
    StatementWatch(const StatementWatch &) = delete;
    StatementWatch &operator=(const StatementWatch &) = delete;

    // The runner sends step `step`'s statement, which names `tables`.
    void started(int step, const QStringList &tables);
    // The statement returned. True when the watch interrupted it for the cancel; a KILL
    // QUERY in flight is finished before this returns, so none reaches the next statement.
    bool ended();
    // What the server said the statement was doing when the watch interrupted it.
    QString stateWhenInterrupted() const;

private:
    void run();
    void look(DatabaseSession &session, int generation);

    const ConnectionSpec m_spec;
    const QString m_password;
    const qint64 m_watched;
    const std::atomic_bool *m_cancel;
    const Report m_report;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    int m_generation = 0; // bumped by every started() and ended()
    int m_step = -1;      // -1: no statement in flight
    QStringList m_tables;
    QElapsedTimer m_since;
    qint64 m_lastLookMs = 0;
    bool m_killed = false;
    QString m_lastState;
    QString m_killedState;
    QString m_problem;
    std::thread m_thread;
};

} // namespace backstep
