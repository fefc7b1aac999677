#pragma once

#include "core/backupmanifest.h"
#include "core/result.h"

#include <optional>

namespace backstep {

class DatabaseSession;

struct ManifestReadOptions
{
    // Tables the server estimates at or below this many rows are counted exactly
    // (COUNT(*)) and checksummed (CHECKSUM TABLE): both read the whole table, which is
    // cheap only for small ones. Bigger tables get the server's estimate, marked as such.
    qint64 exactRowLimit = 100000;
    bool checksums = true; // with exactRowLimit: checksum the tables counted exactly
    // When set (reading a restored copy): exactly these tables are counted, and those in
    // `checksumTables` checksummed, whatever their size; the rest get estimates.
    std::optional<QStringList> exactTables;
    QStringList checksumTables;
};

// Reads what a database holds now, as a backup manifest: base tables with row counts and
// checksums, views, routines, triggers, events. MySQL/MariaDB: `schema`; SQLite: the
// session's database (no routines, events or checksums; every count exact).
class ManifestReader
{
public:
    static Result<BackupManifest> read(DatabaseSession &session, const QString &schema,
                                       const ManifestReadOptions &options = {});
};

} // namespace backstep
