#include "db/reportstore.h"

#include "db/journal.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportStore)
};

StoredReport reportFrom(const QSqlQuery &query)
{
    StoredReport stored;
    stored.id = query.value(0).toLongLong();
    stored.databaseUrl = query.value(1).toString();
    stored.runId = query.value(2).toString();
    stored.generatedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    stored.passed = query.value(4).toString() == u"pass";
    stored.failures = query.value(5).toInt();
    stored.report = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    return stored;
}

const QString reportColumns =
    QStringLiteral("id, database_url, run_id, generated_at, verdict, failures, report");

} // namespace

Result<qint64> ReportStore::save(const VerificationReport &report)
{
    QSqlQuery query(m_journal.database());
    query.prepare(
        QStringLiteral("INSERT INTO verification_reports (database_url, run_id, "
                       "generated_at, verdict, failures, report) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(report.databaseUrl.isNull() ? QStringLiteral("") : report.databaseUrl);
    query.addBindValue(report.runId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(report.runId));
    query.addBindValue(report.generatedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(report.passed() ? QStringLiteral("pass") : QStringLiteral("fail"));
    query.addBindValue(report.failureCount());
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Error{
            Tr::tr("cannot store the report in the journal: %1").arg(query.lastError().text())};
    return query.lastInsertId().toLongLong();
}

Result<std::optional<StoredReport>> ReportStore::load(qint64 id) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM verification_reports WHERE id = ?").arg(reportColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot read report %1 from the journal").arg(id));
    if (!query.next())
        return std::optional<StoredReport>();
    return std::optional(reportFrom(query));
}

Result<QList<StoredReport>> ReportStore::list(const QString &databaseUrl, int limit) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("SELECT %1 FROM verification_reports WHERE (? = '' OR "
                                 "database_url = ?) ORDER BY id DESC LIMIT ?")
                      .arg(reportColumns));
    query.addBindValue(databaseUrl.isNull() ? QStringLiteral("") : databaseUrl);
    query.addBindValue(databaseUrl);
    query.addBindValue(limit);
    QList<StoredReport> reports;
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot read the reports from the journal"));
    while (query.next())
        reports.append(reportFrom(query));
    return reports;
}

Result<void> ReportStore::saveRowCounts(qint64 snapshotId, const QMap<QString, qint64> &counts)
{
    QSqlDatabase &db = m_journal.database();
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.failure().prefixed(Tr::tr("cannot store row counts"));
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO snapshot_row_counts (snapshot_id, table_name, row_count) VALUES (?, ?, ?)"));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        query.addBindValue(snapshotId);
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!query.exec())
            return sql::queryError(query, Tr::tr("cannot store row counts"));
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.failure().prefixed(Tr::tr("cannot store row counts"));
    return {};
}

Result<QMap<QString, qint64>> ReportStore::rowCounts(qint64 snapshotId) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral(
        "SELECT table_name, row_count FROM snapshot_row_counts WHERE snapshot_id = ?"));
    query.addBindValue(snapshotId);
    QMap<QString, qint64> counts;
    if (!query.exec())
        return sql::queryError(query, Tr::tr("cannot read the row counts from the journal"));
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

} // namespace backstep
