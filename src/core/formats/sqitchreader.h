#pragma once

#include "core/formats/formatreader.h"

namespace backstep {

// Sqitch (docs/formats.md, "Sqitch"): a project folder with sqitch.plan (pragmas, then a
// line per change: `name [dependencies] timestamp planner <email> # note`, and tag lines
// `@tag ...`), sqitch.conf (the registry database, "sqitch" by default) and the scripts
// deploy/<change>.sql (UP), revert/<change>.sql (DOWN) and verify/<change>.sql (Sqitch's
// own check). Sqitch runs each script with the mysql client, so scripts are split as the
// client splits (DELIMITER and all). Migrations keep the plan's order; a change's version
// is its name. A change reworked after a tag keeps its earlier scripts as
// deploy/<change>@<tag>.sql.
class SqitchReader : public FormatReader
{
public:
    MigrationFormat format() const override { return MigrationFormat::Sqitch; }
    bool claims(const SourceFile &file) const override;
    void read(const QList<SourceFile> &files, MigrationSet &set,
              const ReadContext &context) const override;
};

} // namespace backstep
