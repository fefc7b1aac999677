#pragma once

#include "core/formats/formatreader.h"

namespace backstep {

// dbmate (docs/formats.md, "dbmate"): files <digits>*.sql whose version is the digit string
// itself (01203 and 1203 are two migrations), sections behind `-- migrate:up` and
// `-- migrate:down` (case-sensitive, at the start of a line, options such as
// `transaction:false` after them). dbmate sends each section, its marker line included, as
// one multi-statement query, so the sections are split by the server's grammar
// (ServerGrammarSplitter): compound statements whole, comments kept, no DELIMITER. A file
// dbmate refuses (no up block, no down block, down before up, statements before the up
// block) is bad input: dbmate cannot have applied it.
class DbmateReader : public FormatReader
{
public:
    MigrationFormat format() const override { return MigrationFormat::Dbmate; }
    bool claims(const SourceFile &file) const override;
    void read(const QList<SourceFile> &files, MigrationSet &set,
              const ReadContext &context) const override;
};

} // namespace backstep
