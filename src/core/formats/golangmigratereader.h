#pragma once

#include "core/formats/formatreader.h"

namespace backstep {

// golang-migrate (docs/formats.md, "golang-migrate"): a migration is a pair of files,
// {version}_{title}.up.sql and {version}_{title}.down.sql, versions compared as numbers.
// golang-migrate sends each file as one multi-statement query, so each is split by the
// server's grammar (ServerGrammarSplitter). Without a down file golang-migrate changes the
// version and runs nothing: Backstep calls that irreversible, unless the up file is empty
// too (a no-op).
class GolangMigrateReader : public FormatReader
{
public:
    MigrationFormat format() const override { return MigrationFormat::GolangMigrate; }
    bool claims(const SourceFile &file) const override;
    void read(const QList<SourceFile> &files, MigrationSet &set,
              const ReadContext &context) const override;
};

} // namespace backstep
