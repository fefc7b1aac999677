#pragma once

#include "ops/playbookflow.h"

namespace backstep {

class Journal;
struct PlaybookSetup;

// Step 3: the backup the rollback is guarded by, taken by BackupJob (full, or targeted: the
// plan's tables with data and the whole schema, routines, triggers and events without),
// verified (BackupVerifier: size, SHA-256, completion line, the manifest's tables) and
// recorded in the playbook's journal's catalog. A full backup whose estimate is long (the
// last full backup's duration, else the database's size) says so and proposes a targeted
// one; the choice stays the setup's. A step found running never trusts what its attempt
// left: a catalog row still running is marked failed, its `.partial` file removed, and a
// new backup taken. The SQLite demo's backup is its VACUUM INTO copy (always whole).
class PlaybookBackupAction : public PlaybookStepAction
{
public:
    PlaybookBackupAction(Journal &journal, const PlaybookSetup &setup);
    PlaybookStepResult run(PlaybookStepContext &context) override;

    // A full backup estimated to take longer than this is worth a targeted one.
    static constexpr qint64 longBackupMs = qint64(10) * 60 * 1000;

private:
    Journal &m_journal;
    const PlaybookSetup &m_setup;
};

} // namespace backstep
