#include "ops/dumprestorer.h"

#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "ops/clienttools.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DumpRestorer)
};

Result<qint64> restoreSqlite(const RestoreRequest &request)
{
    const QString integrity = DatabaseInspector::sqliteIntegrity(request.file);
    if (integrity != u"ok")
        return Error{Tr::tr("%1 is not a sound SQLite database: %2").arg(request.file, integrity)};
    // Copy beside the target, then rename over it: the database is never half-written.
    const QString target = request.connection.sqlitePath;
    const QString staging = target + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(request.file, staging))
        return Error{Tr::tr("cannot copy %1 to %2").arg(request.file, staging)};
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (!QFile::remove(target) && QFile::exists(target))
        return Error{Tr::tr("cannot replace %1").arg(target)};
    if (!QFile::rename(staging, target))
        return Error{Tr::tr("cannot move the restored copy to %1").arg(target)};
    return QFile(target).size();
}

} // namespace

Result<qint64> DumpRestorer::restore(const RestoreRequest &request, const Progress &progress,
                                     const std::atomic_bool *cancel)
{
    if (request.connection.engine == ConnectionSpec::Engine::Sqlite)
        return restoreSqlite(request);

    QFile input(request.file);
    if (!input.open(QIODevice::ReadOnly))
        return Error{Tr::tr("cannot read %1: %2").arg(request.file, input.errorString())};
    // The server's own family of client: MySQL's mysql for a MySQL server.
    QString serverVersion;
    {
        auto session = DatabaseSession::open(request.connection, request.password);
        if (!session)
            return session.failure();
        serverVersion = session.value()->serverVersion();
    }
    auto client = ClientTools::clientProgram(familyOfServer(serverVersion));
    if (!client)
        return client.failure();
    auto options =
        ClientOptionFile::create(request.connection, request.password, client.value().family);
    if (!options)
        return options.failure();

    QProcess decompressor;
    QProcess restoring; // mariadb or MySQL's mysql
    const bool zstd = request.file.endsWith(QLatin1StringView(".zst"));
    const bool gzip = request.file.endsWith(QLatin1StringView(".gz"));
    QProcess *feed = &restoring;
    if (zstd || gzip) {
        auto program = ClientTools::compressorProgram(zstd ? BackupCompression::Zstd
                                                           : BackupCompression::Gzip);
        if (!program)
            return program.failure();
        decompressor.setStandardOutputProcess(&restoring);
        decompressor.start(program.value(),
                           {QStringLiteral("-d"), QStringLiteral("-c"), QStringLiteral("-q")});
        feed = &decompressor;
    }
    const QString database =
        request.intoDatabase.isEmpty() ? request.connection.database : request.intoDatabase;
    restoring.start(client.value().path,
                    {options.value()->argument(), QStringLiteral("--batch"), database});
    if (!restoring.waitForStarted() || (feed != &restoring && !feed->waitForStarted()))
        return Error{
            Tr::tr("cannot start %1: %2").arg(client.value().path, restoring.errorString())};

    const qint64 total = input.size();
    qint64 fed = 0;
    while (!input.atEnd()) {
        if (cancel && cancel->load()) {
            decompressor.kill();
            restoring.kill();
            restoring.waitForFinished();
            return Error{Tr::tr("restore cancelled after %1 of %2 bytes; the database is partly "
                                "restored")
                             .arg(fed)
                             .arg(total)};
        }
        const QByteArray chunk = input.read(1 << 20);
        feed->write(chunk);
        // Keep at most a few chunks in flight: memory stays flat for any dump size.
        while (feed->bytesToWrite() > (4 << 20))
            if (!feed->waitForBytesWritten(30000) || feed->state() != QProcess::Running)
                break;
        if (feed->state() != QProcess::Running || restoring.state() != QProcess::Running)
            break;
        fed += chunk.size();
        if (progress)
            progress(fed, total);
    }
    while (feed->bytesToWrite() > 0 && feed->waitForBytesWritten(30000)) {
    }
    feed->closeWriteChannel();
    if (feed != &restoring)
        decompressor.waitForFinished(-1);
    restoring.waitForFinished(-1);
    if (restoring.exitStatus() != QProcess::NormalExit || restoring.exitCode() != 0)
        return Error{Tr::tr("%1 failed restoring %2 into %3: %4")
                         .arg(QFileInfo(client.value().path).fileName(), request.file, database,
                              QString::fromUtf8(restoring.readAllStandardError()).trimmed())};
    return fed;
}

} // namespace backstep
