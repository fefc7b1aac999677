#pragma once

#include "core/result.h"
#include "db/journal.h"
#include "db/sql.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace backstep {

// How every table of the journal spells its values and lists its runs: one way for the
// rollback runs, the playbook runs and the backup catalog.
namespace journalrows {

// A time as the journal stores it: ISO 8601 in UTC with milliseconds; empty for none.
QString timeText(const QDateTime &at);
// The same as a bound value: NULL for none.
QVariant timeValue(const QDateTime &at);
QDateTime timeFrom(const QVariant &value);
QString nowText();
// SQLite's NOT NULL refuses a null QString; an empty text is what "none" means here.
QString text(const QString &value);

// The runs of `table` ("rollback_runs", "playbook_runs": id, database_url, started_at and
// the `columns` read by `fromRow`) of one database (`databaseUrl`; empty: of every
// database), newest first, at most `limit`; `failure` says what could not be read.
template <typename FromRow>
auto listRuns(Journal &journal, const QString &table, const QString &columns,
              const QString &databaseUrl, int limit, FromRow fromRow, const QString &failure)
    -> Result<QList<decltype(fromRow(std::declval<const QSqlQuery &>()))>>
{
    QSqlQuery query(journal.database());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE (? = '' OR database_url = ?) "
                                 "ORDER BY started_at DESC, rowid DESC LIMIT ?")
                      .arg(columns, sql::quoteIdentifier(sql::Dialect::Sqlite, table)));
    // A null QString binds as NULL, for which "? = ''" is never true: all databases are
    // asked for with an empty string.
    const QString url = text(databaseUrl);
    query.addBindValue(url);
    query.addBindValue(url);
    query.addBindValue(limit);
    if (!query.exec())
        return sql::queryError(query, failure);
    QList<decltype(fromRow(query))> runs;
    while (query.next())
        runs.append(fromRow(query));
    return runs;
}

// A run that must be there: a run not found is the error `missing`.
template <typename Run>
Result<Run> requireRun(Result<std::optional<Run>> loaded, const QString &missing)
{
    if (!loaded)
        return loaded.failure();
    std::optional<Run> found = std::move(loaded).value();
    if (!found)
        return Error{missing};
    return std::move(*found);
}

// The runs of `listed` that are still open, each read whole by `get` (the list reads
// no steps).
template <typename Run, typename Get>
Result<QList<Run>> openRuns(Result<QList<Run>> listed, Get get)
{
    if (!listed)
        return listed.failure();
    QList<Run> runs;
    for (const Run &run : listed.value()) {
        if (!run.open())
            continue;
        Result<Run> full = get(run.id);
        if (!full)
            return full.failure();
        runs.append(std::move(full).value());
    }
    return runs;
}

} // namespace journalrows

} // namespace backstep
