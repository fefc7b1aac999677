#include "core/sqltokens.h"

#include "core/sqllexer.h"

#include <algorithm>

namespace backstep {

bool isOneOf(QStringView word, std::initializer_list<const char16_t *> keywords)
{
    for (const char16_t *keyword : keywords)
        if (word == QStringView(keyword))
            return true;
    return false;
}

QList<SqlToken> tokenizeSql(const QString &sql)
{
    QList<SqlToken> tokens;
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
    sqllex::Lexer lexer(sql);
    for (sqllex::Token token = lexer.nextSignificant(); token.kind != sqllex::TokenKind::End;
         token = lexer.nextSignificant()) {
        const QStringView text = lexer.textOf(token);
        switch (token.kind) {
        case sqllex::TokenKind::Word:
            push(SqlToken::Type::Word, text.toString());
            break;
        case sqllex::TokenKind::QuotedName:
            push(SqlToken::Type::QuotedName, sqllex::unquote(text));
            break;
        case sqllex::TokenKind::String:
            push(SqlToken::Type::String, sqllex::unquote(text));
            break;
        case sqllex::TokenKind::Punct:
            if (text.front() == u')')
                depth = std::max(0, depth - 1);
            push(SqlToken::Type::Punct, text.toString());
            if (text.front() == u'(')
                ++depth;
            break;
        default: // the markers of executable comments: the server runs what is inside
            break;
        }
    }
    return tokens;
}

QString withoutComments(QStringView sql)
{
    QString text;
    text.reserve(sql.size());
    bool blank = false;
    sqllex::Lexer lexer(sql);
    for (sqllex::Token token = lexer.next(); token.kind != sqllex::TokenKind::End;
         token = lexer.next()) {
        switch (token.kind) {
        case sqllex::TokenKind::Space:
        case sqllex::TokenKind::LineComment:
        case sqllex::TokenKind::BlockComment:
        case sqllex::TokenKind::ExecutableStart:
        case sqllex::TokenKind::ExecutableEnd:
            blank = true;
            continue;
        default:
            break;
        }
        if (blank && !text.isEmpty())
            text.append(u' ');
        blank = false;
        text.append(lexer.textOf(token));
    }
    return text;
}

bool namesDatabase(const QString &sql, const QString &database)
{
    const QList<SqlToken> tokens = tokenizeSql(sql);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const SqlToken &token = tokens.at(i);
        if (i == 0 && token.upper == u"USE")
            return true;
        const bool name =
            token.type == SqlToken::Type::Word || token.type == SqlToken::Type::QuotedName;
        if (name && token.text == database && i + 1 < tokens.size() &&
            tokens.at(i + 1).type == SqlToken::Type::Punct && tokens.at(i + 1).text == u".")
            return true;
    }
    return false;
}

} // namespace backstep
