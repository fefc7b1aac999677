#pragma once

#include "core/formats/formatreader.h"

namespace backstep {

// sql-migrate (docs/formats.md, "sql-migrate"): every *.sql file of the folder is a
// migration whose identity is its file name (two files may share a number); sections
// behind exactly `-- +migrate Up` / `-- +migrate Down` (case-sensitive, options such as
// `notransaction` after them); `-- +migrate StatementBegin` / `StatementEnd` blocks. Lines
// starting with "-- " are dropped before anything else (even inside a block): they never
// reach the server. A statement ends at a line whose last word ends with ';'.
class SqlMigrateReader : public FormatReader
{
public:
    MigrationFormat format() const override { return MigrationFormat::SqlMigrate; }
    bool claims(const SourceFile &file) const override;
    void read(const QList<SourceFile> &files, MigrationSet &set,
              const ReadContext &context) const override;
};

} // namespace backstep
