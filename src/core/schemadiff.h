#pragma once

#include "core/schemasnapshot.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace backstep {

// What a comparison leaves out, beyond what never matters (AUTO_INCREMENT counters, row
// estimates, sizes, create/update times).
struct DiffOptions
{
    // Definers of triggers, routines, events and views: they differ between a replay
    // (run as Backstep's user) and the real database without meaning anything.
    bool compareDefiners = false;
    // Tables left out with everything on them. Backstep's own progress table always is;
    // callers add e.g. the migration tool's history table when comparing with a replay.
    QStringList ignoredTables;
};

// One attribute that differs; an empty side means the attribute is absent there.
struct AttributeChange
{
    QString attribute;
    QString expected;
    QString actual;

    friend bool operator==(const AttributeChange &, const AttributeChange &) = default;
};

struct ObjectChange
{
    SchemaObject expected;
    SchemaObject actual;
    QList<AttributeChange> changes;
};

// One difference, flat: what a report row shows.
struct SchemaDiffEntry
{
    enum class Kind { Missing, Extra, Changed };
    Kind kind = Kind::Changed;
    QString key;      // "index food_logs.idx_food_logs_date_user"
    QString expected; // missing: the expected definition; changed: "type json; nullable YES"
    QString actual;   // extra: the actual definition; changed: "type text; nullable NO"
    QString line;     // as in SchemaDiff::lines()
};

// The differences between the expected and the actual schema, each list in key order.
// A missing or extra table stands for everything on it (its columns, indexes,
// constraints, triggers, partitions), which is not listed again; likewise a primary key
// or unique constraint whose index already differs the same way.
struct SchemaDiff
{
    QList<SchemaObject> missing; // expected, not there
    QList<SchemaObject> extra;   // there, not expected
    QList<ObjectChange> changed;
    // For a missing or extra table (by key), what went with it: "3 columns, 1 index".
    QMap<QString, QString> withTable;
    // What was not compared, in words ("AUTO_INCREMENT counters", "definers", ...).
    QStringList ignored;

    bool isEmpty() const { return missing.isEmpty() && extra.isEmpty() && changed.isEmpty(); }
    int count() const { return int(missing.size() + extra.size() + changed.size()); }
    // A line per difference: "index food_logs.idx_x is missing", "column users.x is
    // extra: datetime NULL", "column food_logs.items changed: type json → text".
    QStringList lines() const;
    // The same differences, in the same order, one entry each.
    QList<SchemaDiffEntry> entries() const;
    // {"differences": n, "missing": [...], "extra": [...], "changed": [...], "ignored": [...]};
    // each missing or extra entry an object as in a snapshot (kind, key, table, name,
    // attributes) with its "line"; each changed entry kind, key, "changes" (attribute,
    // expected, actual; null for an absent side) and its "line".
    QJsonObject toJson() const;
};

QString missingLine(const SchemaObject &object);
QString extraLine(const SchemaObject &object);
QString changedLine(const ObjectChange &change);

// Attributes a comparison never looks at, whatever the options.
const QStringList &volatileAttributes();

SchemaDiff diffSchemas(const SchemaSnapshot &expected, const SchemaSnapshot &actual,
                       const DiffOptions &options = {});

} // namespace backstep
