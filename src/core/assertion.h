#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace backstep {

// One of the DBA's own checks after a rollback, like a Sqitch verify script: a read-only
// query and the result it must give.
struct Assertion
{
    QString name; // "every food log has an owner"
    QString sql;  // one SELECT, WITH, SHOW or VALUES statement
    // The result as text: a row's columns joined by a tab, rows joined by a newline, NULL
    // as "NULL"; compared with what comes back after trimming both.
    QString expected;

    friend bool operator==(const Assertion &, const Assertion &) = default;
};

// Why `sql` may not run as an assertion (more than one statement, a write, SELECT ...
// INTO, a locking read); empty when it is one read-only statement.
QString assertionSqlProblem(const QString &sql);

// Whether `actual` is what `expected` says, both trimmed.
bool assertionMatches(const QString &expected, const QString &actual);

// A folder of `*.sql` files, one assertion each, in file name order: `-- expect: TEXT`
// lines (several for several rows; `\t` stands for a tab) and one query. The name is the
// file's base name. Errors name the file and line ("dir/x.sql:3: ...").
Result<QList<Assertion>> readAssertionFolder(const QString &dir);

} // namespace backstep
