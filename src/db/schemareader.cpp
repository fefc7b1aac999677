#include "db/schemareader.h"

#include "core/migrationstatus.h"
#include "db/databasesession.h"
#include "db/historyreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <initializer_list>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchemaReader)
};

using Attributes = QMap<QString, QString>;
using Kind = SchemaObjectKind;

// Runs one query over the whole schema; `bindSchema` binds the schema name to every `?`.
class SchemaQuery
{
public:
    SchemaQuery(DatabaseSession &session, const QString &what)
        : m_query(session.database())
        , m_schema(session.spec().database)
        , m_what(what)
    {
        m_query.setForwardOnly(true);
    }

    Result<void> run(const QString &sql)
    {
        if (!m_query.prepare(sql))
            return failed();
        const int placeholders = int(sql.count(u'?'));
        for (int i = 0; i < placeholders; ++i)
            m_query.addBindValue(m_schema);
        if (!m_query.exec())
            return failed();
        return {};
    }
    bool next() { return m_query.next(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    qint64 number(int column) const { return m_query.value(column).toLongLong(); }

private:
    Error failed() const
    {
        return Error{
            Tr::tr("cannot read the schema's %1: %2").arg(m_what, m_query.lastError().text())};
    }

    QSqlQuery m_query;
    QString m_schema;
    QString m_what;
};

// Runs `sql` (every `?` the schema's name) and hands each row to `row`: the query, its
// error and the loop every reader below shares.
Result<void> eachRow(DatabaseSession &session, const QString &what, const QString &sql,
                     const std::function<void(const SchemaQuery &)> &row)
{
    SchemaQuery query(session, what);
    if (auto ok = query.run(sql); !ok)
        return ok;
    while (query.next())
        row(query);
    return {};
}

// Sets an attribute when the server has a value for it (not SQL NULL).
void put(Attributes &attributes, const char *name, const SchemaQuery &query, int column)
{
    if (!query.isNull(column))
        attributes.insert(QString::fromLatin1(name), query.text(column));
}

// The columns from `first` on as the attributes `names`, in the SELECT's order: a NULL
// column is left out, and so is a column named nullptr (read otherwise).
Attributes attributesFrom(const SchemaQuery &query, int first,
                          std::initializer_list<const char *> names)
{
    Attributes attributes;
    int column = first;
    for (const char *name : names) {
        if (name)
            put(attributes, name, query, column);
        ++column;
    }
    return attributes;
}

// A routine's or an event's comment is kept only when it says something.
void dropEmptyComment(Attributes &attributes)
{
    if (attributes.value(QStringLiteral("comment")).isEmpty())
        attributes.remove(QStringLiteral("comment"));
}

QString removeQualifier(QString definition, const QString &schema)
{
    definition.remove(u'`' + QString(schema).replace(u'`', QStringLiteral("``")) +
                      QStringLiteral("`."));
    return definition;
}

// ---- MySQL / MariaDB -------------------------------------------------------------------

struct Reading
{
    DatabaseSession &session;
    SchemaSnapshot &snapshot;
    bool mariadb = false;
    QSet<QString> views;
    bool anyPartitioned = false;
};

Result<void> readTables(Reading &reading)
{
    auto ok = eachRow(
        reading.session, Tr::tr("tables"),
        QStringLiteral(
            "SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, CREATE_OPTIONS, "
            "TABLE_COMMENT, "
            "ROW_FORMAT, TABLE_ROWS, AUTO_INCREMENT, DATA_LENGTH, INDEX_LENGTH, DATA_FREE, "
            "CREATE_TIME, UPDATE_TIME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?"),
        [&](const SchemaQuery &query) {
            const QString table = query.text(0);
            if (query.text(1) == u"VIEW") {
                reading.views.insert(table);
                return;
            }
            // Column 7, the row estimate, is kept apart.
            Attributes attributes =
                attributesFrom(query, 1,
                               {"type", "engine", "collation", "create_options", "comment",
                                "row_format", nullptr, "auto_increment", "data_length",
                                "index_length", "data_free", "create_time", "update_time"});
            if (attributes.value(QStringLiteral("create_options")).contains(u"partitioned"))
                reading.anyPartitioned = true;
            if (!query.isNull(7))
                reading.snapshot.rowEstimates.insert(table, query.number(7));
            reading.snapshot.objects.append(
                SchemaObject::make(Kind::Table, table, table, std::move(attributes)));
        });
    return ok;
}

Result<void> readColumns(Reading &reading)
{
    QString previousTable;
    QString previousColumn;
    auto ok = eachRow(
        reading.session, Tr::tr("columns"),
        QStringLiteral(
            "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, "
            "COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT, GENERATION_EXPRESSION, COLLATION_NAME FROM "
            "information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, "
            "ORDINAL_POSITION"),
        [&](const SchemaQuery &query) {
            const QString table = query.text(0);
            if (reading.views.contains(table))
                return;
            const QString column = query.text(1);
            Attributes attributes;
            put(attributes, "type", query, 3);
            put(attributes, "nullable", query, 4);
            put(attributes, "default", query, 5);
            // MySQL says SQL NULL where MariaDB says 'NULL' for a nullable column without a
            // default: one spelling for both.
            if (query.isNull(5) && query.text(4) == u"YES")
                attributes.insert(QStringLiteral("default"), QStringLiteral("NULL"));
            put(attributes, "extra", query, 6);
            put(attributes, "comment", query, 7);
            put(attributes, "generation", query, 8);
            put(attributes, "collation", query, 9);
            attributes.insert(QStringLiteral("after"),
                              table == previousTable ? previousColumn : QStringLiteral("(first)"));
            for (const char *name : {"extra", "comment", "generation"})
                if (attributes.value(QString::fromLatin1(name)).isEmpty())
                    attributes.remove(QString::fromLatin1(name));
            previousTable = table;
            previousColumn = column;
            reading.snapshot.objects.append(
                SchemaObject::make(Kind::Column, table, column, std::move(attributes)));
        });
    return ok;
}

Result<void> readIndexes(Reading &reading)
{
    SchemaObject current;
    QStringList columns;
    const auto flush = [&] {
        if (current.key.isEmpty())
            return;
        current.attributes.insert(QStringLiteral("columns"), columns.join(QStringLiteral(", ")));
        reading.snapshot.objects.append(std::move(current));
        current = SchemaObject();
        columns.clear();
    };
    auto ok = eachRow(
        reading.session, Tr::tr("indexes"),
        QStringLiteral(
            "SELECT TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE, INDEX_TYPE, "
            "SUB_PART, COLLATION, INDEX_COMMENT FROM information_schema.STATISTICS WHERE "
            "TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX"),
        [&](const SchemaQuery &query) {
            const QString table = query.text(0);
            const QString name = query.text(1);
            const QString key = SchemaObject::keyOf(Kind::Index, table, name);
            if (key != current.key) {
                flush();
                Attributes attributes;
                attributes.insert(QStringLiteral("unique"), query.number(4) == 0
                                                                ? QStringLiteral("yes")
                                                                : QStringLiteral("no"));
                put(attributes, "type", query, 5);
                if (!query.text(8).isEmpty())
                    put(attributes, "comment", query, 8);
                current = SchemaObject::make(Kind::Index, table, name, std::move(attributes));
            }
            QString column = query.text(3);
            if (!query.isNull(6))
                column += u'(' + query.text(6) + u')';
            if (query.text(7) == u"D")
                column += QStringLiteral(" DESC");
            columns << column;
        });
    if (!ok)
        return ok;
    flush();
    return {};
}

struct ConstraintColumns
{
    QStringList columns;
    QStringList referencedColumns;
    QString referencedTable;
};

Result<void> readConstraints(Reading &reading)
{
    // Three queries, joined here: every information_schema table is read for the one
    // schema only (the server's fast path), which a join in SQL does not guarantee.
    QHash<QString, ConstraintColumns> usage; // table + '\0' + name + '\0' + fk?
    const auto usageKey = [](const QString &table, const QString &name, bool foreign) {
        return table + u'\0' + name + u'\0' + (foreign ? u'f' : u'k');
    };
    {
        auto ok = eachRow(
            reading.session, Tr::tr("key columns"),
            QStringLiteral(
                "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, "
                "REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE "
                "CONSTRAINT_SCHEMA = ? AND TABLE_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME, "
                "ORDINAL_POSITION"),
            [&](const SchemaQuery &query) {
                const bool foreign = !query.isNull(3);
                ConstraintColumns &entry = usage[usageKey(query.text(0), query.text(1), foreign)];
                entry.columns << query.text(2);
                if (foreign) {
                    entry.referencedTable = query.text(3);
                    entry.referencedColumns << query.text(4);
                }
            });
        if (!ok)
            return ok;
    }
    QHash<QString, std::pair<QString, QString>> rules; // table + '\0' + name → update, delete
    {
        auto ok = eachRow(
            reading.session, Tr::tr("foreign key rules"),
            QStringLiteral(
                "SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE FROM "
                "information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?"),
            [&](const SchemaQuery &query) {
                rules.insert(query.text(0) + u'\0' + query.text(1), {query.text(2), query.text(3)});
            });
        if (!ok)
            return ok;
    }
    QHash<QString, QString> checkTables; // MySQL: check constraint name → its table
    {
        auto ok = eachRow(
            reading.session, Tr::tr("constraints"),
            QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM "
                           "information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? AND "
                           "TABLE_SCHEMA = ?"),
            [&](const SchemaQuery &query) {
                const QString table = query.text(0);
                const QString name = query.text(1);
                const QString type = query.text(2);
                if (type == u"CHECK") {
                    checkTables.insert(name, table);
                    return;
                }
                const bool foreign = type == u"FOREIGN KEY";
                const ConstraintColumns columns = usage.value(usageKey(table, name, foreign));
                Attributes attributes;
                attributes.insert(QStringLiteral("columns"),
                                  columns.columns.join(QStringLiteral(", ")));
                Kind kind = Kind::Unique;
                if (type == u"PRIMARY KEY") {
                    kind = Kind::PrimaryKey;
                } else if (foreign) {
                    kind = Kind::ForeignKey;
                    attributes.insert(QStringLiteral("referenced_table"), columns.referencedTable);
                    attributes.insert(QStringLiteral("referenced_columns"),
                                      columns.referencedColumns.join(QStringLiteral(", ")));
                    const auto rule = rules.value(table + u'\0' + name);
                    attributes.insert(QStringLiteral("on_update"), rule.first);
                    attributes.insert(QStringLiteral("on_delete"), rule.second);
                }
                reading.snapshot.objects.append(
                    SchemaObject::make(kind, table, name, std::move(attributes)));
            });
        if (!ok)
            return ok;
    }
    // Checks: MariaDB names their table in CHECK_CONSTRAINTS (names are per table); MySQL
    // does not (names are per schema), TABLE_CONSTRAINTS does.
    auto ok = eachRow(
        reading.session, Tr::tr("check constraints"),
        reading.mariadb
            ? QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM "
                             "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?")
            : QStringLiteral("SELECT '', CONSTRAINT_NAME, CHECK_CLAUSE FROM "
                             "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?"),
        [&](const SchemaQuery &query) {
            const QString name = query.text(1);
            const QString table = reading.mariadb ? query.text(0) : checkTables.value(name);
            reading.snapshot.objects.append(SchemaObject::make(
                Kind::Check, table, name, {{QStringLiteral("clause"), query.text(2)}}));
        });
    return ok;
}

Result<void> readTriggers(Reading &reading)
{
    auto ok = eachRow(
        reading.session, Tr::tr("triggers"),
        QStringLiteral(
            "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, "
            "ACTION_ORDER, ACTION_STATEMENT, DEFINER FROM information_schema.TRIGGERS WHERE "
            "TRIGGER_SCHEMA = ?"),
        [&](const SchemaQuery &query) {
            Attributes attributes =
                attributesFrom(query, 2, {"timing", "event", "order", "statement", "definer"});
            reading.snapshot.objects.append(SchemaObject::make(
                Kind::Trigger, query.text(1), query.text(0), std::move(attributes)));
        });
    return ok;
}

Result<void> readRoutines(Reading &reading)
{
    QHash<QString, QStringList> parameters; // type + '\0' + name → "IN a INT", ...
    {
        auto ok = eachRow(
            reading.session, Tr::tr("routine parameters"),
            QStringLiteral(
                "SELECT ROUTINE_TYPE, SPECIFIC_NAME, PARAMETER_MODE, PARAMETER_NAME, "
                "DTD_IDENTIFIER "
                "FROM information_schema.PARAMETERS WHERE SPECIFIC_SCHEMA = ? AND ORDINAL_POSITION "
                "> 0 ORDER BY ROUTINE_TYPE, SPECIFIC_NAME, ORDINAL_POSITION"),
            [&](const SchemaQuery &query) {
                QStringList parts{query.text(2), query.text(3), query.text(4)};
                parts.removeAll(QString());
                parameters[query.text(0) + u'\0' + query.text(1)] << parts.join(u' ');
            });
        if (!ok)
            return ok;
    }
    auto ok = eachRow(
        reading.session, Tr::tr("routines"),
        QStringLiteral(
            "SELECT ROUTINE_TYPE, ROUTINE_NAME, DTD_IDENTIFIER, ROUTINE_DEFINITION, "
            "IS_DETERMINISTIC, SQL_DATA_ACCESS, SECURITY_TYPE, ROUTINE_COMMENT, DEFINER FROM "
            "information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ? AND ROUTINE_TYPE IN "
            "('PROCEDURE', 'FUNCTION')"),
        [&](const SchemaQuery &query) {
            const QString type = query.text(0);
            const QString name = query.text(1);
            Attributes attributes =
                attributesFrom(query, 2,
                               {"returns", "definition", "deterministic", "data_access", "security",
                                "comment", "definer"});
            attributes.insert(QStringLiteral("parameters"),
                              parameters.value(type + u'\0' + name).join(QStringLiteral(", ")));
            dropEmptyComment(attributes);
            if (attributes.value(QStringLiteral("returns")).isEmpty())
                attributes.remove(QStringLiteral("returns"));
            reading.snapshot.objects.append(
                SchemaObject::make(type == u"FUNCTION" ? Kind::Function : Kind::Procedure, {}, name,
                                   std::move(attributes)));
        });
    return ok;
}

Result<void> readEvents(Reading &reading)
{
    auto ok = eachRow(
        reading.session, Tr::tr("events"),
        QStringLiteral(
            "SELECT EVENT_NAME, EVENT_DEFINITION, EVENT_TYPE, EXECUTE_AT, INTERVAL_VALUE, "
            "INTERVAL_FIELD, STARTS, ENDS, ON_COMPLETION, STATUS, EVENT_COMMENT, DEFINER FROM "
            "information_schema.EVENTS WHERE EVENT_SCHEMA = ?"),
        [&](const SchemaQuery &query) {
            Attributes attributes = attributesFrom(
                query, 1,
                {"definition", "type", "execute_at", "interval_value", "interval_field", "starts",
                 "ends", "on_completion", "status", "comment", "definer"});
            dropEmptyComment(attributes);
            reading.snapshot.objects.append(
                SchemaObject::make(Kind::Event, {}, query.text(0), std::move(attributes)));
        });
    return ok;
}

Result<void> readViews(Reading &reading)
{
    if (reading.views.isEmpty())
        return {};
    const QString schema = reading.session.spec().database;
    auto ok = eachRow(
        reading.session, Tr::tr("views"),
        QStringLiteral("SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, IS_UPDATABLE, "
                       "SECURITY_TYPE, DEFINER "
                       "FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?"),
        [&](const SchemaQuery &query) {
            Attributes attributes =
                attributesFrom(query, 2, {"check_option", "updatable", "security", "definer"});
            // The server qualifies every name with the schema's; without it a view reads the
            // same in a replay's scratch database.
            attributes.insert(QStringLiteral("definition"), removeQualifier(query.text(1), schema));
            reading.snapshot.objects.append(
                SchemaObject::make(Kind::View, {}, query.text(0), std::move(attributes)));
        });
    return ok;
}

Result<void> readPartitions(Reading &reading)
{
    // PARTITIONS opens every table of the schema: only when a table says it is partitioned.
    if (!reading.anyPartitioned)
        return {};
    auto ok = eachRow(
        reading.session, Tr::tr("partitions"),
        QStringLiteral(
            "SELECT TABLE_NAME, PARTITION_NAME, SUBPARTITION_NAME, PARTITION_ORDINAL_POSITION, "
            "SUBPARTITION_ORDINAL_POSITION, PARTITION_METHOD, PARTITION_EXPRESSION, "
            "SUBPARTITION_METHOD, SUBPARTITION_EXPRESSION, PARTITION_DESCRIPTION FROM "
            "information_schema.PARTITIONS WHERE TABLE_SCHEMA = ? AND PARTITION_NAME IS NOT NULL"),
        [&](const SchemaQuery &query) {
            QString name = query.text(1);
            if (!query.isNull(2))
                name += u'.' + query.text(2);
            Attributes attributes;
            QString position = query.text(3);
            if (!query.isNull(4))
                position += u'.' + query.text(4);
            attributes.insert(QStringLiteral("position"), position);
            put(attributes, "method", query, 5);
            put(attributes, "expression", query, 6);
            put(attributes, "subpartition_method", query, 7);
            put(attributes, "subpartition_expression", query, 8);
            put(attributes, "description", query, 9);
            reading.snapshot.objects.append(
                SchemaObject::make(Kind::Partition, query.text(0), name, std::move(attributes)));
        });
    return ok;
}

Result<void> readMySql(DatabaseSession &session, SchemaSnapshot &snapshot)
{
    Reading reading{session, snapshot, false, {}, false};
    reading.mariadb = snapshot.serverVersion.startsWith(u"MariaDB");
    for (auto step : {readTables, readColumns, readIndexes, readConstraints, readTriggers,
                      readRoutines, readEvents, readViews, readPartitions}) {
        auto ok = step(reading);
        if (!ok)
            return ok;
    }
    return {};
}

// ---- SQLite ------------------------------------------------------------------------------

const QString sqliteTables = QStringLiteral(
    "sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");

// Base tables (SQLite keeps its own, sqlite_*, out).
Result<void> readSqliteTables(DatabaseSession &session, SchemaSnapshot &snapshot)
{
    auto ok =
        eachRow(session, Tr::tr("tables"), QStringLiteral("SELECT m.name FROM ") + sqliteTables,
                [&](const SchemaQuery &query) {
                    snapshot.objects.append(SchemaObject::make(
                        Kind::Table, query.text(0), query.text(0),
                        {{QStringLiteral("type"), QStringLiteral("BASE TABLE")}}));
                });
    return ok;
}

// Columns in order, with the primary key each table's columns make.
Result<void> readSqliteColumns(DatabaseSession &session, SchemaSnapshot &snapshot)
{
    QString previousTable;
    QString previousColumn;
    QMap<QString, QMap<int, QString>> primaryKeys;
    auto ok = eachRow(
        session, Tr::tr("columns"),
        QStringLiteral(
            "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden FROM "
            "sqlite_master m JOIN pragma_table_xinfo(m.name) p WHERE m.type = 'table' AND "
            "m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, p.cid"),
        [&](const SchemaQuery &query) {
            const QString table = query.text(0);
            const QString column = query.text(1);
            const bool nullable = query.number(3) == 0;
            Attributes attributes;
            attributes.insert(QStringLiteral("type"), query.text(2).toLower());
            attributes.insert(QStringLiteral("nullable"),
                              nullable ? QStringLiteral("YES") : QStringLiteral("NO"));
            if (!query.isNull(4))
                attributes.insert(QStringLiteral("default"), query.text(4));
            else if (nullable)
                attributes.insert(QStringLiteral("default"), QStringLiteral("NULL"));
            if (query.number(6) == 2 || query.number(6) == 3)
                attributes.insert(QStringLiteral("extra"),
                                  query.number(6) == 2 ? QStringLiteral("VIRTUAL GENERATED")
                                                       : QStringLiteral("STORED GENERATED"));
            attributes.insert(QStringLiteral("after"),
                              table == previousTable ? previousColumn : QStringLiteral("(first)"));
            if (query.number(5) > 0)
                primaryKeys[table].insert(int(query.number(5)), column);
            previousTable = table;
            previousColumn = column;
            snapshot.objects.append(
                SchemaObject::make(Kind::Column, table, column, std::move(attributes)));
        });
    if (!ok)
        return ok;
    for (auto it = primaryKeys.cbegin(); it != primaryKeys.cend(); ++it)
        snapshot.objects.append(SchemaObject::make(
            Kind::PrimaryKey, it.key(), QStringLiteral("PRIMARY"),
            {{QStringLiteral("columns"), it.value().values().join(QStringLiteral(", "))}}));
    return {};
}

// Indexes with their columns (expressions shown as such).
Result<void> readSqliteIndexes(DatabaseSession &session, SchemaSnapshot &snapshot)
{
    QMap<QString, SchemaObject> indexes;
    QMap<QString, QStringList> columns;
    auto ok = eachRow(
        session, Tr::tr("indexes"),
        QStringLiteral("SELECT m.name, il.name, il.\"unique\", il.origin, il.partial, "
                       "ii.name, ii.\"desc\" FROM sqlite_master m JOIN "
                       "pragma_index_list(m.name) il JOIN pragma_index_xinfo(il.name) ii "
                       "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                       "AND ii.key = 1 ORDER BY m.name, il.name, ii.seqno"),
        [&](const SchemaQuery &query) {
            const QString key = SchemaObject::keyOf(Kind::Index, query.text(0), query.text(1));
            if (!indexes.contains(key)) {
                Attributes attributes;
                attributes.insert(QStringLiteral("unique"), query.number(2) != 0
                                                                ? QStringLiteral("yes")
                                                                : QStringLiteral("no"));
                attributes.insert(QStringLiteral("origin"), query.text(3));
                if (query.number(4) != 0)
                    attributes.insert(QStringLiteral("partial"), QStringLiteral("yes"));
                indexes.insert(key, SchemaObject::make(Kind::Index, query.text(0), query.text(1),
                                                       std::move(attributes)));
            }
            QString column = query.isNull(5) ? QStringLiteral("(expression)") : query.text(5);
            if (query.number(6) != 0)
                column += QStringLiteral(" DESC");
            columns[key] << column;
        });
    if (!ok)
        return ok;
    for (auto it = indexes.begin(); it != indexes.end(); ++it) {
        it->attributes.insert(QStringLiteral("columns"),
                              columns.value(it.key()).join(QStringLiteral(", ")));
        snapshot.objects.append(*it);
    }
    return {};
}

// Foreign keys, named by their columns and table (SQLite's have no names).
Result<void> readSqliteForeignKeys(DatabaseSession &session, SchemaSnapshot &snapshot)
{
    // SQLite foreign keys have no names: one is made of the columns and the table.
    QMap<QString, std::pair<QStringList, QStringList>> keyColumns;
    QMap<QString, Attributes> keyAttributes;
    QMap<QString, QString> keyTable;
    auto ok = eachRow(
        session, Tr::tr("foreign keys"),
        QStringLiteral("SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, "
                       "f.on_delete FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) "
                       "f WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq"),
        [&](const SchemaQuery &query) {
            const QString id = query.text(0) + u'\0' + query.text(1);
            keyColumns[id].first << query.text(3);
            keyColumns[id].second << query.text(4);
            keyTable.insert(id, query.text(0));
            keyAttributes[id] = {{QStringLiteral("referenced_table"), query.text(2)},
                                 {QStringLiteral("on_update"), query.text(5)},
                                 {QStringLiteral("on_delete"), query.text(6)}};
        });
    if (!ok)
        return ok;
    for (auto it = keyAttributes.begin(); it != keyAttributes.end(); ++it) {
        const auto &[from, to] = keyColumns.value(it.key());
        Attributes attributes = it.value();
        attributes.insert(QStringLiteral("columns"), from.join(QStringLiteral(", ")));
        attributes.insert(QStringLiteral("referenced_columns"), to.join(QStringLiteral(", ")));
        const QString name = QStringLiteral("(%1) → %2")
                                 .arg(from.join(QStringLiteral(", ")),
                                      attributes.value(QStringLiteral("referenced_table")));
        snapshot.objects.append(SchemaObject::make(Kind::ForeignKey, keyTable.value(it.key()), name,
                                                   std::move(attributes)));
    }
    return {};
}

// Triggers and views, with their statements as SQLite keeps them.
Result<void> readSqliteTriggersAndViews(DatabaseSession &session, SchemaSnapshot &snapshot)
{
    auto ok =
        eachRow(session, Tr::tr("triggers and views"),
                QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE "
                               "type IN ('trigger', 'view')"),
                [&](const SchemaQuery &query) {
                    const bool trigger = query.text(0) == u"trigger";
                    snapshot.objects.append(SchemaObject::make(
                        trigger ? Kind::Trigger : Kind::View, trigger ? query.text(2) : QString(),
                        query.text(1),
                        {{trigger ? QStringLiteral("statement") : QStringLiteral("definition"),
                          query.text(3)}}));
                });
    return ok;
}

Result<void> readSqlite(DatabaseSession &session, SchemaSnapshot &snapshot)
{
    for (auto read : {readSqliteTables, readSqliteColumns, readSqliteIndexes, readSqliteForeignKeys,
                      readSqliteTriggersAndViews})
        if (auto ok = read(session, snapshot); !ok)
            return ok;
    return {};
}

} // namespace

Result<SchemaSnapshot> SchemaReader::readStructure(DatabaseSession &session)
{
    SchemaSnapshot snapshot;
    snapshot.database = session.spec().databaseName();
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    snapshot.serverVersion = session.serverVersion();
    const bool sqlite = session.spec().engine == ConnectionSpec::Engine::Sqlite;
    auto ok = sqlite ? readSqlite(session, snapshot) : readMySql(session, snapshot);
    if (!ok)
        return ok.failure();
    snapshot.sortObjects();
    snapshot.normalizeJsonColumns(); // MariaDB's JSON columns as MySQL's: one form

    return snapshot;
}

Result<SchemaSnapshot> SchemaReader::read(DatabaseSession &session)
{
    auto snapshot = readStructure(session);
    if (!snapshot)
        return snapshot;
    auto history = HistoryReader::read(session.database());
    if (history)
        snapshot->migrationVersion = latestAppliedVersion(history.value());
    return snapshot;
}

} // namespace backstep
