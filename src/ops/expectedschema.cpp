#include "ops/expectedschema.h"

#include "core/sqltokens.h"
#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "db/journal.h"
#include "db/schemareader.h"
#include "db/snapshotstore.h"
#include "db/targetconnection.h"
#include "ops/workspaceloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>

Q_LOGGING_CATEGORY(lcExpected, "backstep.expected")

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExpectedSchema)
};

constexpr qsizetype maxIdentifier = 64;

// The UP sections to replay, in order: from the first migration up to the target.
Result<QList<const Migration *>> sectionsUpTo(const MigrationSet &set, const History &history,
                                              const QString &target)
{
    QList<const Migration *> sections;
    if (target.isEmpty())
        return sections;
    if (!set.find(target))
        return Error{Tr::tr("version %1 is not in the migrations folder %2: the expected schema at "
                            "it cannot be replayed")
                         .arg(target, set.folder)};
    // Flyway: the schema up to a baseline was not made by these migrations.
    if (!history.baselineVersion.isEmpty())
        return Error{Tr::tr("the history starts at Flyway's baseline %1: the schema it stands for "
                            "was not made by the migrations in the folder, so replaying them "
                            "cannot rebuild it; take a snapshot at %2 (backstep-cli snapshot) to "
                            "verify against")
                         .arg(history.baselineVersion, target)};
    for (const Migration &migration : set.migrations) {
        if (migration.kind == MigrationKind::Repeatable)
            continue;
        if (!migration.up.errors.isEmpty())
            return Error{Tr::tr("the UP section of %1 cannot be read: %2")
                             .arg(migration.version, migration.up.errors.first().toString())};
        sections.append(&migration);
        if (sameVersion(set.format, migration.version, target))
            break;
    }
    return sections;
}

Result<void> refuseRealDatabase(const QList<const Migration *> &sections, const QString &database)
{
    for (const Migration *migration : sections)
        for (const Statement &statement : migration->up.statements)
            if (namesDatabase(statement.sql, database))
                return Error{
                    Tr::tr("%1: the UP section of %2 names the database %3 itself; replayed "
                           "in a scratch database it would change the real one. Take a "
                           "snapshot at that version instead (backstep-cli snapshot).")
                        .arg(statement.start.toString(), migration->version, database)};
    return {};
}

Result<int> applySections(DatabaseSession &session, const QList<const Migration *> &sections)
{
    TargetConnection target(session);
    int applied = 0;
    for (const Migration *migration : sections) {
        for (const Statement &statement : migration->up.statements) {
            const ExecOutcome outcome = target.execute(statement.sql);
            if (!outcome.ok)
                return Error{
                    Tr::tr("%1: the UP section of %2 failed in the replay: %3")
                        .arg(statement.start.toString(), migration->version, outcome.message)};
        }
        ++applied;
    }
    return applied;
}

struct Replayed
{
    SchemaSnapshot snapshot;
    int sections = 0;
};

// The sections applied to the empty database `spec` names, and its structure read after.
Result<Replayed> replayInto(const ConnectionSpec &spec, const QString &password,
                            const QList<const Migration *> &sections)
{
    auto session = DatabaseSession::open(spec, password);
    if (!session)
        return session.failure();
    auto applied = applySections(*session.value(), sections);
    if (!applied)
        return applied.failure();
    auto snapshot = SchemaReader::readStructure(*session.value());
    if (!snapshot)
        return snapshot.failure();
    return Replayed{std::move(snapshot).value(), applied.value()};
}

Result<Replayed> replaySqlite(const Workspace &workspace, const QList<const Migration *> &sections)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{Tr::tr("cannot create a temporary folder for the replay: %1")
                         .arg(folder.errorString())};
    ConnectionSpec spec;
    spec.engine = ConnectionSpec::Engine::Sqlite;
    spec.sqlitePath = folder.filePath(workspace.request.connection.databaseName() +
                                      QStringLiteral("_expected.sqlite"));
    {
        QFile create(spec.sqlitePath);
        if (!create.open(QIODevice::WriteOnly))
            return Error{Tr::tr("cannot create the replay's database %1: %2")
                             .arg(spec.sqlitePath, create.errorString())};
    }
    return replayInto(spec, {}, sections);
}

// Drops the scratch database however the replay ends.
class ScratchDatabase
{
public:
    ScratchDatabase(DatabaseSession &admin, QString name)
        : m_admin(admin)
        , m_name(std::move(name))
    {}
    ~ScratchDatabase()
    {
        if (!m_created)
            return;
        auto dropped = DatabaseInspector::dropDatabase(m_admin, m_name);
        if (!dropped)
            qCWarning(lcExpected) << "cannot drop the replay's scratch database" << m_name << ":"
                                  << dropped.error();
    }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    Result<void> create(const QString &likeDatabase)
    {
        const auto collation = DatabaseInspector::defaultCollation(m_admin, likeDatabase);
        // The same defaults as the real database, else every table's collation differs.
        auto created = collation ? DatabaseInspector::createDatabase(
                                       m_admin, m_name, collation->first, collation->second)
                                 : DatabaseInspector::createDatabase(m_admin, m_name);
        if (!created)
            return Error{Tr::tr("cannot create the replay's scratch database %1: %2")
                             .arg(m_name, created.error())};
        m_created = true;
        return {};
    }

private:
    DatabaseSession &m_admin;
    QString m_name;
    bool m_created = false;
};

Result<Replayed> replayMySql(const Workspace &workspace, const QList<const Migration *> &sections)
{
    const ConnectionSpec &real = workspace.request.connection;
    auto refused = refuseRealDatabase(sections, real.database);
    if (!refused)
        return refused.failure();
    auto admin = DatabaseSession::open(real, workspace.request.password);
    if (!admin)
        return admin.failure();
    ConnectionSpec spec = real;
    spec.database = ExpectedSchema::scratchName(real.database, QDateTime::currentDateTimeUtc());
    ScratchDatabase scratch(*admin.value(), spec.database);
    auto created = scratch.create(real.database);
    if (!created)
        return created.failure();
    // The session ends (and its connection closes) before the database is dropped.
    return replayInto(spec, workspace.request.password, sections);
}

} // namespace

QString ExpectedSchema::scratchName(const QString &database, const QDateTime &at)
{
    const QString suffix =
        QStringLiteral("_expected_") + at.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    QString base = database.left(maxIdentifier - suffix.size());
    if (!base.isEmpty() && base.back().isHighSurrogate())
        base.chop(1);
    return base + suffix;
}

QString ExpectedSchema::sourceName(Source source)
{
    return source == Source::Recorded ? QStringLiteral("recorded") : QStringLiteral("replay");
}

QJsonObject ExpectedSchema::toJson() const
{
    return QJsonObject{
        {QStringLiteral("source"), sourceName(source)},
        {QStringLiteral("description"), description},
        {QStringLiteral("snapshot_id"), snapshotId > 0 ? QJsonValue(snapshotId) : QJsonValue()},
        {QStringLiteral("migration_version"), snapshot.migrationVersion},
        {QStringLiteral("taken_at"), snapshot.takenAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("replayed_sections"), replayedSections},
        {QStringLiteral("ignored_tables"), QJsonArray::fromStringList(ignoredTables)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
    };
}

Result<ExpectedSchema> ExpectedSchema::replay(const Workspace &workspace,
                                              const QString &targetVersion)
{
    auto sections = sectionsUpTo(workspace.migrations, workspace.history, targetVersion);
    if (!sections)
        return sections.failure();
    const bool sqlite = workspace.request.connection.engine == ConnectionSpec::Engine::Sqlite;
    auto replayed = sqlite ? replaySqlite(workspace, sections.value())
                           : replayMySql(workspace, sections.value());
    if (!replayed)
        return replayed.failure();
    ExpectedSchema expected;
    expected.source = Source::Replay;
    expected.snapshot = std::move(replayed->snapshot);
    expected.snapshot.database = workspace.request.connection.databaseName();
    expected.snapshot.migrationVersion = targetVersion;
    expected.replayedSections = replayed->sections;
    const QString where =
        sqlite ? Tr::tr("in a temporary SQLite database") : Tr::tr("in a scratch database");
    const QString count = replayed->sections == 1
                              ? Tr::tr("1 UP section")
                              : Tr::tr("%1 UP sections").arg(replayed->sections);
    expected.description = Tr::tr("replay of %1 %2").arg(count, where);
    if (!workspace.history.table.isEmpty())
        expected.ignoredTables << workspace.history.table;
    expected.ignoredTables << workspace.history.toolTables;
    return expected;
}

Result<ExpectedSchema> ExpectedSchema::at(const Workspace &workspace, const QString &targetVersion,
                                          const QString &journalPath)
{
    auto journal = Journal::open(journalPath);
    if (!journal)
        return journal.failure();
    SnapshotStore store(*journal.value());
    const QString url = workspace.request.connection.url();
    auto recorded = store.latestAt(url, targetVersion,
                                   {SnapshotPurpose::BeforeRollback, SnapshotPurpose::Manual});
    if (!recorded)
        return recorded.failure();
    if (const std::optional<StoredSnapshot> &found = recorded.value(); found) {
        const StoredSnapshot &stored = *found;
        ExpectedSchema expected;
        expected.source = Source::Recorded;
        expected.snapshot = stored.snapshot;
        expected.snapshotId = stored.id;
        expected.description =
            Tr::tr("recorded snapshot #%1 taken %2")
                .arg(stored.id)
                .arg(stored.snapshot.takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd "
                                                                             "HH:mm:ss 'UTC'")));
        return expected;
    }
    auto replayed = replay(workspace, targetVersion);
    if (!replayed)
        return replayed;
    auto saved = store.save(url, replayed->snapshot, SnapshotPurpose::Replay);
    if (saved)
        replayed->snapshotId = saved.value();
    else
        replayed->notes << saved.error();
    return replayed;
}

} // namespace backstep
