#pragma once

#include "core/result.h"
#include "core/verificationreport.h"

#include <QList>

#include <optional>

namespace backstep {

class Journal;

// A verification report as the journal keeps it (journal revision 5), with the rollback
// run it belongs to: the evidence an incident review reads.
struct StoredReport
{
    qint64 id = 0;
    QString databaseUrl;
    QString runId;
    QDateTime generatedAt;
    bool passed = false;
    int failures = 0;
    QJsonObject report; // reportToJson()
};

class ReportStore
{
public:
    explicit ReportStore(Journal &journal)
        : m_journal(journal)
    {}
    Result<qint64> save(const VerificationReport &report);
    // The report, or nullopt when there is none with that id.
    Result<std::optional<StoredReport>> load(qint64 id) const;
    // Newest first.
    Result<QList<StoredReport>> list(const QString &databaseUrl = {}, int limit = 100) const;

    // Exact row counts taken with a snapshot (before a rollback: the data checks compare
    // the tables the plan did not touch against them).
    Result<void> saveRowCounts(qint64 snapshotId, const QMap<QString, qint64> &counts);
    Result<QMap<QString, qint64>> rowCounts(qint64 snapshotId) const;

private:
    Journal &m_journal;
};

} // namespace backstep
