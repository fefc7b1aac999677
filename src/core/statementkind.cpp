#include "core/statementkind.h"

#include "core/sqllexer.h"
#include "core/sqltokens.h"

#include <QCoreApplication>
#include <QStringList>

namespace backstep {

namespace {

// The statement's first words, upper-cased, read by the SQL lexer: comments are skipped
// and executable-comment markers (/*!50003, /*M!100100, */) taken as blanks, because the
// server runs what is inside them. Punctuation other than "(" ends the run ("SET @x=1",
// "(SELECT ...)"); a system variable keeps its scope ("@@GLOBAL.X").
QStringList leadingWords(const QString &sql, int count)
{
    QStringList words;
    sqllex::Lexer lexer(sql);
    while (words.size() < count) {
        const sqllex::Token token = lexer.nextSignificant();
        if (token.kind == sqllex::TokenKind::ExecutableStart ||
            token.kind == sqllex::TokenKind::ExecutableEnd || lexer.isPunct(token, u'('))
            continue;
        if (token.kind != sqllex::TokenKind::Word)
            break;
        QString word = lexer.textOf(token).toString().toUpper();
        // @@GLOBAL.x, @@SESSION.x: the scope and the name are one word here.
        if (word.startsWith(u"@@")) {
            sqllex::Lexer ahead = lexer;
            const sqllex::Token dot = ahead.next();
            const sqllex::Token name = ahead.next();
            if (ahead.isPunct(dot, u'.') && name.kind == sqllex::TokenKind::Word) {
                word += u'.' + ahead.textOf(name).toString().toUpper();
                lexer = ahead;
            }
        }
        words.append(word);
    }
    return words;
}

// The leading words with CREATE OR REPLACE read as CREATE: OR REPLACE changes neither the
// kind nor the commit (CREATE OR REPLACE TEMPORARY TABLE is still the connection's own).
QStringList statementWords(const QString &sql)
{
    QStringList words = leadingWords(sql, 5);
    if (words.value(0) == u"CREATE" && words.value(1) == u"OR" && words.value(2) == u"REPLACE")
        words.remove(1, 2);
    return words;
}

StatementKind classifySet(const QStringList &words, const QString &sql)
{
    const QString second = words.value(1);
    if (isOneOf(second, {u"GLOBAL", u"PERSIST", u"PERSIST_ONLY", u"PASSWORD", u"DEFAULT"}) ||
        second.startsWith(QLatin1StringView("@@GLOBAL.")))
        return StatementKind::Other;
    if (second == u"STATEMENT") {
        // SET STATEMENT var=value [, ...] FOR statement: the kind of the statement after FOR.
        const qsizetype at = sql.toUpper().indexOf(QLatin1StringView(" FOR "));
        return at < 0 ? StatementKind::Other : classifyStatement(sql.mid(at + 5));
    }
    return StatementKind::Session;
}

} // namespace

QString statementKindName(StatementKind kind)
{
    switch (kind) {
    case StatementKind::Session:
        return QStringLiteral("session");
    case StatementKind::Transaction:
        return QStringLiteral("transaction");
    case StatementKind::Data:
        return QStringLiteral("data");
    case StatementKind::Schema:
        return QStringLiteral("schema");
    case StatementKind::Other:
        break;
    }
    return QStringLiteral("other");
}

namespace {
// At file level: lupdate files the strings of a Tr declared inside a function under a
// context named "Tr", which nothing looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StatementKind)
};
} // namespace

QString statementKindLabel(StatementKind kind)
{
    switch (kind) {
    case StatementKind::Session:
        return Tr::tr("session");
    case StatementKind::Transaction:
        return Tr::tr("transaction");
    case StatementKind::Data:
        return Tr::tr("data");
    case StatementKind::Schema:
        return Tr::tr("schema");
    case StatementKind::Other:
        break;
    }
    return Tr::tr("other");
}

StatementKind classifyStatement(const QString &sql)
{
    const QStringList words = statementWords(sql);
    const QString first = words.value(0);
    const QString second = words.value(1);
    if (first == u"SET")
        return classifySet(words, sql);
    if (isOneOf(first, {u"USE", u"PREPARE", u"DEALLOCATE", u"LOCK", u"UNLOCK"}))
        return StatementKind::Session;
    if (first == u"DROP" && second == u"PREPARE")
        return StatementKind::Session;
    if (isOneOf(first, {u"START", u"COMMIT", u"ROLLBACK", u"SAVEPOINT", u"RELEASE", u"XA"}))
        return StatementKind::Transaction;
    if (first == u"BEGIN" && (second.isEmpty() || second == u"WORK"))
        return StatementKind::Transaction;
    if (isOneOf(first, {u"INSERT", u"UPDATE", u"DELETE", u"REPLACE", u"SELECT", u"WITH", u"VALUES",
                        u"TABLE", u"LOAD"}))
        return StatementKind::Data;
    if (isOneOf(first, {u"CREATE", u"ALTER", u"DROP", u"RENAME", u"TRUNCATE"})) {
        // Temporary tables belong to the connection, like session state.
        if (second == u"TEMPORARY")
            return StatementKind::Session;
        if (isOneOf(second, {u"USER", u"ROLE", u"SERVER"}))
            return StatementKind::Other;
        return StatementKind::Schema;
    }
    return StatementKind::Other;
}

bool causesImplicitCommit(const QString &sql)
{
    const QStringList words = statementWords(sql);
    const QString first = words.value(0);
    const QString second = words.value(1);
    if (isOneOf(first, {u"CREATE", u"ALTER", u"DROP"}))
        return second != u"TEMPORARY" && second != u"PREPARE";
    if (isOneOf(first, {u"RENAME", u"TRUNCATE", u"GRANT", u"REVOKE", u"LOCK", u"UNLOCK", u"ANALYZE",
                        u"CHECK", u"OPTIMIZE", u"REPAIR", u"FLUSH", u"RESET", u"INSTALL",
                        u"UNINSTALL", u"CACHE"}))
        return true;
    if (first == u"START" && second == u"TRANSACTION")
        return true;
    if (first == u"BEGIN" && (second.isEmpty() || second == u"WORK"))
        return true;
    if (first == u"LOAD" && second == u"INDEX")
        return true;
    if (first == u"SET" && second == u"PASSWORD")
        return true;
    return false;
}

} // namespace backstep
