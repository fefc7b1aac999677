#include "ops/backupverifier.h"

#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "ops/clienttools.h"
#include "ops/dumprestorer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)
};

// The last bytes of the SQL text, decompressing when needed.
QByteArray sqlTail(const BackupRecord &record)
{
    if (record.compression == BackupCompression::None) {
        QFile file(record.path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        file.seek(std::max<qint64>(0, file.size() - 512));
        return file.readAll();
    }
    auto program = ClientTools::compressorProgram(record.compression);
    if (!program)
        return {};
    QProcess decompress;
    decompress.start(program.value(), {QStringLiteral("-d"), QStringLiteral("-c"),
                                       QStringLiteral("-q"), record.path});
    QByteArray tail;
    while (decompress.waitForReadyRead(30000)) {
        tail += decompress.readAllStandardOutput();
        if (tail.size() > 4096)
            tail = tail.right(512);
    }
    decompress.waitForFinished(-1);
    tail += decompress.readAllStandardOutput();
    return tail.right(512);
}

} // namespace

VerifyResult BackupVerifier::verify(const BackupRecord &record)
{
    VerifyResult result;
    QFile file(record.path);
    if (!file.exists()) {
        result.problems.append(Tr::tr("the file %1 is missing").arg(record.path));
        return result;
    }
    if (file.size() != record.bytes)
        result.problems.append(
            Tr::tr("the size is %1 bytes, %2 were recorded").arg(file.size()).arg(record.bytes));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        result.problems.append(Tr::tr("cannot read %1: %2").arg(record.path, file.errorString()));
    else if (QString::fromLatin1(hash.result().toHex()) != record.sha256)
        result.problems.append(
            Tr::tr("the SHA-256 differs from the one recorded: the file changed"));
    if (record.engine == u"sqlite") {
        const QString integrity = DatabaseInspector::sqliteIntegrity(record.path);
        if (integrity != u"ok")
            result.problems.append(Tr::tr("integrity check: %1").arg(integrity));
    } else if (!sqlTail(record).trimmed().split('\n').constLast().startsWith("-- Dump completed")) {
        result.problems.append(Tr::tr("the dump does not end with its completion line"));
    }
    result.ok = result.problems.isEmpty();
    return result;
}

RestoreCheckResult BackupVerifier::testRestore(const ConnectionSpec &connection,
                                               const QString &password, const BackupRecord &record,
                                               const std::function<void(qint64, qint64)> &progress,
                                               const std::atomic_bool *cancel)
{
    RestoreCheckResult result;
    auto session = DatabaseSession::open(connection, password);
    if (!session) {
        result.problems.append(session.error());
        return result;
    }
    auto source = DatabaseInspector::tableRowCounts(*session.value(), connection.database);
    if (!source) {
        result.problems.append(source.error());
        return result;
    }
    result.sourceRows = source.value();

    if (connection.engine == ConnectionSpec::Engine::Sqlite) {
        ConnectionSpec copy = connection;
        copy.sqlitePath = record.path;
        auto restored = DatabaseSession::open(copy, {});
        auto counts = restored ? DatabaseInspector::tableRowCounts(*restored.value(), {})
                               : Result<QMap<QString, qint64>>(restored.failure());
        if (!counts)
            result.problems.append(counts.error());
        else
            result.restoredRows = counts.value();
    } else {
        result.scratchDatabase =
            connection.database + QStringLiteral("_restorecheck_") +
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss"));
        auto created = DatabaseInspector::createDatabase(*session.value(), result.scratchDatabase);
        if (!created) {
            result.problems.append(created.error());
            return result;
        }
        auto restored = DumpRestorer::restore(
            {connection, password, record.path, result.scratchDatabase}, progress, cancel);
        if (!restored) {
            result.problems.append(restored.error());
        } else {
            auto counts =
                DatabaseInspector::tableRowCounts(*session.value(), result.scratchDatabase);
            if (!counts)
                result.problems.append(counts.error());
            else
                result.restoredRows = counts.value();
        }
        if (auto dropped =
                DatabaseInspector::dropDatabase(*session.value(), result.scratchDatabase);
            !dropped)
            result.problems.append(dropped.error());
    }
    if (result.problems.isEmpty()) {
        for (auto it = result.sourceRows.cbegin(); it != result.sourceRows.cend(); ++it) {
            if (!result.restoredRows.contains(it.key()))
                result.problems.append(
                    Tr::tr("table %1 is missing from the restored copy").arg(it.key()));
            else if (result.restoredRows.value(it.key()) != it.value())
                result.problems.append(Tr::tr("table %1 has %2 rows restored, %3 live")
                                           .arg(it.key())
                                           .arg(result.restoredRows.value(it.key()))
                                           .arg(it.value()));
        }
        for (auto it = result.restoredRows.cbegin(); it != result.restoredRows.cend(); ++it)
            if (!result.sourceRows.contains(it.key()))
                result.problems.append(Tr::tr("table %1 exists only in the backup").arg(it.key()));
    }
    result.ok = result.problems.isEmpty();
    return result;
}

} // namespace backstep
