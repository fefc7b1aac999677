#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace backstep {

class DatabaseSession;

// One thing Backstep did or saw, with its outcome: a service stopped, a backup taken, a
// rollback step run. The evidence an incident review reads.
struct JournalEvent
{
    qint64 id = 0;
    QDateTime at;    // UTC
    QString kind;    // "service", "backup", "rollback", ...
    QString subject; // what it was about: a unit, a database URL, a file
    QString action;  // "stop", "start", "backup", ...
    QString outcome; // "ok", "failed", "cancelled", ...
    QString detail;  // human-readable, never a password
};

// Backstep's own record: a SQLite database in the application's data folder (or
// $BACKSTEP_JOURNAL), in WAL mode, with a numbered schema (PRAGMA user_version) that is
// brought up to date when opened. Each thread opens its own Journal.
class Journal
{
public:
    static QString defaultPath();
    // The journal at `path`; an empty path means defaultPath().
    static Result<std::unique_ptr<Journal>> open(const QString &path = {});
    ~Journal();

    QSqlDatabase &database();
    int schemaVersion() const { return m_schemaVersion; }
    QString path() const { return m_path; }

    // Written durably before it returns (the journal is the evidence).
    Result<qint64> record(JournalEvent event);
    // Newest first.
    Result<QList<JournalEvent>> events(const QString &kind = {}, int limit = 1000);

    // The schema revisions, in order; revision N brings user_version from N-1 to N.
    static const QList<QStringList> &schemaRevisions();

private:
    Journal(std::unique_ptr<DatabaseSession> session, QString path);
    Result<void> migrate();

    std::unique_ptr<DatabaseSession> m_session;
    QString m_path;
    int m_schemaVersion = 0;
};

} // namespace backstep
