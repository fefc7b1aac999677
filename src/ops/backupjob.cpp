#include "ops/backupjob.h"

#include "db/backupcatalog.h"
#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "db/journal.h"
#include "db/manifestreader.h"
#include "ops/clienttools.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <unistd.h>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupJob)
};

constexpr qsizetype errorKeep = 4096;

// SQLite has no dump program: VACUUM INTO writes a consistent copy, checked afterwards.
QString sqliteCopy(const BackupRequest &request, const QString &partial, qint64 &bytes,
                   QString &sha256)
{
    auto session = DatabaseSession::open(request.connection, {});
    if (!session)
        return session.error();
    QFile::remove(partial);
    auto copied = DatabaseInspector::vacuumInto(*session.value(), partial);
    if (!copied)
        return copied.error();
    const QString integrity = DatabaseInspector::sqliteIntegrity(partial);
    if (integrity != u"ok")
        return Tr::tr("the copy failed its integrity check: %1").arg(integrity);
    QFile file(partial);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Tr::tr("cannot read %1: %2").arg(partial, file.errorString());
    bytes = file.size();
    sha256 = QString::fromLatin1(hash.result().toHex());
    return {};
}

// Two backups in the same second must not share a name: an existing backup is never
// replaced. "<name>.sql" becomes "<name>_2.sql", "<name>_3.sql", ...
QString uniquePath(const QString &path)
{
    auto taken = [](const QString &candidate) {
        return QFile::exists(candidate) || QFile::exists(candidate + QStringLiteral(".partial"));
    };
    if (!taken(path))
        return path;
    const QFileInfo info(path);
    const QString base = info.fileName().section(u'.', 0, 0);
    const QString extensions = info.fileName().section(u'.', 1);
    for (int n = 2;; ++n) {
        const QString candidate =
            info.dir().filePath(QStringLiteral("%1_%2.%3").arg(base).arg(n).arg(extensions));
        if (!taken(candidate))
            return candidate;
    }
}

// What a SQLite copy holds, read from the copy itself; or, for MySQL, the database now.
std::optional<BackupManifest> readManifest(const ConnectionSpec &connection,
                                           const QString &password, const QString &sqliteCopyPath)
{
    ConnectionSpec spec = connection;
    if (!sqliteCopyPath.isEmpty())
        spec.sqlitePath = sqliteCopyPath;
    auto session = DatabaseSession::open(spec, password);
    if (!session)
        return std::nullopt;
    auto manifest = ManifestReader::read(*session.value(), connection.database);
    if (!manifest)
        return std::nullopt;
    return manifest.value();
}

// Marks the manifest targeted: only the requested tables that exist keep their data (their
// names as the server spells them, returned); the others are held as structure only.
QStringList targetManifest(BackupManifest &manifest, const QStringList &requested)
{
    manifest.kind = BackupManifest::Kind::Targeted;
    QStringList withData;
    for (ManifestTable &table : manifest.tables) {
        table.hasData = requested.contains(table.name, Qt::CaseInsensitive);
        if (table.hasData)
            withData.append(table.name);
    }
    return withData;
}

// The server's facts a catalog row keeps.
void withFacts(BackupRecord &record, const ServerFacts &facts)
{
    record.serverVersion = facts.serverVersion;
    record.gtid = facts.position.gtid;
    record.binlogFile = facts.position.binlogFile;
    record.binlogPosition = facts.position.binlogPosition;
    record.positionUnknown = facts.position.unknownReason;
}

} // namespace

struct BackupJob::Prepared
{
    QString error;
    ServerFacts facts;
    bool sqlite = false;
    std::optional<BackupManifest> manifest;
    QStringList dataTables; // a targeted backup's tables with data, as the server names them
    qint64 sqliteBytes = 0;
    QString sqliteSha256;
    qint64 catalogId = 0; // the catalog's row, "running", once the backup can begin
};

BackupJob::BackupJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<BackupProgress>();
    qRegisterMetaType<BackupRecord>();
    connect(&m_prepareWatcher, &QFutureWatcher<std::shared_ptr<Prepared>>::finished, this, [this] {
        if (!m_running || m_finishing || m_prepareWatcher.future().resultCount() == 0)
            return;
        startDump(*m_prepareWatcher.result());
    });
    connect(&m_finishWatcher, &QFutureWatcher<BackupRecord>::finished, this, [this] {
        if (m_finishWatcher.future().resultCount() > 0)
            m_record = m_finishWatcher.result();
        m_running = false;
        m_finishing = false;
        Q_EMIT finished(m_record);
    });
    connect(&m_manifestWatcher, &QFutureWatcher<std::optional<BackupManifest>>::finished, this,
            [this] {
                if (m_running && m_manifestWatcher.future().resultCount() > 0)
                    manifestReadAgain(m_manifestWatcher.result());
            });
    connect(&m_dump, &ProcessRunner::errorOutput, this, [this](const QByteArray &bytes) {
        m_dumpErrors += bytes;
        if (m_dumpErrors.size() > errorKeep)
            m_dumpErrors = m_dumpErrors.last(errorKeep);
    });
    connect(&m_dump, &ProcessRunner::finished, this, &BackupJob::dumpFinished);
    connect(&m_stream, &BackupStream::progress, this,
            [this](qint64 textBytes, qint64 fileBytes, const QString &table) {
                if (!m_running)
                    return;
                m_progress.dumpBytes = textBytes;
                m_progress.bytesWritten = fileBytes;
                m_progress.currentTable = table;
                reportProgress();
            });
    connect(&m_stream, &BackupStream::drained, this, &BackupJob::streamDrained);
    connect(&m_stream, &BackupStream::finished, this, &BackupJob::complete);
    connect(&m_stream, &BackupStream::failed, this,
            [this](const QString &reason) { fail(BackupStatus::Failed, reason); });
}

BackupJob::~BackupJob()
{
    // The outcome is being written to the catalog: a row left "running" would lie.
    m_finishWatcher.waitForFinished();
    if (m_running && !m_finishing) {
        // Nobody waits for a result any more: stop the dump, leave no partial file.
        m_dump.abandon();
        m_stream.discard();
        QFile::remove(m_finalPath + QStringLiteral(".partial"));
    }
}

void BackupJob::start(const BackupRequest &request)
{
    if (m_running)
        return;
    m_request = request;
    m_running = true;
    m_finishing = false;
    m_preparing = {};
    m_dumpExited = false;
    m_sourceDrained = false;
    m_textComplete = false;
    m_settling = false;
    m_manifest.reset();
    m_clock.start();
    m_progress = {};
    m_dumpErrors.clear();
    const bool sqlite = request.connection.engine == ConnectionSpec::Engine::Sqlite;
    m_record = {};
    m_record.databaseUrl = request.connection.url();
    m_record.databaseName = request.connection.databaseName();
    m_record.engine = sqlite ? QStringLiteral("sqlite") : QStringLiteral("mysql");
    m_record.compression = sqlite ? BackupCompression::None : request.compression;
    m_record.migrationVersion = request.migrationVersion;
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    m_finalPath =
        uniquePath(QDir(request.folder)
                       .absoluteFilePath(backupFileName(m_record.databaseName, m_record.startedAt,
                                                        m_record.compression, sqlite)));
    m_record.path = m_finalPath;

    if (!QDir().mkpath(request.folder)) {
        fail(BackupStatus::Failed,
             Tr::tr("cannot create the backup folder %1").arg(request.folder));
        return;
    }
    const QString partial = m_finalPath + QStringLiteral(".partial");
    m_preparing = QtConcurrent::run([request, partial, sqlite, record = m_record] {
        auto prepared = std::make_shared<Prepared>();
        prepared->sqlite = sqlite;
        prepared->error = prepare(request, partial, *prepared);
        if (prepared->error.isEmpty())
            prepared->error = beginInCatalog(record, *prepared, request.journalPath);
        return prepared;
    });
    m_prepareWatcher.setFuture(m_preparing);
}

QString BackupJob::prepare(const BackupRequest &request, const QString &partial, Prepared &prepared)
{
    // On a worker thread, with connections of its own: what the server is, the manifest
    // before the dump (read again after it, BackupJob::complete), the SQLite copy itself.
    auto session = DatabaseSession::open(request.connection, request.password);
    if (!session)
        return session.error();
    auto facts = DatabaseInspector::facts(*session.value());
    if (!facts)
        return facts.error();
    prepared.facts = facts.value();
    if (prepared.sqlite) {
        QString copied = sqliteCopy(request, partial, prepared.sqliteBytes, prepared.sqliteSha256);
        if (copied.isEmpty())
            prepared.manifest = readManifest(request.connection, {}, partial);
        return copied;
    }
    auto manifest = ManifestReader::read(*session.value(), request.connection.database);
    if (!manifest)
        return manifest.error();
    prepared.manifest = manifest.value();
    if (!request.dataTables.isEmpty())
        prepared.dataTables = targetManifest(*prepared.manifest, request.dataTables);
    return {};
}

QString BackupJob::beginInCatalog(BackupRecord record, Prepared &prepared,
                                  const QString &journalPath)
{
    // The journal's own connection on this worker: the owner's thread never waits for it.
    auto journal = Journal::open(journalPath);
    if (!journal)
        return journal.error();
    withFacts(record, prepared.facts);
    auto id = BackupCatalog(*journal.value()).begin(record);
    if (!id)
        return id.error();
    prepared.catalogId = id.value();
    return {};
}

void BackupJob::startDump(const Prepared &prepared)
{
    withFacts(m_record, prepared.facts);
    m_progress.estimatedBytes = prepared.facts.estimatedBytes;
    m_record.id = prepared.catalogId;
    if (!prepared.error.isEmpty()) {
        fail(BackupStatus::Failed, prepared.error);
        return;
    }
    m_manifest = prepared.manifest;
    m_dataTables = prepared.dataTables;
    m_schemaPartDone = false;
    if (m_manifest)
        m_manifest->migrationVersion = m_record.migrationVersion;

    if (prepared.sqlite) {
        m_record.bytes = prepared.sqliteBytes;
        m_record.sha256 = prepared.sqliteSha256;
        if (QFile copy(m_finalPath + QStringLiteral(".partial")); !copy.rename(m_finalPath)) {
            fail(BackupStatus::Failed,
                 Tr::tr("cannot rename the copy to %1: %2").arg(m_finalPath, copy.errorString()));
            return;
        }
        m_record.status = BackupStatus::Complete;
        m_record.manifest = m_manifest;
        finish();
        return;
    }

    // A dump that cannot fit would fail late and leave the disk full for everyone else.
    const qint64 needed = m_record.compression == BackupCompression::None
                              ? prepared.facts.estimatedBytes
                              : prepared.facts.estimatedBytes / 4;
    const QStorageInfo storage(m_request.folder);
    if (storage.isValid() && storage.bytesAvailable() < needed) {
        const QLocale locale;
        fail(BackupStatus::Failed,
             Tr::tr("not enough free space in %1: the backup needs about %2, %3 are free")
                 .arg(m_request.folder, locale.formattedDataSize(needed),
                      locale.formattedDataSize(storage.bytesAvailable())));
        return;
    }
    auto dumpProgram = ClientTools::dumpProgram(familyOfServer(prepared.facts.serverVersion));
    if (!dumpProgram) {
        fail(BackupStatus::Failed, dumpProgram.error());
        return;
    }
    auto optionFile = ClientOptionFile::create(m_request.connection, m_request.password,
                                               dumpProgram.value().family);
    if (!optionFile) {
        fail(BackupStatus::Failed, optionFile.error());
        return;
    }
    m_optionFile = std::move(optionFile).value();

    // Compressed in this process, on the stream's thread (gzip or zstd, as the file's name
    // says): no compressor program, no pipe more.
    if (auto opened = m_stream.open(m_finalPath + QStringLiteral(".partial"), m_record.compression);
        !opened) {
        fail(BackupStatus::Failed, opened.error());
        return;
    }

    m_dumpProgram = dumpProgram.value().path;
    m_dumpOptions = {QStringLiteral("--single-transaction"), QStringLiteral("--quick")};
    if (dumpProgram.value().family == ClientFamily::MySql) {
        // A rollback backup is restored into the server it came from: MySQL's mysqldump
        // would otherwise write SET @@GLOBAL.GTID_PURGED (refused by a server whose
        // gtid_executed is not empty) and SQL_LOG_BIN=0 (the restore would never reach
        // the replicas). The manifest says so.
        m_dumpOptions.append(QStringLiteral("--set-gtid-purged=OFF"));
        if (m_manifest)
            m_manifest->gtidPurgedOff = true;
    }
    QStringList arguments = m_dumpOptions;
    arguments << QStringLiteral("--routines") << QStringLiteral("--triggers")
              << QStringLiteral("--events");
    if (m_manifest && m_manifest->kind == BackupManifest::Kind::Targeted) {
        // Said in the file itself: what this backup cannot restore.
        m_stream.addText(Tr::tr("-- Backstep targeted backup: the schema, routines, triggers and "
                                "events of %1, and the data of %2 only. It cannot restore the data "
                                "of any other table.\n")
                             .arg(m_request.connection.database,
                                  m_dataTables.isEmpty() ? Tr::tr("no table")
                                                         : m_dataTables.join(QStringLiteral(", ")))
                             .toUtf8());
        arguments.append(QStringLiteral("--no-data"));
    }
    runDump(dumpSpec(m_dumpProgram, arguments));
}

void BackupJob::runDump(ProcessSpec spec)
{
    auto source = m_stream.addSource();
    if (!source) {
        fail(BackupStatus::Failed, source.error());
        return;
    }
    const int pipe = source.value();
    // Runs in the child after fork, before exec: async-signal-safe. The dump writes into
    // the stream's pipe, not QProcess's, so that it waits when the stream is behind.
    spec.childSetup = [pipe] {
        ::dup2(pipe, STDOUT_FILENO);
    };
    m_dumpExited = false;
    m_sourceDrained = false;
    m_dump.start(spec);
    // The child has its copy (or never started): the pipe's end comes when the dump exits.
    ::close(pipe);
}

ProcessSpec BackupJob::dumpSpec(const QString &program, const QStringList &arguments,
                                const QStringList &tables) const
{
    ProcessSpec dump;
    dump.program = program;
    dump.arguments = QStringList{m_optionFile->argument()} + arguments;
    // "--": no table name (nor the database's) is ever read as an option.
    if (!tables.isEmpty())
        dump.arguments.append(QStringLiteral("--"));
    dump.arguments.append(m_request.connection.database);
    dump.arguments += tables;
    dump.mergeChannels = false;
    return dump;
}

// The stream reports at most every 100 ms (BackupStream): no second throttle here.
void BackupJob::reportProgress()
{
    m_progress.elapsedMs = m_clock.elapsed();
    Q_EMIT progress(m_progress);
}

void BackupJob::dumpFinished(const ProcessOutcome &outcome)
{
    if (!m_running)
        return;
    if (!outcome.succeeded()) {
        const QString reason = QString::fromUtf8(m_dumpErrors).trimmed();
        QString message;
        if (outcome.ending == ProcessEnding::Signalled)
            message = Tr::tr("the dump program was killed before it finished (signal %1)")
                          .arg(outcome.exitCode);
        else if (outcome.ending == ProcessEnding::FailedToStart)
            message = Tr::tr("cannot start %1: %2").arg(outcome.program, outcome.errorString);
        else
            message = Tr::tr("the dump program failed (%1): %2").arg(outcome.describe(), reason);
        fail(BackupStatus::Failed, message);
        return;
    }
    m_dumpExited = true;
    partEnded();
}

void BackupJob::streamDrained(bool endsWithCompletionLine)
{
    if (!m_running)
        return;
    m_sourceDrained = true;
    m_textComplete = endsWithCompletionLine;
    partEnded();
}

void BackupJob::partEnded()
{
    if (!m_running || !m_dumpExited || !m_sourceDrained)
        return;
    m_dumpExited = false;
    m_sourceDrained = false;
    if (!m_schemaPartDone && !m_dataTables.isEmpty()) {
        // A targeted backup's schema part is complete: now the touched tables' data, in
        // the same file.
        if (!m_textComplete) {
            fail(BackupStatus::Failed,
                 Tr::tr("the schema dump does not end with its completion line: it is "
                        "incomplete"));
            return;
        }
        m_schemaPartDone = true;
        ProcessSpec data = dumpSpec(m_dumpProgram,
                                    m_dumpOptions + QStringList{QStringLiteral("--no-create-info"),
                                                                QStringLiteral("--skip-triggers")},
                                    m_dataTables);
        // Queued: the runner is still delivering the first dump's end. A cancel in between
        // has already failed the job.
        QMetaObject::invokeMethod(
            this,
            [this, data] {
                if (m_running)
                    runDump(data);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_textComplete) {
        fail(BackupStatus::Failed, Tr::tr("the dump does not end with its completion line: it is "
                                          "incomplete"));
        return;
    }
    // The compressed stream is ended and the file made durable on the stream's thread;
    // complete() follows.
    m_stream.finish();
}

void BackupJob::complete()
{
    if (!m_running)
        return;
    if (QFile written(m_stream.fileName()); !written.rename(m_finalPath)) {
        fail(BackupStatus::Failed,
             Tr::tr("cannot rename the backup to %1: %2").arg(m_finalPath, written.errorString()));
        return;
    }
    m_progress.bytesWritten = m_stream.bytesWritten();
    m_record.bytes = m_progress.bytesWritten;
    m_record.sha256 = m_stream.sha256();
    m_record.status = BackupStatus::Complete;
    reportProgress();
    // The manifest was read before the dump on another connection: read it again now and
    // mark what changed in between (the race is stated in the manifest).
    m_settling = true;
    m_manifestWatcher.setFuture(
        QtConcurrent::run([connection = m_request.connection, password = m_request.password] {
            return readManifest(connection, password, {});
        }));
}

void BackupJob::manifestReadAgain(const std::optional<BackupManifest> &after)
{
    m_settling = false;
    if (m_manifest) {
        if (after) {
            markChangedDuringBackup(*m_manifest, *after);
        } else {
            // Nothing confirms the counts: none of them is compared.
            for (ManifestTable &table : m_manifest->tables)
                table.rowsChanged = true;
        }
    }
    m_record.manifest = m_manifest;
    finish();
}

void BackupJob::fail(BackupStatus status, const QString &reason)
{
    if (!m_running || m_finishing)
        return;
    // Killed with their process groups, not waited for.
    m_dump.abandon();
    m_stream.discard();
    QFile::remove(m_finalPath + QStringLiteral(".partial"));
    m_record.status = status;
    m_record.error = reason;
    m_record.bytes = 0;
    m_record.sha256.clear();
    finish();
}

void BackupJob::finish()
{
    m_finishing = true;
    m_record.finishedAt = QDateTime::currentDateTimeUtc();
    m_record.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_optionFile.reset();
    // The catalog and the journal are written on a worker with its own connection: the
    // thread that owns this job (the GUI thread) never waits for the journal.
    m_finishWatcher.setFuture(
        QtConcurrent::run([record = m_record, journalPath = m_request.journalPath,
                           preparing = m_preparing]() mutable {
            BackupRecord outcome = record;
            // Cancelled or failed while the backup was prepared: the catalog row that the
            // preparation may begin is settled too, never left "running".
            if (outcome.id == 0 && preparing.isValid()) {
                preparing.waitForFinished();
                if (preparing.resultCount() > 0)
                    outcome.id = preparing.result()->catalogId;
            }
            return recordOutcome(outcome, journalPath);
        }));
}

BackupRecord BackupJob::recordOutcome(BackupRecord record, const QString &journalPath)
{
    auto journal = Journal::open(journalPath);
    if (!journal) {
        if (record.error.isEmpty())
            record.error = journal.error();
        return record;
    }
    // A backup the catalog cannot list is still on disk: say so rather than hide it.
    if (record.id > 0)
        if (auto listed = BackupCatalog(*journal.value()).finish(record); !listed)
            record.error = listed.error();
    auto logged = journal.value()->record(
        {0,
         {},
         QStringLiteral("backup"),
         record.databaseUrl,
         QStringLiteral("backup"),
         backupStatusName(record.status),
         record.status == BackupStatus::Complete ? record.path : record.error});
    if (!logged && record.error.isEmpty())
        record.error = logged.error();
    return record;
}

void BackupJob::cancel()
{
    // The file is complete and named: only the manifest is still being read.
    if (m_settling)
        return;
    fail(BackupStatus::Cancelled, Tr::tr("cancelled by the user"));
}

} // namespace backstep
