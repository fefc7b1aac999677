#pragma once

#include "core/verificationcheck.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace backstep {

// The values of one row's key in the chunking index, in the index's column order, as
// the server returned them (bound back as values, never pasted into SQL).
using KeyValues = QVariantList;

// How a chunk's rows are summed into one value. SUM of the rows' CRC32s, not
// pt-table-checksum's BIT_XOR: CRC32 is affine over GF(2) for texts of one length, so the
// same bytes changed at the same place in two rows of a chunk (`SET flag = 1 WHERE id IN
// (1, 2)`), or two values of one length swapped between rows, cancel in an XOR and the
// chunk would look unchanged. A SUM (exact: DECIMAL, or doubles where every partial sum
// is a double's integer) sees both; it
// misses only changes whose CRC32s move by +k and -k, which no pattern of an UPDATE
// lines up, so an XOR beside it would add cost, not detection. Snapshots made before the
// tag (JSON without "algorithm") used BIT_XOR; Unknown is a tag this Backstep cannot
// compute.
enum class ChecksumAlgorithm { BitXorCrc32, SumCrc32, Unknown };

// "sum-crc32", "bit-xor-crc32", "unknown": the tag in snapshots and evidence.
QString algorithmName(ChecksumAlgorithm algorithm);

// "COUNT(*), SUM(CRC32(CONCAT_WS('#', columns…, ISNULL markers))) per key range": the
// method in the words of the evidence.
QString checksumMethod(ChecksumAlgorithm algorithm);

// One chunk of a table: the rows whose key is above `lower` (exclusive) and at most
// `upper` (inclusive). An empty bound is open: the first chunk starts at the first row,
// the last one ends after the last row, so the chunks of a table cover every key.
struct ChecksumChunk
{
    KeyValues lower;
    KeyValues upper;
    qint64 rows = 0;
    // The snapshot's algorithm over CRC32(CONCAT_WS('#', columns…, their ISNULL markers))
    // of the chunk's rows, as exact decimal text ("0" for no rows).
    QString crc;
    // False when the chunk was not computed within the time budget (or its query failed):
    // it is "not checked", never "equal".
    bool checked = false;
};

// The checksums of one table, chunked by its primary key (or a unique key of NOT NULL
// columns); a table without one is checksummed whole, in a single open chunk.
struct TableChecksum
{
    QString table;
    QString keyName;          // "PRIMARY", a unique index's name, or empty (whole table)
    QStringList keyColumns;   // the chunking index's columns; empty for a whole table
    QString wholeTableReason; // why there are no chunks (no usable key), when whole
    QList<ChecksumChunk> chunks;
    QString error; // why the table could not be checksummed at all (its chunks unchecked)

    bool wholeTable() const { return keyColumns.isEmpty(); }
    bool complete() const;
};

// The checksums of a set of tables at one moment, taken within a time budget given up
// front (TableChecksummer, src/db).
struct ChecksumSnapshot
{
    QList<TableChecksum> tables;
    qint64 budgetMs = 0;
    qint64 elapsedMs = 0;
    // How many connections computed it (TableChecksummer::Options::connections, less the
    // ones that could not be opened).
    int connections = 1;
    // A second snapshot is computed with its first snapshot's algorithm.
    ChecksumAlgorithm algorithm = ChecksumAlgorithm::SumCrc32;
    // Set when no checksum could be computed on this engine (SQLite has no CRC32).
    QString unsupportedReason;

    const TableChecksum *table(const QString &name) const;
};

// A chunk whose rows or checksum differ between two snapshots.
struct ChunkDifference
{
    QString table;
    QStringList keyColumns;
    KeyValues lower;
    KeyValues upper;
    qint64 rowsBefore = 0;
    qint64 rowsAfter = 0;
    QString crcBefore;
    QString crcAfter;
};

// A part of a table that one of the snapshots did not cover: not checked, and why.
struct UncheckedRange
{
    QString table;
    QString range; // describeKeyRange(), or "every row"
    QString reason;
};

struct ChecksumComparison
{
    QList<ChunkDifference> differences;
    QList<UncheckedRange> notChecked;
    QStringList wholeTables; // compared as a whole: no primary or unique key
    QStringList tables;      // every table of `before`, in its order
    int chunksCompared = 0;
    ChecksumAlgorithm algorithm = ChecksumAlgorithm::SumCrc32;      // the first snapshot's
    ChecksumAlgorithm afterAlgorithm = ChecksumAlgorithm::SumCrc32; // the second's

    // No difference was found; says nothing of what was not checked.
    bool noDifference() const { return differences.isEmpty(); }
    // Everything was compared and nothing differs.
    bool provenEqual() const { return differences.isEmpty() && notChecked.isEmpty(); }
};

// Chunk by chunk: `after` must be taken with `before`'s chunk bounds
// (TableChecksummer::after). A chunk checked on both sides with other rows or another
// checksum is a difference; a chunk unchecked on either side is not checked. Snapshots of
// different algorithms are not compared: every table is not checked, with the reason.
ChecksumComparison compareChecksums(const ChecksumSnapshot &before, const ChecksumSnapshot &after);

// "id > 1000 and id <= 2000", "(a, b) <= (1, 'x')", "every row": a chunk's key range in
// words a DBA can paste into a WHERE clause to look at it.
QString describeKeyRange(const QStringList &keyColumns, const KeyValues &lower,
                         const KeyValues &upper);

// The verification checks of a comparison (section "data"): one per table compared,
// failed with each differing chunk and its key range; tables or ranges not checked are
// Skipped with the reason, never Passed.
VerificationChecks checksumChecks(const ChecksumComparison &comparison);

// A snapshot as JSON and back: the playbook keeps the "before" checksums in its evidence,
// so that a run resumed in another process compares the same ranges. Key values keep
// their type (64-bit integers as text, so they stay exact; bytes as base64), because they
// are bound back into the range conditions. `algorithm` names the snapshot's algorithm
// ("sum-crc32", "bit-xor-crc32"); a snapshot without it is read as BIT_XOR (made before
// the tag existed), an unknown name as Unknown.
QJsonObject checksumSnapshotToJson(const ChecksumSnapshot &snapshot);
ChecksumSnapshot checksumSnapshotFromJson(const QJsonObject &json);

// A comparison as the playbook's evidence: `compared` (chunks), `differing` ([{table,
// range, rowsBefore, rowsAfter}]), `notCovered` ([{table, range, reason}]), `wholeTables`.
QJsonObject checksumComparisonToJson(const ChecksumComparison &comparison);

} // namespace backstep
