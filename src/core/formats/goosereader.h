#pragma once

#include "core/formats/formatreader.h"

namespace backstep {

// goose (docs/formats.md, "goose"): files <version>_<name>.sql, the version being the
// digits before the first '_'; `-- +goose Up` / `Down` / `StatementBegin` / `StatementEnd`
// / `NO TRANSACTION` / `ENVSUB ON|OFF` annotations, matched case-insensitively, at the
// start of the line. goose ends a statement at a line whose last word ends with ';', keeps
// a StatementBegin/End block whole, drops blank and comment lines before a statement, and
// sends each statement as one query. Annotations goose refuses are bad input.
class GooseReader : public FormatReader
{
public:
    MigrationFormat format() const override { return MigrationFormat::Goose; }
    bool claims(const SourceFile &file) const override;
    void read(const QList<SourceFile> &files, MigrationSet &set,
              const ReadContext &context) const override;
};

} // namespace backstep
