#pragma once

#include "support/testsupport.h"

#include <QJsonObject>
#include <QString>

namespace backstep::test {

// The playbook's kill-and-resume scenario on the real MariaDB server, shared by the headless
// test (backstep-cli) and the window's (PlaybookDialog): a dbmate project of three
// migrations (customers, never touched by the plan and so checksummed; a counter and
// orders; 0003 adds a note and counts +10), a service that is a real process (the demo's
// script: a daemon in a session of its own writing a log with timestamps) run by the
// command backend, and that log. The rollback's first DOWN statement is not idempotent
// (`n = n - 10`): had it run twice, counter() would say so.
class PlaybookScenario
{
public:
    // Everything lives in `folder`; the database is named after `prefix` (unique to the
    // server). Nothing is created before setUp().
    PlaybookScenario(MariaDbSandbox server, const QString &folder, const QString &prefix);
    // The same scenario seen from another process (the window's test child): the folder
    // and database a setUp() made.
    static PlaybookScenario existing(MariaDbSandbox server, const QString &folder,
                                     const QString &database);

    // Writes the migrations, copies the service script and starts it; false (with a
    // warning) on the first thing that fails.
    bool setUp();
    // Stops the daemon (it outlives the commands that start it) and drops the database.
    void tearDown();

    // The database at 0003, as its tool left it.
    void freshDatabase();
    // The counter 0003 moves (110 applied, 100 rolled back once); -1 when unreadable.
    int counter();
    // Whether 0003's column is there.
    bool ordersHaveNote();
    // The service's status command: 0 running, 3 stopped.
    int serviceStatus() const;

    // The profile `name` for this database: the commands backend, the log, a contact.
    QJsonObject profile(const QString &name) const;
    QString database() const { return m_database; }
    QString folder() const { return m_folder; }
    QString migrations() const;
    QString backups() const;
    QString url() const { return m_server.url(m_database); }
    const MariaDbSandbox &server() const { return m_server; }

private:
    struct Existing
    {
    };
    PlaybookScenario(MariaDbSandbox server, const QString &folder, const QString &database,
                     Existing);
    QString serviceScript() const;
    QString logFile() const;

    MariaDbSandbox m_server;
    QString m_folder;
    QString m_database;
};

// What "the same report" means across runs of the scenario, from an incident report's JSON:
// the verdict, each step's kind and how it settled, and the plan (every DOWN statement with
// its file and line); times, ids, paths and checksums of backup files differ by nature.
QString playbookReportSubstance(const QJsonObject &report);

} // namespace backstep::test
