#pragma once

#include "core/backuprecord.h"
#include "core/result.h"

#include <QList>

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
    Result<bool> finish(const BackupRecord &record);
    QList<BackupRecord> list(const QString &databaseUrl = {}) const;
    std::optional<BackupRecord> find(qint64 id) const;
    std::optional<BackupRecord> findByPath(const QString &path) const;
    // The newest complete backup of the database whose file still exists.
    std::optional<BackupRecord> latestComplete(const QString &databaseUrl) const;

private:
    Journal &m_journal;
};

} // namespace backstep
