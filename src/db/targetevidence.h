#pragma once

#include "core/result.h"

#include <QSet>
#include <QString>

namespace backstep {

class DatabaseSession;

// The rollback's own marks in the target database: a row per settled step in
// `backstep_rollback_progress`, written in the same transaction as a data statement, so
// that after a crash the target itself says whether the statement was committed.
class TargetProgress
{
public:
    static QString tableName();
    static Result<void> ensureTable(DatabaseSession &session);
    // Inside the caller's transaction.
    static Result<void> mark(DatabaseSession &session, const QString &runId, int step);
    // Several steps in one statement, inside the caller's transaction.
    static Result<void> markAll(DatabaseSession &session, const QString &runId,
                                const QList<int> &steps);
    static Result<bool> contains(DatabaseSession &session, const QString &runId, int step);
    // Every step of the run that the target has committed.
    static Result<QSet<int>> settledSteps(DatabaseSession &session, const QString &runId);
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
