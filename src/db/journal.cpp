#include "db/journal.h"

#include "db/databasesession.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace backstep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
};
} // namespace

const QList<QStringList> &Journal::schemaRevisions()
{
    // Append revisions; never edit one that has shipped.
    static const QList<QStringList> revisions{
        // 1: the event log.
        {QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                        "at TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, "
                        "action TEXT NOT NULL, outcome TEXT NOT NULL, detail TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX events_kind_at ON events (kind, at)")},
        // 2: the backup catalog.
        {QStringLiteral(
             "CREATE TABLE backups (id INTEGER PRIMARY KEY AUTOINCREMENT, "
             "path TEXT NOT NULL, database_url TEXT NOT NULL, database_name TEXT NOT NULL, "
             "engine TEXT NOT NULL, compression TEXT NOT NULL, status TEXT NOT NULL, "
             "bytes INTEGER, sha256 TEXT, started_at TEXT NOT NULL, finished_at TEXT, "
             "duration_ms INTEGER, server_version TEXT, migration_version TEXT, "
             "gtid TEXT, binlog_file TEXT, binlog_position INTEGER, error TEXT)"),
         QStringLiteral("CREATE INDEX backups_database ON backups (database_url, started_at)")},
        // 3: rollback runs and each of their steps (the resume point after a crash).
        {QStringLiteral(
             "CREATE TABLE rollback_runs (id TEXT PRIMARY KEY, database_url TEXT NOT NULL, "
             "database_name TEXT NOT NULL, engine TEXT NOT NULL, target TEXT NOT NULL, "
             "request TEXT NOT NULL, status TEXT NOT NULL, started_at TEXT NOT NULL, "
             "finished_at TEXT, backup_id INTEGER, backup_override INTEGER NOT NULL, "
             "operator TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER, connection_id INTEGER, "
             "error TEXT)"),
         QStringLiteral("CREATE INDEX rollback_runs_database ON rollback_runs (database_url, "
                        "started_at)"),
         QStringLiteral(
             "CREATE TABLE rollback_steps (run_id TEXT NOT NULL REFERENCES rollback_runs (id), "
             "idx INTEGER NOT NULL, migration_version TEXT NOT NULL, migration_name TEXT NOT "
             "NULL, migration_author TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, "
             "col INTEGER NOT NULL, kind TEXT NOT NULL, sql TEXT NOT NULL, status TEXT NOT NULL, "
             "started_at TEXT, finished_at TEXT, duration_ms INTEGER, error TEXT, "
             "fingerprint TEXT, attempts INTEGER NOT NULL DEFAULT 0, "
             "PRIMARY KEY (run_id, idx))")},
        // 4: schema snapshots (before and after rollbacks, manual, replays of UP sections).
        {QStringLiteral(
             "CREATE TABLE schema_snapshots (id INTEGER PRIMARY KEY AUTOINCREMENT, "
             "database_url TEXT NOT NULL, migration_version TEXT NOT NULL, taken_at TEXT NOT "
             "NULL, purpose TEXT NOT NULL, run_id TEXT, snapshot TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX schema_snapshots_database ON schema_snapshots "
                        "(database_url, migration_version, taken_at)")},
        // 5: verification reports, and the exact row counts taken with a snapshot.
        {QStringLiteral("CREATE TABLE verification_reports (id INTEGER PRIMARY KEY "
                        "AUTOINCREMENT, database_url TEXT NOT NULL, run_id TEXT, generated_at "
                        "TEXT NOT NULL, verdict TEXT NOT NULL, failures INTEGER NOT NULL, "
                        "report TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX verification_reports_database ON verification_reports "
                        "(database_url, generated_at)"),
         QStringLiteral("CREATE TABLE snapshot_row_counts (snapshot_id INTEGER NOT NULL "
                        "REFERENCES schema_snapshots (id), table_name TEXT NOT NULL, row_count "
                        "INTEGER NOT NULL, PRIMARY KEY (snapshot_id, table_name))")},
        // 6: how each rollback step ran (batched, alone, ...: what a resume believes), and
        // where a run keeps its progress rows when not in the target database.
        {QStringLiteral("ALTER TABLE rollback_steps ADD COLUMN mode TEXT"),
         QStringLiteral("ALTER TABLE rollback_runs ADD COLUMN progress_schema TEXT")},
        // 7: playbook runs, each of their steps with its evidence, and their incident reports.
        {QStringLiteral(
             "CREATE TABLE playbook_runs (id TEXT PRIMARY KEY, profile TEXT NOT NULL, "
             "database_url TEXT NOT NULL, database_name TEXT NOT NULL, target TEXT NOT NULL, "
             "target_option TEXT NOT NULL, backup_kind TEXT NOT NULL, status TEXT NOT NULL, "
             "started_at TEXT NOT NULL, finished_at TEXT, operator TEXT NOT NULL, "
             "host TEXT NOT NULL, pid INTEGER, server TEXT NOT NULL, connection TEXT NOT NULL, "
             "error TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX playbook_runs_database ON playbook_runs (database_url, "
                        "started_at)"),
         QStringLiteral(
             "CREATE TABLE playbook_steps (run_id TEXT NOT NULL REFERENCES playbook_runs (id), "
             "idx INTEGER NOT NULL, step TEXT NOT NULL, status TEXT NOT NULL, started_at TEXT, "
             "finished_at TEXT, attempts INTEGER NOT NULL DEFAULT 0, skip_reason TEXT NOT NULL, "
             "skip_note TEXT NOT NULL, error TEXT NOT NULL, summary TEXT NOT NULL, "
             "evidence TEXT NOT NULL, PRIMARY KEY (run_id, idx))"),
         QStringLiteral(
             "CREATE TABLE playbook_reports (run_id TEXT NOT NULL REFERENCES playbook_runs (id), "
             "format TEXT NOT NULL, generated_at TEXT NOT NULL, body BLOB NOT NULL, "
             "PRIMARY KEY (run_id, format))")},
        // 8: what each backup held (its manifest, JSON), and its last verification and
        // test-restore: when, whether it passed, and what was found or compared.
        {QStringLiteral("ALTER TABLE backups ADD COLUMN manifest TEXT"),
         QStringLiteral("ALTER TABLE backups ADD COLUMN verified_at TEXT"),
         QStringLiteral("ALTER TABLE backups ADD COLUMN verified_ok INTEGER"),
         QStringLiteral("ALTER TABLE backups ADD COLUMN verified_detail TEXT"),
         QStringLiteral("ALTER TABLE backups ADD COLUMN test_restored_at TEXT"),
         QStringLiteral("ALTER TABLE backups ADD COLUMN test_restored_ok INTEGER"),
         QStringLiteral("ALTER TABLE backups ADD COLUMN test_restored_detail TEXT")},
        // 9: the server's binary log position (GTID, file and offset; ServerPosition's
        // JSON) before a rollback run and after it settled.
        {QStringLiteral("ALTER TABLE rollback_runs ADD COLUMN position_before TEXT"),
         QStringLiteral("ALTER TABLE rollback_runs ADD COLUMN position_after TEXT")},
        // 10: why a backup's GTID set and binary log position could not be read (the
        // server's reason), instead of blanks.
        {QStringLiteral("ALTER TABLE backups ADD COLUMN position_unknown TEXT")},
    };
    return revisions;
}

QString Journal::defaultPath()
{
    QString configured = qEnvironmentVariable("BACKSTEP_JOURNAL");
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/backstep/journal.sqlite");
}

Journal::Journal(std::unique_ptr<DatabaseSession> session, QString path)
    : m_session(std::move(session))
    , m_path(std::move(path))
{}

Journal::~Journal() = default;

QSqlDatabase &Journal::database()
{
    return m_session->database();
}

Result<std::unique_ptr<Journal>> Journal::open(const QString &path)
{
    const QString absolute = QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return Error{Tr::tr("cannot create the journal's folder for %1").arg(absolute)};
    if (!QFile::exists(absolute)) {
        QFile create(absolute);
        if (!create.open(QIODevice::WriteOnly))
            return Error{
                Tr::tr("cannot create the journal %1: %2").arg(absolute, create.errorString())};
        create.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    ConnectionSpec spec;
    spec.engine = ConnectionSpec::Engine::Sqlite;
    spec.sqlitePath = absolute;
    auto session = DatabaseSession::open(spec, {});
    if (!session)
        return session.failure();
    std::unique_ptr<Journal> journal(new Journal(std::move(session).value(), absolute));
    QSqlQuery pragma(journal->database());
    // WAL: readers (the GUI) never wait for the writer (a worker); FULL sync: an event
    // that was recorded survives a crash or power loss.
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !pragma.exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return Error{
            Tr::tr("cannot configure the journal %1: %2").arg(absolute, pragma.lastError().text())};
    auto migrated = journal->migrate();
    if (!migrated)
        return migrated.failure();
    return journal;
}

Result<void> Journal::migrate()
{
    QSqlDatabase &db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Error{
            Tr::tr("cannot read the journal's schema version: %1").arg(query.lastError().text())};
    m_schemaVersion = query.value(0).toInt();
    // A statement left open would keep this connection's read snapshot: SQLite then refuses
    // the write lock below at once (SQLITE_BUSY without waiting) when another connection
    // has written since.
    query.finish();
    const auto &revisions = schemaRevisions();
    if (m_schemaVersion > revisions.size())
        return Error{Tr::tr("the journal %1 has schema version %2, newer than this Backstep (%3): "
                            "use a newer Backstep")
                         .arg(m_path)
                         .arg(m_schemaVersion)
                         .arg(revisions.size())};
    while (m_schemaVersion < revisions.size()) {
        // Several threads may open a new journal at once (the GUI, a workspace check, a
        // rollback worker): take the write lock first, waiting for it, then decide from the
        // version read under it; a deferred BEGIN would fail at once with "database is
        // locked", or apply a revision another connection has just applied.
        sql::Transaction transaction(database(), sql::Transaction::Mode::Immediate);
        if (auto begun = transaction.begin(); !begun)
            return begun.failure().prefixed(
                Tr::tr("cannot lock the journal to bring its schema up to date"));
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return sql::queryError(query, Tr::tr("cannot read the journal's schema version"));
        m_schemaVersion = query.value(0).toInt();
        query.finish();
        if (m_schemaVersion >= revisions.size())
            break; // another connection brought it up to date first
        const int next = m_schemaVersion + 1;
        for (const QString &statement : revisions[m_schemaVersion])
            if (!query.exec(statement))
                return sql::queryError(
                    query, Tr::tr("cannot bring the journal to schema version %1").arg(next));
        // PRAGMA takes no bound values; `next` is a number of ours.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)))
            return sql::queryError(query, Tr::tr("cannot record the journal's schema version"));
        if (auto committed = transaction.commit(); !committed)
            return committed.failure().prefixed(
                Tr::tr("cannot bring the journal to schema version %1").arg(next));
        m_schemaVersion = next;
    }
    return {};
}

Result<qint64> Journal::record(JournalEvent event)
{
    if (!event.at.isValid())
        event.at = QDateTime::currentDateTimeUtc();
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO events (at, kind, subject, action, outcome, detail) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(event.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(event.kind);
    query.addBindValue(event.subject);
    query.addBindValue(event.action);
    query.addBindValue(event.outcome);
    query.addBindValue(event.detail);
    if (!query.exec())
        return Error{Tr::tr("cannot write to the journal: %1").arg(query.lastError().text())};
    return query.lastInsertId().toLongLong();
}

Result<QList<JournalEvent>> Journal::events(const QString &kind, int limit)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT id, at, kind, subject, action, outcome, detail FROM events "
                       "WHERE (? = '' OR kind = ?) ORDER BY id DESC LIMIT ?"));
    query.addBindValue(kind);
    query.addBindValue(kind);
    query.addBindValue(limit);
    QList<JournalEvent> found;
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot read the journal's events"));
    while (query.next())
        found.append({query.value(0).toLongLong(),
                      QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                      query.value(2).toString(), query.value(3).toString(),
                      query.value(4).toString(), query.value(5).toString(),
                      query.value(6).toString()});
    return found;
}

} // namespace backstep
