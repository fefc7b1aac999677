#include "db/historywriter.h"

#include "core/version.h"
#include "db/databasesession.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryWriter)
};

class Writer
{
public:
    Writer(DatabaseSession &session, const History &history)
        : m_db(session.database())
        , m_session(session)
        , m_table(sql::quoteIdentifier(sql::dialectOf(session), history.table))
    {}

    QString table() const { return m_table; }
    QString column(const QString &name) const
    {
        return sql::quoteIdentifier(sql::dialectOf(m_session), name);
    }

    Result<int> exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            return fail(sql, query);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return fail(sql, query);
        return int(query.numRowsAffected());
    }

    Result<QVariant> value(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return Error{
                Tr::tr("cannot write the history (%1): %2").arg(sql, query.lastError().text())};
        return query.value(0);
    }

    // Several statements as one change: all or none.
    template <typename Body> Result<int> inTransaction(Body body)
    {
        sql::Transaction transaction(m_db);
        if (auto begun = transaction.begin(); !begun)
            return begun.failure();
        Result<int> result = body();
        if (!result)
            return result;
        if (auto committed = transaction.commit(); !committed)
            return committed.failure().prefixed(Tr::tr("cannot write the history"));
        return result;
    }

    QString connectedUser()
    {
        if (m_session.spec().engine == ConnectionSpec::Engine::Sqlite)
            return m_session.spec().user;
        auto user = value(QStringLiteral("SELECT SUBSTRING_INDEX(USER(), '@', 1)"));
        return user ? user->toString() : m_session.spec().user;
    }

private:
    Result<int> fail(const QString &sql, const QSqlQuery &query)
    {
        return Error{
            Tr::tr("cannot write the history (%1): %2").arg(sql, query.lastError().text())};
    }

    QSqlDatabase &m_db;
    DatabaseSession &m_session;
    QString m_table;
};

// The version as the table wrote it ("12" where the file says "0012").
const AppliedMigration *appliedEntry(const History &history, const Migration &migration)
{
    const QString key = versionKey(migration.version);
    for (const AppliedMigration &entry : history.applied)
        if (versionKey(entry.version) == key &&
            (migration.author.isEmpty() || entry.author.isEmpty() ||
             entry.author == migration.author))
            return &entry;
    return nullptr;
}

Result<int> writeGolangMigrate(Writer &writer, const MigrationSet &set, const Migration &migration)
{
    QString previous;
    for (const Migration &other : set.migrations)
        if (compareVersions(other.version, migration.version) < 0 &&
            (previous.isEmpty() || compareVersions(other.version, previous) > 0))
            previous = other.version;
    return writer.inTransaction([&]() -> Result<int> {
        auto deleted = writer.exec(QStringLiteral("DELETE FROM %1").arg(writer.table()));
        if (!deleted || previous.isEmpty())
            return deleted;
        // golang-migrate keeps versions as BIGINT: "0012" goes in as 12.
        return writer.exec(
            QStringLiteral("INSERT INTO %1 (version, dirty) VALUES (?, 0)").arg(writer.table()),
            {previous.toLongLong()});
    });
}

Result<int> writeFlyway(Writer &writer, const Migration &migration, const QString &version,
                        qint64 executionMs)
{
    const QString undoFile =
        migration.down.file.isEmpty() ? QString() : QFileInfo(migration.down.file).fileName();
    const QString user = writer.connectedUser();
    return writer.inTransaction([&]() -> Result<int> {
        auto rank =
            writer.value(QStringLiteral("SELECT COALESCE(MAX(installed_rank), 0) + 1 FROM %1")
                             .arg(writer.table()));
        if (!rank)
            return rank.failure();
        return writer.exec(
            QStringLiteral("INSERT INTO %1 (installed_rank, version, description, type, script, "
                           "checksum, installed_by, installed_on, execution_time, success) "
                           "VALUES (?, ?, ?, 'UNDO_SQL', ?, NULL, ?, CURRENT_TIMESTAMP, ?, 1)")
                .arg(writer.table()),
            {rank->toLongLong(), version, migration.name, undoFile, user, executionMs});
    });
}

} // namespace

Result<int> HistoryWriter::recordRollback(DatabaseSession &session, const History &history,
                                          const MigrationSet &set, const Migration &migration,
                                          qint64 executionMs)
{
    if (history.style == HistoryStyle::None)
        return Error{Tr::tr("there is no history table to record the rollback of %1 in")
                         .arg(migration.version)};
    Writer writer(session, history);
    const AppliedMigration *entry = appliedEntry(history, migration);
    const QString version = entry ? entry->version : migration.version;

    switch (history.style) {
    case HistoryStyle::None:
        break;
    case HistoryStyle::Dbmate:
        return writer.exec(QStringLiteral("DELETE FROM %1 WHERE version = ?").arg(writer.table()),
                           {version});
    case HistoryStyle::Custom:
        return writer.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                               .arg(writer.table(), writer.column(history.versionColumn)),
                           {version});
    case HistoryStyle::Goose:
        return writer.exec(
            QStringLiteral("DELETE FROM %1 WHERE version_id = ?").arg(writer.table()),
            {version.toLongLong()});
    case HistoryStyle::GolangMigrate:
        return writeGolangMigrate(writer, set, migration);
    case HistoryStyle::Flyway:
        return writeFlyway(writer, migration, version, executionMs);
    case HistoryStyle::Liquibase: {
        if (!entry)
            return Error{Tr::tr("changeset %1 by %2 is not in %3")
                             .arg(migration.version, migration.author, history.table)};
        return writer.exec(
            QStringLiteral("DELETE FROM %1 WHERE ID = ? AND AUTHOR = ? AND FILENAME = ?")
                .arg(writer.table()),
            {entry->version, entry->author, entry->script});
    }
    }
    return Error{Tr::tr("unknown history style")};
}

} // namespace backstep
