#pragma once

#include "core/statementkind.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace backstep {

// What one statement would do to the schema and the data, read from its text alone: what
// the rollback preview shows before anything runs. Names are unquoted (`a``b` -> a`b) and
// kept qualified as written (`db`.`t` -> db.t); lists hold each name once, in order.
struct StatementImpact
{
    StatementKind kind = StatementKind::Other;
    bool implicitCommit = false;
    QStringList droppedTables; // DROP TABLE a, b; CREATE OR REPLACE TABLE t
    QStringList droppedViews;  // DROP VIEW v
    QStringList truncatedTables;
    QList<QPair<QString, QString>> droppedColumns; // (table, column)
    // (table, index); PRIMARY for the key; no table in SQLite's DROP INDEX i
    QList<QPair<QString, QString>> droppedIndexes;
    QList<QPair<QString, QString>> droppedForeignKeys; // (table, constraint)
    // Tables an ALTER (or OPTIMIZE) copies row by row: long, and writes are blocked or
    // queued for the duration.
    QStringList rebuiltTables;
    QStringList deletedFromTables;   // DELETE targets
    bool deleteWithoutWhere = false; // a DELETE with no WHERE: every row goes
    // Every table the statement names: DDL and DML targets, both sides of a RENAME, the
    // tables a SELECT part reads. Views and routines are not in it.
    QStringList touchedTables;
    // What the verification after a rollback looks for (ScenarioDetector):
    QList<QPair<QString, QString>> jsonColumns;    // (table, column) added or changed to JSON
    QList<QPair<QString, QString>> createdIndexes; // (table, index) named ones; PRIMARY
    QStringList departitionedTables;               // ALTER TABLE t REMOVE PARTITIONING
    QList<QPair<QString, QString>> renamedTables;  // (from, to): RENAME TABLE, ALTER RENAME
    // One line for the DBA: "drops table food_log_items; ...". Empty for statements that
    // change nothing lasting (SET, COMMIT, ...).
    QString note;
};

StatementImpact analyzeStatement(const QString &sql);

} // namespace backstep
