#pragma once

#include "core/result.h"
#include "core/schemasnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace backstep {

class Journal;

// Why a snapshot was taken.
namespace SnapshotPurpose {
inline const QString BeforeRollback = QStringLiteral("before-rollback");
inline const QString AfterRollback = QStringLiteral("after-rollback");
inline const QString Manual = QStringLiteral("manual");
// Taken by a verification: evidence of what was verified, never a reference for later ones.
inline const QString Verification = QStringLiteral("verification");
inline const QString Replay = QStringLiteral("replay"); // of UP sections in a scratch database
} // namespace SnapshotPurpose

// A snapshot as the journal keeps it (journal revision 4, table schema_snapshots).
struct StoredSnapshot
{
    qint64 id = 0;
    QString databaseUrl; // ConnectionSpec::url(): never a password
    QString purpose;
    QString runId; // the rollback run it belongs to; empty when none
    SchemaSnapshot snapshot;
};

class SnapshotStore
{
public:
    explicit SnapshotStore(Journal &journal)
        : m_journal(journal)
    {}

    // Written durably before it returns; the new row's id.
    Result<qint64> save(const QString &databaseUrl, const SchemaSnapshot &snapshot,
                        const QString &purpose, const QString &runId = {});
    Result<StoredSnapshot> load(qint64 id) const;
    // The newest snapshot of the database recorded at that migration version, among the
    // given purposes (all when empty); nullopt when there is none.
    Result<std::optional<StoredSnapshot>> latestAt(const QString &databaseUrl,
                                                   const QString &migrationVersion,
                                                   const QStringList &purposes = {}) const;
    // Every snapshot of the database (all databases when empty), newest first, without
    // their objects (snapshot.objects is empty: load(id) reads one whole).
    Result<QList<StoredSnapshot>> list(const QString &databaseUrl = {}) const;

private:
    Journal &m_journal;
};

} // namespace backstep
