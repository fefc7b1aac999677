#pragma once

#include "core/result.h"
#include "core/schemasnapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace backstep {

struct Workspace;

// What the schema should be at a migration version, and where that knowledge came from.
struct ExpectedSchema
{
    enum class Source {
        Recorded, // a snapshot the journal holds of this database at that version
        Replay,   // the UP sections up to that version replayed in a scratch database
    };

    Source source = Source::Replay;
    SchemaSnapshot snapshot;
    // For the report: "recorded snapshot #12 taken 2026-12-01 06:30:00 UTC" or "replay of
    // 4 UP sections in a scratch database".
    QString description;
    // The journal's id of the recorded snapshot, or of the replay's snapshot as stored
    // (0 when it could not be stored).
    qint64 snapshotId = 0;
    int replayedSections = 0;
    // Tables the expected state cannot know about and a comparison should leave out: a
    // replay has no migration history table. Add them to DiffOptions::ignoredTables.
    QStringList ignoredTables;
    // Something that did not stop the answer but the report should say (e.g. the replay's
    // snapshot could not be stored in the journal).
    QStringList notes;

    // A snapshot recorded earlier at `targetVersion` (taken before a rollback, or by hand;
    // never one taken after a rollback, which is what is being verified, nor an earlier
    // replay, which may predate edits to the folder), else a replay. The replay runs the
    // UP sections of workspace.migrations from the first up to and including
    // `targetVersion`, in their order, in `<db>_expected_<yyyyMMddHHmmss>` on the same
    // server (a temporary file for SQLite), takes its snapshot and drops it, also on
    // failure; the snapshot is stored with purpose "replay". An empty target means no
    // migration applied (an empty schema). An empty journalPath is Journal::defaultPath().
    // Blocking: call it off the GUI thread.
    static Result<ExpectedSchema> at(const Workspace &workspace, const QString &targetVersion,
                                     const QString &journalPath = {});
    // Always a replay; nothing is read from or written to the journal.
    static Result<ExpectedSchema> replay(const Workspace &workspace, const QString &targetVersion);
    // `<db>_expected_<yyyyMMddHHmmss>`, the database name shortened so that the whole
    // stays within MySQL's 64 characters.
    static QString scratchName(const QString &database, const QDateTime &at);

    static QString sourceName(Source source); // "recorded", "replay"
    // Where the expectation came from, for a report: source, description, snapshot_id,
    // migration_version, taken_at, replayed_sections, ignored_tables, notes (not the
    // snapshot's objects).
    QJsonObject toJson() const;
};

} // namespace backstep
