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

// Where the tests find the sources and the programs they start: read at run time from
// the variables ctest sets per test (tests/CMakeLists.txt), never compiled in, so that a
// test's compile is the same in a clone at any path (and hits the shared ccache). A test
// started by hand without them stops with a message naming the variable.
// The source tree (BACKSTEP_TEST_SOURCE_DIR); tests/data and tests/support in it.
QString sourceDir();
QString dataDir();
QString supportDir();
// The programs a test declared with backstep_add_test(... PROGRAMS ...), which it depends
// on (so they are built first): backstep-cli (BACKSTEP_CLI_PATH), backstep
// (BACKSTEP_APP_PATH), backstep_fake_systemd (BACKSTEP_FAKE_SYSTEMD_PATH),
// backstep_checksum_snapshot (BACKSTEP_CHECKSUM_SNAPSHOT_PATH).
QString cliPath();
QString appPath();
QString fakeSystemdPath();
QString checksumSnapshotPath();

// This ctest run's temporary folder (scripts/test makes a fresh one per run).
QString temporaryRoot();
// A QTemporaryDir template under temporaryRoot(), which it creates when missing.
QString temporaryTemplate(const QString &prefix);

// The throwaway database server of a ctest fixture (tests/CMakeLists.txt): `mariadb`,
// `mariadb_tls`, `mariadb_plain` or `mysql`. Tests registered with SERVERS run once per
// fixture with BACKSTEP_TEST_SERVER naming it.
struct MariaDbSandbox
{
    QString fixture; // mariadb, mariadb_tls, mariadb_plain or mysql
    QString stateDir;
    QString flavour;   // "mariadb" or "mysql"
    QString clientDir; // the server's own client tools (mariadb-dump, or MySQL's mysqldump)
    QString tls;       // "default" (the server's own certificate), "own-ca" or "none"
    QString socket;
    int port = 0;
    QString password;
    QString passwordFile;
    // Only for tls == "own-ca": the test CA, an unrelated CA, a client certificate.
    QString caFile;
    QString wrongCaFile;
    QString clientCertFile;
    QString clientKeyFile;

    // The fixture BACKSTEP_TEST_SERVER names (default `mariadb`); fails the calling test
    // when its server is not there.
    static MariaDbSandbox current();
    static MariaDbSandbox ofFixture(const QString &fixture);
    bool isMySql() const { return flavour == QLatin1String("mysql"); }
    // The flavour's own dump and client programs, in clientDir.
    QString dumpProgram() const;
    QString clientProgram() const;
    // QMYSQL connect options: SSL_CA (verified TLS) for the own-CA server, else none.
    QString connectOptions() const;
    // Writes a [client] option file (mode 0600) with the account, its password and what
    // the flavour's tools need for this server's TLS (docs/tls.md): `skip-ssl` for
    // MariaDB's tools against the server without TLS, `ssl-ca` for the own-CA one.
    void writeClientOptionFile(const QString &path) const;
    QString url(const QString &database) const;
    // A fresh database with a unique name, created as the application user over TCP.
    QString createDatabase(const QString &prefix) const;
    // A connection to `database` for setting up fixtures (removed by the caller).
    QSqlDatabase connect(const QString &connectionName, const QString &database) const;
    // Runs the statements in `database`, in order; the test binary stops at the first error.
    void execute(const QString &database, const QStringList &statements) const;
    // The rehearsal's scratch databases of `database` on the server now
    // (`<database>_rehearsal_…`): a test proves they are dropped.
    QStringList rehearsalScratchDatabases(const QString &database) const;
};
using ServerSandbox = MariaDbSandbox;

// A derived table `integers` with one column `seq`, 1 to `count`, for `FROM` on either
// server (MariaDB's seq_1_to_N tables do not exist on MySQL).
QString integersUpTo(qint64 count);

// What a migration tool would have run to apply the migrations of `folder`: a dbmate
// `schema_migrations` table, then each migration's UP statements and its row.
QStringList applyMigrationsScript(const QString &folder);
// Two plain migrations in `folder` (made if missing): 1 creates `visits` with two rows,
// 2 adds its `note` column; each with its DOWN section. What the no-trace tests roll back.
void writeVisitsMigrations(const QString &folder);

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
