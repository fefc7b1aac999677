#include "ops/snapshottaker.h"

#include "core/migrationstatus.h"
#include "db/databasesession.h"
#include "db/historyreader.h"
#include "db/journal.h"
#include "db/schemareader.h"
#include "db/snapshotstore.h"

namespace backstep {

Result<TakenSnapshot> SnapshotTaker::take(const WorkspaceRequest &request, const QString &purpose,
                                          const QString &journalPath)
{
    auto journal = Journal::open(journalPath);
    if (!journal)
        return journal.failure();
    auto session = DatabaseSession::open(request.connection, request.password);
    if (!session)
        return session.failure();
    auto snapshot = SchemaReader::readStructure(*session.value());
    if (!snapshot)
        return snapshot.failure();
    auto history = HistoryReader::read(session.value()->database(), request.historyTable);
    if (!history)
        return history.failure();
    snapshot->migrationVersion = latestAppliedVersion(history.value());
    auto id =
        SnapshotStore(*journal.value()).save(request.connection.url(), snapshot.value(), purpose);
    if (!id)
        return id.failure();
    return TakenSnapshot{id.value(), std::move(snapshot).value()};
}

} // namespace backstep
