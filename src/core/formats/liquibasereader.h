#pragma once

#include "core/formats/formatreader.h"

namespace backstep {

// Liquibase formatted SQL: files whose first line is `--liquibase formatted sql`, read in
// name order, each with one or more `--changeset author:id attr:value ...` changesets
// (the id is the migration's version). The changeset's SQL is its UP; `--rollback`
// lines (concatenated) and `/* liquibase rollback ... */` blocks are its DOWN.
// Honoured attributes: endDelimiter, splitStatements, rollbackEndDelimiter,
// rollbackSplitStatements; all are kept as options.
class LiquibaseReader : public FormatReader
{
public:
    MigrationFormat format() const override { return MigrationFormat::Liquibase; }
    bool claims(const SourceFile &file) const override;
    void read(const QList<SourceFile> &files, MigrationSet &set) const override;

private:
    void readFile(const SourceFile &file, MigrationSet &set) const;
};

} // namespace backstep
