#pragma once

#include "core/migration.h"

#include <QRegularExpression>

namespace backstep {

// The formats whose files carry their sections behind comment markers: plain
// (`-- UP` / `-- DOWN`), dbmate (`-- migrate:up`), goose (`-- +goose Up`).
class MarkedFileFormat
{
public:
    static const MarkedFileFormat &forFormat(MigrationFormat format);
    static const QList<MigrationFormat> &formats();

    MigrationFormat format() const { return m_format; }
    // True when a line of the text is one of this format's section markers.
    bool recognizes(QStringView text) const;
    // Fills the migration's sections from one file's text. A file without any marker is
    // all UP (and so irreversible).
    void read(const QString &path, QStringView text, Migration &migration) const;

private:
    struct Syntax
    {
        QRegularExpression up;
        QRegularExpression down;
        QRegularExpression statementBegin; // invalid when the format has none
        QRegularExpression statementEnd;
        QRegularExpression option; // a directive line kept as an option
    };
    MarkedFileFormat(MigrationFormat format, Syntax syntax);

    MigrationFormat m_format;
    Syntax m_syntax;
};

} // namespace backstep
