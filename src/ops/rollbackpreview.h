#pragma once

#include "core/rollbackplan.h"
#include "db/impactinspector.h"

namespace backstep {

class DatabaseSession;

// One thing the plan destroys or makes wait, with what the database holds there now.
struct ImpactItem
{
    enum class Kind {
        DropsTable,
        DropsView,
        TruncatesTable,
        DeletesEveryRow,
        DropsColumn,
        DropsIndex,
        DropsForeignKey,
        RebuildsTable, // a copying ALTER: long, writes blocked or queued meanwhile
    };
    Kind kind = Kind::DropsTable;
    QString object; // "table" or "table.column" / "table.index"
    int step = 0;   // 1-based, in execution order, as RollbackPlan::steps counts
    QString version;
    bool exists = false;
    qint64 rows = -1; // rows now (non-NULL values for a column); -1 unknown
    bool rowsEstimated = false;
    qint64 bytes = 0; // data + index
};

QString impactKindName(ImpactItem::Kind kind); // "drops table", ...
// The same words in the reader's language, for the window; impactKindName() for JSON.
QString impactKindLabel(ImpactItem::Kind kind);

// The preview of a plan against the database as it is now: what it destroys (with row
// counts and sizes), how many statements commit implicitly, and which other connections
// may block it (open transactions, metadata locks, running statements on its tables).
struct RollbackPreview
{
    QList<ImpactItem> impacts;
    int implicitCommits = 0;
    QStringList touchedTables;
    QList<LockRisk> lockRisks;
    bool metadataLocksKnown = false; // METADATA_LOCK_INFO / performance_schema was there to ask
    QString error;                   // what could not be inspected (the rest is still shown)
};

class RollbackPreviewer
{
public:
    // Read-only; a few set-based queries whatever the plan's size.
    static RollbackPreview inspect(DatabaseSession &session, const RollbackPlan &plan);
};

} // namespace backstep
