#include "core/markedfileformat.h"

#include "core/statementsplitter.h"

#include <QCoreApplication>

namespace backstep {

namespace {

QRegularExpression lineRegex(const char *pattern)
{
    return QRegularExpression(QLatin1StringView(pattern),
                              QRegularExpression::CaseInsensitiveOption);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("MarkedFileFormat", text);
}

struct Line
{
    QStringView text;
    qsizetype begin;
    qsizetype end; // after the line feed
    int number;
};

QList<Line> linesOf(QStringView text)
{
    QList<Line> lines;
    qsizetype begin = 0;
    int number = 1;
    while (begin < text.size()) {
        qsizetype feed = text.indexOf(u'\n', begin);
        const qsizetype end = feed < 0 ? text.size() : feed + 1;
        const qsizetype contentEnd = feed < 0 ? text.size() : feed;
        lines.append({text.sliced(begin, contentEnd - begin), begin, end, number++});
        begin = end;
    }
    return lines;
}

// A StatementBegin ... StatementEnd block is sent as one statement, as goose sends it.
Statement blockStatement(const QString &path, QStringView text, const TextRange &range)
{
    QStringView body = text.sliced(range.beginOffset, range.endOffset - range.beginOffset);
    qsizetype lead = 0;
    int line = range.firstLine;
    qsizetype column = 0;
    while (lead < body.size() && body[lead].isSpace()) {
        if (body[lead] == u'\n') {
            ++line;
            column = 0;
        } else {
            ++column;
        }
        ++lead;
    }
    QString sql = body.sliced(lead).trimmed().toString();
    if (sql.endsWith(u';'))
        sql.chop(1);
    Statement statement;
    statement.sql = sql.trimmed();
    statement.start = {path, line, int(column) + 1};
    statement.beginOffset = range.beginOffset + lead;
    statement.endOffset = range.endOffset;
    statement.endLine = range.lastLine;
    return statement;
}

} // namespace

MarkedFileFormat::MarkedFileFormat(MigrationFormat format, Syntax syntax)
    : m_format(format)
    , m_syntax(std::move(syntax))
{}

const MarkedFileFormat &MarkedFileFormat::forFormat(MigrationFormat format)
{
    static const MarkedFileFormat plain(MigrationFormat::Plain,
                                        {lineRegex(R"(^\s*--\s*[=+#*\s-]*UP\b[\s=#*:-]*$)"),
                                         lineRegex(R"(^\s*--\s*[=+#*\s-]*DOWN\b[\s=#*:-]*$)"),
                                         {},
                                         {},
                                         {}});
    static const MarkedFileFormat dbmate(MigrationFormat::Dbmate,
                                         {lineRegex(R"(^--\s*migrate:up(\s+\S.*)?\s*$)"),
                                          lineRegex(R"(^--\s*migrate:down(\s+\S.*)?\s*$)"),
                                          {},
                                          {},
                                          {}});
    static const MarkedFileFormat goose(
        MigrationFormat::Goose,
        {lineRegex(R"(^--\s*\+goose\s+up\b.*$)"), lineRegex(R"(^--\s*\+goose\s+down\b.*$)"),
         lineRegex(R"(^--\s*\+goose\s+statementbegin\s*$)"),
         lineRegex(R"(^--\s*\+goose\s+statementend\s*$)"),
         lineRegex(R"(^--\s*\+goose\s+(no\s+transaction|envsub\s+(on|off))\s*$)")});
    switch (format) {
    case MigrationFormat::Dbmate:
        return dbmate;
    case MigrationFormat::Goose:
        return goose;
    case MigrationFormat::Plain:
    case MigrationFormat::Auto:
        break;
    }
    return plain;
}

const QList<MigrationFormat> &MarkedFileFormat::formats()
{
    static const QList<MigrationFormat> all{MigrationFormat::Dbmate, MigrationFormat::Goose,
                                            MigrationFormat::Plain};
    return all;
}

bool MarkedFileFormat::recognizes(QStringView text) const
{
    for (const Line &line : linesOf(text))
        if (m_syntax.up.matchView(line.text).hasMatch() ||
            m_syntax.down.matchView(line.text).hasMatch())
            return true;
    return false;
}

void MarkedFileFormat::read(const QString &path, QStringView text, Migration &migration) const
{
    enum class Part { Header, Up, Down };
    Part part = Part::Header;
    bool anyMarker = false;
    // The open range of the current section, and whether it is a statement block.
    std::optional<TextRange> open;
    bool inBlock = false;
    int blockStartLine = 0;

    auto section = [&]() -> MigrationSection & {
        return part == Part::Down ? migration.down : migration.up;
    };
    auto closeRange = [&](bool asBlock) {
        if (!open || part == Part::Header) {
            open.reset();
            return;
        }
        MigrationSection &target = section();
        if (open->endOffset > open->beginOffset) {
            target.ranges.append(*open);
            if (asBlock) {
                target.statements.append(blockStatement(path, text, *open));
            } else {
                SplitOptions options;
                options.fileName = path;
                options.firstLine = open->firstLine;
                options.baseOffset = open->beginOffset;
                SplitResult split = StatementSplitter::split(
                    text.sliced(open->beginOffset, open->endOffset - open->beginOffset), options);
                target.statements.append(split.statements);
                target.errors.append(split.errors);
            }
        }
        open.reset();
    };
    auto openRange = [&](const Line &after) {
        open = TextRange{after.number + 1, after.number, after.end, after.end};
    };
    auto startSection = [&](Part next, const Line &line, const QString &options) {
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

    const QList<Line> lines = linesOf(text);
    for (const Line &line : lines) {
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
        if (part != Part::Header && m_syntax.statementBegin.isValid() &&
            !m_syntax.statementBegin.pattern().isEmpty()) {
            if (m_syntax.statementBegin.matchView(line.text).hasMatch()) {
                if (inBlock)
                    section().errors.append(
                        {{path, line.number, 1}, tr("StatementBegin inside a statement block")});
                closeRange(false);
                inBlock = true;
                blockStartLine = line.number;
                openRange(line);
                continue;
            }
            if (m_syntax.statementEnd.matchView(line.text).hasMatch()) {
                if (!inBlock) {
                    section().errors.append(
                        {{path, line.number, 1}, tr("StatementEnd without StatementBegin")});
                    continue;
                }
                closeRange(true);
                inBlock = false;
                openRange(line);
                continue;
            }
        }
        if (!inBlock && !m_syntax.option.pattern().isEmpty() &&
            m_syntax.option.matchView(line.text).hasMatch()) {
            const QString option =
                m_syntax.option.matchView(line.text).captured(1).simplified().toUpper();
            if (!migration.options.contains(option))
                migration.options.append(option);
            continue;
        }
        if (open) {
            open->lastLine = line.number;
            open->endOffset = line.end;
        }
    }
    if (inBlock) {
        section().errors.append({{path, blockStartLine, 1},
                                 tr("StatementBegin without StatementEnd: the block runs to the "
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
