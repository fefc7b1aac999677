#include "core/formats/sectiontext.h"

#include "core/sqltokens.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>
#include <sys/mman.h>

namespace backstep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SectionText)
};
} // namespace

void Lines::Iterator::advance()
{
    if (m_next >= m_text.size()) {
        m_done = true;
        return;
    }
    const qsizetype begin = m_next;
    const qsizetype feed = m_text.indexOf(u'\n', begin);
    const qsizetype end = feed < 0 ? m_text.size() : feed + 1;
    qsizetype contentEnd = feed < 0 ? m_text.size() : feed;
    if (contentEnd > begin && m_text[contentEnd - 1] == u'\r')
        --contentEnd;
    m_line = TextLine{m_text.sliced(begin, contentEnd - begin), begin, end, ++m_number};
    m_next = end;
}

QList<TextLine> linesOf(QStringView text)
{
    QList<TextLine> lines;
    for (const TextLine &line : Lines(text))
        lines.append(line);
    return lines;
}

std::optional<TextLine> firstNonBlankLine(QStringView text)
{
    for (const TextLine &line : Lines(text))
        if (!line.text.trimmed().isEmpty())
            return line;
    return std::nullopt;
}

TextRange rangeOfLines(const TextLine &from, const TextLine &to)
{
    return TextRange{from.number, to.number, from.begin, to.end};
}

void JoinedText::add(const TextLine &line, qsizetype column, bool lineFeed)
{
    column = std::min(column, line.text.size());
    m_locator.reset();
    // The line's text then its line feed, exactly as the file has them (no CR before it).
    const bool asInFile = lineFeed && line.end == line.begin + line.text.size() + 1;
    const qsizetype textOffset = m_size;
    if (!m_pieces.isEmpty() && column == 0 && m_pieces.last().asInFile &&
        m_pieces.last().fileEnd == line.begin) {
        Piece &last = m_pieces.last();
        last.fileEnd = line.end;
        last.lastLine = line.number;
        last.asInFile = asInFile;
    } else {
        m_pieces.append({textOffset, line.begin + column, line.number, int(column) + 1, line.end,
                         line.number, asInFile});
    }
    // The rest of the line, with its line feed when the file has one right after it
    // (TextLine views the file's text): joined to the last run when it follows it there.
    const QStringView added = line.text.sliced(column);
    const bool feedInFile = lineFeed && asInFile;
    const qsizetype size = added.size() + (feedInFile ? 1 : 0);
    if (!m_runs.isEmpty() && !m_runs.last().lineFeed &&
        m_runs.last().data + m_runs.last().size == added.data())
        m_runs.last().size += size;
    else
        m_runs.append({added.data(), size, false});
    if (lineFeed && !feedInFile)
        m_runs.last().lineFeed = true;
    m_size += size + (lineFeed && !feedInFile ? 1 : 0);
    m_made.reset();
}

QStringView JoinedText::text() const
{
    if (m_runs.size() == 1 && !m_runs.first().lineFeed)
        return QStringView(m_runs.first().data, m_runs.first().size);
    if (!m_made)
        m_made = makeText();
    return QStringView(m_made.get(), m_size);
}

void JoinedText::Freed::operator()(char16_t *chars) const
{
    std::free(chars);
}

JoinedText::MadeText JoinedText::makeText() const
{
    // Made once and written from start to end: a text of many megabytes in 4 KiB pages
    // takes a page fault for each of them, which on a virtual machine was a fifth of reading
    // a large changeset. In memory of its own, advised into huge pages where the system
    // offers them (transparent huge pages), it takes one per 2 MiB.
    const std::size_t bytes = std::size_t(std::max<qsizetype>(m_size, 1)) * sizeof(char16_t);
    constexpr std::size_t hugePage = std::size_t(2) << 20;
    void *memory = nullptr;
    if (bytes >= hugePage) {
        const std::size_t rounded = (bytes + hugePage - 1) / hugePage * hugePage;
        memory = std::aligned_alloc(hugePage, rounded);
#ifdef MADV_HUGEPAGE
        if (memory)
            madvise(memory, rounded, MADV_HUGEPAGE); // advice: refused, it changes nothing
#endif
    }
    if (!memory)
        memory = std::malloc(bytes);
    if (!memory)
        qBadAlloc();
    MadeText made(static_cast<char16_t *>(memory));
    char16_t *out = made.get();
    for (const Run &run : m_runs) {
        out = std::copy_n(reinterpret_cast<const char16_t *>(run.data), run.size, out);
        if (run.lineFeed)
            *out++ = u'\n';
    }
    return made;
}

void JoinedText::clear()
{
    m_runs.clear();
    m_size = 0;
    m_made.reset();
    m_pieces.clear();
    m_locator.reset();
}

TextRange JoinedText::range() const
{
    if (m_pieces.isEmpty())
        return {};
    return {m_pieces.first().line, m_pieces.last().lastLine, m_pieces.first().fileOffset,
            m_pieces.last().fileEnd};
}

qsizetype JoinedText::pieceIndexAt(qsizetype offset) const
{
    // The last piece that starts at or before `offset` (the first when none does), found by
    // bisection: a walk back from the last piece for each statement made reading a long
    // goose or sql-migrate section quadratic.
    const auto after = std::upper_bound(
        m_pieces.cbegin(), m_pieces.cend(), offset,
        [](qsizetype value, const Piece &piece) { return value < piece.textOffset; });
    return after == m_pieces.cbegin() ? 0 : std::prev(after) - m_pieces.cbegin();
}

std::pair<int, int> JoinedText::lineAndColumn(qsizetype index, qsizetype offset) const
{
    const Piece &piece = m_pieces[index];
    if (!m_locator || m_locator->piece != index) {
        const qsizetype end =
            index + 1 < m_pieces.size() ? m_pieces[index + 1].textOffset : text().size();
        m_locator.emplace(
            PieceLocator{index, TextLocator(text().sliced(piece.textOffset, end - piece.textOffset),
                                            QString(), piece.line)});
    }
    const qsizetype inPiece = offset - piece.textOffset;
    const int line = m_locator->locator.lineAt(inPiece);
    const int column = m_locator->locator.columnAt(inPiece);
    // The piece's first line may begin past the file line's start.
    return {line, line == piece.line ? column + piece.column - 1 : column};
}

SourceLocation JoinedText::locationAt(const QString &path, qsizetype offset) const
{
    if (m_pieces.isEmpty())
        return {path, 0, 0};
    const auto [line, column] = lineAndColumn(pieceIndexAt(offset), offset);
    return {path, line, column};
}

void JoinedText::locate(Statement &statement, const QString &path) const
{
    if (m_pieces.isEmpty())
        return;
    const qsizetype startIndex = pieceIndexAt(statement.beginOffset);
    const Piece &start = m_pieces[startIndex];
    const auto [line, column] = lineAndColumn(startIndex, statement.beginOffset);
    statement.start = {path, line, column};
    const qsizetype last = std::max<qsizetype>(0, statement.endOffset - 1);
    const qsizetype endIndex = pieceIndexAt(last);
    const Piece &end = m_pieces[endIndex];
    statement.endLine = lineAndColumn(endIndex, last).first;
    statement.beginOffset = start.fileOffset + (statement.beginOffset - start.textOffset);
    statement.endOffset =
        std::min(end.fileEnd, end.fileOffset + (statement.endOffset - end.textOffset));
}

std::optional<Statement> JoinedText::statement(const QString &path, qsizetype from, qsizetype to,
                                               bool dropSemicolon) const
{
    const QStringView all = text();
    while (from < to && sqllex::isSpace(all[from].unicode()))
        ++from;
    while (to > from && sqllex::isSpace(all[to - 1].unicode()))
        --to;
    const qsizetype extentEnd = to;
    if (dropSemicolon && to > from && all[to - 1] == u';') {
        --to;
        while (to > from && sqllex::isSpace(all[to - 1].unicode()))
            --to;
    }
    if (to <= from)
        return std::nullopt;
    Statement statement;
    statement.sql = all.sliced(from, to - from).toString();
    statement.beginOffset = from;
    statement.endOffset = extentEnd;
    locate(statement, path);
    return statement;
}

SplitResult splitRange(const QString &path, QStringView text, const TextRange &range,
                       const QString &delimiter, const QString &sectionName, ClientFamily client)
{
    SplitOptions options;
    options.fileName = path;
    options.firstLine = range.firstLine;
    options.baseOffset = range.beginOffset;
    options.delimiter = delimiter;
    options.sectionName = sectionName;
    options.client = client;
    return StatementSplitter::split(
        text.sliced(range.beginOffset, range.endOffset - range.beginOffset), options);
}

SplitResult splitRangeByServer(const QString &path, QStringView text, const TextRange &range,
                               const QString &tool, const QString &sectionName,
                               const sqllex::LexRules &rules)
{
    ServerSplitOptions options;
    options.fileName = path;
    options.firstLine = range.firstLine;
    options.baseOffset = range.beginOffset;
    options.tool = tool;
    options.sectionName = sectionName;
    options.rules = rules;
    return ServerGrammarSplitter::split(
        text.sliced(range.beginOffset, range.endOffset - range.beginOffset), options);
}

Statement wholeStatement(const QString &path, QStringView text, const TextRange &range)
{
    const QStringView body = text.sliced(range.beginOffset, range.endOffset - range.beginOffset);
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

void addSplit(MigrationSection &section, SplitResult split)
{
    // Only a statement that starts like a comment can be one (a cheap test first: the
    // splitter yields close to a million statements on a 100 MB file).
    split.statements.removeIf([](const Statement &statement) {
        const QChar first = statement.sql.isEmpty() ? QChar() : statement.sql.front();
        return (first == u'#' || first == u'-' || first == u'/') &&
               withoutComments(statement.sql).isEmpty();
    });
    // Into an empty section the lists are taken whole: QList::append(QList &&) moves each
    // element into a new array, a million statements on a 100 MB file.
    const auto take = [](auto &into, auto &from) {
        if (into.isEmpty())
            into = std::move(from);
        else
            into.append(std::move(from));
    };
    take(section.statements, split.statements);
    take(section.errors, split.errors);
    take(section.warnings, split.warnings);
}

bool hasMarkerLine(QStringView text, const QRegularExpression &up, const QRegularExpression &down)
{
    for (const TextLine &line : Lines(text))
        if (up.matchView(line.text).hasMatch() || down.matchView(line.text).hasMatch())
            return true;
    return false;
}

TextRange wholeFileRange(QStringView text)
{
    // The first and the last line only: no list of every line of the file for them.
    std::optional<TextLine> first;
    TextLine last{{}, 0, 0, 0};
    for (const TextLine &line : Lines(text)) {
        if (!first)
            first = line;
        last = line;
    }
    if (!first)
        return {1, 1, 0, 0};
    return rangeOfLines(*first, last);
}

QString sectionName(bool down)
{
    return down ? Tr::tr("the DOWN section") : Tr::tr("the UP section");
}

} // namespace backstep
