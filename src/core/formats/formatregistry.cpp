#include "core/formats/formatregistry.h"

#include "core/formats/flywayreader.h"
#include "core/formats/golangmigratereader.h"
#include "core/formats/liquibasereader.h"
#include "core/formats/markedfilereader.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace backstep {

const QList<const FormatReader *> &FormatRegistry::readers()
{
    static const LiquibaseReader liquibase;
    static const GolangMigrateReader golangMigrate;
    static const FlywayReader flyway;
    // Content headers first, then file names, then markers (whose plain `-- UP` is the
    // loosest).
    static const QList<const FormatReader *> all{
        &liquibase,
        &golangMigrate,
        &flyway,
        &MarkedFileReader::sqlMigrate(),
        &MarkedFileReader::dbmate(),
        &MarkedFileReader::goose(),
        &MarkedFileReader::plain(),
    };
    return all;
}

const FormatReader &FormatRegistry::reader(MigrationFormat format)
{
    for (const FormatReader *reader : readers())
        if (reader->format() == format)
            return *reader;
    return MarkedFileReader::plain();
}

MigrationFormat FormatRegistry::detect(const QList<SourceFile> &files, MigrationSet &set)
{
    // Keyed by name so that the message lists the formats in a stable order.
    QMap<QString, QStringList> claimed;
    QHash<QString, MigrationFormat> formatOfName;
    for (const SourceFile &file : files) {
        for (const FormatReader *reader : readers()) {
            if (reader->claims(file)) {
                const QString name = formatName(reader->format());
                claimed[name].append(file.path);
                formatOfName.insert(name, reader->format());
                break;
            }
        }
    }
    if (claimed.size() == 1)
        return formatOfName.begin().value();
    if (claimed.isEmpty()) {
        if (!files.isEmpty())
            set.errors.append(
                {{set.folder, 0, 0},
                 QCoreApplication::translate(
                     "FormatRegistry",
                     "no migration markers found (-- UP / -- DOWN, -- migrate:up, -- +goose Up, "
                     "-- +migrate Up, *.up.sql / *.down.sql, V1__name.sql, --liquibase "
                     "formatted sql); choose the format explicitly with --format")});
        return MigrationFormat::Plain;
    }
    QStringList kinds;
    for (auto it = claimed.cbegin(); it != claimed.cend(); ++it) {
        QStringList shown = it.value().first(std::min<qsizetype>(3, it.value().size()));
        if (it.value().size() > shown.size())
            shown.append(QStringLiteral("..."));
        kinds.append(QStringLiteral("%1 (%2)").arg(it.key(), shown.join(u", ")));
    }
    set.errors.append(
        {{set.folder, 0, 0},
         QCoreApplication::translate("FormatRegistry", "the folder mixes migration formats: %1")
             .arg(kinds.join(u"; "))});
    auto most = std::max_element(
        claimed.cbegin(), claimed.cend(),
        [](const QStringList &a, const QStringList &b) { return a.size() < b.size(); });
    return formatOfName.value(most.key());
}

} // namespace backstep
