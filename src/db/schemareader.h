#pragma once

#include "core/result.h"
#include "core/schemasnapshot.h"

namespace backstep {

class DatabaseSession;

// Takes a snapshot of the session's database with a few set-based queries, one per kind
// of object for the whole schema (information_schema on MySQL/MariaDB; sqlite_master
// joined with the pragma table-valued functions on SQLite), never one per table.
// The migration version is the latest one the database's history table records (found
// as HistoryReader finds it; empty without one).
class SchemaReader
{
public:
    static Result<SchemaSnapshot> read(DatabaseSession &session);
    // The same without looking for the history table; the caller sets migrationVersion.
    static Result<SchemaSnapshot> readStructure(DatabaseSession &session);
};

} // namespace backstep
