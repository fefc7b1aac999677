#pragma once

#include "core/formats/formatreader.h"

namespace backstep {

// Liquibase formatted SQL (docs/formats.md, "Liquibase formatted SQL"): files whose first
// line that is not blank is `--liquibase formatted sql`, read in name order, each with
// `--changeset author:id attribute:value ...` changesets (the author may contain spaces,
// the id is the migration's version). The changeset's SQL is its UP; its `--rollback `
// lines (joined with line feeds) and `/* liquibase rollback ... */` blocks (joined without,
// as Liquibase joins them) are its DOWN, or point at another changeset whose changes undo
// it. Both are split as Liquibase splits them (LiquibaseSplitter: splitStatements,
// endDelimiter, stripComments, its BEGIN/END counting). `--rollback empty` and
// `--rollback not required` declare that rolling back needs nothing: a declared no-op.
class LiquibaseReader : public FormatReader
{
public:
    MigrationFormat format() const override { return MigrationFormat::Liquibase; }
    bool claims(const SourceFile &file) const override;
    void read(const QList<SourceFile> &files, MigrationSet &set,
              const ReadContext &context) const override;
};

} // namespace backstep
