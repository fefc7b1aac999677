// backup, backups and restore: the playbook's step 3 from scripts.
#include "cli/commands/commands.h"
#include "cli/connectionoptions.h"
#include "cli/plantarget.h"
#include "core/scenariodetector.h"
#include "db/backupcatalog.h"
#include "db/databasesession.h"
#include "db/historyreader.h"
#include "db/journal.h"
#include "ops/backupjob.h"
#include "ops/dumprestorer.h"
#include "ops/playbookplanning.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace backstep::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(backup)
};

std::atomic_bool interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

QString currentVersion(const WorkspaceRequest &request)
{
    auto session = DatabaseSession::open(request.connection, request.password);
    if (!session)
        return {};
    // The history table the DBA named, if any: else a backup of a database with its own
    // table would be recorded at no version, and never count as fresh for a rollback.
    auto history = HistoryReader::read(session.value()->database(), request.historyTable);
    return history ? latestAppliedVersion(history.value()) : QString();
}

QJsonObject recordToJson(const BackupRecord &record)
{
    auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return QJsonObject{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("path"), record.path},
        {QStringLiteral("status"), backupStatusName(record.status)},
        {QStringLiteral("complete"), record.status == BackupStatus::Complete},
        {QStringLiteral("bytes"), record.bytes},
        {QStringLiteral("sha256"), orNull(record.sha256)},
        {QStringLiteral("seconds"), double(record.durationMs) / 1000.0},
        {QStringLiteral("database_url"), record.databaseUrl},
        {QStringLiteral("compression"), compressionName(record.compression)},
        {QStringLiteral("started_at"), record.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished_at"), orNull(record.finishedAt.toString(Qt::ISODateWithMs))},
        {QStringLiteral("server_version"), orNull(record.serverVersion)},
        {QStringLiteral("migration_version"), orNull(record.migrationVersion)},
        {QStringLiteral("gtid"), orNull(record.gtid)},
        // null when read (gtid and the binary log above are the server's), else why not.
        {QStringLiteral("position_unknown"), orNull(record.positionUnknown)},
        {QStringLiteral("missing"), !QFile::exists(record.path)},
        {QStringLiteral("error"), orNull(record.error)},
        {QStringLiteral("kind"),
         record.manifest ? QJsonValue(manifestKindName(record.manifest->kind)) : QJsonValue()},
        {QStringLiteral("tables_with_data"),
         record.manifest ? QJsonValue(QJsonArray::fromStringList(record.manifest->tablesWithData()))
                         : QJsonValue()},
        {QStringLiteral("cannot_restore"),
         record.manifest ? orNull(record.manifest->cannotRestore()) : QJsonValue()},
        {QStringLiteral("manifest"),
         record.manifest ? QJsonValue(record.manifest->toJson()) : QJsonValue()},
    };
}

} // namespace

void declareBackup(QCommandLineParser &parser)
{
    ConnectionOptions::addTo(parser, true, ConnectionOptions::Migrations::Optional);
    parser.addOption({QStringLiteral("dir"),
                      Tr::tr("Where to write the backup (default: the current folder)."),
                      Tr::tr("dir")});
    parser.addOption({QStringLiteral("compress"), Tr::tr("none, gzip or zstd (default none)."),
                      Tr::tr("kind"), QStringLiteral("none")});
    parser.addOption({QStringLiteral("targeted"),
                      Tr::tr("Back up the data of the tables the rollback plan (--to, --steps or "
                             "--only, with --migrations) touches, and the whole schema, routines, "
                             "triggers and events without data. It cannot restore the data of "
                             "any other table.")});
    declareTarget(parser);
}

int runBackup(CliContext &context)
{
    const auto compression = compressionFromName(context.parser.value(QStringLiteral("compress")));
    if (!compression) {
        context.err << Tr::tr("error: --compress takes none, gzip or zstd") << Qt::endl;
        return ExitBadInput;
    }
    const bool targeted = context.parser.isSet(QStringLiteral("targeted"));
    const bool planGiven = context.parser.isSet(QStringLiteral("to")) ||
                           context.parser.isSet(QStringLiteral("steps")) ||
                           context.parser.isSet(QStringLiteral("only"));
    if (targeted != planGiven) {
        context.err << Tr::tr("error: a targeted backup needs the plan (--to, --steps or --only), "
                              "and the plan is only for --targeted")
                    << Qt::endl;
        return ExitBadInput;
    }
    WorkspaceRequest request;
    BackupRequest backup;
    if (targeted) {
        auto planned = loadPlan(context);
        if (auto *code = std::get_if<ExitCode>(&planned))
            return *code;
        const Planned &ready = std::get<Planned>(planned);
        request = ready.workspace.request;
        // With the history's rows: restored without them, nothing would be applied.
        backup.dataTables = targetedBackupTables(
            ScenarioDetector::touchedTablesIn(ready.plan, request.connection.database),
            ready.workspace.history, request.connection.database);
        backup.migrationVersion = latestAppliedVersion(ready.workspace.history);
    } else {
        auto resolved =
            ConnectionOptions::resolve(context, true, ConnectionOptions::Migrations::Optional);
        if (auto *code = std::get_if<ExitCode>(&resolved))
            return *code;
        request = std::get<WorkspaceRequest>(resolved);
        backup.migrationVersion = currentVersion(request);
    }
    backup.connection = request.connection;
    backup.password = request.password;
    backup.folder = QDir(context.parser.isSet(QStringLiteral("dir"))
                             ? context.parser.value(QStringLiteral("dir"))
                             : QDir::currentPath())
                        .absolutePath();
    backup.compression = *compression;

    BackupJob job;
    QEventLoop loop;
    QObject::connect(&job, &BackupJob::finished, &loop, &QEventLoop::quit);
    // Ctrl-C cancels: the partial file is removed and the catalog says "cancelled".
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interruptWatch;
    QObject::connect(&interruptWatch, &QTimer::timeout, &job, [&job] {
        if (interrupted.load())
            job.cancel();
    });
    interruptWatch.start(100);
    job.start(backup);
    if (job.isRunning())
        loop.exec();
    const BackupRecord &record = job.record();
    if (context.parser.isSet(QStringLiteral("json")))
        context.out << QJsonDocument(recordToJson(record)).toJson(QJsonDocument::Indented);
    else if (record.status == BackupStatus::Complete)
        context.out << Tr::tr("%1  %2 bytes  sha256 %3  %4 s")
                           .arg(record.path)
                           .arg(record.bytes)
                           .arg(record.sha256)
                           .arg(double(record.durationMs) / 1000.0, 0, 'f', 1)
                    << Qt::endl;
    if (!context.parser.isSet(QStringLiteral("json")) && record.manifest &&
        record.manifest->kind == BackupManifest::Kind::Targeted)
        context.out << Tr::tr("targeted: the data of %1; it cannot restore %2")
                           .arg(record.manifest->tablesWithData().join(QStringLiteral(", ")),
                                record.manifest->cannotRestore())
                    << Qt::endl;
    if (record.status != BackupStatus::Complete) {
        context.err
            << Tr::tr("error: backup %1: %2").arg(backupStatusName(record.status), record.error)
            << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
}

void declareBackups(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("url"), Tr::tr("Only the backups of this database."), Tr::tr("url")});
}

int runBackups(CliContext &context)
{
    auto journal = Journal::open();
    if (!journal) {
        context.err << Tr::tr("error: %1").arg(journal.error()) << Qt::endl;
        return ExitFailed;
    }
    QString url;
    if (context.parser.isSet(QStringLiteral("url"))) {
        auto spec = ConnectionSpec::parse(context.parser.value(QStringLiteral("url")));
        if (!spec) {
            context.err << Tr::tr("error: %1").arg(spec.error()) << Qt::endl;
            return ExitBadInput;
        }
        url = spec->url();
    }
    const auto listed = BackupCatalog(*journal.value()).list(url);
    if (!listed) {
        context.err << Tr::tr("error: %1").arg(listed.error()) << Qt::endl;
        return ExitFailed;
    }
    const QList<BackupRecord> &records = listed.value();
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const BackupRecord &record : records)
            array.append(recordToJson(record));
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("backups"), array}})
                           .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const BackupRecord &record : records)
        context.out << QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(record.id, 4)
                           .arg(QFile::exists(record.path) ? backupStatusName(record.status)
                                                           : QStringLiteral("missing"),
                                -9)
                           .arg(record.startedAt.toLocalTime().toString(Qt::ISODate),
                                record.databaseUrl, record.path)
                    << Qt::endl;
    return ExitOk;
}

void declareRestore(QCommandLineParser &parser)
{
    ConnectionOptions::addTo(parser, true, ConnectionOptions::Migrations::None);
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The backup to restore."));
    parser.addOption({QStringLiteral("yes"), Tr::tr("Confirm: the database's data is replaced.")});
    parser.addOption(
        {QStringLiteral("into"), Tr::tr("Restore into this database instead."), Tr::tr("db")});
}

int runRestore(CliContext &context)
{
    const QStringList files = context.parser.positionalArguments();
    if (files.size() != 1) {
        context.err << Tr::tr("error: name exactly one backup file to restore") << Qt::endl;
        return ExitBadInput;
    }
    auto resolved = ConnectionOptions::resolve(context, true, ConnectionOptions::Migrations::None);
    if (auto *code = std::get_if<ExitCode>(&resolved))
        return *code;
    const auto &request = std::get<WorkspaceRequest>(resolved);
    const QString into = context.parser.value(QStringLiteral("into"));
    const QString target = into.isEmpty() ? request.connection.databaseName() : into;
    if (!context.parser.isSet(QStringLiteral("yes"))) {
        context.err
            << Tr::tr("error: restoring replaces the data of %1; pass --yes to confirm").arg(target)
            << Qt::endl;
        return ExitBadInput;
    }
    const QString file = QDir(files.first()).absolutePath();
    auto restored = DumpRestorer::restore({request.connection, request.password, file, into});
    auto journal = Journal::open();
    if (journal) [[maybe_unused]]
        auto logged = journal.value()->record(
            {0,
             {},
             QStringLiteral("backup"),
             request.connection.url(),
             QStringLiteral("restore"),
             restored ? QStringLiteral("ok") : QStringLiteral("failed"),
             restored ? (QStringList{Tr::tr("%1 restored into %2").arg(file, target)} +
                         restored.value().removed)
                            .join(QStringLiteral("; "))
                      : restored.error()});
    if (!restored) {
        context.err << Tr::tr("error: %1").arg(restored.error()) << Qt::endl;
        return ExitFailed;
    }
    if (context.parser.isSet(QStringLiteral("json")))
        context.out << QJsonDocument(
                           QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("into"), target},
                                       {QStringLiteral("bytes"), restored.value().fed},
                                       {QStringLiteral("not_run"),
                                        QJsonArray::fromStringList(restored.value().removed)}})
                           .toJson(QJsonDocument::Indented);
    else {
        context.out << Tr::tr("restored %1 into %2").arg(file, target) << Qt::endl;
        for (const QString &item : restored.value().removed)
            context.out << QStringLiteral("  ") + item << Qt::endl;
    }
    return ExitOk;
}

} // namespace backstep::cli
