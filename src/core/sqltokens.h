#pragma once

#include <QList>
#include <QString>

#include <initializer_list>

namespace backstep {

// One token of a statement, for reading what it does (not for running it).
struct SqlToken
{
    enum class Type { Word, QuotedName, String, Punct };
    Type type = Type::Punct;
    QString text;  // names unquoted, strings without their quotes, punctuation as is
    QString upper; // words only: for keyword comparisons
    int depth = 0; // parentheses around the token; '(' and ')' are outside their own pair
};

// Words, quoted names, strings and punctuation, read by the one SQL lexer (sqllexer.h).
// Comments are skipped; executable comments (/*!50003 ... */, /*M!100100 ... */) lose only
// their markers, because the server runs what is inside them.
QList<SqlToken> tokenizeSql(const QString &sql);

// SQL text as the server reads it, comments aside: every run of blanks and comments
// (`-- `, `#`, `/* */`, `/*+ */` optimizer hints) becomes one space, the markers of executable
// comments (`/*!50001`, `/*M!`, their `*/`) are dropped and what is inside them kept,
// strings and quoted names stay exactly as written; no space at either end. Two stored
// bodies of a routine, trigger, event or view are the same code when these agree: the
// `mysql` 9.7 client keeps comments in what it sends, the `mariadb` client drops them
// (and MariaDB ignores hints), so one body may carry comments the other lacks.
QString withoutComments(QStringView sql);

// Whether an upper-case word is one of the keywords.
bool isOneOf(QStringView word, std::initializer_list<const char16_t *> keywords);

// Whether a statement names `database` (USE it, or `database`.name): run in a scratch copy,
// it would change the real database instead (the rehearsal and the UP replay refuse it).
bool namesDatabase(const QString &sql, const QString &database);

} // namespace backstep
