#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace backstep {

// What kind of schema object a snapshot entry is.
enum class SchemaObjectKind {
    Table,
    Column,
    Index,
    PrimaryKey,
    Unique,
    ForeignKey,
    Check,
    Trigger,
    Procedure,
    Function,
    Event,
    View,
    Partition,
};

// "table", "column", "index", "primary key", "unique", "foreign key", "check", "trigger",
// "procedure", "function", "event", "view", "partition".
QString schemaObjectKindName(SchemaObjectKind kind);
std::optional<SchemaObjectKind> schemaObjectKindFromName(const QString &name);
// Constraints: primary key, unique, foreign key, check.
bool isConstraint(SchemaObjectKind kind);

// One object of a schema, as the server describes it. Its key is stable across servers
// and snapshots ("column food_logs.items", "index food_logs.idx_x", "primary key users",
// "trigger trg_x") and is what a diff matches on.
//
// Attributes by kind (absent when the server has no value):
//   table:       type, engine, collation, create_options, comment, row_format;
//                auto_increment, data_length, index_length, data_free, create_time,
//                update_time (kept, never compared by default)
//   column:      type ("json" for a JSON column on either server: normalizeJsonColumns),
//                nullable (YES/NO), default (as the server shows it; "NULL" for a
//                nullable column without one), extra, comment, generation, collation,
//                after (the column before it, "(first)" for the first)
//   index:       columns (in order, "col(sub_part) DESC"), unique (yes/no), type, comment
//   primary key, unique: columns
//   foreign key: columns, referenced_table, referenced_columns, on_update, on_delete
//   check:       clause
//   trigger:     timing, event, order, statement, definer
//   procedure, function: returns, parameters, definition, deterministic, data_access,
//                security, comment, definer
//   event:       definition, type, interval_value, interval_field, execute_at, starts,
//                ends, on_completion, status, comment, definer
//   view:        definition (schema qualifiers removed), check_option, updatable,
//                security, definer
//   partition:   method, expression, description, position, subpartition_method,
//                subpartition_expression
struct SchemaObject
{
    SchemaObjectKind kind = SchemaObjectKind::Table;
    QString table; // the owning table (the table itself for a table; empty for routines,
                   // events and views)
    QString name;  // "PRIMARY" for a primary key
    QString key;
    QMap<QString, QString> attributes;

    static SchemaObject make(SchemaObjectKind kind, const QString &table, const QString &name,
                             QMap<QString, QString> attributes = {});
    static QString keyOf(SchemaObjectKind kind, const QString &table, const QString &name);
    QString attribute(const QString &name) const { return attributes.value(name); }
    // A one-line definition: "datetime NULL", "(logged_at, user_id)", "BEFORE INSERT"...
    QString summary() const;

    friend bool operator==(const SchemaObject &, const SchemaObject &) = default;
};

// The structure of one database at one moment, in key order.
struct SchemaSnapshot
{
    QString database;
    QString migrationVersion; // the latest applied version when it was taken
    QDateTime takenAt;        // UTC
    QString serverVersion;    // "MariaDB 11.8.3"
    QList<SchemaObject> objects;
    // Row estimates per table (information_schema.TABLES.TABLE_ROWS): data, not
    // structure, kept apart so that no comparison of structure sees them.
    QMap<QString, qint64> rowEstimates;

    const SchemaObject *find(const QString &key) const;
    QList<SchemaObject> ofKind(SchemaObjectKind kind) const;
    int count(SchemaObjectKind kind) const;
    // Sorts the objects by key (readers call it once they are done).
    void sortObjects();
    // A JSON column in one form on both servers: MariaDB's JSON is a `longtext` column
    // (collation utf8mb4_bin) with a check `json_valid(`col`)` named after it, MySQL's a
    // `json` column without collation or check. MariaDB's becomes MySQL's: type `json`, no
    // collation, the check gone. SchemaReader applies it to every snapshot it reads, and
    // fromJson to snapshots stored before it did.
    void normalizeJsonColumns();

    // {"format": 1, "database", "migration_version", "taken_at" (ISO 8601 UTC, ms),
    //  "server_version", "objects": [{"kind", "key", "table", "name", "attributes": {}}],
    //  "row_estimates": {"table": rows}}; fromJson ignores keys it does not know.
    QJsonObject toJson() const;
    static Result<SchemaSnapshot> fromJson(const QJsonObject &json);

    friend bool operator==(const SchemaSnapshot &, const SchemaSnapshot &) = default;
};

} // namespace backstep
