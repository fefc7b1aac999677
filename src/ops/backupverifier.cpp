#include "ops/backupverifier.h"

#include "db/backupcatalog.h"
#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "db/journal.h"
#include "db/manifestreader.h"
#include "ops/clienttools.h"
#include "ops/dumprestorer.h"
#include "ops/dumptextwatcher.h"
#include "ops/processrunner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <limits>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)
};

// Feeds the file to the hash and, for an uncompressed dump, to the text watcher, in one
// pass; a compressed dump's text is watched through its decompressor.
bool readDump(const BackupRecord &record, QCryptographicHash &hash, DumpTextWatcher &text)
{
    QFile file(record.path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const bool plain = record.compression == BackupCompression::None && record.engine != u"sqlite";
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return false;
        hash.addData(chunk);
        if (plain)
            text.feed(chunk);
    }
    if (plain || record.engine == u"sqlite")
        return true;
    auto program = ClientTools::compressorProgram(record.compression);
    if (!program)
        return true; // the completion line is then reported missing
    // Its own process group, like every program Backstep starts; a decompressor that fails
    // leaves the text without its completion line, which is reported.
    ProcessSpec decompress;
    decompress.program = program.value();
    decompress.arguments = {QStringLiteral("-d"), QStringLiteral("-c"), QStringLiteral("-q"),
                            record.path};
    decompress.mergeChannels = false;
    ProcessRunner::runToEnd(decompress, [&text](const QByteArray &bytes) { text.feed(bytes); });
    return true;
}

// A SQLite copy is a database: open it and compare it with its manifest in full.
ManifestComparison compareSqliteCopy(const BackupRecord &record, QStringList &problems)
{
    if (!record.manifest)
        return {}; // a backup from before manifests: nothing to compare with
    ConnectionSpec copy;
    copy.engine = ConnectionSpec::Engine::Sqlite;
    copy.sqlitePath = record.path;
    auto session = DatabaseSession::open(copy, {});
    auto held = session ? ManifestReader::read(*session.value(), {})
                        : Result<BackupManifest>(session.failure());
    if (!held) {
        problems.append(held.error());
        return {};
    }
    return compareWithManifest(*record.manifest, held.value());
}

void append(ManifestComparison &&comparison, QStringList &problems, QStringList &compared,
            QStringList &notCompared)
{
    problems += comparison.problems;
    compared += comparison.compared;
    notCompared += comparison.notCompared;
}

QString noManifest()
{
    return Tr::tr("the backup has no manifest (taken before manifests were recorded)");
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
    else
        result.compared.append(Tr::tr("size: %1 bytes").arg(file.size()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    DumpTextWatcher text;
    if (!readDump(record, hash, text))
        result.problems.append(Tr::tr("cannot read %1: %2").arg(record.path, file.errorString()));
    else if (QString::fromLatin1(hash.result().toHex()) != record.sha256)
        result.problems.append(
            Tr::tr("the SHA-256 differs from the one recorded: the file changed"));
    else
        result.compared.append(Tr::tr("SHA-256: %1").arg(record.sha256));
    if (record.engine == u"sqlite") {
        const QString integrity = DatabaseInspector::sqliteIntegrity(record.path);
        if (integrity != u"ok")
            result.problems.append(Tr::tr("integrity check: %1").arg(integrity));
        else
            result.compared.append(Tr::tr("integrity check: ok"));
        if (record.manifest)
            append(compareSqliteCopy(record, result.problems), result.problems, result.compared,
                   result.notCompared);
        else
            result.notCompared.append(noManifest());
    } else {
        if (!text.endsWithCompletionLine())
            result.problems.append(Tr::tr("the dump does not end with its completion line"));
        else
            result.compared.append(Tr::tr("the completion line"));
        if (record.manifest) {
            QStringList found;
            for (const ManifestTable &table : record.manifest->tables) {
                if (text.structures().contains(table.name))
                    found.append(table.name);
                else
                    result.problems.append(
                        Tr::tr("table %1 of the manifest is not in the dump").arg(table.name));
            }
            result.compared.append(
                Tr::tr("the dump holds the structure of %n table(s) of the manifest", nullptr,
                       int(found.size())));
        } else {
            result.notCompared.append(noManifest());
        }
    }
    result.ok = result.problems.isEmpty();
    return result;
}

namespace {

// What to read exactly from a restored copy: what the manifest can be compared with.
ManifestReadOptions restoredReadOptions(const BackupManifest &manifest)
{
    ManifestReadOptions options;
    options.exactTables = QStringList();
    for (const ManifestTable &table : manifest.tables) {
        if (!table.hasData || (table.rowsExact && !table.rowsChanged))
            options.exactTables->append(table.name);
        if (!table.checksum.isEmpty() && !table.rowsChanged)
            options.checksumTables.append(table.name);
    }
    return options;
}

QMap<QString, qint64> exactCounts(const BackupManifest &manifest)
{
    QMap<QString, qint64> counts;
    for (const ManifestTable &table : manifest.tables)
        if (table.rowsExact && !table.rowsChanged)
            counts.insert(table.name, table.rows);
    return counts;
}

// Without a manifest (a backup recorded before there were any): the live database's table
// list and row counts, as before; says so.
void compareWithLive(DatabaseSession &live, const ConnectionSpec &connection,
                     RestoreCheckResult &result)
{
    result.notCompared.append(noManifest() + Tr::tr(": compared with the live database"));
    auto source = DatabaseInspector::tableRowCounts(live, connection.database);
    if (!source) {
        result.problems.append(source.error());
        return;
    }
    result.sourceRows = source.value();
    for (auto it = result.sourceRows.cbegin(); it != result.sourceRows.cend(); ++it) {
        if (!result.restoredRows.contains(it.key()))
            result.problems.append(
                Tr::tr("table %1 is missing from the restored copy").arg(it.key()));
        else if (result.restoredRows.value(it.key()) != it.value())
            result.problems.append(Tr::tr("table %1 has %2 rows restored, %3 live")
                                       .arg(it.key(),
                                            QString::number(result.restoredRows.value(it.key())),
                                            QString::number(it.value())));
        else
            result.compared.append(
                Tr::tr("%1: %2 rows").arg(it.key(), QString::number(it.value())));
    }
    for (auto it = result.restoredRows.cbegin(); it != result.restoredRows.cend(); ++it)
        if (!result.sourceRows.contains(it.key()))
            result.problems.append(Tr::tr("table %1 exists only in the backup").arg(it.key()));
}

// Reads the restored copy (the manifest's way when there is one) into `result`.
std::optional<BackupManifest> readRestored(DatabaseSession &session, const QString &schema,
                                           const BackupRecord &record, RestoreCheckResult &result)
{
    ManifestReadOptions options;
    if (record.manifest) {
        options = restoredReadOptions(*record.manifest);
    } else {
        // Every table counted, as the live database is.
        options.exactRowLimit = std::numeric_limits<qint64>::max();
        options.checksums = false;
    }
    auto restored = ManifestReader::read(session, schema, options);
    if (!restored) {
        result.problems.append(restored.error());
        return std::nullopt;
    }
    result.restoredRows = exactCounts(restored.value());
    return restored.value();
}

} // namespace

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

    std::optional<BackupManifest> restored;
    if (connection.engine == ConnectionSpec::Engine::Sqlite) {
        ConnectionSpec copy = connection;
        copy.sqlitePath = record.path;
        auto opened = DatabaseSession::open(copy, {});
        if (!opened)
            result.problems.append(opened.error());
        else
            restored = readRestored(*opened.value(), {}, record, result);
    } else {
        result.scratchDatabase =
            connection.database + QStringLiteral("_restorecheck_") +
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss"));
        auto created = DatabaseInspector::createDatabase(*session.value(), result.scratchDatabase);
        if (!created) {
            result.problems.append(created.error());
            return result;
        }
        auto restoredFile = DumpRestorer::restore(
            {connection, password, record.path, result.scratchDatabase}, progress, cancel);
        if (!restoredFile)
            result.problems.append(restoredFile.error());
        else
            result.notRun = restoredFile.value().removed;
        if (restoredFile)
            restored = readRestored(*session.value(), result.scratchDatabase, record, result);
        if (auto dropped =
                DatabaseInspector::dropDatabase(*session.value(), result.scratchDatabase);
            !dropped)
            result.problems.append(dropped.error());
    }
    if (result.problems.isEmpty() && restored) {
        if (record.manifest) {
            result.sourceRows = exactCounts(*record.manifest);
            ManifestComparison comparison = compareWithManifest(*record.manifest, *restored);
            append(std::move(comparison), result.problems, result.compared, result.notCompared);
        } else {
            compareWithLive(*session.value(), connection, result);
        }
    }
    result.ok = result.problems.isEmpty();
    return result;
}

namespace {

Result<BackupCheck> recordCheck(qint64 backupId, BackupCatalog::CheckKind kind, bool ok,
                                const QStringList &problems, const QStringList &compared,
                                const QStringList &notCompared, const QStringList &notRun,
                                const QString &journalPath)
{
    BackupCheck check;
    check.at = QDateTime::currentDateTimeUtc();
    check.ok = ok;
    QStringList detail = BackupVerifier::checkSummary(ok, problems, compared, notCompared);
    detail += notRun;
    check.detail = detail.join(QStringLiteral("; "));
    auto journal = Journal::open(journalPath);
    if (!journal)
        return journal.failure();
    if (auto recorded = BackupCatalog(*journal.value()).recordCheck(backupId, kind, check);
        !recorded)
        return recorded.failure();
    return check;
}

} // namespace

QStringList BackupVerifier::checkSummary(bool ok, const QStringList &problems,
                                         const QStringList &compared,
                                         const QStringList &notCompared)
{
    QStringList summary = ok ? compared : problems;
    if (!notCompared.isEmpty())
        summary.append(Tr::tr("not compared: %1").arg(notCompared.join(QStringLiteral("; "))));
    return summary;
}

Result<std::optional<BackupRecord>> BackupVerifier::findBackup(qint64 id,
                                                               const QString &journalPath)
{
    auto journal = Journal::open(journalPath);
    if (!journal)
        return journal.failure();
    return BackupCatalog(*journal.value()).find(id);
}

Result<BackupCheck> BackupVerifier::recordVerification(qint64 backupId, const VerifyResult &result,
                                                       const QString &journalPath)
{
    return recordCheck(backupId, BackupCatalog::CheckKind::Verification, result.ok, result.problems,
                       result.compared, result.notCompared, {}, journalPath);
}

Result<BackupCheck> BackupVerifier::recordTestRestore(qint64 backupId,
                                                      const RestoreCheckResult &result,
                                                      const QString &journalPath)
{
    return recordCheck(backupId, BackupCatalog::CheckKind::TestRestore, result.ok, result.problems,
                       result.compared, result.notCompared, result.notRun, journalPath);
}

} // namespace backstep
