#include "db/historyreader.h"

#include "core/version.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryReader)
};

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime();
    // SQLite keeps timestamps as text: "2026-11-23 02:10:00".
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return parsed;
}

QString quoted(QSqlDatabase &db, const QString &identifier)
{
    return sql::quoteIdentifier(sql::dialectOf(db), identifier);
}

Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Error{Tr::tr("cannot read the history (%1): %2").arg(sql, query.lastError().text())};
    return query;
}

History historyOf(HistoryStyle style, const QString &table)
{
    History history;
    history.style = style;
    history.table = table;
    return history;
}

void sortByVersion(History &history)
{
    std::sort(history.applied.begin(), history.applied.end(),
              [](const AppliedMigration &a, const AppliedMigration &b) {
                  return compareVersions(a.version, b.version) < 0;
              });
}

Result<History> readDbmate(QSqlDatabase &db, const QString &table)
{
    auto query = run(db, QStringLiteral("SELECT version FROM %1").arg(quoted(db, table)));
    if (!query)
        return query.failure();
    History history = historyOf(HistoryStyle::Dbmate, table);
    history.versionColumn = QStringLiteral("version");
    while (query->next())
        history.applied.append({query->value(0).toString(), {}, false, false, {}, {}, {}, {}});
    // dbmate orders versions as it orders file names: as strings.
    std::sort(
        history.applied.begin(), history.applied.end(),
        [](const AppliedMigration &a, const AppliedMigration &b) { return a.version < b.version; });
    return history;
}

Result<History> readGolangMigrate(QSqlDatabase &db, const QString &table)
{
    auto query = run(db, QStringLiteral("SELECT version, dirty FROM %1").arg(quoted(db, table)));
    if (!query)
        return query.failure();
    History history = historyOf(HistoryStyle::GolangMigrate, table);
    history.currentVersionOnly = true;
    if (query->next()) {
        const qlonglong version = query->value(0).toLongLong();
        history.dirty = query->value(1).toBool();
        // -1 is golang-migrate's "no version": a first migration rolled back half-way.
        if (version >= 0)
            history.applied.append(
                {query->value(0).toString(), {}, history.dirty, false, {}, {}, {}, {}});
    }
    if (query->next())
        return Error{
            Tr::tr("%1 holds more than one row; golang-migrate keeps exactly one").arg(table)};
    return history;
}

// gorp_migrations: sql-migrate's id is the migration's file name. sql-migrate rolls back
// in id order, so the applied order is not what counts.
Result<History> readSqlMigrate(QSqlDatabase &db, const QString &table)
{
    auto query = run(db, QStringLiteral("SELECT id, applied_at FROM %1").arg(quoted(db, table)));
    if (!query)
        return query.failure();
    History history = historyOf(HistoryStyle::SqlMigrate, table);
    history.versionColumn = QStringLiteral("id");
    while (query->next())
        history.applied.append({query->value(0).toString(),
                                toDateTime(query->value(1)),
                                false,
                                false,
                                {},
                                {},
                                {},
                                {}});
    sortByVersion(history);
    return history;
}

// db-migrate's migrations table: name is "/" + the migration's file name without .js (a
// scope before the slash when there is one); run_on orders its rollbacks.
Result<History> readDbMigrate(QSqlDatabase &db, const QString &table)
{
    auto query = run(
        db,
        QStringLiteral("SELECT name, run_on FROM %1 ORDER BY run_on, name").arg(quoted(db, table)));
    if (!query)
        return query.failure();
    History history = historyOf(HistoryStyle::DbMigrate, table);
    history.recordsAppliedOrder = true;
    static const QRegularExpression digits(QStringLiteral(R"(^(\d+))"));
    while (query->next()) {
        const QString name = query->value(0).toString();
        const QString base = name.section(u'/', -1);
        const QString version = digits.match(base).captured(1);
        history.applied.append({version.isEmpty() ? base : version,
                                toDateTime(query->value(1)),
                                false,
                                false,
                                {},
                                {},
                                name,
                                {}});
    }
    return history;
}

// A version's state from the rows of its tool, the last row deciding.
struct LastRow
{
    qint64 order = 0;
    bool applied = false;
    bool failed = false;
    QDateTime at;
    QString script;
};

History fromLastRows(HistoryStyle style, const QString &table, const QHash<QString, LastRow> &rows)
{
    QList<std::pair<qint64, AppliedMigration>> applied;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        if (it->applied || it->failed)
            applied.append(
                {it->order, {it.key(), it->at, false, it->failed, {}, it->script, {}, {}}});
    std::sort(applied.begin(), applied.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    History history = historyOf(style, table);
    history.recordsAppliedOrder = true;
    for (auto &entry : applied)
        history.applied.append(entry.second);
    return history;
}

Result<History> readGoose(QSqlDatabase &db, const QString &table)
{
    auto query = run(db, QStringLiteral("SELECT id, version_id, is_applied, tstamp FROM %1 "
                                        "ORDER BY id")
                             .arg(quoted(db, table)));
    if (!query)
        return query.failure();
    // Goose appends a row per up (and, in older versions, per down): the last row of a
    // version decides; version 0 is goose's own bootstrap row.
    QHash<QString, LastRow> last;
    while (query->next()) {
        const QString version = query->value(1).toString();
        if (version == u"0")
            continue;
        last.insert(version, {query->value(0).toLongLong(),
                              query->value(2).toBool(),
                              false,
                              toDateTime(query->value(3)),
                              {}});
    }
    return fromLastRows(HistoryStyle::Goose, table, last);
}

// flyway_schema_history: a row per run, in installed_rank order. A versioned or baseline
// row applies its version (success=0: failed), an UNDO_* row undoes it (Flyway Teams),
// a DELETE row (repair) forgets it. Repeatable migrations have no version: they are
// keyed "R__<description>", as the folder reader names them.
Result<History> readFlyway(QSqlDatabase &db, const QString &table)
{
    auto query = run(db, QStringLiteral("SELECT installed_rank, version, description, type, "
                                        "script, installed_on, success FROM %1 "
                                        "ORDER BY installed_rank")
                             .arg(quoted(db, table)));
    if (!query)
        return query.failure();
    QHash<QString, LastRow> last;
    QString baseline;
    while (query->next()) {
        const QString type = query->value(3).toString().toUpper();
        if (type == u"SCHEMA")
            continue;
        // A BASELINE row applies nothing: it says where the history starts.
        if (type == u"BASELINE") {
            baseline = query->value(1).toString();
            continue;
        }
        const QString version = query->value(1).isNull()
                                    ? QStringLiteral("R__") + query->value(2).toString()
                                    : query->value(1).toString();
        const bool success = query->value(6).toBool();
        LastRow row{query->value(0).toLongLong(), false, !success, toDateTime(query->value(5)),
                    query->value(4).toString()};
        if (type == u"DELETE" || (type.startsWith(u"UNDO") && success)) {
            last.remove(version);
            continue;
        }
        row.applied = success && !type.startsWith(u"UNDO");
        last.insert(version, row);
    }
    History history = fromLastRows(HistoryStyle::Flyway, table, last);
    history.baselineVersion = baseline;
    return history;
}

// DATABASECHANGELOG, in the order Liquibase ran the changesets. EXECTYPE is one of
// EXECUTED, FAILED, SKIPPED, RERAN, MARK_RAN: MARK_RAN counts as applied (Liquibase
// treats it so and would roll it back), SKIPPED as not applied.
Result<History> readLiquibase(QSqlDatabase &db, const QString &table)
{
    // DEPLOYMENT_ID came after Liquibase 3.1, whose tables have none.
    const auto columns = sql::columnNames(db, table);
    if (!columns)
        return columns.failure();
    const bool deployments =
        columns->contains(QStringLiteral("DEPLOYMENT_ID"), Qt::CaseInsensitive);
    auto query =
        run(db, QStringLiteral("SELECT ID, AUTHOR, FILENAME, DATEEXECUTED, EXECTYPE, %1 "
                               "FROM %2 ORDER BY DATEEXECUTED, ORDEREXECUTED")
                    .arg(deployments ? QStringLiteral("DEPLOYMENT_ID") : QStringLiteral("NULL"),
                         quoted(db, table)));
    if (!query)
        return query.failure();
    History history = historyOf(HistoryStyle::Liquibase, table);
    history.recordsAppliedOrder = true;
    while (query->next()) {
        const QString type = query->value(4).toString().toUpper();
        if (type == u"SKIPPED")
            continue;
        history.applied.append({query->value(0).toString(),
                                toDateTime(query->value(3)),
                                false,
                                type == u"FAILED",
                                query->value(1).toString(),
                                query->value(2).toString(),
                                {},
                                query->value(5).toString()});
    }
    // DATABASECHANGELOGLOCK is Liquibase's own; LOCKED=1 means it runs, or died running.
    const auto tables = sql::tableNames(db);
    if (!tables)
        return tables.failure();
    for (const QString &name : tables.value()) {
        if (name.compare(u"DATABASECHANGELOGLOCK", Qt::CaseInsensitive) != 0)
            continue;
        history.toolTables.append(name);
        auto lock = run(db, QStringLiteral("SELECT LOCKEDBY, LOCKGRANTED FROM %1 WHERE LOCKED <> 0")
                                .arg(quoted(db, name)));
        if (!lock)
            return lock.failure();
        if (lock->next())
            history.lockedBy = Tr::tr("by %1 since %2")
                                   .arg(lock->value(0).toString(),
                                        toDateTime(lock->value(1)).toString(Qt::ISODate));
    }
    return history;
}

Result<History> readCustom(QSqlDatabase &db, const QString &table, const HistoryTableChoice &choice)
{
    const auto columns = sql::columnNames(db, table);
    if (!columns)
        return columns.failure();
    for (const QString &column : {choice.versionColumn, choice.appliedAtColumn})
        if (!column.isEmpty() && !columns->contains(column, Qt::CaseInsensitive))
            return Error{Tr::tr("the history table %1 has no column %2").arg(table, column)};
    const QString version = quoted(db, choice.versionColumn);
    const bool ordered = !choice.appliedAtColumn.isEmpty();
    const QString at = ordered ? quoted(db, choice.appliedAtColumn) : QStringLiteral("NULL");
    auto query = run(
        db, QStringLiteral("SELECT %1, %2 FROM %3%4")
                .arg(version, at, quoted(db, table),
                     ordered ? QStringLiteral(" ORDER BY %1, %2").arg(at, version) : QString()));
    if (!query)
        return query.failure();
    History history = historyOf(HistoryStyle::Custom, table);
    history.versionColumn = choice.versionColumn;
    history.appliedAtColumn = choice.appliedAtColumn;
    history.recordsAppliedOrder = ordered;
    while (query->next())
        history.applied.append({query->value(0).toString(),
                                toDateTime(query->value(1)),
                                false,
                                false,
                                {},
                                {},
                                {},
                                {}});
    if (!ordered)
        sortByVersion(history);
    return history;
}

// Sqitch's registry: its own database (sqitch.conf's registry, "sqitch" by default), whose
// changes table lists the project's deployed changes in the order they were committed.
Result<History> readSqitch(QSqlDatabase &db, const QString &registry, const QString &project)
{
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                  "WHERE table_schema = ? AND table_name = 'changes'"));
    exists.addBindValue(registry);
    if (!exists.exec() || !exists.next())
        return sql::queryError(exists,
                               Tr::tr("cannot look for Sqitch's registry %1").arg(registry));
    History history = historyOf(HistoryStyle::Sqitch, registry + QStringLiteral(".changes"));
    history.recordsAppliedOrder = true;
    if (exists.value(0).toInt() == 0)
        return history; // nothing deployed yet: Sqitch creates the registry on first deploy
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT change_id, %1, committed_at FROM %2.changes "
                                 "WHERE project = ? ORDER BY committed_at, change_id")
                      .arg(quoted(db, QStringLiteral("change")), quoted(db, registry)));
    query.addBindValue(project);
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot read Sqitch's registry %1").arg(registry));
    while (query.next())
        history.applied.append({query.value(1).toString(),
                                toDateTime(query.value(2)),
                                false,
                                false,
                                {},
                                {},
                                query.value(0).toString(),
                                {}});
    // A registry kept in the application's own database is still Sqitch's.
    if (registry == db.databaseName())
        for (const char *table :
             {"changes", "events", "tags", "projects", "releases", "dependencies"})
            history.toolTables.append(QString::fromLatin1(table));
    return history;
}

// Which tool's table it is, from its columns.
Result<History> readKnown(QSqlDatabase &db, const QString &table)
{
    const auto columns = sql::columnNames(db, table);
    if (!columns)
        return columns.failure();
    auto has = [&](const char *column) {
        return columns->contains(QLatin1StringView(column), Qt::CaseInsensitive);
    };
    if (has("installed_rank") && has("success"))
        return readFlyway(db, table);
    if (has("ORDEREXECUTED") && has("EXECTYPE"))
        return readLiquibase(db, table);
    if (has("version_id") && has("is_applied"))
        return readGoose(db, table);
    if (has("id") && has("applied_at") && !has("version"))
        return readSqlMigrate(db, table);
    if (has("name") && has("run_on"))
        return readDbMigrate(db, table);
    if (has("version") && has("dirty"))
        return readGolangMigrate(db, table);
    if (has("version"))
        return readDbmate(db, table);
    return Error{Tr::tr("%1 is not a history table of a known tool (dbmate, golang-migrate, goose, "
                        "sql-migrate, Flyway, Liquibase, db-migrate); name its version column "
                        "with --version-column")
                     .arg(table)};
}

} // namespace

Result<History> HistoryReader::read(QSqlDatabase &db, const HistoryTableChoice &choice,
                                    const ToolSettings &tool)
{
    const auto listed = sql::tableNames(db);
    if (!listed)
        return listed.failure();
    const QStringList &tables = listed.value();
    auto find = [&](const QString &name) -> QString {
        for (const QString &table : tables)
            if (table.compare(name, Qt::CaseInsensitive) == 0)
                return table;
        return {};
    };
    if (!choice.table.isEmpty()) {
        const QString table = find(choice.table);
        if (table.isEmpty())
            return Error{Tr::tr("the history table %1 does not exist").arg(choice.table)};
        if (!choice.versionColumn.isEmpty())
            return readCustom(db, table, choice);
        return readKnown(db, table);
    }
    if (!choice.versionColumn.isEmpty())
        return Error{Tr::tr("--version-column needs --history-table NAME")};

    if (!tool.registry.isEmpty())
        return readSqitch(db, tool.registry, tool.project);
    QStringList found;
    for (const char *known : {"goose_db_version", "schema_migrations", "flyway_schema_history",
                              "DATABASECHANGELOG", "gorp_migrations"})
        if (const QString table = find(QLatin1StringView(known)); !table.isEmpty())
            found.append(table);
    // db-migrate's table has a name other tools use too: only when its columns say so.
    if (const QString table = find(QStringLiteral("migrations")); !table.isEmpty()) {
        const auto columns = sql::columnNames(db, table);
        if (!columns)
            return columns.failure();
        if (columns->contains(QStringLiteral("run_on"), Qt::CaseInsensitive) &&
            columns->contains(QStringLiteral("name"), Qt::CaseInsensitive))
            found.append(table);
    }
    if (found.size() > 1)
        return Error{Tr::tr("the database has several history tables (%1): choose the one the "
                            "application uses with --history-table NAME")
                         .arg(found.join(u", "))};
    if (found.isEmpty())
        return History{};
    return readKnown(db, found.first());
}

} // namespace backstep
