#include "core/assertion.h"

#include "core/sqltokens.h"
#include "core/statementsplitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Assertion)
};

bool isWord(const QList<SqlToken> &tokens, qsizetype i, QStringView word)
{
    return i < tokens.size() && tokens.at(i).type == SqlToken::Type::Word &&
           tokens.at(i).upper == word;
}

bool isOpenParen(const QList<SqlToken> &tokens, qsizetype i)
{
    return i < tokens.size() && tokens.at(i).type == SqlToken::Type::Punct &&
           tokens.at(i).text == u"(";
}

// The problem of the one statement `sql` (already split), or empty.
QString statementProblem(const QString &sql)
{
    const QList<SqlToken> tokens = tokenizeSql(sql);
    qsizetype first = 0;
    while (first < tokens.size() && isOpenParen(tokens, first)) // (SELECT ...) UNION ...
        ++first;
    const QString verb = first < tokens.size() ? tokens.at(first).upper : QString();
    if (verb != u"SELECT" && verb != u"WITH" && verb != u"SHOW" && verb != u"VALUES")
        return Tr::tr("an assertion is a SELECT, WITH, SHOW or VALUES statement, not \"%1\"")
            .arg(first < tokens.size() ? tokens.at(first).text : QString());
    for (qsizetype i = first; i < tokens.size(); ++i) {
        if (tokens.at(i).type != SqlToken::Type::Word)
            continue;
        const QString &word = tokens.at(i).upper;
        // INSERT(s, p, l, t) and REPLACE(s, a, b) are string functions.
        const bool function = isOpenParen(tokens, i + 1);
        if ((word == u"INSERT" || word == u"REPLACE") && !function)
            return Tr::tr("an assertion may not write (%1)").arg(tokens.at(i).text);
        if (word == u"DELETE" || word == u"CALL")
            return Tr::tr("an assertion may not write (%1)").arg(tokens.at(i).text);
        if (word == u"UPDATE" || (word == u"LOCK" && isWord(tokens, i + 1, u"IN")))
            return Tr::tr("an assertion may not lock rows (FOR UPDATE, LOCK IN SHARE MODE)");
        if (word == u"INTO")
            return Tr::tr("an assertion may not store its result (SELECT ... INTO)");
    }
    return {};
}

QString unescapeTabs(const QString &text)
{
    QString result = text;
    result.replace(QStringLiteral("\\t"), QStringLiteral("\t"));
    return result;
}

} // namespace

QString assertionSqlProblem(const QString &sql)
{
    const SplitResult split = StatementSplitter::split(sql);
    if (!split.errors.isEmpty())
        return split.errors.first().message;
    if (split.statements.isEmpty())
        return Tr::tr("the assertion has no query");
    if (split.statements.size() > 1)
        return Tr::tr("the assertion holds %1 statements; it must be exactly one")
            .arg(split.statements.size());
    return statementProblem(split.statements.first().sql);
}

bool assertionMatches(const QString &expected, const QString &actual)
{
    return expected.trimmed() == actual.trimmed();
}

Result<QList<Assertion>> readAssertionFolder(const QString &dir)
{
    const QDir folder(dir);
    if (!folder.exists())
        return Error{Tr::tr("%1: no such folder").arg(dir)};
    static const QRegularExpression expectLine(QStringLiteral(R"(^\s*--\s*expect:[ \t]?(.*)$)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QList<Assertion> assertions;
    QStringList errors;
    const QStringList files =
        folder.entryList({QStringLiteral("*.sql")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : files) {
        const QString path = folder.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            errors.append(Tr::tr("%1: cannot read: %2").arg(path, file.errorString()));
            continue;
        }
        QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        QStringList expected;
        bool hasExpect = false;
        for (QString &line : lines) {
            const auto match = expectLine.match(line);
            if (!match.hasMatch())
                continue;
            hasExpect = true;
            expected.append(unescapeTabs(match.captured(1).trimmed()));
            line.clear(); // the line numbers of the query stay the file's
        }
        const QString query = lines.join(u'\n');
        SplitOptions options;
        options.fileName = path;
        const SplitResult split = StatementSplitter::split(query, options);
        if (!split.errors.isEmpty()) {
            errors.append(split.errors.first().toString());
            continue;
        }
        if (!hasExpect) {
            errors.append(Tr::tr("%1:1: no \"-- expect: <result>\" line").arg(path));
            continue;
        }
        if (split.statements.isEmpty()) {
            errors.append(Tr::tr("%1:1: no query").arg(path));
            continue;
        }
        if (split.statements.size() > 1) {
            errors.append(Tr::tr("%1:%2: a second statement; an assertion file holds one query")
                              .arg(path)
                              .arg(split.statements.at(1).start.line));
            continue;
        }
        const Statement &statement = split.statements.first();
        const QString problem = statementProblem(statement.sql);
        if (!problem.isEmpty()) {
            errors.append(Tr::tr("%1:%2: %3").arg(path).arg(statement.start.line).arg(problem));
            continue;
        }
        assertions.append(
            {QFileInfo(name).completeBaseName(), statement.sql, expected.join(u'\n')});
    }
    if (!errors.isEmpty())
        return Error{errors.join(u'\n')};
    return assertions;
}

} // namespace backstep
