#include "core/schemadiff.h"

#include "core/sqltokens.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchemaDiff)
};

const QString progressTable = QStringLiteral("backstep_rollback_progress");
const QString definer = QStringLiteral("definer");

// Long definitions (a routine's body) are shortened in lines; the structured diff keeps
// them whole.
QString shortened(const QString &value)
{
    constexpr qsizetype limit = 80;
    QString flat = value.simplified();
    if (flat.size() <= limit)
        return flat;
    return flat.left(limit - 1) + u'…';
}

QString shownValue(const QString &value)
{
    return value.isEmpty() ? Tr::tr("(none)") : shortened(value);
}

bool ignoredObject(const SchemaObject &object, const QSet<QString> &tables)
{
    return !object.table.isEmpty() && tables.contains(object.table);
}

// The index that carries a primary key or unique constraint.
QString backingIndexKey(const SchemaObject &object)
{
    if (object.kind == SchemaObjectKind::PrimaryKey)
        return SchemaObject::keyOf(SchemaObjectKind::Index, object.table,
                                   QStringLiteral("PRIMARY"));
    if (object.kind == SchemaObjectKind::Unique)
        return SchemaObject::keyOf(SchemaObjectKind::Index, object.table, object.name);
    return {};
}

// The attributes that hold SQL code as the server stored it: a trigger's statement, a
// routine's, an event's or a view's definition.
bool isBody(const SchemaObject &object, const QString &attribute)
{
    switch (object.kind) {
    case SchemaObjectKind::Trigger:
        return attribute == u"statement";
    case SchemaObjectKind::Procedure:
    case SchemaObjectKind::Function:
    case SchemaObjectKind::Event:
    case SchemaObjectKind::View:
        return attribute == u"definition";
    default:
        return false;
    }
}

// Whether two values of an attribute differ; bodies by their code, not their comments
// (withoutComments), so that a body applied by the `mysql` client (comments kept) and the
// same body applied by the `mariadb` client (comments dropped) are the same.
bool differs(const SchemaObject &object, const QString &attribute, const QString &before,
             const QString &after)
{
    if (before == after)
        return false;
    return !isBody(object, attribute) || withoutComments(before) != withoutComments(after);
}

bool hangsOffTable(const SchemaObject &object)
{
    return object.kind != SchemaObjectKind::Table && !object.table.isEmpty();
}

// Keeps the objects whose table is not itself in the list, and counts the rest per
// table ("3 columns, 1 index").
QList<SchemaObject> foldIntoTables(const QList<SchemaObject> &objects,
                                   QHash<QString, QMap<QString, int>> &folded)
{
    QSet<QString> tables;
    for (const SchemaObject &object : objects)
        if (object.kind == SchemaObjectKind::Table)
            tables.insert(object.table);
    QList<SchemaObject> kept;
    for (const SchemaObject &object : objects) {
        if (hangsOffTable(object) && tables.contains(object.table)) {
            folded[object.table][schemaObjectKindName(object.kind)] += 1;
            continue;
        }
        kept.append(object);
    }
    return kept;
}

QList<SchemaObject> foldIntoIndexes(const QList<SchemaObject> &objects)
{
    QSet<QString> keys;
    for (const SchemaObject &object : objects)
        keys.insert(object.key);
    QList<SchemaObject> kept;
    for (const SchemaObject &object : objects) {
        const QString index = backingIndexKey(object);
        if (!index.isEmpty() && keys.contains(index))
            continue;
        kept.append(object);
    }
    return kept;
}

QString foldedNote(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QString kind = it.key();
        if (it.value() != 1)
            kind = kind == u"index" ? QStringLiteral("indexes") : kind + u's';
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(kind);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

const QStringList &volatileAttributes()
{
    static const QStringList attributes{
        QStringLiteral("auto_increment"), QStringLiteral("data_length"),
        QStringLiteral("index_length"),   QStringLiteral("data_free"),
        QStringLiteral("create_time"),    QStringLiteral("update_time"),
        QStringLiteral("check_time"),     QStringLiteral("starts"),
        QStringLiteral("execute_at"),
    };
    return attributes;
}

QString missingLine(const SchemaObject &object)
{
    return Tr::tr("%1 is missing").arg(object.key);
}

QString extraLine(const SchemaObject &object)
{
    const QString summary = shortened(object.summary());
    return summary.isEmpty() ? Tr::tr("%1 is extra").arg(object.key)
                             : Tr::tr("%1 is extra: %2").arg(object.key, summary);
}

QString changedLine(const ObjectChange &change)
{
    QStringList parts;
    for (const AttributeChange &attribute : change.changes)
        parts << QStringLiteral("%1 %2 → %3")
                     .arg(attribute.attribute, shownValue(attribute.expected),
                          shownValue(attribute.actual));
    return Tr::tr("%1 changed: %2").arg(change.expected.key, parts.join(QStringLiteral("; ")));
}

QStringList SchemaDiff::lines() const
{
    const auto withNote = [this](const SchemaObject &object) {
        const QString note = withTable.value(object.key);
        return note.isEmpty() ? QString() : Tr::tr(" (with %1)").arg(note);
    };
    QStringList all;
    for (const SchemaObject &object : missing)
        all << missingLine(object) + withNote(object);
    for (const SchemaObject &object : extra)
        all << extraLine(object) + withNote(object);
    for (const ObjectChange &change : changed)
        all << changedLine(change);
    return all;
}

QList<SchemaDiffEntry> SchemaDiff::entries() const
{
    const QStringList all = lines();
    qsizetype line = 0;
    QList<SchemaDiffEntry> found;
    for (const SchemaObject &object : missing)
        found.append(
            {SchemaDiffEntry::Kind::Missing, object.key, object.summary(), {}, all.at(line++)});
    for (const SchemaObject &object : extra)
        found.append(
            {SchemaDiffEntry::Kind::Extra, object.key, {}, object.summary(), all.at(line++)});
    for (const ObjectChange &change : changed) {
        QStringList before;
        QStringList after;
        for (const AttributeChange &attribute : change.changes) {
            before << attribute.attribute + u' ' + shownValue(attribute.expected);
            after << attribute.attribute + u' ' + shownValue(attribute.actual);
        }
        found.append({SchemaDiffEntry::Kind::Changed, change.expected.key,
                      before.join(QStringLiteral("; ")), after.join(QStringLiteral("; ")),
                      all.at(line++)});
    }
    return found;
}

namespace {

QJsonObject objectToJson(const SchemaObject &object)
{
    QJsonObject attributes;
    for (auto it = object.attributes.cbegin(); it != object.attributes.cend(); ++it)
        attributes.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("kind"), schemaObjectKindName(object.kind)},
        {QStringLiteral("key"), object.key},
        {QStringLiteral("table"), object.table},
        {QStringLiteral("name"), object.name},
        {QStringLiteral("attributes"), attributes},
    };
}

QJsonValue sideToJson(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QJsonObject SchemaDiff::toJson() const
{
    const QStringList all = lines();
    qsizetype line = 0;
    QJsonArray missingArray;
    for (const SchemaObject &object : missing) {
        QJsonObject entry = objectToJson(object);
        entry.insert(QStringLiteral("line"), all.at(line++));
        missingArray.append(entry);
    }
    QJsonArray extraArray;
    for (const SchemaObject &object : extra) {
        QJsonObject entry = objectToJson(object);
        entry.insert(QStringLiteral("line"), all.at(line++));
        extraArray.append(entry);
    }
    QJsonArray changedArray;
    for (const ObjectChange &change : changed) {
        QJsonArray changes;
        for (const AttributeChange &attribute : change.changes)
            changes.append(QJsonObject{{QStringLiteral("attribute"), attribute.attribute},
                                       {QStringLiteral("expected"), sideToJson(attribute.expected)},
                                       {QStringLiteral("actual"), sideToJson(attribute.actual)}});
        changedArray.append(QJsonObject{
            {QStringLiteral("kind"), schemaObjectKindName(change.expected.kind)},
            {QStringLiteral("key"), change.expected.key},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("line"), all.at(line++)},
        });
    }
    return QJsonObject{
        {QStringLiteral("differences"), count()},
        {QStringLiteral("missing"), missingArray},
        {QStringLiteral("extra"), extraArray},
        {QStringLiteral("changed"), changedArray},
        {QStringLiteral("ignored"), QJsonArray::fromStringList(ignored)},
    };
}

SchemaDiff diffSchemas(const SchemaSnapshot &expected, const SchemaSnapshot &actual,
                       const DiffOptions &options)
{
    SchemaDiff diff;
    QSet<QString> tables(options.ignoredTables.cbegin(), options.ignoredTables.cend());
    tables.insert(progressTable);
    QSet<QString> skipped(volatileAttributes().cbegin(), volatileAttributes().cend());
    if (!options.compareDefiners)
        skipped.insert(definer);

    QHash<QString, const SchemaObject *> actualByKey;
    actualByKey.reserve(actual.objects.size());
    for (const SchemaObject &object : actual.objects)
        if (!ignoredObject(object, tables))
            actualByKey.insert(object.key, &object);

    QList<SchemaObject> missing;
    QSet<QString> expectedKeys;
    for (const SchemaObject &object : expected.objects) {
        if (ignoredObject(object, tables))
            continue;
        expectedKeys.insert(object.key);
        const SchemaObject *there = actualByKey.value(object.key);
        if (!there) {
            missing.append(object);
            continue;
        }
        ObjectChange change{object, *there, {}};
        QStringList names = object.attributes.keys();
        for (const QString &name : there->attributes.keys())
            if (!object.attributes.contains(name))
                names.append(name);
        std::sort(names.begin(), names.end());
        for (const QString &name : names) {
            if (skipped.contains(name))
                continue;
            const QString before = object.attributes.value(name);
            const QString after = there->attributes.value(name);
            if (differs(object, name, before, after))
                change.changes.append({name, before, after});
        }
        if (!change.changes.isEmpty())
            diff.changed.append(std::move(change));
    }
    QList<SchemaObject> extra;
    for (const SchemaObject &object : actual.objects)
        if (!ignoredObject(object, tables) && !expectedKeys.contains(object.key))
            extra.append(object);

    QHash<QString, QMap<QString, int>> folded;
    diff.missing = foldIntoIndexes(foldIntoTables(missing, folded));
    diff.extra = foldIntoIndexes(foldIntoTables(extra, folded));
    // A changed primary key is already told by its changed index.
    QSet<QString> changedKeys;
    for (const ObjectChange &change : std::as_const(diff.changed))
        changedKeys.insert(change.expected.key);
    diff.changed.removeIf([&changedKeys](const ObjectChange &change) {
        const QString index = backingIndexKey(change.expected);
        return !index.isEmpty() && changedKeys.contains(index);
    });
    const auto byKey = [](const auto &a, const auto &b) {
        return a.key < b.key;
    };
    std::sort(diff.missing.begin(), diff.missing.end(), byKey);
    std::sort(diff.extra.begin(), diff.extra.end(), byKey);
    std::sort(diff.changed.begin(), diff.changed.end(),
              [](const ObjectChange &a, const ObjectChange &b) {
                  return a.expected.key < b.expected.key;
              });
    // A missing or extra table names what went with it.
    for (auto it = folded.cbegin(); it != folded.cend(); ++it)
        diff.withTable.insert(SchemaObject::keyOf(SchemaObjectKind::Table, it.key(), it.key()),
                              foldedNote(it.value()));

    diff.ignored << Tr::tr("AUTO_INCREMENT counters") << Tr::tr("row estimates")
                 << Tr::tr("sizes (data, index, free)") << Tr::tr("create, update and check times")
                 << Tr::tr("event start and execution times (they default to when the event was "
                           "created)")
                 << Tr::tr("comments and blanks in trigger, routine, event and view bodies (the "
                           "mysql client keeps comments, the mariadb client drops them)");
    if (!options.compareDefiners)
        diff.ignored << Tr::tr("definers of triggers, routines, events and views");
    QStringList ignoredTables = tables.values();
    std::sort(ignoredTables.begin(), ignoredTables.end());
    for (const QString &table : std::as_const(ignoredTables))
        diff.ignored
            << (table == progressTable
                    ? Tr::tr("table %1 (Backstep's own record of rollback steps)").arg(table)
                    : Tr::tr("table %1").arg(table));
    return diff;
}

} // namespace backstep
