#pragma once

#include "core/migration.h"
#include "core/servergrammarsplitter.h"
#include "core/statementsplitter.h"
#include "core/textlocator.h"

#include <iterator>
#include <memory>
#include <optional>

class QRegularExpression;

namespace backstep {

// A line of a file's text, with where it starts and ends.
struct TextLine
{
    QStringView text; // without the line feed
    qsizetype begin;  // offset of its first character
    qsizetype end;    // offset after its line feed
    int number;       // 1-based
};

// The lines of `text` one at a time, for a range-for: what linesOf() returns, without a
// list of them all (a 100 MB migration has millions, and the list cost more than reading).
class Lines
{
public:
    explicit Lines(QStringView text)
        : m_text(text)
    {}

    class Iterator
    {
    public:
        using value_type = TextLine;
        using difference_type = std::ptrdiff_t;
        Iterator() = default;
        explicit Iterator(QStringView text)
            : m_text(text)
        {
            advance();
        }
        const TextLine &operator*() const { return m_line; }
        const TextLine *operator->() const { return &m_line; }
        Iterator &operator++()
        {
            advance();
            return *this;
        }
        void operator++(int) { advance(); }
        bool operator==(std::default_sentinel_t) const { return m_done; }

    private:
        void advance();
        QStringView m_text;
        qsizetype m_next = 0; // where the next line begins
        int m_number = 0;
        bool m_done = false;
        TextLine m_line{{}, 0, 0, 0};
    };

    Iterator begin() const { return Iterator(m_text); }
    std::default_sentinel_t end() const { return {}; }

private:
    QStringView m_text;
};

QList<TextLine> linesOf(QStringView text);
// The first line with more than blanks on it, as linesOf() would give it; nullopt when
// there is none. Reads only as far as that line.
std::optional<TextLine> firstNonBlankLine(QStringView text);

// Whether a line of `text` matches `up` or `down` (how a format recognizes its files by
// their section markers).
bool hasMarkerLine(QStringView text, const QRegularExpression &up, const QRegularExpression &down);

// The part of a file between two lines: [from, to] inclusive, as a TextRange.
TextRange rangeOfLines(const TextLine &from, const TextLine &to);

// Text gathered from lines of a file, not necessarily adjacent, the way line-based tools
// build what they send (goose and sql-migrate statements, Liquibase's rollback lines),
// with where each piece comes from, so that statements found in it keep the file's
// locations. Adjacent whole lines that read as in the file make one piece: a Liquibase
// changeset of a million lines is then a handful of pieces, not a million, and the lines
// and columns inside a piece are counted when asked for (in increasing order, once over
// the text in all).
//
// The text is not copied line by line as it grows: it keeps where its runs of the file's
// characters are, and is made once, at its full size, when first asked for; a text that
// is one run of the file (no gap, no line feed of its own) is a view of the file's, never
// a copy. Copying a 100 MB changeset line by line, growing as it went, was an eighth of
// reading it. So the file's text must outlive the JoinedText (a reader's lives while it
// reads that file).
class JoinedText
{
public:
    // Appends the line from `column` on, then a line feed unless `lineFeed` is false
    // (Liquibase joins the lines of a rollback block without one).
    void add(const TextLine &line, qsizetype column = 0, bool lineFeed = true);
    void clear();

    // Valid until the next add() or clear().
    QStringView text() const;
    bool isEmpty() const { return m_pieces.isEmpty(); }
    // Nothing but blanks.
    bool isBlank() const { return text().trimmed().isEmpty(); }
    TextRange range() const;

    // The statement made of text()[from, to): trimmed, one trailing `;` dropped when
    // `dropSemicolon` (the server reads "X;" sent alone as "X"), with the file's location
    // of its first character. nullopt when nothing is left.
    std::optional<Statement> statement(const QString &path, qsizetype from, qsizetype to,
                                       bool dropSemicolon = true) const;
    std::optional<Statement> statement(const QString &path, bool dropSemicolon = true) const
    {
        return statement(path, 0, text().size(), dropSemicolon);
    }
    // Moves a statement found in text() (its offsets are text()'s) to the file.
    void locate(Statement &statement, const QString &path) const;
    // The file's location of an offset into text().
    SourceLocation locationAt(const QString &path, qsizetype offset) const;

private:
    struct Piece
    {
        qsizetype textOffset;
        qsizetype fileOffset;
        int line;
        int column; // 1-based column of the piece's first character
        qsizetype fileEnd;
        int lastLine;
        // The piece's text is the file's, line feeds included, so that a whole line that
        // follows it in the file can join it.
        bool asInFile;
    };
    qsizetype pieceIndexAt(qsizetype offset) const;
    // The file's line and column of an offset into text(), within piece `index`.
    std::pair<int, int> lineAndColumn(qsizetype index, qsizetype offset) const;

    // Characters of the file, in the text's order; `lineFeed`: a line feed the file does
    // not have there follows them (a CRLF line's, a last line's).
    struct Run
    {
        const QChar *data;
        qsizetype size;
        bool lineFeed;
    };

    struct Freed
    {
        void operator()(char16_t *chars) const;
    };
    using MadeText = std::unique_ptr<char16_t[], Freed>;
    MadeText makeText() const;

    QList<Run> m_runs;
    qsizetype m_size = 0;
    // The runs made into one text, when text() is first asked for after an add.
    mutable MadeText m_made;
    QList<Piece> m_pieces;
    // Counts the lines inside the piece last asked about; reset whenever the text grows
    // (it views text()). Not shared between threads: a JoinedText belongs to one reader.
    struct PieceLocator
    {
        qsizetype piece;
        TextLocator locator;
    };
    mutable std::optional<PieceLocator> m_locator;
};

// Splits a range of a file into statements as the command-line client of `client`'s
// family would, with the file's locations, using `delimiter` as the initial delimiter.
SplitResult splitRange(const QString &path, QStringView text, const TextRange &range,
                       const QString &delimiter = QStringLiteral(";"),
                       const QString &sectionName = {},
                       ClientFamily client = ClientFamily::MariaDb);

// Splits a range that a tool sends as one multi-statement query, by the server's grammar.
SplitResult splitRangeByServer(const QString &path, QStringView text, const TextRange &range,
                               const QString &tool, const QString &sectionName,
                               const sqllex::LexRules &rules);

// A range sent as one statement (Liquibase's splitStatements:false): trimmed, one trailing
// semicolon removed.
Statement wholeStatement(const QString &path, QStringView text, const TextRange &range);

// Adds a split to a section: its statements (but those that are only comments: MySQL's
// client sends a comment line on its own, which the server accepts and does nothing
// with), errors and warnings.
void addSplit(MigrationSection &section, SplitResult split);

// The whole file as a section (golang-migrate, Flyway, Sqitch, db-migrate: one file, one
// section): the range it covers.
TextRange wholeFileRange(QStringView text);

// "the UP section" / "the DOWN section", for messages.
QString sectionName(bool down);

} // namespace backstep
