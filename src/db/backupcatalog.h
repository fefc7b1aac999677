#pragma once

#include "core/backuprecord.h"
#include "core/result.h"

#include <QList>

#include <optional>

namespace backstep {

class Journal;

// The journal's record of every backup: started as "running", finished as complete,
// failed or cancelled. A backup is only ever listed as good once it was verified.
class BackupCatalog
{
public:
    explicit BackupCatalog(Journal &journal)
        : m_journal(journal)
    {}

    Result<qint64> begin(const BackupRecord &record);
    // Records the outcome, and the manifest of a backup that completed.
    Result<void> finish(const BackupRecord &record);
    enum class CheckKind { Verification, TestRestore };
    // The last verification or test-restore of a backup, shown in the catalog.
    Result<void> recordCheck(qint64 id, CheckKind kind, const BackupCheck &check);
    // Newest first.
    Result<QList<BackupRecord>> list(const QString &databaseUrl = {}) const;
    // nullopt: the catalog has no such backup.
    Result<std::optional<BackupRecord>> find(qint64 id) const;
    Result<std::optional<BackupRecord>> findByPath(const QString &path) const;
    // The newest complete backup of the database whose file still exists.
    Result<std::optional<BackupRecord>> latestComplete(const QString &databaseUrl) const;

private:
    Journal &m_journal;
};

} // namespace backstep
