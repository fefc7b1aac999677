#include "core/formats/formatregistry.h"

#include "core/formats/dbmatereader.h"
#include "core/formats/dbmigratereader.h"
#include "core/formats/flywayreader.h"
#include "core/formats/golangmigratereader.h"
#include "core/formats/goosereader.h"
#include "core/formats/liquibasereader.h"
#include "core/formats/plainreader.h"
#include "core/formats/sqitchreader.h"
#include "core/formats/sqlmigratereader.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace backstep {

namespace {

const SqitchReader sqitch;
const DbMigrateReader dbMigrate;
const LiquibaseReader liquibase;
const GolangMigrateReader golangMigrate;
const FlywayReader flyway;
const SqlMigrateReader sqlMigrate;
const DbmateReader dbmate;
const GooseReader goose;
const PlainReader plain;

} // namespace

const QList<const FormatReader *> &FormatRegistry::readers()
{
    // Project files first (sqitch.plan, db-migrate's stubs), then content headers, then
    // file names, then markers (whose plain `-- UP` is the loosest).
    static const QList<const FormatReader *> all{
        &sqitch,     &dbMigrate, &liquibase, &golangMigrate, &flyway,
        &sqlMigrate, &dbmate,    &goose,     &plain,
    };
    return all;
}

const FormatReader &FormatRegistry::reader(MigrationFormat format)
{
    for (const FormatReader *reader : readers())
        if (reader->format() == format)
            return *reader;
    return plain;
}

MigrationFormat FormatRegistry::detect(const QList<SourceFile> &files, MigrationSet &set)
{
    // A project file decides for the whole folder: the scripts beside it are the
    // project's, whatever they look like.
    for (const FormatReader *project : {static_cast<const FormatReader *>(&sqitch),
                                        static_cast<const FormatReader *>(&dbMigrate)})
        for (const SourceFile &file : files)
            if (project->claims(file))
                return project->format();

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
        if (std::any_of(files.cbegin(), files.cend(),
                        [](const SourceFile &file) { return file.isTopLevelSql(); }))
            set.errors.append(
                {{set.folder, 0, 0},
                 QCoreApplication::translate(
                     "FormatRegistry",
                     "no migration markers found (-- UP / -- DOWN, -- migrate:up, -- +goose Up, "
                     "-- +migrate Up, *.up.sql / *.down.sql, V1__name.sql, --liquibase "
                     "formatted sql, sqitch.plan, db-migrate's sqls/ stubs); choose the format "
                     "explicitly with --format")});
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
