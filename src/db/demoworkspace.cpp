#include "db/demoworkspace.h"

#include "core/migrationfolderreader.h"
#include "db/databasesession.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <span>

namespace backstep {

namespace {

using Paths = DemoWorkspace::Paths;

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

// Activity in both years the partitioned table (1203) splits, so that merging the
// partitions back has rows to keep.
const char *const seedAfter1199[] = {
    "INSERT INTO activity_events (id, user_id, kind, occurred_at) VALUES "
    "(1, 1, 'meal logged', '2025-12-30 08:15:00'), (2, 2, 'reading synced', "
    "'2026-11-20 08:00:00'), (3, 3, 'meal logged', '2026-11-21 19:05:00')",
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

Paths pathsIn(const QString &folder)
{
    DemoWorkspace::Paths paths;
    paths.folder = QDir(folder).absolutePath();
    paths.migrations = paths.folder + QStringLiteral("/migrations");
    paths.database = paths.folder + QStringLiteral("/heartguard.sqlite");
    paths.serviceScript = paths.folder + QStringLiteral("/service/heartguard-app");
    paths.logFile = paths.folder + QStringLiteral("/logs/heartguard-app.log");
    return paths;
}

// The service's script and an empty log to follow (the service appends to it).
Result<void> installService(const Paths &paths)
{
    const QString serviceFolder = QFileInfo(paths.serviceScript).path();
    const QString logFolder = QFileInfo(paths.logFile).path();
    if (!QDir().mkpath(serviceFolder) || !QDir().mkpath(logFolder))
        return Error{
            Tr::tr("cannot create the demo folders %1 and %2").arg(serviceFolder, logFolder)};
    QFile::remove(paths.serviceScript);
    if (!QFile::copy(QStringLiteral(":/demo/service/heartguard-app"), paths.serviceScript))
        return Error{Tr::tr("cannot write %1").arg(paths.serviceScript)};
    QFile::setPermissions(paths.serviceScript, QFile::ReadOwner | QFile::WriteOwner |
                                                   QFile::ExeOwner | QFile::ReadGroup |
                                                   QFile::ExeGroup | QFile::ReadOther |
                                                   QFile::ExeOther);
    QFile log(paths.logFile);
    if (!log.open(QIODevice::Append))
        return Error{Tr::tr("cannot create %1: %2").arg(paths.logFile, log.errorString())};
    return {};
}

// A path as one word of /bin/sh.
QString shellWord(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

QString DemoWorkspace::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/backstep/demo");
}

Result<DemoWorkspace::Paths> DemoWorkspace::ensure(const QString &folder)
{
    const Paths paths = pathsIn(folder);
    if (!QFile::exists(paths.database) || !QDir(paths.migrations).exists())
        return create(folder);
    // A demo made before it had a service gets one; the database stays as it is.
    if (!QFile::exists(paths.serviceScript) || !QFile::exists(paths.logFile))
        if (auto installed = installService(paths); !installed)
            return installed.failure();
    return paths;
}

Result<DemoWorkspace::Paths> DemoWorkspace::create(const QString &folder)
{
    const Paths paths = pathsIn(folder);
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

    // Files of migrations the demo no longer has (renamed since) would be read as its own.
    const QStringList shipped = source.entryList(QDir::Files, QDir::Name);
    for (const QString &name : QDir(paths.migrations).entryList(QDir::Files))
        if (!shipped.contains(name))
            QFile::remove(paths.migrations + u'/' + name);
    if (auto installed = installService(paths); !installed)
        return installed.failure();

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
        const QDateTime at = incident ? incidentDeploy.addSecs(qint64(step - 5) * 3)
                                      : firstDeploy.addDays(qint64(step) * 4);
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
        const auto seeds = migration.version == u"1197"   ? std::span(seedAfter1197)
                           : migration.version == u"1199" ? std::span(seedAfter1199)
                                                          : std::span<const char *const>();
        for (const char *seed : seeds) {
            auto seeded = exec(db, QString::fromUtf8(seed), Tr::tr("sample data"));
            if (!seeded)
                return seeded.failure();
        }
    }
    return paths;
}

ConnectionProfile DemoWorkspace::profile(const Paths &paths)
{
    ConnectionProfile profile;
    profile.name = profileName;
    profile.url = paths.url();
    profile.migrationsFolder = paths.migrations;
    profile.service.unit = QStringLiteral("heartguard-app");
    profile.service.backend = ServiceConfig::Backend::Commands;
    const QString script = shellWord(paths.serviceScript);
    profile.service.stopCommand = script + QStringLiteral(" stop");
    profile.service.startCommand = script + QStringLiteral(" start");
    profile.service.statusCommand = script + QStringLiteral(" status");
    profile.service.timeoutSeconds = 30;
    profile.logFiles = {paths.logFile};
    profile.contacts = ConnectionProfile::playbookContacts();
    return profile;
}

} // namespace backstep
