#include "core/formats/markedfilereader.h"

#include "core/formats/sectiontext.h"
#include "core/migrationfolderreader.h"

#include <QCoreApplication>

#include <optional>

namespace backstep {

namespace {

QRegularExpression lineRegex(const char *pattern)
{
    return QRegularExpression(QLatin1StringView(pattern),
                              QRegularExpression::CaseInsensitiveOption);
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MarkedFileReader)
};

} // namespace

MarkedFileReader::MarkedFileReader(MigrationFormat format, Syntax syntax)
    : m_format(format)
    , m_syntax(std::move(syntax))
{}

const MarkedFileReader &MarkedFileReader::plain()
{
    static const MarkedFileReader reader(MigrationFormat::Plain,
                                         {lineRegex(R"(^\s*--\s*[=+#*\s-]*UP\b[\s=#*:-]*$)"),
                                          lineRegex(R"(^\s*--\s*[=+#*\s-]*DOWN\b[\s=#*:-]*$)"),
                                          {},
                                          {},
                                          {}});
    return reader;
}

const MarkedFileReader &MarkedFileReader::dbmate()
{
    static const MarkedFileReader reader(MigrationFormat::Dbmate,
                                         {lineRegex(R"(^--\s*migrate:up(\s+\S.*)?\s*$)"),
                                          lineRegex(R"(^--\s*migrate:down(\s+\S.*)?\s*$)"),
                                          {},
                                          {},
                                          {}});
    return reader;
}

const MarkedFileReader &MarkedFileReader::goose()
{
    static const MarkedFileReader reader(
        MigrationFormat::Goose,
        {lineRegex(R"(^--\s*\+goose\s+up\b.*$)"), lineRegex(R"(^--\s*\+goose\s+down\b.*$)"),
         lineRegex(R"(^--\s*\+goose\s+statementbegin\s*$)"),
         lineRegex(R"(^--\s*\+goose\s+statementend\s*$)"),
         lineRegex(R"(^--\s*\+goose\s+(no\s+transaction|envsub\s+(on|off))\s*$)")});
    return reader;
}

const MarkedFileReader &MarkedFileReader::sqlMigrate()
{
    // sql-migrate puts its options on the marker: `-- +migrate Up notransaction`.
    static const MarkedFileReader reader(MigrationFormat::SqlMigrate,
                                         {lineRegex(R"(^--\s*\+migrate\s+up(?:\s+(\S.*?))?\s*$)"),
                                          lineRegex(R"(^--\s*\+migrate\s+down(?:\s+(\S.*?))?\s*$)"),
                                          lineRegex(R"(^--\s*\+migrate\s+statementbegin\s*$)"),
                                          lineRegex(R"(^--\s*\+migrate\s+statementend\s*$)"),
                                          {}});
    return reader;
}

bool MarkedFileReader::claims(const SourceFile &file) const
{
    for (const TextLine &line : linesOf(file.text))
        if (m_syntax.up.matchView(line.text).hasMatch() ||
            m_syntax.down.matchView(line.text).hasMatch())
            return true;
    return false;
}

void MarkedFileReader::read(const QList<SourceFile> &files, MigrationSet &set) const
{
    for (const SourceFile &file : files) {
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
        readFile(file.path, file.text, migration);
        set.migrations.append(std::move(migration));
    }
}

void MarkedFileReader::readFile(const QString &path, QStringView text, Migration &migration) const
{
    enum class Part { Header, Up, Down };
    Part part = Part::Header;
    bool anyMarker = false;
    // The open range of the current section, and whether it is a statement block.
    std::optional<TextRange> open;
    bool inBlock = false;
    int blockStartLine = 0;
    const bool hasBlocks = !m_syntax.statementBegin.pattern().isEmpty();
    const bool hasOptions = !m_syntax.option.pattern().isEmpty();

    auto section = [&]() -> MigrationSection & {
        return part == Part::Down ? migration.down : migration.up;
    };
    auto closeRange = [&](bool asBlock) {
        if (open && part != Part::Header)
            addRange(section(), path, text, *open, asBlock);
        open.reset();
    };
    auto openRange = [&](const TextLine &after) {
        open = TextRange{after.number + 1, after.number, after.end, after.end};
    };
    auto startSection = [&](Part next, const TextLine &line, const QString &options) {
        closeRange(false);
        part = next;
        anyMarker = true;
        MigrationSection &target = section();
        target.present = true;
        target.file = path;
        if (!options.isEmpty() && !migration.options.contains(options))
            migration.options.append(options);
        openRange(line);
    };

    const QList<TextLine> lines = linesOf(text);
    for (const TextLine &line : lines) {
        if (!inBlock) {
            if (auto up = m_syntax.up.matchView(line.text); up.hasMatch()) {
                startSection(Part::Up, line, up.captured(1).trimmed());
                continue;
            }
            if (auto down = m_syntax.down.matchView(line.text); down.hasMatch()) {
                startSection(Part::Down, line, down.captured(1).trimmed());
                continue;
            }
        }
        if (part != Part::Header && hasBlocks) {
            if (m_syntax.statementBegin.matchView(line.text).hasMatch()) {
                if (inBlock)
                    section().errors.append({{path, line.number, 1},
                                             Tr::tr("StatementBegin inside a statement block")});
                closeRange(false);
                inBlock = true;
                blockStartLine = line.number;
                openRange(line);
                continue;
            }
            if (m_syntax.statementEnd.matchView(line.text).hasMatch()) {
                if (!inBlock) {
                    section().errors.append(
                        {{path, line.number, 1}, Tr::tr("StatementEnd without StatementBegin")});
                    continue;
                }
                closeRange(true);
                inBlock = false;
                openRange(line);
                continue;
            }
        }
        if (!inBlock && hasOptions) {
            if (auto option = m_syntax.option.matchView(line.text); option.hasMatch()) {
                const QString name = option.captured(1).simplified().toUpper();
                if (!migration.options.contains(name))
                    migration.options.append(name);
                continue;
            }
        }
        if (open) {
            open->lastLine = line.number;
            open->endOffset = line.end;
        }
    }
    if (inBlock) {
        section().errors.append(
            {{path, blockStartLine, 1},
             Tr::tr("StatementBegin without StatementEnd: the block runs to the "
                    "end of the file")});
        closeRange(true);
    } else {
        closeRange(false);
    }

    if (!anyMarker) {
        // No markers at all: everything is UP, nothing says how to undo it.
        migration.up.present = true;
        migration.up.file = path;
        TextRange whole{1, lines.isEmpty() ? 1 : lines.last().number, 0, text.size()};
        migration.up.ranges.append(whole);
        SplitOptions options;
        options.fileName = path;
        SplitResult split = StatementSplitter::split(text, options);
        migration.up.statements = split.statements;
        migration.up.errors = split.errors;
    }
}

} // namespace backstep
