#pragma once

#include "core/result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace backstep {

class DatabaseSession;

// The rollback's own marks in the target server: a row per settled step in
// `backstep_rollback_progress`, written in the same transaction as a data statement (or
// committed right after a non-transactional one), so that after a crash the target itself
// says whether the statement was committed.
//
// The table lives in the target database, only while a run of it still needs its rows:
// release() drops it when the last run's rows are gone, so that a settled database holds
// exactly what its migrations define. Or, where the DBA allows it, in a schema of
// Backstep's own on the same server (`schema`, e.g. "backstep"), which keeps the table and
// deletes the rows; that needs CREATE, INSERT, SELECT, DELETE and DROP on that schema.
class TargetProgress
{
public:
    TargetProgress(DatabaseSession &session, const QString &schema = {});

    static QString tableName();
    // "backstep_rollback_progress" or "backstep.backstep_rollback_progress", for messages.
    QString displayName() const;
    Result<void> ensureTable();
    // Inside the caller's transaction (or committed at once in autocommit).
    Result<void> mark(const QString &runId, int step);
    // Several steps in one statement, inside the caller's transaction.
    Result<void> markAll(const QString &runId, const QList<int> &steps);
    // Every step of the run that the target has committed (none when there is no table).
    Result<QSet<int>> settledSteps(const QString &runId);
    // The runs no longer need their rows (settled, aborted, resolved): their rows are
    // deleted, then the table in the target database is dropped when no row of any run is
    // left (a run of another journal may still need its rows). Call it holding the
    // database's lock. Returns whether the table is gone.
    Result<bool> release(const QStringList &runIds);
    // Is there a progress table at all?
    Result<bool> exists();

private:
    QString quotedTable() const;
    DatabaseSession &m_session;
    QString m_schema;
};

// Which of the tables a statement writes keep their changes inside a transaction: an engine
// with transactions (InnoDB) can give a statement and its progress row one commit; MyISAM,
// Aria, MEMORY, CSV, ... cannot. Read from information_schema.TABLES and ENGINES.
class TableEngines
{
public:
    struct Facts
    {
        QString engine;             // empty for a view
        bool transactional = false; // ENGINES.TRANSACTIONS = 'YES'
    };
    // Keyed by the names as given ("t" or "schema.t"); tables that do not exist are absent.
    static Result<QHash<QString, Facts>> of(DatabaseSession &session, const QStringList &tables);
};

// A digest of the target schema's structure (tables, columns, indexes, constraints,
// triggers, routines, events, views, partitions; never row counts, sizes, timestamps or
// AUTO_INCREMENT counters). MySQL commits DDL implicitly, so a schema statement cut off
// by a crash is decided by comparing the digest taken just before it with the current one.
class SchemaFingerprint
{
public:
    static Result<QString> of(DatabaseSession &session);
};

} // namespace backstep
