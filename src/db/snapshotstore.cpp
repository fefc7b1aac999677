#include "db/snapshotstore.h"

#include "db/journal.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)
};

// Qt binds a null QString as SQL NULL; the columns are NOT NULL and compared with '='.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Result<StoredSnapshot> fromRow(const QSqlQuery &query)
{
    StoredSnapshot stored;
    stored.id = query.value(0).toLongLong();
    stored.databaseUrl = query.value(1).toString();
    stored.purpose = query.value(4).toString();
    stored.runId = query.value(5).toString();
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(query.value(6).toString().toUtf8(), &parseError);
    if (!document.isObject())
        return Error{Tr::tr("snapshot #%1 in the journal is damaged: %2")
                         .arg(stored.id)
                         .arg(parseError.errorString())};
    auto snapshot = SchemaSnapshot::fromJson(document.object());
    if (!snapshot)
        return Error{Tr::tr("snapshot #%1: %2").arg(stored.id).arg(snapshot.error())};
    stored.snapshot = std::move(snapshot).value();
    return stored;
}

const QString columns =
    QStringLiteral("id, database_url, migration_version, taken_at, purpose, run_id, snapshot");

} // namespace

Result<qint64> SnapshotStore::save(const QString &databaseUrl, const SchemaSnapshot &snapshot,
                                   const QString &purpose, const QString &runId)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("INSERT INTO schema_snapshots (database_url, migration_version, "
                                 "taken_at, purpose, run_id, snapshot) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(databaseUrl));
    query.addBindValue(text(snapshot.migrationVersion));
    query.addBindValue(snapshot.takenAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(text(purpose));
    query.addBindValue(runId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : runId);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Error{Tr::tr("cannot record the schema snapshot in the journal: %1")
                         .arg(query.lastError().text())};
    return query.lastInsertId().toLongLong();
}

Result<StoredSnapshot> SnapshotStore::load(qint64 id) const
{
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM schema_snapshots WHERE id = ?").arg(columns));
    query.addBindValue(id);
    if (!query.exec())
        return Error{Tr::tr("cannot read the journal: %1").arg(query.lastError().text())};
    if (!query.next())
        return Error{Tr::tr("there is no schema snapshot #%1 in the journal").arg(id)};
    return fromRow(query);
}

Result<std::optional<StoredSnapshot>> SnapshotStore::latestAt(const QString &databaseUrl,
                                                              const QString &migrationVersion,
                                                              const QStringList &purposes) const
{
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    QStringList marks;
    for (qsizetype i = 0; i < purposes.size(); ++i)
        marks << QStringLiteral("?");
    const QString purposeFilter =
        purposes.isEmpty() ? QString()
                           : QStringLiteral(" AND purpose IN (%1)").arg(marks.join(u','));
    query.prepare(QStringLiteral("SELECT %1 FROM schema_snapshots WHERE database_url = ? AND "
                                 "migration_version = ?%2 ORDER BY taken_at DESC, id DESC LIMIT 1")
                      .arg(columns, purposeFilter));
    query.addBindValue(text(databaseUrl));
    query.addBindValue(text(migrationVersion));
    for (const QString &purpose : purposes)
        query.addBindValue(purpose);
    if (!query.exec())
        return Error{Tr::tr("cannot read the journal: %1").arg(query.lastError().text())};
    if (!query.next())
        return std::optional<StoredSnapshot>();
    auto stored = fromRow(query);
    if (!stored)
        return stored.failure();
    return std::optional<StoredSnapshot>(std::move(stored).value());
}

Result<QList<StoredSnapshot>> SnapshotStore::list(const QString &databaseUrl) const
{
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, database_url, migration_version, taken_at, purpose, "
                                 "run_id, json_extract(snapshot, '$.database'), "
                                 "json_extract(snapshot, '$.server_version') FROM "
                                 "schema_snapshots WHERE (? = '' OR database_url = ?) ORDER BY "
                                 "taken_at DESC, id DESC"));
    query.addBindValue(text(databaseUrl));
    query.addBindValue(text(databaseUrl));
    QList<StoredSnapshot> found;
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot read the snapshots from the journal"));
    while (query.next()) {
        StoredSnapshot stored;
        stored.id = query.value(0).toLongLong();
        stored.databaseUrl = query.value(1).toString();
        stored.snapshot.migrationVersion = query.value(2).toString();
        stored.snapshot.takenAt =
            QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        stored.purpose = query.value(4).toString();
        stored.runId = query.value(5).toString();
        stored.snapshot.database = query.value(6).toString();
        stored.snapshot.serverVersion = query.value(7).toString();
        found.append(std::move(stored));
    }
    return found;
}

} // namespace backstep
