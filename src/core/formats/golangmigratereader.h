#pragma once

#include "core/formats/formatreader.h"

namespace backstep {

// golang-migrate: a migration is a pair of files, {version}_{title}.up.sql and
// {version}_{title}.down.sql, each one section in full.
class GolangMigrateReader : public FormatReader
{
public:
    MigrationFormat format() const override { return MigrationFormat::GolangMigrate; }
    bool claims(const SourceFile &file) const override;
    void read(const QList<SourceFile> &files, MigrationSet &set) const override;
};

} // namespace backstep
