#pragma once

#include "core/formats/formatreader.h"

namespace backstep {

// Flyway SQL migrations (docs/formats.md, "Flyway"): V<version>__<description>.sql (UP)
// with the undo file U<version>__<description>.sql (DOWN); R__<description>.sql repeatable
// migrations and B<version>__<description>.sql baseline migrations, listed but never
// reversible. Versions use dots or underscores between parts (V1_2 is 1.2) and order
// numerically per part; underscores in a description are shown as spaces, as Flyway shows
// them. Files are split as Flyway's MySQL parser splits them (FlywayParser). Names Flyway
// ignores (__V1__x.sql, V1_x.sql, v1__x.sql, V1__x.sql.disabled) are listed as warnings,
// as Flyway warns; `${placeholder}`s are replaced from flyway.conf / flyway.toml.
class FlywayReader : public FormatReader
{
public:
    MigrationFormat format() const override { return MigrationFormat::Flyway; }
    bool claims(const SourceFile &file) const override;
    void read(const QList<SourceFile> &files, MigrationSet &set,
              const ReadContext &context) const override;

    struct FileName
    {
        QChar prefix;    // V, U, B or R
        QString version; // empty for R
        QString description;
    };
    // nullopt when the name is not a Flyway migration name.
    static std::optional<FileName> parseFileName(const QString &fileName);
};

} // namespace backstep
