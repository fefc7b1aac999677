#pragma once

#include "core/formats/formatreader.h"

namespace backstep {

// The format readers, and the detection of a folder's format from its files.
class FormatRegistry
{
public:
    // Most specific first: a file is claimed by the first reader that recognizes it.
    static const QList<const FormatReader *> &readers();
    static const FormatReader &reader(MigrationFormat format);
    // The folder's format from the files' names and markers. When no file says, or when
    // files claim different formats, the problem goes into set.errors (naming the files)
    // and the format most files use (else plain) is returned so the rest is still shown.
    static MigrationFormat detect(const QList<SourceFile> &files, MigrationSet &set);
};

} // namespace backstep
