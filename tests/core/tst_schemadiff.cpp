// The structured schema diff: one row per kind of difference, each a change made to a copy
// of a small schema, with the exact lines the comparison must give (none when the change is
// one it ignores).
#include "core/schemadiff.h"
#include "core/sqltokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace backstep;
using Kind = SchemaObjectKind;

namespace {

using Attributes = QMap<QString, QString>;

SchemaObject column(const QString &table, const QString &name, const QString &type,
                    const QString &nullable, const QString &after)
{
    Attributes attributes{{QStringLiteral("type"), type},
                          {QStringLiteral("nullable"), nullable},
                          {QStringLiteral("after"), after}};
    if (nullable == u"YES")
        attributes.insert(QStringLiteral("default"), QStringLiteral("NULL"));
    return SchemaObject::make(Kind::Column, table, name, attributes);
}

SchemaObject index(const QString &table, const QString &name, const QString &columns,
                   bool unique = false)
{
    return SchemaObject::make(
        Kind::Index, table, name,
        {{QStringLiteral("columns"), columns},
         {QStringLiteral("unique"), unique ? QStringLiteral("yes") : QStringLiteral("no")},
         {QStringLiteral("type"), QStringLiteral("BTREE")}});
}

SchemaObject table(const QString &name, const QString &autoIncrement)
{
    return SchemaObject::make(
        Kind::Table, name, name,
        {{QStringLiteral("engine"), QStringLiteral("InnoDB")},
         {QStringLiteral("collation"), QStringLiteral("utf8mb4_uca1400_ai_ci")},
         {QStringLiteral("auto_increment"), autoIncrement},
         {QStringLiteral("data_length"), QStringLiteral("16384")},
         {QStringLiteral("create_time"), QStringLiteral("2026-12-01 06:00:00")}});
}

// The heartguard schema after its first three migrations, in small.
SchemaSnapshot baseSchema()
{
    SchemaSnapshot snapshot;
    snapshot.database = QStringLiteral("heartguard");
    snapshot.migrationVersion = QStringLiteral("0003");
    snapshot.takenAt = QDateTime(QDate(2026, 12, 1), QTime(6, 30, 0, 125), QTimeZone::UTC);
    snapshot.serverVersion = QStringLiteral("MariaDB 11.8.3");
    const QString root = QStringLiteral("root@localhost");
    snapshot.objects = {
        table(QStringLiteral("users"), QStringLiteral("4")),
        column(QStringLiteral("users"), QStringLiteral("id"), QStringLiteral("int(11)"),
               QStringLiteral("NO"), QStringLiteral("(first)")),
        column(QStringLiteral("users"), QStringLiteral("email"), QStringLiteral("varchar(200)"),
               QStringLiteral("NO"), QStringLiteral("id")),
        index(QStringLiteral("users"), QStringLiteral("PRIMARY"), QStringLiteral("id"), true),
        index(QStringLiteral("users"), QStringLiteral("uq_users_email"), QStringLiteral("email"),
              true),
        SchemaObject::make(Kind::PrimaryKey, QStringLiteral("users"), QStringLiteral("PRIMARY"),
                           {{QStringLiteral("columns"), QStringLiteral("id")}}),
        SchemaObject::make(Kind::Unique, QStringLiteral("users"), QStringLiteral("uq_users_email"),
                           {{QStringLiteral("columns"), QStringLiteral("email")}}),
        table(QStringLiteral("food_logs"), QStringLiteral("4")),
        column(QStringLiteral("food_logs"), QStringLiteral("id"), QStringLiteral("int(11)"),
               QStringLiteral("NO"), QStringLiteral("(first)")),
        column(QStringLiteral("food_logs"), QStringLiteral("user_id"), QStringLiteral("int(11)"),
               QStringLiteral("NO"), QStringLiteral("id")),
        column(QStringLiteral("food_logs"), QStringLiteral("items"), QStringLiteral("json"),
               QStringLiteral("YES"), QStringLiteral("user_id")),
        index(QStringLiteral("food_logs"), QStringLiteral("PRIMARY"), QStringLiteral("id"), true),
        index(QStringLiteral("food_logs"), QStringLiteral("idx_food_logs_date_user"),
              QStringLiteral("logged_at, user_id")),
        SchemaObject::make(Kind::PrimaryKey, QStringLiteral("food_logs"), QStringLiteral("PRIMARY"),
                           {{QStringLiteral("columns"), QStringLiteral("id")}}),
        SchemaObject::make(Kind::ForeignKey, QStringLiteral("food_logs"),
                           QStringLiteral("fk_food_logs_user"),
                           {{QStringLiteral("columns"), QStringLiteral("user_id")},
                            {QStringLiteral("referenced_table"), QStringLiteral("users")},
                            {QStringLiteral("referenced_columns"), QStringLiteral("id")},
                            {QStringLiteral("on_update"), QStringLiteral("RESTRICT")},
                            {QStringLiteral("on_delete"), QStringLiteral("RESTRICT")}}),
        SchemaObject::make(
            Kind::Trigger, QStringLiteral("food_logs"), QStringLiteral("trg_food_logs_activity"),
            {{QStringLiteral("timing"), QStringLiteral("AFTER")},
             {QStringLiteral("event"), QStringLiteral("INSERT")},
             {QStringLiteral("statement"), QStringLiteral("BEGIN UPDATE users; END")},
             {QStringLiteral("definer"), root}}),
        SchemaObject::make(Kind::Procedure, {}, QStringLiteral("refresh_last_activity"),
                           {{QStringLiteral("parameters"), QString()},
                            {QStringLiteral("definition"), QStringLiteral("BEGIN SELECT 1; END")},
                            {QStringLiteral("definer"), root}}),
    };
    snapshot.rowEstimates = {{QStringLiteral("users"), 3}, {QStringLiteral("food_logs"), 3}};
    snapshot.sortObjects();
    return snapshot;
}

void removeKey(SchemaSnapshot &snapshot, const QString &key)
{
    snapshot.objects.removeIf([&](const SchemaObject &object) { return object.key == key; });
}

SchemaObject &objectAt(SchemaSnapshot &snapshot, const QString &key)
{
    for (SchemaObject &object : snapshot.objects)
        if (object.key == key)
            return object;
    qFatal("no %s in the test schema", qPrintable(key));
}

using Mutation = std::function<void(SchemaSnapshot &)>;

const QMap<QString, Mutation> &mutations()
{
    static const QMap<QString, Mutation> all{
        {QStringLiteral("none"),
         [](SchemaSnapshot &) {
         }},
        {QStringLiteral("drop index"),
         [](SchemaSnapshot &s) {
             removeKey(s, QStringLiteral("index food_logs.idx_food_logs_date_user"));
         }},
        {QStringLiteral("add column"),
         [](SchemaSnapshot &s) {
             s.objects.append(column(QStringLiteral("users"), QStringLiteral("last_activity"),
                                     QStringLiteral("datetime"), QStringLiteral("YES"),
                                     QStringLiteral("email")));
         }},
        {QStringLiteral("drop index, add column"),
         [](SchemaSnapshot &s) {
             removeKey(s, QStringLiteral("index food_logs.idx_food_logs_date_user"));
             s.objects.append(column(QStringLiteral("users"), QStringLiteral("last_activity"),
                                     QStringLiteral("datetime"), QStringLiteral("YES"),
                                     QStringLiteral("email")));
         }},
        {QStringLiteral("column type"),
         [](SchemaSnapshot &s) {
             objectAt(s, QStringLiteral("column food_logs.items"))
                 .attributes[QStringLiteral("type")] = QStringLiteral("text");
         }},
        {QStringLiteral("column type and null"),
         [](SchemaSnapshot &s) {
             SchemaObject &items = objectAt(s, QStringLiteral("column food_logs.items"));
             items.attributes[QStringLiteral("type")] = QStringLiteral("text");
             items.attributes[QStringLiteral("nullable")] = QStringLiteral("NO");
             items.attributes.remove(QStringLiteral("default"));
         }},
        {QStringLiteral("fk rule"),
         [](SchemaSnapshot &s) {
             objectAt(s, QStringLiteral("foreign key food_logs.fk_food_logs_user"))
                 .attributes[QStringLiteral("on_delete")] = QStringLiteral("CASCADE");
         }},
        {QStringLiteral("auto_increment, sizes, times"),
         [](SchemaSnapshot &s) {
             SchemaObject &users = objectAt(s, QStringLiteral("table users"));
             users.attributes[QStringLiteral("auto_increment")] = QStringLiteral("1000");
             users.attributes[QStringLiteral("data_length")] = QStringLiteral("65536");
             users.attributes[QStringLiteral("create_time")] = QStringLiteral("2026-12-01 07:00");
             s.rowEstimates[QStringLiteral("users")] = 999;
         }},
        {QStringLiteral("definer"),
         [](SchemaSnapshot &s) {
             objectAt(s, QStringLiteral("trigger trg_food_logs_activity"))
                 .attributes[QStringLiteral("definer")] = QStringLiteral("app@%");
         }},
        {QStringLiteral("progress table"),
         [](SchemaSnapshot &s) {
             s.objects.append(table(QStringLiteral("backstep_rollback_progress"), {}));
             s.objects.append(column(QStringLiteral("backstep_rollback_progress"),
                                     QStringLiteral("run_id"), QStringLiteral("varchar(40)"),
                                     QStringLiteral("NO"), QStringLiteral("(first)")));
         }},
        {QStringLiteral("history table"),
         [](SchemaSnapshot &s) {
             s.objects.append(table(QStringLiteral("schema_migrations"), {}));
             s.objects.append(column(QStringLiteral("schema_migrations"), QStringLiteral("version"),
                                     QStringLiteral("varchar(128)"), QStringLiteral("NO"),
                                     QStringLiteral("(first)")));
         }},
        {QStringLiteral("drop table"),
         [](SchemaSnapshot &s) {
             s.objects.removeIf(
                 [](const SchemaObject &object) { return object.table == u"food_logs"; });
         }},
        {QStringLiteral("primary key columns"),
         [](SchemaSnapshot &s) {
             objectAt(s, QStringLiteral("index users.PRIMARY"))
                 .attributes[QStringLiteral("columns")] = QStringLiteral("id, email");
             objectAt(s, QStringLiteral("primary key users"))
                 .attributes[QStringLiteral("columns")] = QStringLiteral("id, email");
         }},
        {QStringLiteral("drop unique"),
         [](SchemaSnapshot &s) {
             removeKey(s, QStringLiteral("index users.uq_users_email"));
             removeKey(s, QStringLiteral("unique users.uq_users_email"));
         }},
        {QStringLiteral("drop procedure, add view"),
         [](SchemaSnapshot &s) {
             removeKey(s, QStringLiteral("procedure refresh_last_activity"));
             s.objects.append(SchemaObject::make(
                 Kind::View, {}, QStringLiteral("recent_logs"),
                 {{QStringLiteral("definition"), QStringLiteral("select `id` AS `id` from "
                                                                "`food_logs`")}}));
         }},
        // As the mysql 9.7 client sends them: comments kept in the stored bodies.
        {QStringLiteral("bodies with comments"),
         [](SchemaSnapshot &s) {
             objectAt(s, QStringLiteral("trigger trg_food_logs_activity"))
                 .attributes[QStringLiteral("statement")] =
                 QStringLiteral("BEGIN -- keep the user's activity fresh\n  UPDATE users; # all\n"
                                "END");
             objectAt(s, QStringLiteral("procedure refresh_last_activity"))
                 .attributes[QStringLiteral("definition")] =
                 QStringLiteral("BEGIN\n  /* the newest\n     first */\n  SELECT /*+ NO_ICP(t) */ "
                                "1;\nEND");
         }},
        {QStringLiteral("body changed beside comments"),
         [](SchemaSnapshot &s) {
             objectAt(s, QStringLiteral("procedure refresh_last_activity"))
                 .attributes[QStringLiteral("definition")] =
                 QStringLiteral("BEGIN -- one\n SELECT 2; END");
         }},
        {QStringLiteral("comment markers in a string"),
         [](SchemaSnapshot &s) {
             objectAt(s, QStringLiteral("procedure refresh_last_activity"))
                 .attributes[QStringLiteral("definition")] =
                 QStringLiteral("BEGIN SELECT '-- 1'; END");
         }},
        {QStringLiteral("long definition"),
         [](SchemaSnapshot &s) {
             objectAt(s, QStringLiteral("procedure refresh_last_activity"))
                 .attributes[QStringLiteral("definition")] =
                 QStringLiteral("BEGIN UPDATE users u SET last_activity = (SELECT MAX(logged_at) "
                                "FROM food_logs f WHERE f.user_id = u.id); END");
         }},
    };
    return all;
}

} // namespace

class TestSchemaDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void differences_data();
    void differences();
    void structuredChange();
    void ignoredIsNamed();
    void extraTableNamesWhatCameWithIt();
    void jsonRoundTrip();
    void diffAsJson();
    void fromJsonRefusesUnknownKinds();
    void kindNamesRoundTrip();
    void keys();
    void jsonColumnsInOneForm();
    void codeWithoutComments_data();
    void codeWithoutComments();
};

void TestSchemaDiff::differences_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<bool>("compareDefiners");
    QTest::addColumn<QStringList>("ignoredTables");
    QTest::addColumn<QStringList>("lines");

    const QStringList none;
    QTest::newRow("identical") << "none" << false << none << none;
    QTest::newRow("index dropped")
        << "drop index" << false << none
        << QStringList{QStringLiteral("index food_logs.idx_food_logs_date_user is missing")};
    QTest::newRow("column added") << "add column" << false << none
                                  << QStringList{QStringLiteral(
                                         "column users.last_activity is extra: datetime NULL")};
    QTest::newRow("index dropped and column added")
        << "drop index, add column" << false << none
        << QStringList{QStringLiteral("index food_logs.idx_food_logs_date_user is missing"),
                       QStringLiteral("column users.last_activity is extra: datetime NULL")};
    QTest::newRow("column type") << "column type" << false << none
                                 << QStringList{QStringLiteral(
                                        "column food_logs.items changed: type json → text")};
    QTest::newRow("column type, nullability and default")
        << "column type and null" << false << none
        << QStringList{QStringLiteral("column food_logs.items changed: default NULL → (none); "
                                      "nullable YES → NO; type json → text")};
    QTest::newRow("foreign key rule")
        << "fk rule" << false << none
        << QStringList{QStringLiteral("foreign key food_logs.fk_food_logs_user changed: "
                                      "on_delete RESTRICT → CASCADE")};
    QTest::newRow("counters, sizes, times, row estimates ignored")
        << "auto_increment, sizes, times" << false << none << none;
    QTest::newRow("definer ignored by default") << "definer" << false << none << none;
    QTest::newRow("definer compared when asked")
        << "definer" << true << none
        << QStringList{QStringLiteral("trigger trg_food_logs_activity changed: definer "
                                      "root@localhost → app@%")};
    QTest::newRow("Backstep's progress table ignored") << "progress table" << false << none << none;
    QTest::newRow("history table extra")
        << "history table" << false << none
        << QStringList{QStringLiteral("table schema_migrations is extra: InnoDB "
                                      "utf8mb4_uca1400_ai_ci (with 1 column)")};
    QTest::newRow("history table ignored when asked")
        << "history table" << false << QStringList{QStringLiteral("schema_migrations")} << none;
    QTest::newRow("table dropped: one line for all on it")
        << "drop table" << false << none
        << QStringList{QStringLiteral("table food_logs is missing (with 3 columns, 1 foreign "
                                      "key, 2 indexes, 1 primary key, 1 trigger)")};
    QTest::newRow("primary key told by its index")
        << "primary key columns" << false << none
        << QStringList{QStringLiteral("index users.PRIMARY changed: columns id → id, email")};
    QTest::newRow("unique constraint told by its index")
        << "drop unique" << false << none
        << QStringList{QStringLiteral("index users.uq_users_email is missing")};
    QTest::newRow("routine missing, view extra")
        << "drop procedure, add view" << false << none
        << QStringList{QStringLiteral("procedure refresh_last_activity is missing"),
                       QStringLiteral("view recent_logs is extra: select `id` AS `id` from "
                                      "`food_logs`")};
    QTest::newRow("comments in bodies are not changes")
        << "bodies with comments" << false << none << none;
    QTest::newRow("a body change beside comments is, shown as stored")
        << "body changed beside comments" << false << none
        << QStringList{QStringLiteral("procedure refresh_last_activity changed: definition BEGIN "
                                      "SELECT 1; END → BEGIN -- one SELECT 2; END")};
    QTest::newRow("comment markers in a string are code")
        << "comment markers in a string" << false << none
        << QStringList{QStringLiteral("procedure refresh_last_activity changed: definition BEGIN "
                                      "SELECT 1; END → BEGIN SELECT '-- 1'; END")};
    QTest::newRow("long definitions shortened in lines")
        << "long definition" << false << none
        << QStringList{QStringLiteral(
               "procedure refresh_last_activity changed: definition BEGIN SELECT 1; END → BEGIN "
               "UPDATE users u SET last_activity = (SELECT MAX(logged_at) FROM food_logs …")};
}

void TestSchemaDiff::differences()
{
    QFETCH(QString, mutation);
    QFETCH(bool, compareDefiners);
    QFETCH(QStringList, ignoredTables);
    QFETCH(QStringList, lines);

    const SchemaSnapshot expected = baseSchema();
    SchemaSnapshot actual = baseSchema();
    QVERIFY2(mutations().contains(mutation), qPrintable(mutation));
    mutations().value(mutation)(actual);
    actual.sortObjects();

    DiffOptions options;
    options.compareDefiners = compareDefiners;
    options.ignoredTables = ignoredTables;
    const SchemaDiff diff = diffSchemas(expected, actual, options);
    QCOMPARE(diff.lines(), lines);
    QCOMPARE(diff.count(), int(lines.size()));
    QCOMPARE(diff.isEmpty(), lines.isEmpty());
}

void TestSchemaDiff::structuredChange()
{
    SchemaSnapshot actual = baseSchema();
    mutations().value(QStringLiteral("column type"))(actual);
    const SchemaDiff diff = diffSchemas(baseSchema(), actual);
    QCOMPARE(diff.changed.size(), 1);
    const ObjectChange &change = diff.changed.first();
    QCOMPARE(change.expected.key, QStringLiteral("column food_logs.items"));
    QCOMPARE(change.expected.attribute(QStringLiteral("type")), QStringLiteral("json"));
    QCOMPARE(change.actual.attribute(QStringLiteral("type")), QStringLiteral("text"));
    QCOMPARE(change.changes,
             (QList<AttributeChange>{
                 {QStringLiteral("type"), QStringLiteral("json"), QStringLiteral("text")}}));
    QVERIFY(diff.missing.isEmpty());
    QVERIFY(diff.extra.isEmpty());
}

void TestSchemaDiff::ignoredIsNamed()
{
    const SchemaDiff byDefault = diffSchemas(baseSchema(), baseSchema());
    const QString joined = byDefault.ignored.join(u'\n');
    QVERIFY2(joined.contains(u"AUTO_INCREMENT"), qPrintable(joined));
    QVERIFY2(joined.contains(u"row estimates"), qPrintable(joined));
    QVERIFY2(joined.contains(u"definers"), qPrintable(joined));
    QVERIFY2(joined.contains(u"backstep_rollback_progress"), qPrintable(joined));
    QVERIFY2(joined.contains(u"sizes"), qPrintable(joined));

    DiffOptions options;
    options.compareDefiners = true;
    options.ignoredTables = {QStringLiteral("schema_migrations")};
    const QString withOptions =
        diffSchemas(baseSchema(), baseSchema(), options).ignored.join(u'\n');
    QVERIFY2(!withOptions.contains(u"definers"), qPrintable(withOptions));
    QVERIFY2(withOptions.contains(u"table schema_migrations"), qPrintable(withOptions));
}

void TestSchemaDiff::extraTableNamesWhatCameWithIt()
{
    SchemaSnapshot actual = baseSchema();
    mutations().value(QStringLiteral("history table"))(actual);
    actual.sortObjects();
    const SchemaDiff diff = diffSchemas(baseSchema(), actual);
    QCOMPARE(diff.extra.size(), 1);
    QCOMPARE(diff.extra.first().key, QStringLiteral("table schema_migrations"));
    QCOMPARE(diff.withTable.value(QStringLiteral("table schema_migrations")),
             QStringLiteral("1 column"));
}

void TestSchemaDiff::jsonRoundTrip()
{
    const SchemaSnapshot snapshot = baseSchema();
    const QByteArray text = QJsonDocument(snapshot.toJson()).toJson();
    const auto back = SchemaSnapshot::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(back.ok());
    QCOMPARE(back.value().objects.size(), snapshot.objects.size());
    QCOMPARE(back.value().takenAt, snapshot.takenAt);
    QCOMPARE(back.value().rowEstimates, snapshot.rowEstimates);
    QVERIFY(back.value() == snapshot);
    QVERIFY(diffSchemas(snapshot, back.value()).isEmpty());
}

void TestSchemaDiff::diffAsJson()
{
    SchemaSnapshot actual = baseSchema();
    mutations().value(QStringLiteral("drop index, add column"))(actual);
    mutations().value(QStringLiteral("column type and null"))(actual);
    actual.sortObjects();
    const QJsonObject json = diffSchemas(baseSchema(), actual).toJson();
    QCOMPARE(json.value(QStringLiteral("differences")).toInt(), 3);
    const QJsonObject missing = json.value(QStringLiteral("missing")).toArray().first().toObject();
    QCOMPARE(missing.value(QStringLiteral("key")).toString(),
             QStringLiteral("index food_logs.idx_food_logs_date_user"));
    QCOMPARE(missing.value(QStringLiteral("kind")).toString(), QStringLiteral("index"));
    QCOMPARE(missing.value(QStringLiteral("attributes")).toObject().value(u"columns").toString(),
             QStringLiteral("logged_at, user_id"));
    QCOMPARE(missing.value(QStringLiteral("line")).toString(),
             QStringLiteral("index food_logs.idx_food_logs_date_user is missing"));
    const QJsonObject extra = json.value(QStringLiteral("extra")).toArray().first().toObject();
    QCOMPARE(extra.value(QStringLiteral("line")).toString(),
             QStringLiteral("column users.last_activity is extra: datetime NULL"));
    const QJsonObject changed = json.value(QStringLiteral("changed")).toArray().first().toObject();
    QCOMPARE(changed.value(QStringLiteral("key")).toString(),
             QStringLiteral("column food_logs.items"));
    const QJsonArray changes = changed.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).toObject().value(u"attribute").toString(), QStringLiteral("default"));
    QCOMPARE(changes.at(0).toObject().value(u"expected").toString(), QStringLiteral("NULL"));
    QVERIFY(changes.at(0).toObject().value(u"actual").isNull());
    QVERIFY(!json.value(QStringLiteral("ignored")).toArray().isEmpty());

    const QList<SchemaDiffEntry> entries = diffSchemas(baseSchema(), actual).entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).kind, SchemaDiffEntry::Kind::Missing);
    QCOMPARE(entries.at(0).expected, QStringLiteral("(logged_at, user_id)"));
    QVERIFY(entries.at(0).actual.isEmpty());
    QCOMPARE(entries.at(1).kind, SchemaDiffEntry::Kind::Extra);
    QCOMPARE(entries.at(1).actual, QStringLiteral("datetime NULL"));
    QCOMPARE(entries.at(2).kind, SchemaDiffEntry::Kind::Changed);
    QCOMPARE(entries.at(2).expected, QStringLiteral("default NULL; nullable YES; type json"));
    QCOMPARE(entries.at(2).actual, QStringLiteral("default (none); nullable NO; type text"));
    QCOMPARE(entries.at(2).line, QStringLiteral("column food_logs.items changed: default NULL → "
                                                "(none); nullable YES → NO; type json → text"));
}

void TestSchemaDiff::fromJsonRefusesUnknownKinds()
{
    QJsonObject json = baseSchema().toJson();
    json.insert(QStringLiteral("objects"),
                QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("sequence")}}});
    const auto read = SchemaSnapshot::fromJson(json);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(u"sequence"), qPrintable(read.error()));
    QVERIFY(!SchemaSnapshot::fromJson(QJsonObject{}).ok());
}

void TestSchemaDiff::kindNamesRoundTrip()
{
    for (int i = int(Kind::Table); i <= int(Kind::Partition); ++i) {
        const auto kind = Kind(i);
        QCOMPARE(schemaObjectKindFromName(schemaObjectKindName(kind)), kind);
    }
    QVERIFY(!schemaObjectKindFromName(QStringLiteral("sequence")));
}

void TestSchemaDiff::keys()
{
    QCOMPARE(
        SchemaObject::keyOf(Kind::Column, QStringLiteral("food_logs"), QStringLiteral("items")),
        QStringLiteral("column food_logs.items"));
    QCOMPARE(SchemaObject::keyOf(Kind::Index, QStringLiteral("food_logs"), QStringLiteral("idx_x")),
             QStringLiteral("index food_logs.idx_x"));
    QCOMPARE(
        SchemaObject::keyOf(Kind::ForeignKey, QStringLiteral("food_logs"), QStringLiteral("fk_x")),
        QStringLiteral("foreign key food_logs.fk_x"));
    QCOMPARE(
        SchemaObject::keyOf(Kind::PrimaryKey, QStringLiteral("users"), QStringLiteral("PRIMARY")),
        QStringLiteral("primary key users"));
    QCOMPARE(SchemaObject::keyOf(Kind::Trigger, QStringLiteral("food_logs"), QStringLiteral("trg")),
             QStringLiteral("trigger trg"));
    QCOMPARE(SchemaObject::keyOf(Kind::Table, QStringLiteral("users"), QStringLiteral("users")),
             QStringLiteral("table users"));
}

// MariaDB's JSON (longtext, utf8mb4_bin, a json_valid check named after the column) reads
// as MySQL's (json, no collation, no check); a longtext with another check, or a check of
// another column, stays what it is.
void TestSchemaDiff::jsonColumnsInOneForm()
{
    const auto mariadb = [](const QString &name, const QString &clause) {
        QList<SchemaObject> objects{
            SchemaObject::make(Kind::Column, QStringLiteral("t"), name,
                               {{QStringLiteral("type"), QStringLiteral("longtext")},
                                {QStringLiteral("collation"), QStringLiteral("utf8mb4_bin")}}),
            SchemaObject::make(Kind::Check, QStringLiteral("t"), name,
                               {{QStringLiteral("clause"), clause}})};
        return objects;
    };
    SchemaSnapshot read;
    read.objects = mariadb(QStringLiteral("payload"), QStringLiteral("json_valid(`payload`)")) +
                   mariadb(QStringLiteral("odd`name"), QStringLiteral("json_valid(`odd``name`)")) +
                   mariadb(QStringLiteral("notes"), QStringLiteral("octet_length(`notes`) < 10"));
    read.sortObjects();
    SchemaSnapshot mysql;
    mysql.objects = {
        SchemaObject::make(Kind::Column, QStringLiteral("t"), QStringLiteral("payload"),
                           {{QStringLiteral("type"), QStringLiteral("json")}}),
        SchemaObject::make(Kind::Column, QStringLiteral("t"), QStringLiteral("odd`name"),
                           {{QStringLiteral("type"), QStringLiteral("json")}})};
    mysql.objects += mariadb(QStringLiteral("notes"), QStringLiteral("octet_length(`notes`) < 10"));
    mysql.sortObjects();

    SchemaSnapshot normalized = read;
    normalized.normalizeJsonColumns();
    QCOMPARE(normalized.objects, mysql.objects);
    QVERIFY(diffSchemas(mysql, normalized).isEmpty());
    // A snapshot stored before the normalization reads in the same form.
    const auto stored = SchemaSnapshot::fromJson(read.toJson());
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().objects, mysql.objects);
}

// common.verify.body-comments: the normalization bodies are compared by: comments and
// blanks aside, everything else as
// written, including what only looks like a comment.
void TestSchemaDiff::codeWithoutComments_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("code");

    QTest::newRow("dash comment") << "BEGIN -- note\n  SET x = 1; END" << "BEGIN SET x = 1; END";
    QTest::newRow("dash comment with a tab") << "SET x = 1; --\tnote" << "SET x = 1;";
    QTest::newRow("hash comment") << "BEGIN # note; with a semicolon\nEND" << "BEGIN END";
    QTest::newRow("block comment between words") << "a/*x*/b" << "a b";
    QTest::newRow("block comment across lines") << "x /* a\n b */ y" << "x y";
    QTest::newRow("optimizer hint") << "SELECT /*+ NO_ICP(t) */ a FROM t" << "SELECT a FROM t";
    QTest::newRow("executable comment keeps its code")
        << "/*!50001 CREATE ALGORITHM=UNDEFINED */ VIEW v" << "CREATE ALGORITHM=UNDEFINED VIEW v";
    QTest::newRow("MariaDB executable comment") << "SELECT /*M!100100 1, */ 2" << "SELECT 1, 2";
    QTest::newRow("markers in strings") << "SELECT '-- no', \"# no\", '/* no */', 'a  b'"
                                        << "SELECT '-- no', \"# no\", '/* no */', 'a  b'";
    QTest::newRow("escaped quote in a string") << "SELECT 'it\\'s -- still a string' -- a comment"
                                               << "SELECT 'it\\'s -- still a string'";
    QTest::newRow("doubled quote in a string")
        << "SELECT 'it''s # a string' # a comment" << "SELECT 'it''s # a string'";
    QTest::newRow("markers in backticks")
        << "SELECT `a -- b`, `c#d`, `e/*f*/` FROM t" << "SELECT `a -- b`, `c#d`, `e/*f*/` FROM t";
    QTest::newRow("dashes without a space are arithmetic") << "SET x = 1--1" << "SET x = 1--1";
    QTest::newRow("blanks at the ends") << "\n  BEGIN\r\n\tEND  \n" << "BEGIN END";
}

void TestSchemaDiff::codeWithoutComments()
{
    QFETCH(QString, sql);
    QFETCH(QString, code);
    QCOMPARE(withoutComments(sql), code);
}

QTEST_GUILESS_MAIN(TestSchemaDiff)
#include "tst_schemadiff.moc"
