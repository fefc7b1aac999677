#include "core/formats/plainreader.h"

#include "core/formats/sectiontext.h"
#include "core/migrationfolderreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlainReader)
};

const QRegularExpression &upMarker()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*--\s*[=+#*\s-]*UP\b[\s=#*:-]*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &downMarker()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*--\s*[=+#*\s-]*DOWN\b[\s=#*:-]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

bool PlainReader::claims(const SourceFile &file) const
{
    return file.isTopLevelSql() && hasMarkerLine(file.text, upMarker(), downMarker());
}

void PlainReader::read(const QList<SourceFile> &files, MigrationSet &set,
                       const ReadContext &context) const
{
    for (const SourceFile &file : files) {
        if (!file.isTopLevelSql())
            continue;
        const auto name = MigrationFolderReader::parseFileName(file.fileName);
        if (!name) {
            set.errors.append({{file.path, 0, 0},
                               Tr::tr("cannot read a version from the file name (expected "
                                      "<version>_<name>.sql, e.g. 1203_add_index.sql)")});
            continue;
        }
        Migration migration;
        migration.version = name->version;
        migration.name = name->name;
        migration.files = {file.path};
        readFile(file.path, file.text, migration, context.client);
        set.migrations.append(std::move(migration));
    }
}

void PlainReader::readFile(const QString &path, QStringView text, Migration &migration,
                           ClientFamily client) const
{
    enum class Part { Header, Up, Down };
    Part part = Part::Header;
    std::optional<TextRange> open;
    const QString execution =
        Tr::tr("as the mysql client runs a file: statement by statement, no transaction unless "
               "the file starts one");
    auto section = [&]() -> MigrationSection & {
        return part == Part::Down ? migration.down : migration.up;
    };
    auto closeRange = [&] {
        if (open && part != Part::Header && open->endOffset > open->beginOffset) {
            section().ranges.append(*open);
            addSplit(section(), splitRange(path, text, *open, QStringLiteral(";"),
                                           sectionName(part == Part::Down), client));
        }
        open.reset();
    };
    auto startSection = [&](Part next, const TextLine &line) {
        closeRange();
        part = next;
        MigrationSection &target = section();
        target.present = true;
        target.file = path;
        target.execution = execution;
        open = TextRange{line.number + 1, line.number, line.end, line.end};
    };

    const QList<TextLine> lines = linesOf(text);
    for (const TextLine &line : lines) {
        // A marker is a "--" comment: the patterns run only on lines that have one.
        const bool dashes = line.text.contains(u"--");
        if (dashes && upMarker().matchView(line.text).hasMatch()) {
            startSection(Part::Up, line);
            continue;
        }
        if (dashes && downMarker().matchView(line.text).hasMatch()) {
            startSection(Part::Down, line);
            continue;
        }
        if (open) {
            open->lastLine = line.number;
            open->endOffset = line.end;
        }
    }
    closeRange();

    if (!migration.up.present && !migration.down.present) {
        // No markers at all: everything is UP, nothing says how to undo it.
        migration.up.present = true;
        migration.up.file = path;
        migration.up.execution = execution;
        const TextRange whole{1, lines.isEmpty() ? 1 : lines.last().number, 0, text.size()};
        migration.up.ranges.append(whole);
        addSplit(migration.up,
                 splitRange(path, text, whole, QStringLiteral(";"), Tr::tr("the file"), client));
    }
}

} // namespace backstep
