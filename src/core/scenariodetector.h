#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace backstep {

struct RollbackPlan;

// One thing the playbook's "specific rollback scenarios" say must hold once the plan has
// run, recognized from its DOWN statements.
struct ScenarioExpectation
{
    enum class Kind {
        // Normalization rollback: a JSON column re-added; no row may hold NULL or text
        // that is not valid JSON in it.
        JsonColumnValid,
        // A foreign key dropped (ALTER ... DROP FOREIGN KEY), or every foreign key of a
        // dropped table (object empty): it must be gone.
        ForeignKeyGone,
        IndexGone, // DROP INDEX: the index must be gone
        // REMOVE PARTITIONING: no partitions left on the table, and its indexes present.
        PartitioningRemoved,
        // An index the plan creates on a table whose partitioning it removes.
        IndexPresent,
    };

    Kind kind = Kind::JsonColumnValid;
    // The table as it is named once the whole plan has run (renames followed), qualified
    // as written; empty for SQLite's DROP INDEX i.
    QString table;
    QString object; // the column, constraint or index; empty for partitioning
    QString why;    // "0002 DOWN statement 1 re-adds the JSON column food_logs.items"
    int step = -1;  // the statement's index in RollbackPlan::steps
    QString version;

    friend bool operator==(const ScenarioExpectation &, const ScenarioExpectation &) = default;
};

QString scenarioKindName(ScenarioExpectation::Kind kind); // "json column valid", ...

class ScenarioDetector
{
public:
    // What the playbook's scenarios expect after `plan`, in plan order. An expectation a
    // later statement undoes (an index dropped, then created again; a column re-added,
    // then its table dropped) is not listed.
    static QList<ScenarioExpectation> detect(const RollbackPlan &plan);
    // Every table the plan's DOWN statements name, each once, in plan order.
    static QStringList touchedTables(const RollbackPlan &plan);
    // The touched tables that live in `database`, as named there (a schema prefix that
    // names the database itself dropped; another schema's tables left out): what a
    // targeted backup holds the data of, and the playbook's planned tables.
    static QStringList touchedTablesIn(const RollbackPlan &plan, const QString &database);
};

} // namespace backstep
