#include "core/formats/flywayparser.h"

#include "core/sqllexer.h"
#include "core/textlocator.h"

#include <QCoreApplication>

namespace backstep {

namespace {

using sqllex::Token;
using sqllex::TokenKind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlywayParser)
};

// The words Flyway's MySQL parser acts on; every other word is Other.
enum class Word : quint8 {
    None, // not a word (punctuation, a string, ...)
    Other,
    Begin,
    End,
    If,
    Case,
    Loop,
    Repeat,
    While,
    Then,
    Not,
    Exists,
    Delimiter,
};

Word wordOf(QStringView text)
{
    switch (text.size()) {
    case 2:
        return sqllex::isKeyword(text, "IF") ? Word::If : Word::Other;
    case 3:
        if (sqllex::isKeyword(text, "END"))
            return Word::End;
        return sqllex::isKeyword(text, "NOT") ? Word::Not : Word::Other;
    case 4:
        if (sqllex::isKeyword(text, "CASE"))
            return Word::Case;
        if (sqllex::isKeyword(text, "LOOP"))
            return Word::Loop;
        return sqllex::isKeyword(text, "THEN") ? Word::Then : Word::Other;
    case 5:
        if (sqllex::isKeyword(text, "BEGIN"))
            return Word::Begin;
        return sqllex::isKeyword(text, "WHILE") ? Word::While : Word::Other;
    case 6:
        if (sqllex::isKeyword(text, "REPEAT"))
            return Word::Repeat;
        return sqllex::isKeyword(text, "EXISTS") ? Word::Exists : Word::Other;
    case 9:
        return sqllex::isKeyword(text, "DELIMITER") ? Word::Delimiter : Word::Other;
    default:
        return Word::Other;
    }
}

// What Flyway's parser knows of the statement so far: its significant tokens, each with
// the parenthesis depth Flyway gives it (the parentheses themselves count as inside).
struct SeenToken
{
    Word word = Word::None;
    int parens = 0;
};

enum class IfState { None, IfFunction, IfNot, IfExists, If, IfThen, Unknown };

class Parser
{
public:
    Parser(QStringView text, const QString &fileName)
        : m_text(text)
        , m_lexer(text, rules())
        , m_locator(text, fileName)
    {}

    SplitResult run()
    {
        while (!m_lexer.atEnd()) {
            if (atDelimiter()) {
                delimiter();
                continue;
            }
            const Token token = m_lexer.next();
            switch (token.kind) {
            case TokenKind::End:
                break;
            case TokenKind::Space:
            case TokenKind::LineComment:
                break;
            case TokenKind::BlockComment:
                if (!token.closed)
                    error(token.begin, Tr::tr("unterminated comment"));
                break;
            case TokenKind::ExecutableStart: {
                // Flyway keeps /*! ... */ as one piece of the statement, never looking inside.
                begin(token.begin);
                const qsizetype close = m_text.indexOf(u"*/", token.end);
                m_lexer = sqllex::Lexer(m_text, rules(), close < 0 ? m_text.size() : close + 2);
                m_tokens.append({Word::None, m_parens});
                break;
            }
            case TokenKind::ExecutableEnd:
                break;
            case TokenKind::String:
            case TokenKind::QuotedName:
                begin(token.begin);
                if (!token.closed)
                    error(token.begin, token.kind == TokenKind::String
                                           ? Tr::tr("unterminated string")
                                           : Tr::tr("unterminated quoted identifier"));
                m_tokens.append({Word::None, m_parens});
                break;
            case TokenKind::Word:
                word(token);
                break;
            case TokenKind::Punct:
                punct(token);
                break;
            }
        }
        finish();
        return std::move(m_result);
    }

private:
    static sqllex::LexRules rules()
    {
        sqllex::LexRules rules;
        rules.dashes = sqllex::DashRule::Any;
        return rules;
    }

    void error(qsizetype offset, const QString &message)
    {
        m_result.errors.append({m_locator.at(offset), message});
    }

    void begin(qsizetype offset)
    {
        if (m_begin < 0)
            m_begin = offset;
    }

    bool atDelimiter() const
    {
        const QStringView rest = m_text.sliced(m_lexer.position());
        return rest.startsWith(m_delimiter, Qt::CaseInsensitive);
    }

    void delimiter()
    {
        const qsizetype at = m_lexer.position();
        m_lexer.setPosition(at + m_delimiter.size());
        adjustBlockDepth(Word::None, true, at);
        if (m_parens == 0 && m_blockDepth == 0) {
            emitStatement(at, at + m_delimiter.size());
            return;
        }
        begin(at);
        m_tokens.append({Word::None, m_parens});
        m_previousKeyword = Word::None;
    }

    void word(sqllex::Token token)
    {
        // A delimiter such as $$ can end a word (END$$): the word stops there.
        if (m_delimiterIsWordLike) {
            const qsizetype inside =
                m_lexer.textOf(token).indexOf(m_delimiter, 1, Qt::CaseInsensitive);
            if (inside > 0) {
                token.end = token.begin + inside;
                m_lexer.setPosition(token.end);
            }
        }
        const Word word = wordOf(m_lexer.textOf(token));
        if (word == Word::Delimiter) {
            // The rest of the line is the new delimiter; the line is never sent.
            if (m_begin >= 0)
                error(token.begin, Tr::tr("Flyway refuses a DELIMITER inside a statement "
                                          "(\"Delimiter changed inside statement\")"));
            qsizetype end = m_text.indexOf(u'\n', token.end);
            if (end < 0)
                end = m_text.size();
            const QString next = m_text.sliced(token.end, end - token.end).trimmed().toString();
            if (next.isEmpty()) {
                error(token.begin, Tr::tr("DELIMITER without a delimiter"));
            } else {
                m_delimiter = next;
                m_delimiterIsWordLike = false;
                for (QChar c : std::as_const(m_delimiter))
                    m_delimiterIsWordLike =
                        m_delimiterIsWordLike || sqllex::isWordChar(c.unicode());
            }
            m_lexer.setPosition(end);
            return;
        }
        begin(token.begin);
        adjustBlockDepth(word, false, token.begin);
        m_tokens.append({word, m_parens});
        m_previousKeyword = word;
    }

    void punct(const sqllex::Token &token)
    {
        const QChar c = m_text[token.begin];
        begin(token.begin);
        if (c == u'(') {
            ++m_parens;
            m_tokens.append({Word::None, m_parens});
        } else if (c == u')') {
            m_tokens.append({Word::None, m_parens});
            m_parens = std::max(0, m_parens - 1);
        } else {
            if (c == u';') {
                adjustBlockDepth(Word::None, true, token.begin);
                m_previousKeyword = Word::None; // Flyway's previous keyword is now ";"
            }
            m_tokens.append({Word::None, m_parens});
        }
    }

    // The last significant token at this parenthesis depth.
    const SeenToken *previousAt(int parens) const
    {
        for (qsizetype i = m_tokens.size() - 1; i >= 0; --i)
            if (m_tokens[i].parens == parens)
                return &m_tokens[i];
        return nullptr;
    }

    bool nextIsParenthesis() const
    {
        qsizetype pos = m_lexer.position();
        while (pos < m_text.size() && m_text[pos].isSpace())
            ++pos;
        return pos < m_text.size() && m_text[pos] == u'(';
    }

    void decreaseBlockDepth(qsizetype at)
    {
        if (m_blockDepth == 0) {
            error(at, Tr::tr("Flyway's parser fails here: an END with no block open (\"unable "
                             "to decrease block depth below 0\")"));
            return;
        }
        --m_blockDepth;
    }

    // MySQLParser.adjustBlockDepth, for a keyword or the end of a statement (";" or the
    // delimiter).
    void adjustBlockDepth(Word keyword, bool statementEnd, qsizetype at)
    {
        if (m_ifState == IfState::If) {
            m_ifState = IfState::Unknown;
            if (keyword == Word::Exists)
                m_ifState = IfState::IfExists;
            if (keyword == Word::Not)
                m_ifState = IfState::IfNot;
        }
        if (keyword == Word::Then)
            m_ifState = IfState::IfThen;
        if (keyword == Word::If && m_previousKeyword != Word::End &&
            m_ifState != IfState::IfFunction) {
            ++m_blockDepth;
            m_ifState = nextIsParenthesis() ? IfState::IfFunction : IfState::If;
        }
        if (keyword == Word::Begin) {
            ++m_blockDepth;
        } else if (keyword == Word::Loop || keyword == Word::Case || keyword == Word::Repeat ||
                   keyword == Word::While) {
            const SeenToken *previous = previousAt(m_parens);
            if (!previous || previous->word != Word::End)
                ++m_blockDepth;
        }
        if (keyword == Word::End) {
            decreaseBlockDepth(at);
            if (m_ifState == IfState::IfThen)
                m_ifState = IfState::None;
        }
        if (statementEnd) {
            if (m_ifState == IfState::IfNot || m_ifState == IfState::IfExists ||
                m_ifState == IfState::IfFunction) {
                decreaseBlockDepth(at);
                m_ifState = IfState::None;
            } else if (m_blockDepth > 0 && delimiterEndsFunction()) {
                decreaseBlockDepth(at);
            }
        }
    }

    // IF(...) or REPEAT(...) just before the end of the statement.
    bool delimiterEndsFunction() const
    {
        if (m_tokens.size() < 2 || m_tokens.last().parens != m_parens + 1)
            return false;
        const SeenToken *previous = previousAt(m_parens);
        return previous && (previous->word == Word::If || previous->word == Word::Repeat);
    }

    void emitStatement(qsizetype contentEnd, qsizetype extentEnd)
    {
        if (m_begin >= 0) {
            qsizetype end = contentEnd;
            while (end > m_begin && m_text[end - 1].isSpace())
                --end;
            if (end > m_begin) {
                Statement statement;
                statement.sql = m_text.sliced(m_begin, end - m_begin).toString();
                statement.start = m_locator.at(m_begin);
                statement.beginOffset = m_begin;
                statement.endOffset = extentEnd;
                statement.endLine = m_locator.lineAt(std::max(m_begin, extentEnd - 1));
                m_result.statements.append(std::move(statement));
            }
        }
        m_begin = -1;
        m_tokens.clear();
        m_ifState = IfState::None;
        m_previousKeyword = Word::None;
    }

    void finish()
    {
        if (m_begin < 0)
            return;
        if (m_parens > 0 || m_blockDepth > 0)
            error(m_begin, Tr::tr("Flyway fails on this file: \"Incomplete statement\" (the text "
                                  "ends inside a block or parentheses that started here)"));
        // The last statement ends with its last token that is not a blank or comment.
        sqllex::Lexer rest(m_text, rules(), m_begin);
        qsizetype end = m_begin;
        for (Token token = rest.nextSignificant(); token.kind != TokenKind::End;
             token = rest.nextSignificant())
            end = token.end;
        emitStatement(end, end);
    }

    QStringView m_text;
    sqllex::Lexer m_lexer;
    TextLocator m_locator;
    SplitResult m_result;
    QString m_delimiter = QStringLiteral(";");
    bool m_delimiterIsWordLike = false; // $$ can end a word

    qsizetype m_begin = -1;
    QList<SeenToken> m_tokens;
    int m_parens = 0;
    int m_blockDepth = 0;
    IfState m_ifState = IfState::None;
    Word m_previousKeyword = Word::None;
};

} // namespace

SplitResult FlywayParser::split(QStringView text, const QString &fileName)
{
    return Parser(text, fileName).run();
}

} // namespace backstep
