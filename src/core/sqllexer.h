#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <initializer_list>

namespace backstep {

// The lexical rules of MySQL and MariaDB SQL text, in one place: which characters are
// blanks and which make words, how strings and quoted names end, the comment forms. Every
// reader of SQL in Backstep builds on it: the client splitter (StatementSplitter, through
// the character-level part, because the mysql client reads line by line), the
// server-grammar splitter (dbmate, golang-migrate, db-migrate), Flyway's and Liquibase's
// splitters (through the token stream), the statement classifier (StatementKind) and the
// impact analysis (tokenizeSql).
namespace sqllex {

// The client's and the server's blanks (my_isspace): space, tab, LF, CR, FF, VT.
inline bool isSpace(char16_t c)
{
    constexpr quint64 spaces = (1ull << ' ') | (1ull << '\t') | (1ull << '\n') | (1ull << '\r') |
                               (1ull << '\f') | (1ull << '\v');
    return c <= u' ' && ((spaces >> c) & 1) != 0;
}

// Characters of an unquoted word: ASCII letters and digits, `_`, `$`, `@` (user and system
// variables) and everything beyond ASCII, as the server accepts in identifiers.
inline bool isWordChar(char16_t c)
{
    if (c >= 0x80)
        return c != 0xFEFF; // a byte order mark is a blank, not a letter
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_' || c == u'$' || c == u'@';
}

// Which ASCII characters end a run of characters a scanner may take as they are.
using StopTable = std::array<bool, 128>;

constexpr StopTable stopTable(std::initializer_list<char> stops)
{
    StopTable table{};
    for (char c : stops)
        table[size_t(c)] = true;
    return table;
}

// The end of the run from `pos` of characters that are not in `stops` and not `extra`
// (a character beyond ASCII, e.g. a delimiter's first).
inline qsizetype runEnd(const char16_t *chars, qsizetype pos, qsizetype size,
                        const StopTable &stops, char16_t extra = 0)
{
    for (; pos < size; ++pos) {
        const char16_t c = chars[pos];
        if (c < stops.size() ? stops[c] : c == extra)
            break;
    }
    return pos;
}

// The comment that starts at `pos`, if any.
enum class CommentStart {
    None,
    Hash,              // # to the end of the line
    Dash,              // "-- " to the end of the line
    Block,             // /* ... */
    Hint,              // /*+ ... */ (an optimizer hint: MySQL keeps it, MariaDB's client drops it)
    Executable,        // /*! ... */ or /*!50003 ... */: the server runs what is inside
    MariaDbExecutable, // /*M! ... */ or /*M!100100 ... */: MariaDB runs what is inside
};

// How "--" starts a comment: the server needs a blank or a control character after the
// dashes (so `1--1` is arithmetic); some tools take any "--".
enum class DashRule { NeedsSpace, Any };

CommentStart commentAt(QStringView text, qsizetype pos, DashRule dashes = DashRule::NeedsSpace);

// After the marker of an executable comment that starts at `pos` (`/*!`, `/*M!` and up to
// six version digits).
qsizetype executableMarkerEnd(QStringView text, qsizetype pos);

// Whether the word `word` is `keyword`, ignoring ASCII case (`keyword` in upper case).
bool isKeyword(QStringView word, QLatin1StringView keyword);
inline bool isKeyword(QStringView word, const char *keyword)
{
    return isKeyword(word, QLatin1StringView(keyword));
}

// The text of a quoted string or name without its quotes, escapes resolved: doubled
// quotes, and backslash escapes in strings when `backslashEscapes`.
QString unquote(QStringView quoted, bool backslashEscapes = true);

// What the server's sql_mode changes in the lexical rules.
struct LexRules
{
    bool backslashEscapes = true; // off with NO_BACKSLASH_ESCAPES
    bool ansiQuotes = false;      // with ANSI_QUOTES "..." is a quoted name
    DashRule dashes = DashRule::NeedsSpace;
    bool hashComments = true;
};

enum class TokenKind : quint8 {
    End,
    Space,           // blanks and line ends
    LineComment,     // # or -- to the end of the line (the line end not included)
    BlockComment,    // /* ... */, /*+ ... */
    ExecutableStart, // /*! , /*!50003 , /*M! , /*M!100100 : what follows is SQL
    ExecutableEnd,   // the */ that ends an executable comment
    Word,            // a keyword, an unquoted name, a number, a variable
    QuotedName,      // `name` (and "name" with ANSI_QUOTES)
    String,          // 'text', "text"
    Punct,           // any other character, one at a time
};

struct Token
{
    TokenKind kind = TokenKind::End;
    bool closed = true; // false for a string, name or comment that the text ends inside
    qsizetype begin = 0;
    qsizetype end = 0;

    qsizetype size() const { return end - begin; }
};

// A token stream over SQL text. Blanks and comments are tokens too, so that a reader can
// keep the text exactly as written; copying a Lexer is cheap (a look-ahead is a copy).
class Lexer
{
public:
    explicit Lexer(QStringView text, LexRules rules = {}, qsizetype from = 0);

    Token next();
    // The next token that is not a blank or a comment (executable-comment markers are
    // not comments: they are returned).
    Token nextSignificant();
    // Skips characters that can start neither a string, a quoted name, a comment, an
    // executable comment's end nor a `;`: words, blanks and most punctuation. The
    // server-grammar splitter's fast path through a statement that is not compound.
    void skipPlain();

    qsizetype position() const { return m_pos; }
    void setPosition(qsizetype pos) { m_pos = pos; }
    bool atEnd() const { return m_pos >= m_size; }
    bool inExecutableComment() const { return m_executable; }
    QStringView text() const { return m_text; }
    QStringView textOf(const Token &token) const
    {
        return m_text.sliced(token.begin, token.end - token.begin);
    }
    bool isPunct(const Token &token, char16_t c) const
    {
        return token.kind == TokenKind::Punct && m_chars[token.begin] == c;
    }
    bool isKeyword(const Token &token, const char *keyword) const
    {
        return token.kind == TokenKind::Word && sqllex::isKeyword(textOf(token), keyword);
    }
    const LexRules &rules() const { return m_rules; }

private:
    qsizetype quotedEnd(qsizetype pos, char16_t quote, bool backslashEscapes, bool &closed) const;

    QStringView m_text;
    const char16_t *m_chars;
    qsizetype m_size;
    qsizetype m_pos;
    LexRules m_rules;
    bool m_executable = false;
};

} // namespace sqllex
} // namespace backstep
