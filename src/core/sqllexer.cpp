#include "core/sqllexer.h"

namespace backstep::sqllex {

namespace {

// The characters skipPlain() stops at: they may start a string, a quoted name, a
// comment, an executable comment's end or end a statement.
constexpr StopTable plainStops = stopTable({'\'', '"', '`', '#', '-', '/', '*', ';'});

bool isControl(char16_t c)
{
    return c < u' ' || c == 0x7f;
}

} // namespace

CommentStart commentAt(QStringView text, qsizetype pos, DashRule dashes)
{
    const qsizetype size = text.size();
    if (pos >= size)
        return CommentStart::None;
    const char16_t c = text[pos].unicode();
    if (c == u'#')
        return CommentStart::Hash;
    if (c == u'-') {
        if (pos + 1 >= size || text[pos + 1] != u'-')
            return CommentStart::None;
        if (dashes == DashRule::Any || pos + 2 >= size)
            return CommentStart::Dash;
        const char16_t after = text[pos + 2].unicode();
        return isSpace(after) || isControl(after) ? CommentStart::Dash : CommentStart::None;
    }
    if (c != u'/' || pos + 1 >= size || text[pos + 1] != u'*')
        return CommentStart::None;
    const char16_t third = pos + 2 < size ? text[pos + 2].unicode() : 0;
    if (third == u'!')
        return CommentStart::Executable;
    if (third == u'+')
        return CommentStart::Hint;
    if (third == u'M' && pos + 3 < size && text[pos + 3] == u'!')
        return CommentStart::MariaDbExecutable;
    return CommentStart::Block;
}

qsizetype executableMarkerEnd(QStringView text, qsizetype pos)
{
    qsizetype end = pos + (text.sliced(pos).startsWith(u"/*M!") ? 4 : 3);
    for (int digits = 0; digits < 6 && end < text.size() && text[end].isDigit(); ++digits)
        ++end;
    return std::min(end, text.size());
}

bool isKeyword(QStringView word, QLatin1StringView keyword)
{
    if (word.size() != keyword.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char16_t c = word[i].unicode();
        if (c >= u'a' && c <= u'z')
            c = char16_t(c - (u'a' - u'A'));
        if (c != char16_t(keyword[i].unicode()))
            return false;
    }
    return true;
}

QString unquote(QStringView quoted, bool backslashEscapes)
{
    if (quoted.isEmpty())
        return {};
    const QChar quote = quoted.front();
    const bool backslashes = backslashEscapes && quote != u'`';
    QString text;
    text.reserve(quoted.size());
    for (qsizetype i = 1; i < quoted.size(); ++i) {
        const QChar c = quoted[i];
        if (backslashes && c == u'\\' && i + 1 < quoted.size()) {
            text.append(quoted[++i]);
            continue;
        }
        if (c == quote) {
            if (i + 1 < quoted.size() && quoted[i + 1] == quote) {
                text.append(quote);
                ++i;
                continue;
            }
            break;
        }
        text.append(c);
    }
    return text;
}

Lexer::Lexer(QStringView text, LexRules rules, qsizetype from)
    : m_text(text)
    , m_chars(text.utf16())
    , m_size(text.size())
    , m_pos(from)
    , m_rules(rules)
{}

qsizetype Lexer::quotedEnd(qsizetype pos, char16_t quote, bool backslashEscapes, bool &closed) const
{
    qsizetype i = pos + 1;
    while (i < m_size) {
        const char16_t c = m_chars[i];
        if (c == u'\\' && backslashEscapes) {
            i += 2;
            continue;
        }
        if (c == quote) {
            if (i + 1 < m_size && m_chars[i + 1] == quote) {
                i += 2;
                continue;
            }
            closed = true;
            return i + 1;
        }
        ++i;
    }
    closed = false;
    return m_size;
}

void Lexer::skipPlain()
{
    m_pos = runEnd(m_chars, m_pos, m_size, plainStops);
}

Token Lexer::nextSignificant()
{
    for (;;) {
        const Token token = next();
        if (token.kind != TokenKind::Space && token.kind != TokenKind::LineComment &&
            token.kind != TokenKind::BlockComment)
            return token;
    }
}

Token Lexer::next()
{
    Token token;
    token.begin = m_pos;
    if (m_pos >= m_size) {
        token.end = m_pos;
        return token;
    }
    const char16_t c = m_chars[m_pos];
    auto finish = [&](TokenKind kind, qsizetype end) {
        token.kind = kind;
        token.end = end;
        m_pos = end;
        return token;
    };
    if (isSpace(c) || c == 0xFEFF) {
        qsizetype end = m_pos + 1;
        while (end < m_size && (isSpace(m_chars[end]) || m_chars[end] == 0xFEFF))
            ++end;
        return finish(TokenKind::Space, end);
    }
    if (isWordChar(c)) {
        qsizetype end = m_pos + 1;
        while (end < m_size && isWordChar(m_chars[end]))
            ++end;
        return finish(TokenKind::Word, end);
    }
    switch (c) {
    case u'\'':
        return finish(TokenKind::String,
                      quotedEnd(m_pos, c, m_rules.backslashEscapes, token.closed));
    case u'"':
        if (m_rules.ansiQuotes)
            return finish(TokenKind::QuotedName, quotedEnd(m_pos, c, false, token.closed));
        return finish(TokenKind::String,
                      quotedEnd(m_pos, c, m_rules.backslashEscapes, token.closed));
    case u'`':
        return finish(TokenKind::QuotedName, quotedEnd(m_pos, c, false, token.closed));
    case u'*':
        if (m_executable && m_pos + 1 < m_size && m_chars[m_pos + 1] == u'/') {
            m_executable = false;
            return finish(TokenKind::ExecutableEnd, m_pos + 2);
        }
        break;
    case u'#':
    case u'-':
    case u'/': {
        CommentStart start = commentAt(m_text, m_pos, m_rules.dashes);
        if (start == CommentStart::Hash && !m_rules.hashComments)
            start = CommentStart::None;
        switch (start) {
        case CommentStart::None:
            break;
        case CommentStart::Hash:
        case CommentStart::Dash: {
            qsizetype end = m_pos;
            while (end < m_size && m_chars[end] != u'\n')
                ++end;
            if (end > m_pos && end < m_size && m_chars[end - 1] == u'\r')
                --end;
            return finish(TokenKind::LineComment, end);
        }
        case CommentStart::Block:
        case CommentStart::Hint: {
            const qsizetype close = m_text.indexOf(u"*/", m_pos + 2);
            token.closed = close >= 0;
            return finish(TokenKind::BlockComment, close >= 0 ? close + 2 : m_size);
        }
        case CommentStart::Executable:
        case CommentStart::MariaDbExecutable:
            m_executable = true;
            return finish(TokenKind::ExecutableStart, executableMarkerEnd(m_text, m_pos));
        }
        break;
    }
    default:
        break;
    }
    return finish(TokenKind::Punct, m_pos + 1);
}

} // namespace backstep::sqllex
