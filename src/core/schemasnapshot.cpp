#include "core/schemasnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchemaSnapshot)
};

struct KindName
{
    SchemaObjectKind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {SchemaObjectKind::Table, "table"},         {SchemaObjectKind::Column, "column"},
    {SchemaObjectKind::Index, "index"},         {SchemaObjectKind::PrimaryKey, "primary key"},
    {SchemaObjectKind::Unique, "unique"},       {SchemaObjectKind::ForeignKey, "foreign key"},
    {SchemaObjectKind::Check, "check"},         {SchemaObjectKind::Trigger, "trigger"},
    {SchemaObjectKind::Procedure, "procedure"}, {SchemaObjectKind::Function, "function"},
    {SchemaObjectKind::Event, "event"},         {SchemaObjectKind::View, "view"},
    {SchemaObjectKind::Partition, "partition"},
};

} // namespace

QString schemaObjectKindName(SchemaObjectKind kind)
{
    for (const KindName &entry : kindNames)
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    return {};
}

std::optional<SchemaObjectKind> schemaObjectKindFromName(const QString &name)
{
    for (const KindName &entry : kindNames)
        if (name == QLatin1StringView(entry.name))
            return entry.kind;
    return std::nullopt;
}

bool isConstraint(SchemaObjectKind kind)
{
    return kind == SchemaObjectKind::PrimaryKey || kind == SchemaObjectKind::Unique ||
           kind == SchemaObjectKind::ForeignKey || kind == SchemaObjectKind::Check;
}

QString SchemaObject::keyOf(SchemaObjectKind kind, const QString &table, const QString &name)
{
    const QString kindText = schemaObjectKindName(kind);
    switch (kind) {
    case SchemaObjectKind::Table:
    case SchemaObjectKind::PrimaryKey:
        return kindText + u' ' + table;
    case SchemaObjectKind::Procedure:
    case SchemaObjectKind::Function:
    case SchemaObjectKind::Event:
    case SchemaObjectKind::View:
    case SchemaObjectKind::Trigger:
        return kindText + u' ' + name;
    default:
        return kindText + u' ' + table + u'.' + name;
    }
}

SchemaObject SchemaObject::make(SchemaObjectKind kind, const QString &table, const QString &name,
                                QMap<QString, QString> attributes)
{
    SchemaObject object;
    object.kind = kind;
    object.table = table;
    object.name = name;
    object.key = keyOf(kind, table, name);
    object.attributes = std::move(attributes);
    return object;
}

QString SchemaObject::summary() const
{
    const auto has = [this](const char *name) {
        return attributes.contains(QString::fromLatin1(name));
    };
    const auto at = [this](const char *name) {
        return attributes.value(QString::fromLatin1(name));
    };
    QStringList parts;
    switch (kind) {
    case SchemaObjectKind::Table:
        if (has("engine"))
            parts << at("engine");
        if (has("collation"))
            parts << at("collation");
        break;
    case SchemaObjectKind::Column:
        parts << at("type");
        parts << (at("nullable") == u"NO" ? QStringLiteral("NOT NULL") : QStringLiteral("NULL"));
        if (has("default") && at("default") != u"NULL")
            parts << QStringLiteral("DEFAULT ") + at("default");
        if (!at("extra").isEmpty())
            parts << at("extra");
        if (!at("generation").isEmpty())
            parts << QStringLiteral("AS (") + at("generation") + u')';
        break;
    case SchemaObjectKind::Index:
        parts << u'(' + at("columns") + u')';
        if (at("unique") == u"yes")
            parts << QStringLiteral("unique");
        if (has("type") && at("type") != u"BTREE")
            parts << at("type");
        break;
    case SchemaObjectKind::PrimaryKey:
    case SchemaObjectKind::Unique:
        parts << u'(' + at("columns") + u')';
        break;
    case SchemaObjectKind::ForeignKey:
        parts << u'(' + at("columns") + QStringLiteral(") → ") + at("referenced_table") + u'(' +
                     at("referenced_columns") + u')';
        if (has("on_update"))
            parts << QStringLiteral("ON UPDATE ") + at("on_update");
        if (has("on_delete"))
            parts << QStringLiteral("ON DELETE ") + at("on_delete");
        break;
    case SchemaObjectKind::Check:
        parts << at("clause");
        break;
    case SchemaObjectKind::Trigger:
        parts << at("timing") << at("event") << QStringLiteral("ON") << table;
        break;
    case SchemaObjectKind::Procedure:
    case SchemaObjectKind::Function:
        parts << u'(' + at("parameters") + u')';
        if (!at("returns").isEmpty())
            parts << QStringLiteral("RETURNS ") + at("returns");
        break;
    case SchemaObjectKind::Event:
        if (has("interval_value"))
            parts << QStringLiteral("EVERY ") + at("interval_value") + u' ' + at("interval_field");
        else if (has("execute_at"))
            parts << QStringLiteral("AT ") + at("execute_at");
        if (has("status"))
            parts << at("status");
        break;
    case SchemaObjectKind::View:
        parts << at("definition");
        break;
    case SchemaObjectKind::Partition:
        parts << at("method");
        if (has("expression"))
            parts << u'(' + at("expression") + u')';
        if (has("description"))
            parts << at("description");
        break;
    }
    parts.removeAll(QString());
    return parts.join(u' ');
}

const SchemaObject *SchemaSnapshot::find(const QString &key) const
{
    const auto found = std::lower_bound(
        objects.cbegin(), objects.cend(), key,
        [](const SchemaObject &object, const QString &wanted) { return object.key < wanted; });
    if (found != objects.cend() && found->key == key)
        return &*found;
    // Not sorted (built by hand): a linear search.
    for (const SchemaObject &object : objects)
        if (object.key == key)
            return &object;
    return nullptr;
}

QList<SchemaObject> SchemaSnapshot::ofKind(SchemaObjectKind kind) const
{
    QList<SchemaObject> found;
    for (const SchemaObject &object : objects)
        if (object.kind == kind)
            found.append(object);
    return found;
}

int SchemaSnapshot::count(SchemaObjectKind kind) const
{
    return int(std::count_if(objects.cbegin(), objects.cend(),
                             [kind](const SchemaObject &object) { return object.kind == kind; }));
}

void SchemaSnapshot::sortObjects()
{
    std::stable_sort(objects.begin(), objects.end(),
                     [](const SchemaObject &a, const SchemaObject &b) { return a.key < b.key; });
}

void SchemaSnapshot::normalizeJsonColumns()
{
    QSet<QString> jsonChecks; // keys of the checks that make a longtext column JSON
    for (SchemaObject &column : objects) {
        if (column.kind != SchemaObjectKind::Column ||
            column.attribute(QStringLiteral("type")).compare(u"longtext", Qt::CaseInsensitive) != 0)
            continue;
        const QString checkKey =
            SchemaObject::keyOf(SchemaObjectKind::Check, column.table, column.name);
        const SchemaObject *check = find(checkKey);
        const QString clause = QStringLiteral("json_valid(`%1`)")
                                   .arg(QString(column.name).replace(u'`', QStringLiteral("``")));
        if (!check ||
            check->attribute(QStringLiteral("clause")).compare(clause, Qt::CaseInsensitive) != 0)
            continue;
        column.attributes.insert(QStringLiteral("type"), QStringLiteral("json"));
        column.attributes.remove(QStringLiteral("collation"));
        jsonChecks.insert(checkKey);
    }
    if (!jsonChecks.isEmpty())
        objects.removeIf(
            [&](const SchemaObject &object) { return jsonChecks.contains(object.key); });
}

QJsonObject SchemaSnapshot::toJson() const
{
    QJsonArray objectArray;
    for (const SchemaObject &object : objects) {
        QJsonObject attributeObject;
        for (auto it = object.attributes.cbegin(); it != object.attributes.cend(); ++it)
            attributeObject.insert(it.key(), it.value());
        objectArray.append(QJsonObject{
            {QStringLiteral("kind"), schemaObjectKindName(object.kind)},
            {QStringLiteral("key"), object.key},
            {QStringLiteral("table"), object.table},
            {QStringLiteral("name"), object.name},
            {QStringLiteral("attributes"), attributeObject},
        });
    }
    QJsonObject rows;
    for (auto it = rowEstimates.cbegin(); it != rowEstimates.cend(); ++it)
        rows.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("database"), database},
        {QStringLiteral("migration_version"), migrationVersion},
        {QStringLiteral("taken_at"), takenAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("server_version"), serverVersion},
        {QStringLiteral("objects"), objectArray},
        {QStringLiteral("row_estimates"), rows},
    };
}

Result<SchemaSnapshot> SchemaSnapshot::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toInt() != 1)
        return Error{Tr::tr("not a schema snapshot Backstep can read (format %1)")
                         .arg(json.value(QStringLiteral("format")).toVariant().toString())};
    SchemaSnapshot snapshot;
    snapshot.database = json.value(QStringLiteral("database")).toString();
    snapshot.migrationVersion = json.value(QStringLiteral("migration_version")).toString();
    snapshot.takenAt =
        QDateTime::fromString(json.value(QStringLiteral("taken_at")).toString(), Qt::ISODateWithMs);
    snapshot.serverVersion = json.value(QStringLiteral("server_version")).toString();
    const QJsonArray objectArray = json.value(QStringLiteral("objects")).toArray();
    snapshot.objects.reserve(objectArray.size());
    for (const auto &value : objectArray) {
        const QJsonObject entry = value.toObject();
        const QString kindText = entry.value(QStringLiteral("kind")).toString();
        const auto kind = schemaObjectKindFromName(kindText);
        if (!kind)
            return Error{
                Tr::tr("unknown kind of schema object \"%1\" in a snapshot").arg(kindText)};
        SchemaObject object;
        object.kind = *kind;
        object.key = entry.value(QStringLiteral("key")).toString();
        object.table = entry.value(QStringLiteral("table")).toString();
        object.name = entry.value(QStringLiteral("name")).toString();
        const QJsonObject attributeObject = entry.value(QStringLiteral("attributes")).toObject();
        for (auto it = attributeObject.constBegin(); it != attributeObject.constEnd(); ++it)
            object.attributes.insert(it.key(), it.value().toString());
        snapshot.objects.append(std::move(object));
    }
    const QJsonObject rows = json.value(QStringLiteral("row_estimates")).toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
        snapshot.rowEstimates.insert(it.key(), it.value().toInteger());
    snapshot.normalizeJsonColumns();
    return snapshot;
}

} // namespace backstep
