#include "db/manifestreader.h"

#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ManifestReader)
};

// The first column of every row (with the second prefixed, when asked) of a query with
// one bound value.
Result<QStringList> names(DatabaseSession &session, const QString &sql, const QString &value,
                          const QString &what)
{
    QSqlQuery query(session.database());
    query.prepare(sql);
    if (!value.isNull())
        query.addBindValue(value);
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot list the %1").arg(what));
    QStringList found;
    while (query.next())
        found.append(query.record().count() > 1
                         ? query.value(0).toString() + u' ' + query.value(1).toString()
                         : query.value(0).toString());
    return found;
}

Result<void> countAndChecksum(DatabaseSession &session, const QString &schema, bool sqlite,
                              ManifestTable &table, bool checksum)
{
    auto rows = DatabaseInspector::exactRowCount(session, schema, table.name);
    if (!rows)
        return rows.failure();
    table.rows = rows.value();
    table.rowsExact = true;
    if (!checksum || sqlite)
        return {};
    const QString qualified =
        sql::QualifiedName{schema, table.name}.quoted(sql::dialectOf(session));
    QSqlQuery query(session.database());
    if (!query.exec(QStringLiteral("CHECKSUM TABLE %1").arg(qualified)) || !query.next())
        return sql::queryError(query, Tr::tr("cannot checksum %1").arg(table.name));
    table.checksum = query.value(1).isNull() ? QString() : query.value(1).toString();
    return {};
}

} // namespace

Result<BackupManifest> ManifestReader::read(DatabaseSession &session, const QString &schema,
                                            const ManifestReadOptions &options)
{
    const bool sqlite = session.spec().engine == ConnectionSpec::Engine::Sqlite;
    BackupManifest manifest;
    manifest.takenAt = QDateTime::currentDateTimeUtc();
    manifest.consistency =
        sqlite ? BackupManifest::Consistency::SameCopy : BackupManifest::Consistency::ReadsAround;

    auto tables = DatabaseInspector::baseTables(session, schema);
    if (!tables)
        return tables.failure();
    for (const TableEstimate &estimate : tables.value()) {
        ManifestTable table;
        table.name = estimate.name;
        table.rows = estimate.estimatedRows;
        manifest.tables.append(table);
    }
    for (ManifestTable &table : manifest.tables) {
        const bool exact =
            sqlite || (options.exactTables ? options.exactTables->contains(table.name)
                                           : table.rows <= options.exactRowLimit);
        if (!exact)
            continue;
        const bool checksum =
            options.exactTables ? options.checksumTables.contains(table.name) : options.checksums;
        if (auto counted = countAndChecksum(session, schema, sqlite, table, checksum); !counted)
            return counted.failure();
    }

    if (sqlite) {
        auto views = names(session,
                           QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view' "
                                          "ORDER BY name"),
                           {}, Tr::tr("views"));
        auto triggers = names(session,
                              QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                             "'trigger' ORDER BY name"),
                              {}, Tr::tr("triggers"));
        if (!views)
            return views.failure();
        if (!triggers)
            return triggers.failure();
        manifest.views = views.value();
        manifest.triggers = triggers.value();
        return manifest;
    }
    auto views = names(session,
                       QStringLiteral("SELECT table_name FROM information_schema.VIEWS WHERE "
                                      "table_schema = ? ORDER BY 1"),
                       schema, Tr::tr("views"));
    auto routines = names(session,
                          QStringLiteral("SELECT routine_type, routine_name FROM "
                                         "information_schema.ROUTINES WHERE routine_schema = ? "
                                         "ORDER BY 1, 2"),
                          schema, Tr::tr("routines"));
    auto triggers = names(session,
                          QStringLiteral("SELECT trigger_name FROM information_schema.TRIGGERS "
                                         "WHERE trigger_schema = ? ORDER BY 1"),
                          schema, Tr::tr("triggers"));
    auto events = names(session,
                        QStringLiteral("SELECT event_name FROM information_schema.EVENTS WHERE "
                                       "event_schema = ? ORDER BY 1"),
                        schema, Tr::tr("events"));
    for (const auto *listed : {&views, &routines, &triggers, &events})
        if (!*listed)
            return listed->failure();
    manifest.views = views.value();
    manifest.routines = routines.value();
    manifest.triggers = triggers.value();
    manifest.events = events.value();
    return manifest;
}

} // namespace backstep
