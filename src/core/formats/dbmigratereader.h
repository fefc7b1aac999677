#pragma once

#include "core/formats/formatreader.h"

namespace backstep {

// db-migrate with SQL files (docs/formats.md, "db-migrate"): migrations/<timestamp>-<name>.js
// stubs made by `db-migrate create --sql-file`, each reading sqls/<timestamp>-<name>-up.sql
// and -down.sql and handing the text to runSql(): one multi-statement query
// (multipleStatements: true), so the files are split by the server's grammar. Any other
// JavaScript migration cannot be read: Backstep says so.
class DbMigrateReader : public FormatReader
{
public:
    MigrationFormat format() const override { return MigrationFormat::DbMigrate; }
    bool claims(const SourceFile &file) const override;
    void read(const QList<SourceFile> &files, MigrationSet &set,
              const ReadContext &context) const override;
};

} // namespace backstep
