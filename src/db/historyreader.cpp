#include "db/historyreader.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace backstep {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryReader", text);
}

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

Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Error{tr("cannot read the history (%1): %2").arg(sql, query.lastError().text())};
    return query;
}

Result<History> readDbmate(QSqlDatabase &db, const QString &table)
{
    auto query = run(db, QStringLiteral("SELECT version FROM %1").arg(table));
    if (!query)
        return Error{query.error()};
    History history;
    history.style = HistoryStyle::Dbmate;
    history.table = table;
    while (query->next())
        history.applied.append({query->value(0).toString(), {}, false, false});
    std::sort(history.applied.begin(), history.applied.end(),
              [](const AppliedMigration &a, const AppliedMigration &b) {
                  return compareVersions(a.version, b.version) < 0;
              });
    return history;
}

Result<History> readGolangMigrate(QSqlDatabase &db, const QString &table)
{
    auto query = run(db, QStringLiteral("SELECT version, dirty FROM %1").arg(table));
    if (!query)
        return Error{query.error()};
    History history;
    history.style = HistoryStyle::GolangMigrate;
    history.table = table;
    history.currentVersionOnly = true;
    if (query->next())
        history.applied.append({query->value(0).toString(), {}, query->value(1).toBool(), false});
    if (query->next())
        return Error{tr("%1 holds more than one row; golang-migrate keeps exactly one").arg(table)};
    return history;
}

Result<History> readGoose(QSqlDatabase &db, const QString &table)
{
    auto query = run(db, QStringLiteral("SELECT id, version_id, is_applied, tstamp FROM %1 "
                                        "ORDER BY id")
                             .arg(table));
    if (!query)
        return Error{query.error()};
    // Goose appends a row per up (and, in older versions, per down): the last row of a
    // version decides; version 0 is goose's own bootstrap row.
    struct Last
    {
        qint64 id;
        bool applied;
        QDateTime at;
    };
    QHash<QString, Last> last;
    while (query->next()) {
        const QString version = query->value(1).toString();
        if (version == u"0")
            continue;
        last.insert(version, {query->value(0).toLongLong(), query->value(2).toBool(),
                              toDateTime(query->value(3))});
    }
    QList<std::pair<qint64, AppliedMigration>> applied;
    for (auto it = last.cbegin(); it != last.cend(); ++it)
        if (it->applied)
            applied.append({it->id, {it.key(), it->at, false, false}});
    std::sort(applied.begin(), applied.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    History history;
    history.style = HistoryStyle::Goose;
    history.table = table;
    history.recordsAppliedOrder = true;
    for (auto &entry : applied)
        history.applied.append(entry.second);
    return history;
}

} // namespace

Result<History> HistoryReader::read(QSqlDatabase &db)
{
    const QStringList tables = db.tables(QSql::Tables);
    auto find = [&](const QString &name) -> QString {
        for (const QString &table : tables)
            if (table.compare(name, Qt::CaseInsensitive) == 0)
                return table;
        return {};
    };
    const QString goose = find(QStringLiteral("goose_db_version"));
    const QString schemaMigrations = find(QStringLiteral("schema_migrations"));
    if (!goose.isEmpty() && !schemaMigrations.isEmpty())
        return Error{tr("the database has two history tables, %1 and %2: Backstep cannot tell "
                        "which one the application uses")
                         .arg(goose, schemaMigrations)};
    if (!goose.isEmpty())
        return readGoose(db, goose);
    if (!schemaMigrations.isEmpty()) {
        if (db.record(schemaMigrations).contains(QStringLiteral("dirty")))
            return readGolangMigrate(db, schemaMigrations);
        return readDbmate(db, schemaMigrations);
    }
    return History{};
}

} // namespace backstep
