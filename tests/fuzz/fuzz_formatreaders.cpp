// libFuzzer target: every format reader (FormatRegistry::readers()) on random files.
// The input is cut into two files named as the reader expects (a migration and its
// down/undo file where the format has one). Checks that sections' ranges and statements
// stay in their file, statements lie in their section's ranges and start where their
// locations say, and that errors point into a file.
#include "core/formats/formatregistry.h"
#include "fuzzchecks.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace backstep;

namespace {

QStringList fileNamesFor(MigrationFormat format)
{
    switch (format) {
    case MigrationFormat::GolangMigrate:
        return {QStringLiteral("1_fuzz.up.sql"), QStringLiteral("1_fuzz.down.sql")};
    case MigrationFormat::Flyway:
        return {QStringLiteral("V1__fuzz.sql"), QStringLiteral("U1__fuzz.sql")};
    case MigrationFormat::Liquibase:
        return {QStringLiteral("changelog.sql"), QStringLiteral("changelog2.sql")};
    case MigrationFormat::Sqitch:
        return {QStringLiteral("sqitch.plan"), QStringLiteral("deploy/fuzz.sql")};
    case MigrationFormat::DbMigrate:
        return {QStringLiteral("1-fuzz.js"), QStringLiteral("sqls/1-fuzz-up.sql")};
    default:
        return {QStringLiteral("1_fuzz.sql"), QStringLiteral("2_fuzz.sql")};
    }
}

const SourceFile *fileOf(const QList<SourceFile> &files, const QString &path)
{
    for (const SourceFile &file : files)
        if (file.path == path)
            return &file;
    return nullptr;
}

void checkSection(const QList<SourceFile> &files, const MigrationSection &section)
{
    if (!section.present)
        return;
    const SourceFile *file = fileOf(files, section.file);
    fuzz::check(file != nullptr, "section names a file that was not read");
    const QStringView text(file->text);
    for (const TextRange &range : section.ranges)
        fuzz::check(range.beginOffset >= 0 && range.beginOffset <= range.endOffset &&
                        range.endOffset <= text.size(),
                    "range outside the file");
    for (const Statement &statement : section.statements) {
        if (statement.start.file != section.file)
            continue; // a statement from another file of the same migration
        bool inRange = section.ranges.isEmpty();
        for (const TextRange &range : section.ranges)
            inRange = inRange || (statement.beginOffset >= range.beginOffset &&
                                  statement.endOffset <= range.endOffset);
        fuzz::check(inRange, "statement outside its section's ranges");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    const std::string first = provider.ConsumeRandomLengthString(size);
    const std::string second = provider.ConsumeRemainingBytesAsString();
    for (const FormatReader *reader : FormatRegistry::readers()) {
        const QStringList names = fileNamesFor(reader->format());
        QList<SourceFile> files;
        for (int i = 0; i < 2; ++i) {
            const std::string &bytes = i == 0 ? first : second;
            files.append({QStringLiteral("/fuzz/") + names[i], names[i].section(u'/', -1), names[i],
                          QString::fromUtf8(bytes.data(), qsizetype(bytes.size())), true});
        }
        (void)reader->claims(files.first());
        MigrationSet set;
        set.folder = QStringLiteral("/fuzz");
        set.format = reader->format();
        reader->read(files, set, ReadContext());
        for (const Migration &migration : set.migrations) {
            checkSection(files, migration.up);
            checkSection(files, migration.down);
        }
        for (const Diagnostic &error : set.errors)
            fuzz::check(error.location.line >= 0, "error with a negative line");
    }
    return 0;
}
