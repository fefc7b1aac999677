#include "core/sqltokens.h"

#include <algorithm>

namespace backstep {

bool isOneOf(QStringView word, std::initializer_list<const char16_t *> keywords)
{
    for (const char16_t *keyword : keywords)
        if (word == QStringView(keyword))
            return true;
    return false;
}

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c == u'@';
}

} // namespace

QList<SqlToken> tokenizeSql(const QString &sql)
{
    QList<SqlToken> tokens;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    int depth = 0;
    auto push = [&](SqlToken::Type type, QString text) {
        SqlToken token;
        token.type = type;
        if (type == SqlToken::Type::Word)
            token.upper = text.toUpper();
        token.text = std::move(text);
        token.depth = depth;
        tokens.append(std::move(token));
    };
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'/' && next == u'*') {
            const QChar third = i + 2 < n ? sql.at(i + 2) : QChar();
            if (third == u'!' || (third == u'M' && i + 3 < n && sql.at(i + 3) == u'!')) {
                i += third == u'!' ? 3 : 4;
                while (i < n && sql.at(i).isDigit())
                    ++i;
                continue;
            }
            const qsizetype end = sql.indexOf(QLatin1StringView("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            continue;
        }
        if (c == u'*' && next == u'/') { // the end of an executable comment
            i += 2;
            continue;
        }
        if (c == u'#' || (c == u'-' && next == u'-' && (i + 2 >= n || sql.at(i + 2).isSpace()))) {
            const qsizetype end = sql.indexOf(u'\n', i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            QString text;
            ++i;
            while (i < n) {
                const QChar d = sql.at(i);
                if (d == u'\\' && c != u'`' && i + 1 < n) {
                    text.append(sql.at(i + 1));
                    i += 2;
                    continue;
                }
                if (d == c) {
                    if (i + 1 < n && sql.at(i + 1) == c) { // doubled quote: one of it
                        text.append(c);
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                text.append(d);
                ++i;
            }
            push(c == u'`' ? SqlToken::Type::QuotedName : SqlToken::Type::String, text);
            continue;
        }
        if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < n && isWordChar(sql.at(i)))
                ++i;
            push(SqlToken::Type::Word, sql.mid(start, i - start));
            continue;
        }
        if (c == u')')
            depth = std::max(0, depth - 1);
        push(SqlToken::Type::Punct, QString(c));
        if (c == u'(')
            ++depth;
        ++i;
    }
    return tokens;
}

} // namespace backstep
