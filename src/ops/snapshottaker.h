#pragma once

#include "core/result.h"
#include "core/schemasnapshot.h"
#include "ops/workspaceloader.h"

namespace backstep {

// A schema snapshot recorded in the journal.
struct TakenSnapshot
{
    qint64 id = 0;
    SchemaSnapshot snapshot;
};

// Takes a snapshot of a database's structure now, with the migration version its history
// table records, and keeps it in the journal: the evidence a later verification at that
// version is compared with. Runs on the calling thread with a connection of its own.
class SnapshotTaker
{
public:
    static Result<TakenSnapshot> take(const WorkspaceRequest &request, const QString &purpose,
                                      const QString &journalPath = {});
};

} // namespace backstep
