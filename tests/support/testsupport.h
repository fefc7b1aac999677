#pragma once

#include "core/result.h"
#include "core/statement.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace backstep::test {

// The value of a result that must have succeeded; the test binary stops with its error
// (and where it arose) otherwise.
template <typename T> T checked(Result<T> result)
{
    if (!result)
        qFatal("unexpected failure: %s (raised at %s:%u)", qPrintable(result.error()),
               result.failure().origin.file_name(), result.failure().origin.line());
    return std::move(result).value();
}

// This ctest run's temporary folder (scripts/test makes a fresh one per run).
QString temporaryRoot();
// A QTemporaryDir template under temporaryRoot(), which it creates when missing.
QString temporaryTemplate(const QString &prefix);

// The throwaway MariaDB server started by the `mariadb` ctest fixture.
struct MariaDbSandbox
{
    int port = 0;
    QString password;
    QString passwordFile;

    // Reads the fixture's state; fails the calling test when the server is not there.
    static MariaDbSandbox current();
    QString url(const QString &database) const;
    // A fresh database with a unique name, created as the application user over TCP.
    QString createDatabase(const QString &prefix) const;
    // A connection to `database` for setting up fixtures (removed by the caller).
    QSqlDatabase connect(const QString &connectionName, const QString &database) const;
    // Runs the statements in `database`, in order; the test binary stops at the first error.
    void execute(const QString &database, const QStringList &statements) const;
};

// What a migration tool would have run to apply the migrations of `folder`: a dbmate
// `schema_migrations` table, then each migration's UP statements and its row.
QStringList applyMigrationsScript(const QString &folder);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a built program to completion and returns what it printed.
ProcessResult run(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                  int timeoutMs = 120000);
ProcessResult
runCli(const QStringList &arguments,
       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

void writeFile(const QString &path, const QString &text);
// Running, not a zombie waiting for a parent to reap it.
bool processRunning(qint64 pid);
// The statements' texts, in order, for comparing with an expected list.
QStringList statementTexts(const Statements &statements);
// Appends to a file the way a logging application does (fails the calling test on error).
void appendFile(const QString &path, const QByteArray &bytes);

} // namespace backstep::test
