#pragma once

#include "core/result.h"
#include "core/tablechecksum.h"

#include <QStringList>

namespace backstep {

class DatabaseSession;

// Chunked checksums of tables (the playbook's proof that the tables a rollback does not
// touch did not change), much as pt-table-checksum computes them: each table is cut into
// ranges of its primary key (or of a unique key of NOT NULL columns), and each range
// gets COUNT(*) and SUM(CRC32(CONCAT_WS('#', columns…, CONCAT(ISNULL(nullable
// columns…))))) (pt-table-checksum's BIT_XOR lets two equal changes cancel: see
// ChecksumAlgorithm). A table without such a key is checksummed whole, and says so.
//
// A key of one integer column is cut into ranges of key values (sized from the rows and
// time of the ranges before; after a range with no row, the next starts at the next key,
// so a gap in the keys costs an empty range on each connection at most);
// any other key into ranges of rows in key order, each found while it is summed. Unlike
// pt-table-checksum, which runs beside a live application, the playbook checksums with
// the service stopped, so the work is spread over several connections: ranges of key
// values on any of them at once, other tables one per connection.
//
// Every statement that reads a table's rows or keys runs within a time budget given up
// front: a chunk that was not reached (or whose statement hit the remaining budget) is
// left unchecked, never reported equal. Reading the tables' shapes from information_schema
// and opening the second connection (up to the URL's connect timeout) are not limited.
// MySQL and MariaDB only: on SQLite the snapshot says why nothing was checked.
class TableChecksummer
{
public:
    struct Options
    {
        qint64 budgetMs = 60000;
        // Chunks grow or shrink so that one takes about this long (pt-table-checksum's
        // --chunk-time), between the two limits below.
        int targetChunkMs = 250;
        int firstChunkRows = 1000;
        int minChunkRows = 100;
        int maxChunkRows = 500000;
        // A range of key values is sized from the ranges before it, so where the keys get
        // much denser it can hold far more rows than wanted: it is cut off after this long
        // (0: sixteen times targetChunkMs) and left not checked, instead of spending the
        // rest of the budget, and the ranges after it are narrower.
        int rangeLimitMs = 0;
        // Connections working at once: the session given and this many less one more,
        // opened from its spec with the password given. Two use two of the server's cores
        // (a single SELECT uses one), which is what brings the checksums near CHECKSUM
        // TABLE's time (bench/RESULTS.md); more would take cores from other work.
        int connections = 2;
    };

    // Chooses each table's chunks while computing them: one pass over each table.
    // `tables` are names in the session's database. Fails only when the session cannot
    // be asked anything; a table that cannot be read has its error recorded.
    // `password` opens the further connections (never stored).
    static Result<ChecksumSnapshot> before(DatabaseSession &session, const QString &password,
                                           const QStringList &tables, const Options &options);
    // The same tables with `before`'s chunk bounds and algorithm (a BIT_XOR snapshot of an
    // older run is answered with BIT_XOR), for compareChecksums().
    static Result<ChecksumSnapshot> after(DatabaseSession &session, const QString &password,
                                          const ChecksumSnapshot &before, const Options &options);
};

} // namespace backstep
