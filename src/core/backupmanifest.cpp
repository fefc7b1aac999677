#include "core/backupmanifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupManifest)
};

QJsonArray toArray(const QStringList &names)
{
    return QJsonArray::fromStringList(names);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList names;
    for (const auto &name : value.toArray())
        names.append(name.toString());
    return names;
}

QString consistencyName(BackupManifest::Consistency consistency)
{
    return consistency == BackupManifest::Consistency::SameCopy ? QStringLiteral("same-copy")
                                                                : QStringLiteral("reads-around");
}

// Names present in one list and not in the other, each with what it is.
void compareNames(const QString &what, const QStringList &held, const QStringList &restored,
                  ManifestComparison &result)
{
    const QSet<QString> found(restored.cbegin(), restored.cend());
    QStringList agreed;
    for (const QString &name : held) {
        if (found.contains(name))
            agreed.append(name);
        else
            result.problems.append(
                Tr::tr("%1 %2 is missing from the restored copy").arg(what, name));
    }
    const QSet<QString> listed(held.cbegin(), held.cend());
    for (const QString &name : restored)
        if (!listed.contains(name))
            result.notCompared.append(
                Tr::tr("%1 %2 was restored but the manifest does not list it").arg(what, name));
    if (!agreed.isEmpty())
        result.compared.append(Tr::tr("%1: %2").arg(what, agreed.join(QStringLiteral(", "))));
}

} // namespace

QString manifestKindName(BackupManifest::Kind kind)
{
    return kind == BackupManifest::Kind::Targeted ? QStringLiteral("targeted")
                                                  : QStringLiteral("full");
}

const ManifestTable *BackupManifest::table(const QString &name) const
{
    for (const ManifestTable &t : tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

QStringList BackupManifest::tablesWithData() const
{
    QStringList names;
    for (const ManifestTable &t : tables)
        if (t.hasData)
            names.append(t.name);
    return names;
}

QString BackupManifest::consistencyNote() const
{
    if (consistency == Consistency::SameCopy)
        return Tr::tr("Read from the backup copy itself: the manifest and the backup agree.");
    return Tr::tr("Read on its own connection just before the dump and again right after it, not "
                  "in the dump's snapshot: rows written between the reads may or may not be in "
                  "the dump. A table whose exact count changed between the two reads is marked, "
                  "and its count and checksum are not compared.");
}

QString BackupManifest::cannotRestore() const
{
    if (kind != Kind::Targeted)
        return {};
    QStringList structureOnly;
    for (const ManifestTable &t : tables)
        if (!t.hasData)
            structureOnly.append(t.name);
    if (structureOnly.isEmpty())
        return {};
    return Tr::tr("the data of %n other table(s): %1", nullptr, int(structureOnly.size()))
        .arg(structureOnly.join(QStringLiteral(", ")));
}

QString BackupManifest::gtidNote() const
{
    if (!gtidPurgedOff)
        return {};
    return Tr::tr("Dumped with --set-gtid-purged=OFF: restoring it leaves GTID_PURGED alone and "
                  "is written to the binary log like any change (with new GTIDs where GTIDs are "
                  "on), so it reaches the replicas. It is not meant to provision a new replica.");
}

QJsonObject BackupManifest::toJson() const
{
    QJsonArray tableArray;
    for (const ManifestTable &t : tables) {
        QJsonObject object{{QStringLiteral("name"), t.name},
                           {QStringLiteral("rows"), t.rows},
                           {QStringLiteral("rows_exact"), t.rowsExact},
                           {QStringLiteral("has_data"), t.hasData}};
        if (t.rowsChanged)
            object.insert(QStringLiteral("rows_changed_during_backup"), true);
        if (!t.checksum.isEmpty())
            object.insert(QStringLiteral("checksum"), t.checksum);
        tableArray.append(object);
    }
    QJsonObject object{
        {QStringLiteral("kind"), manifestKindName(kind)},
        {QStringLiteral("consistency"), consistencyName(consistency)},
        {QStringLiteral("consistency_note"), consistencyNote()},
        {QStringLiteral("migration_version"), migrationVersion},
        {QStringLiteral("taken_at"), takenAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("tables"), tableArray},
        {QStringLiteral("tables_with_data"), toArray(tablesWithData())},
        {QStringLiteral("views"), toArray(views)},
        {QStringLiteral("routines"), toArray(routines)},
        {QStringLiteral("triggers"), toArray(triggers)},
        {QStringLiteral("events"), toArray(events)},
    };
    if (const QString lost = cannotRestore(); !lost.isEmpty())
        object.insert(QStringLiteral("cannot_restore"), lost);
    if (gtidPurgedOff) {
        object.insert(QStringLiteral("gtid_purged"), QStringLiteral("off"));
        object.insert(QStringLiteral("gtid_note"), gtidNote());
    }
    return object;
}

Result<BackupManifest> BackupManifest::fromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{Tr::tr("the backup's manifest is not valid JSON (offset %1): %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    const QJsonObject object = document.object();
    BackupManifest manifest;
    manifest.kind = object.value(QStringLiteral("kind")).toString() == u"targeted" ? Kind::Targeted
                                                                                   : Kind::Full;
    manifest.consistency = object.value(QStringLiteral("consistency")).toString() == u"same-copy"
                               ? Consistency::SameCopy
                               : Consistency::ReadsAround;
    manifest.migrationVersion = object.value(QStringLiteral("migration_version")).toString();
    manifest.takenAt = QDateTime::fromString(object.value(QStringLiteral("taken_at")).toString(),
                                             Qt::ISODateWithMs);
    for (const auto &value : object.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = value.toObject();
        ManifestTable table;
        table.name = t.value(QStringLiteral("name")).toString();
        table.rows = t.value(QStringLiteral("rows")).toInteger();
        table.rowsExact = t.value(QStringLiteral("rows_exact")).toBool();
        table.rowsChanged = t.value(QStringLiteral("rows_changed_during_backup")).toBool();
        table.checksum = t.value(QStringLiteral("checksum")).toString();
        table.hasData = t.value(QStringLiteral("has_data")).toBool(true);
        manifest.tables.append(table);
    }
    manifest.views = fromArray(object.value(QStringLiteral("views")));
    manifest.routines = fromArray(object.value(QStringLiteral("routines")));
    manifest.triggers = fromArray(object.value(QStringLiteral("triggers")));
    manifest.events = fromArray(object.value(QStringLiteral("events")));
    manifest.gtidPurgedOff = object.value(QStringLiteral("gtid_purged")).toString() == u"off";
    return manifest;
}

void markChangedDuringBackup(BackupManifest &before, const BackupManifest &after)
{
    for (ManifestTable &table : before.tables) {
        const ManifestTable *later = after.table(table.name);
        if (!later || (table.rowsExact && (!later->rowsExact || later->rows != table.rows)) ||
            later->checksum != table.checksum)
            table.rowsChanged = true;
    }
}

ManifestComparison compareWithManifest(const BackupManifest &manifest,
                                       const BackupManifest &restored)
{
    ManifestComparison result;
    for (const ManifestTable &held : manifest.tables) {
        const ManifestTable *copy = restored.table(held.name);
        if (!copy) {
            result.problems.append(
                Tr::tr("table %1 is missing from the restored copy").arg(held.name));
            continue;
        }
        if (!held.hasData) {
            // A targeted backup holds its structure only: restored empty.
            if (copy->rows != 0)
                result.problems.append(Tr::tr("table %1 has %n rows restored; the backup holds "
                                              "its structure only",
                                              nullptr, int(copy->rows))
                                           .arg(held.name));
            else
                result.compared.append(Tr::tr("%1: structure only, empty").arg(held.name));
            continue;
        }
        if (held.rowsChanged) {
            result.notCompared.append(Tr::tr("%1: %n rows restored, not compared (the table "
                                             "changed while the backup was taken)",
                                             nullptr, int(copy->rows))
                                          .arg(held.name));
            continue;
        }
        if (!held.rowsExact) {
            result.notCompared.append(
                Tr::tr("%1: %2 rows restored; the manifest has an estimate only (%3 rows)")
                    .arg(held.name, QString::number(copy->rows), QString::number(held.rows)));
            continue;
        }
        if (copy->rows != held.rows) {
            result.problems.append(
                Tr::tr("table %1 has %2 rows restored; the backup held %3")
                    .arg(held.name, QString::number(copy->rows), QString::number(held.rows)));
            continue;
        }
        if (!held.checksum.isEmpty() && copy->checksum != held.checksum) {
            result.problems.append(
                Tr::tr("table %1: CHECKSUM TABLE of the restored copy is %2; the backup held %3")
                    .arg(held.name, copy->checksum.isEmpty() ? Tr::tr("unknown") : copy->checksum,
                         held.checksum));
            continue;
        }
        result.compared.append(
            held.checksum.isEmpty()
                ? Tr::tr("%1: %2 rows").arg(held.name, QString::number(held.rows))
                : Tr::tr("%1: %2 rows, checksum %3")
                      .arg(held.name, QString::number(held.rows), held.checksum));
    }
    for (const ManifestTable &copy : restored.tables)
        if (!manifest.table(copy.name))
            result.notCompared.append(
                Tr::tr("table %1 was restored but the manifest does not list it").arg(copy.name));
    compareNames(Tr::tr("view"), manifest.views, restored.views, result);
    compareNames(Tr::tr("routine"), manifest.routines, restored.routines, result);
    compareNames(Tr::tr("trigger"), manifest.triggers, restored.triggers, result);
    compareNames(Tr::tr("event"), manifest.events, restored.events, result);
    return result;
}

} // namespace backstep
