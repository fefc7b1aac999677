#include "db/demoworkspace.h"

#include "core/migrationfolderreader.h"
#include "db/databasesession.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)
};

// The incident of the playbook: 1200-1203 went out in one deploy; 1204 and 1205 wait.
constexpr const char *lastAppliedVersion = "1203";
const QDateTime firstDeploy(QDate(2026, 10, 5), QTime(9, 30), QTimeZone::UTC);
const QDateTime incidentDeploy(QDate(2026, 11, 23), QTime(2, 10), QTimeZone::UTC);

const char *const seedAfter1197[] = {
    "INSERT INTO users (id, email, display_name) VALUES "
    "(1, 'ana@example.org', 'Ana Moreau'), (2, 'bo@example.org', 'Bo Lindqvist'), "
    "(3, 'chen@example.org', 'Chen Wei')",
    "INSERT INTO heart_rate_readings (user_id, bpm, source, measured_at) VALUES "
    "(1, 62, NULL, '2026-11-20 07:00:00'), (1, 118, 'wrist-v2', '2026-11-20 07:30:00'), "
    "(2, 71, NULL, '2026-11-20 08:00:00'), (3, 88, 'wrist-v2', '2026-11-21 12:00:00')",
    "INSERT INTO food_logs (user_id, logged_at, calories, items) VALUES "
    "(1, '2026-11-20 08:15:00', 420, '[\"oatmeal\", \"blueberries\", \"coffee\"]'), "
    "(2, '2026-11-20 12:40:00', 760, '[\"lentil soup\", \"bread\"]'), "
    "(3, '2026-11-21 19:05:00', 640, '[\"salmon\", \"rice\", \"broccoli\"]')",
};

Result<void> exec(QSqlDatabase &db, const QString &statement, const QString &where,
                  const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{Tr::tr("%1: %2").arg(where, query.lastError().text())};
    return {};
}

} // namespace

QString DemoWorkspace::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/backstep/demo");
}

Result<DemoWorkspace::Paths> DemoWorkspace::ensure(const QString &folder)
{
    Paths paths{folder, folder + QStringLiteral("/migrations"),
                folder + QStringLiteral("/heartguard.sqlite")};
    if (QFile::exists(paths.database) && QDir(paths.migrations).exists())
        return paths;
    return create(folder);
}

Result<DemoWorkspace::Paths> DemoWorkspace::create(const QString &folder)
{
    Paths paths{QDir(folder).absolutePath(), {}, {}};
    paths.migrations = paths.folder + QStringLiteral("/migrations");
    paths.database = paths.folder + QStringLiteral("/heartguard.sqlite");
    if (!QDir().mkpath(paths.migrations))
        return Error{Tr::tr("cannot create the demo folder %1").arg(paths.migrations)};

    const QDir source(QStringLiteral(":/demo/migrations"));
    for (const QString &name : source.entryList(QDir::Files, QDir::Name)) {
        const QString target = paths.migrations + u'/' + name;
        QFile::remove(target);
        if (!QFile::copy(source.filePath(name), target))
            return Error{Tr::tr("cannot write %1").arg(target)};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                          QFile::ReadOther);
    }

    QFile::remove(paths.database);
    {
        QFile create(paths.database);
        if (!create.open(QIODevice::WriteOnly))
            return Error{Tr::tr("cannot create %1: %2").arg(paths.database, create.errorString())};
    }
    auto session = DatabaseSession::open(ConnectionSpec::parse(paths.url()).value(), {});
    if (!session)
        return session.failure();
    QSqlDatabase &db = session.value()->database();

    auto ok = exec(db,
                   QStringLiteral("CREATE TABLE goose_db_version (id INTEGER PRIMARY KEY "
                                  "AUTOINCREMENT, version_id INTEGER NOT NULL, is_applied INTEGER "
                                  "NOT NULL, tstamp TIMESTAMP DEFAULT (datetime('now')))"),
                   Tr::tr("creating the history table"));
    if (ok)
        ok = exec(db,
                  QStringLiteral("INSERT INTO goose_db_version (version_id, is_applied, tstamp) "
                                 "VALUES (0, 1, '%1')")
                      .arg(firstDeploy.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                  Tr::tr("creating the history table"));
    if (!ok)
        return ok.failure();

    const MigrationSet set = MigrationFolderReader::read(paths.migrations);
    if (!set.errors.isEmpty())
        return Error{set.errors.first().toString()};
    int step = 0;
    for (const Migration &migration : set.migrations) {
        if (migration.version.toInt() > QByteArrayView(lastAppliedVersion).toInt())
            break;
        sql::Transaction transaction(db);
        if (auto begun = transaction.begin(); !begun)
            return begun.failure();
        for (const Statement &statement : migration.up.statements)
            if (auto done = exec(db, statement.sql, statement.start.toString()); !done)
                return done.failure();
        const bool incident = migration.version.toInt() >= 1200;
        const QDateTime at =
            incident ? incidentDeploy.addSecs((step - 5) * 3) : firstDeploy.addDays(step * 4);
        ++step;
        auto recorded = exec(
            db,
            QStringLiteral("INSERT INTO goose_db_version (version_id, "
                           "is_applied, tstamp) VALUES (?, 1, ?)"),
            Tr::tr("recording %1").arg(migration.version),
            {migration.version.toLongLong(), at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))});
        if (!recorded)
            return recorded.failure();
        if (auto committed = transaction.commit(); !committed)
            return committed.failure();
        if (migration.version == u"1197") {
            for (const char *seed : seedAfter1197) {
                auto seeded = exec(db, QString::fromUtf8(seed), Tr::tr("sample data"));
                if (!seeded)
                    return seeded.failure();
            }
        }
    }
    return paths;
}

} // namespace backstep
