#include "db/backupcatalog.h"

#include "db/journal.h"
#include "db/journalrows.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace backstep {

namespace {

const QString columns = QStringLiteral(
    "id, path, database_url, database_name, engine, compression, status, bytes, sha256, "
    "started_at, finished_at, duration_ms, server_version, migration_version, gtid, "
    "binlog_file, binlog_position, error, manifest, verified_at, verified_ok, verified_detail, "
    "test_restored_at, test_restored_ok, test_restored_detail, position_unknown");

using journalrows::timeText;

BackupCheck checkFrom(const QSqlQuery &query, int column)
{
    BackupCheck check;
    check.at = journalrows::timeFrom(query.value(column));
    check.ok = query.value(column + 1).toInt() != 0;
    check.detail = query.value(column + 2).toString();
    return check;
}

BackupRecord fromQuery(const QSqlQuery &query)
{
    BackupRecord record;
    record.id = query.value(0).toLongLong();
    record.path = query.value(1).toString();
    record.databaseUrl = query.value(2).toString();
    record.databaseName = query.value(3).toString();
    record.engine = query.value(4).toString();
    record.compression =
        compressionFromName(query.value(5).toString()).value_or(BackupCompression::None);
    record.status = backupStatusFromName(query.value(6).toString());
    record.bytes = query.value(7).toLongLong();
    record.sha256 = query.value(8).toString();
    record.startedAt = journalrows::timeFrom(query.value(9));
    record.finishedAt = journalrows::timeFrom(query.value(10));
    record.durationMs = query.value(11).toLongLong();
    record.serverVersion = query.value(12).toString();
    record.migrationVersion = query.value(13).toString();
    record.gtid = query.value(14).toString();
    record.binlogFile = query.value(15).toString();
    record.binlogPosition = query.value(16).toLongLong();
    record.positionUnknown = query.value(25).toString();
    record.error = query.value(17).toString();
    // A manifest that cannot be read is treated as absent: the checks then say that they
    // had no manifest to compare with, which is the truth.
    if (const QString manifest = query.value(18).toString(); !manifest.isEmpty())
        if (auto parsed = BackupManifest::fromJson(manifest.toUtf8()))
            record.manifest = parsed.value();
    record.lastVerification = checkFrom(query, 19);
    record.lastTestRestore = checkFrom(query, 22);
    return record;
}

Result<QList<BackupRecord>> select(Journal &journal, const QString &where,
                                   const QVariantList &values)
{
    QSqlQuery query(journal.database());
    query.prepare(QStringLiteral("SELECT %1 FROM backups %2 ORDER BY id DESC").arg(columns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<BackupRecord> records;
    if (!query.exec())
        return sql::queryError(
            query, QCoreApplication::translate("BackupCatalog", "cannot read the backup catalog"));
    while (query.next())
        records.append(fromQuery(query));
    return records;
}

Result<std::optional<BackupRecord>> first(const Result<QList<BackupRecord>> &found)
{
    if (!found)
        return found.failure();
    if (found->isEmpty())
        return std::optional<BackupRecord>();
    return std::optional(found->first());
}

} // namespace

Result<qint64> BackupCatalog::begin(const BackupRecord &record)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral(
        "INSERT INTO backups (path, database_url, database_name, engine, compression, status, "
        "started_at, server_version, migration_version, gtid, binlog_file, binlog_position, "
        "position_unknown) VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(record.path), QVariant(record.databaseUrl), QVariant(record.databaseName),
          QVariant(record.engine), QVariant(compressionName(record.compression)),
          QVariant(timeText(record.startedAt)), QVariant(record.serverVersion),
          QVariant(record.migrationVersion), QVariant(record.gtid), QVariant(record.binlogFile),
          QVariant(record.binlogPosition), QVariant(record.positionUnknown)})
        query.addBindValue(value);
    if (!query.exec())
        return Error{QCoreApplication::translate("BackupCatalog", "cannot record the backup: %1")
                         .arg(query.lastError().text())};
    return query.lastInsertId().toLongLong();
}

Result<void> BackupCatalog::finish(const BackupRecord &record)
{
    QSqlQuery query(m_journal.database());
    query.prepare(
        QStringLiteral("UPDATE backups SET path = ?, status = ?, bytes = ?, sha256 = ?, "
                       "finished_at = ?, duration_ms = ?, error = ?, manifest = ? WHERE id = ?"));
    const QVariant manifest =
        record.manifest
            ? QVariant(QString::fromUtf8(
                  QJsonDocument(record.manifest->toJson()).toJson(QJsonDocument::Compact)))
            : QVariant(QMetaType(QMetaType::QString));
    for (const QVariant &value :
         {QVariant(record.path), QVariant(backupStatusName(record.status)), QVariant(record.bytes),
          QVariant(record.sha256), QVariant(timeText(record.finishedAt)),
          QVariant(record.durationMs), QVariant(record.error), manifest, QVariant(record.id)})
        query.addBindValue(value);
    if (!query.exec())
        return Error{QCoreApplication::translate("BackupCatalog", "cannot record the backup: %1")
                         .arg(query.lastError().text())};
    return {};
}

Result<void> BackupCatalog::recordCheck(qint64 id, CheckKind kind, const BackupCheck &check)
{
    QSqlQuery query(m_journal.database());
    query.prepare(
        kind == CheckKind::Verification
            ? QStringLiteral("UPDATE backups SET verified_at = ?, verified_ok = ?, "
                             "verified_detail = ? WHERE id = ?")
            : QStringLiteral("UPDATE backups SET test_restored_at = ?, "
                             "test_restored_ok = ?, test_restored_detail = ? WHERE id = ?"));
    for (const QVariant &value : {QVariant(timeText(check.at)), QVariant(check.ok ? 1 : 0),
                                  QVariant(check.detail), QVariant(id)})
        query.addBindValue(value);
    if (!query.exec())
        return sql::queryError(query, QCoreApplication::translate(
                                          "BackupCatalog", "cannot record the backup's check"));
    return {};
}

Result<QList<BackupRecord>> BackupCatalog::list(const QString &databaseUrl) const
{
    if (databaseUrl.isEmpty())
        return select(m_journal, {}, {});
    return select(m_journal, QStringLiteral("WHERE database_url = ?"), {databaseUrl});
}

Result<std::optional<BackupRecord>> BackupCatalog::find(qint64 id) const
{
    return first(select(m_journal, QStringLiteral("WHERE id = ?"), {id}));
}

Result<std::optional<BackupRecord>> BackupCatalog::findByPath(const QString &path) const
{
    return first(select(m_journal, QStringLiteral("WHERE path = ?"), {path}));
}

Result<std::optional<BackupRecord>> BackupCatalog::latestComplete(const QString &databaseUrl) const
{
    const auto complete = select(
        m_journal, QStringLiteral("WHERE database_url = ? AND status = 'complete'"), {databaseUrl});
    if (!complete)
        return complete.failure();
    for (const BackupRecord &record : complete.value())
        if (QFile::exists(record.path))
            return std::optional(record);
    return std::optional<BackupRecord>();
}

} // namespace backstep
