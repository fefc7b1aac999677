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
    Result<void> finish(const BackupRecord &record);
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
