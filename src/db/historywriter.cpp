#include "db/historywriter.h"

#include "core/version.h"
#include "db/databasesession.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

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
    QString quoted(const QString &name) const
    {
        return sql::quoteIdentifier(sql::dialectOf(m_session), name);
    }
    bool isSqlite() const { return m_session.spec().engine == ConnectionSpec::Engine::Sqlite; }
    QString databaseName() const { return m_session.spec().databaseName(); }

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

    Result<QVariant> value(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return Error{
                Tr::tr("cannot write the history (%1): %2").arg(sql, query.lastError().text())};
        return query.value(0);
    }

    Result<QVariantList> column(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return Error{
                Tr::tr("cannot write the history (%1): %2").arg(sql, query.lastError().text())};
        QVariantList list;
        while (query.next())
            list.append(query.value(0));
        return list;
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

    // Runs `body` holding the advisory lock `name` (waiting up to `seconds`), as the tool
    // itself holds it while it writes; refused when another holder keeps it.
    template <typename Body> Result<int> holdingLock(const QString &name, int seconds, Body body)
    {
        if (isSqlite())
            return body();
        auto got = value(QStringLiteral("SELECT GET_LOCK(?, ?)"), {name, seconds});
        if (!got)
            return got.failure();
        if (got->toInt() != 1)
            return Error{Tr::tr("the lock %1 is held by another session (the tool itself may be "
                                "running): the history was not written")
                             .arg(name)};
        Result<int> result = body();
        (void)value(QStringLiteral("SELECT RELEASE_LOCK(?)"), {name});
        return result;
    }

    QString connectedUser()
    {
        if (isSqlite())
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

// The row of the history that records this migration, by the format's identity.
const AppliedMigration *appliedEntry(const History &history, const MigrationSet &set,
                                     const Migration &migration)
{
    for (const AppliedMigration &entry : history.applied)
        if (sameVersion(set.format, entry.version, migration.version) &&
            (migration.author.isEmpty() || entry.author.isEmpty() ||
             entry.author == migration.author))
            return &entry;
    return nullptr;
}

// golang-migrate's target: the version before this one in the source files, or none.
QString previousVersion(const MigrationSet &set, const Migration &migration)
{
    QString previous;
    for (const Migration &other : set.migrations)
        if (compareVersions(other.version, migration.version) < 0 &&
            (previous.isEmpty() || compareVersions(other.version, previous) > 0))
            previous = other.version;
    return previous;
}

// golang-migrate's SetVersion(version, dirty): the one row replaced, in one transaction,
// under golang-migrate's lock. -1 is its "no version".
Result<int> setGolangMigrateVersion(Writer &writer, const History &history, qlonglong version,
                                    bool dirty)
{
    return writer.holdingLock(
        HistoryWriter::golangMigrateLockId(writer.databaseName(), history.table), 10,
        [&]() -> Result<int> {
            return writer.inTransaction([&]() -> Result<int> {
                auto deleted = writer.exec(QStringLiteral("DELETE FROM %1").arg(writer.table()));
                if (!deleted)
                    return deleted;
                if (version < 0 && !dirty)
                    return deleted;
                return writer.exec(QStringLiteral("INSERT INTO %1 (version, dirty) VALUES (?, ?)")
                                       .arg(writer.table()),
                                   {version, dirty ? 1 : 0});
            });
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

QString joined(const QVariantList &values)
{
    QStringList texts;
    for (const QVariant &value : values)
        texts.append(value.toString());
    // Never NULL: Sqitch's events columns are NOT NULL, and it writes '' for none.
    return texts.isEmpty() ? QStringLiteral("") : texts.join(u',');
}

// Who Sqitch would name as the committer: its own environment variables, else the system
// user.
std::pair<QString, QString> sqitchCommitter()
{
    QString name = qEnvironmentVariable("SQITCH_FULLNAME");
    QString email = qEnvironmentVariable("SQITCH_EMAIL");
    const QString user = qEnvironmentVariable("USER", QStringLiteral("backstep"));
    if (name.isEmpty())
        name = user;
    if (email.isEmpty())
        email = user + QStringLiteral("@localhost");
    return {name, email};
}

// log_revert_change of Sqitch's DBIEngine: tags, dependencies and the change's row go; an
// events row says 'revert'.
Result<int> writeSqitch(Writer &writer, const History &history, const AppliedMigration &entry)
{
    const QString registry = history.table.section(u'.', 0, 0);
    auto in = [&](const char *table) {
        return writer.quoted(registry) + u'.' + writer.quoted(QString::fromLatin1(table));
    };
    const QString changeId = entry.recordId;
    const auto [committer, email] = sqitchCommitter();
    return writer.holdingLock(
        QStringLiteral("sqitch working on ") + writer.databaseName(), 0, [&]() -> Result<int> {
            return writer.inTransaction([&]() -> Result<int> {
                auto tags = writer.column(
                    QStringLiteral("SELECT tag FROM %1 WHERE change_id = ?").arg(in("tags")),
                    {changeId});
                if (!tags)
                    return tags.failure();
                auto required = writer.column(
                    QStringLiteral("SELECT dependency FROM %1 WHERE change_id = ? AND type = ?")
                        .arg(in("dependencies")),
                    {changeId, QStringLiteral("require")});
                if (!required)
                    return required.failure();
                auto conflicts = writer.column(
                    QStringLiteral("SELECT dependency FROM %1 WHERE change_id = ? AND type = ?")
                        .arg(in("dependencies")),
                    {changeId, QStringLiteral("conflict")});
                if (!conflicts)
                    return conflicts.failure();
                int written = 0;
                for (const char *table : {"tags", "dependencies"}) {
                    auto deleted = writer.exec(
                        QStringLiteral("DELETE FROM %1 WHERE change_id = ?").arg(in(table)),
                        {changeId});
                    if (!deleted)
                        return deleted;
                    written += deleted.value();
                }
                // The change's own facts, from its row, before it goes.
                auto logged = writer.exec(
                    QStringLiteral(
                        "INSERT INTO %1 (event, change_id, %2, project, note, tags, requires, "
                        "conflicts, committer_name, committer_email, planned_at, planner_name, "
                        "planner_email, committed_at) "
                        "SELECT 'revert', change_id, %2, project, note, ?, ?, ?, ?, ?, "
                        "planned_at, planner_name, planner_email, utc_timestamp(6) "
                        "FROM %3 WHERE change_id = ?")
                        .arg(in("events"), writer.quoted(QStringLiteral("change")), in("changes")),
                    {joined(tags.value()), joined(required.value()), joined(conflicts.value()),
                     committer, email, changeId});
                if (!logged)
                    return logged;
                auto deleted = writer.exec(
                    QStringLiteral("DELETE FROM %1 WHERE change_id = ?").arg(in("changes")),
                    {changeId});
                if (!deleted)
                    return deleted;
                if (deleted.value() != 1)
                    return Error{Tr::tr("Sqitch's registry has no change %1 (%2) to revert")
                                     .arg(entry.version, changeId)};
                return written + logged.value() + deleted.value();
            });
        });
}

// db-migrate deletes by the stored name, and without a scope by the bare name too.
Result<int> writeDbMigrate(Writer &writer, const AppliedMigration &entry)
{
    const QString stored = entry.recordId;
    return writer.inTransaction([&]() -> Result<int> {
        auto deleted = writer.exec(
            QStringLiteral("DELETE FROM %1 WHERE name = ?").arg(writer.table()), {stored});
        if (!deleted || !stored.startsWith(u'/'))
            return deleted;
        auto bare = writer.exec(QStringLiteral("DELETE FROM %1 WHERE name = ?").arg(writer.table()),
                                {stored.sliced(1)});
        if (!bare)
            return bare;
        return deleted.value() + bare.value();
    });
}

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

} // namespace

QString HistoryWriter::golangMigrateLockId(const QString &database, const QString &table)
{
    constexpr quint32 salt = 1486364155u;
    const quint32 sum = crc32((database + u':' + table).toUtf8()) * salt;
    return QString::number(sum);
}

Result<int> HistoryWriter::recordRollbackStart(DatabaseSession &session, const History &history,
                                               const MigrationSet &set, const Migration &migration)
{
    if (history.style != HistoryStyle::GolangMigrate)
        return 0;
    Writer writer(session, history);
    const QString previous = previousVersion(set, migration);
    return setGolangMigrateVersion(writer, history, previous.isEmpty() ? -1 : previous.toLongLong(),
                                   true);
}

Result<int> HistoryWriter::recordRollback(DatabaseSession &session, const History &history,
                                          const MigrationSet &set, const Migration &migration,
                                          qint64 executionMs)
{
    if (history.style == HistoryStyle::None)
        return Error{Tr::tr("there is no history table to record the rollback of %1 in")
                         .arg(migration.version)};
    Writer writer(session, history);
    const AppliedMigration *entry = appliedEntry(history, set, migration);
    const QString version = entry ? entry->version : migration.version;

    switch (history.style) {
    case HistoryStyle::None:
        break;
    case HistoryStyle::Dbmate:
        return writer.exec(QStringLiteral("DELETE FROM %1 WHERE version = ?").arg(writer.table()),
                           {version});
    case HistoryStyle::SqlMigrate:
        return writer.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(writer.table()),
                           {version});
    case HistoryStyle::Custom:
        return writer.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                               .arg(writer.table(), writer.quoted(history.versionColumn)),
                           {version});
    case HistoryStyle::Goose:
        return writer.exec(
            QStringLiteral("DELETE FROM %1 WHERE version_id = ?").arg(writer.table()),
            {version.toLongLong()});
    case HistoryStyle::GolangMigrate: {
        const QString previous = previousVersion(set, migration);
        // golang-migrate keeps versions as BIGINT: "0012" goes in as 12.
        return setGolangMigrateVersion(writer, history,
                                       previous.isEmpty() ? -1 : previous.toLongLong(), false);
    }
    case HistoryStyle::Flyway:
        return writeFlyway(writer, migration, version, executionMs);
    case HistoryStyle::Liquibase:
        if (!entry)
            return Error{Tr::tr("changeset %1 by %2 is not in %3")
                             .arg(migration.version, migration.author, history.table)};
        return writer.exec(
            QStringLiteral("DELETE FROM %1 WHERE ID = ? AND AUTHOR = ? AND FILENAME = ?")
                .arg(writer.table()),
            {entry->version, entry->author, entry->script});
    case HistoryStyle::DbMigrate:
        if (!entry)
            return Error{Tr::tr("%1 is not in %2").arg(migration.version, history.table)};
        return writeDbMigrate(writer, *entry);
    case HistoryStyle::Sqitch:
        if (!entry)
            return Error{Tr::tr("the change %1 is not in Sqitch's registry %2")
                             .arg(migration.version, history.table)};
        return writeSqitch(writer, history, *entry);
    }
    return Error{Tr::tr("unknown history style")};
}

} // namespace backstep
