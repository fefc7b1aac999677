// libFuzzer target: every marker-based format reader (MarkedFileFormat::formats()) on
// random text. Checks that sections' ranges and statements stay in the file, statements
// lie in their section's ranges and start where their locations say, and errors point
// into the file.
#include "core/markedfileformat.h"
#include "fuzzchecks.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace backstep;

namespace {

void checkSection(QStringView text, const MigrationSection &section)
{
    for (const TextRange &range : section.ranges) {
        fuzz::check(range.beginOffset >= 0 && range.beginOffset <= range.endOffset &&
                        range.endOffset <= text.size(),
                    "range outside the file");
        fuzz::check(range.firstLine >= 1 && range.firstLine <= fuzz::lineCount(text),
                    "range line outside the file");
    }
    for (const Statement &statement : section.statements) {
        bool inRange = false;
        for (const TextRange &range : section.ranges)
            inRange = inRange || (statement.beginOffset >= range.beginOffset &&
                                  statement.endOffset <= range.endOffset);
        fuzz::check(inRange, "statement outside its section's ranges");
    }
    // Statements are checked against the whole file: offsets are the file's.
    fuzz::checkStatements(text, 0, 1, section.statements);
    fuzz::checkErrors(text, 1, section.errors);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (MigrationFormat format : MarkedFileFormat::formats()) {
        const MarkedFileFormat &reader = MarkedFileFormat::forFormat(format);
        fuzz::check(reader.format() == format, "forFormat returned another format");
        Migration migration;
        reader.read(QStringLiteral("1_fuzz.sql"), text, migration);
        checkSection(text, migration.up);
        checkSection(text, migration.down);
        (void)reader.recognizes(text);
    }
    return 0;
}
