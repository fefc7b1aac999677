#pragma once

#include "core/result.h"
#include "db/historyreader.h"
#include "support/testsupport.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

#include <utility>

namespace backstep::test {

// The DDL each migration tool runs on MySQL/MariaDB when it creates its history table
// (docs/formats.md).
namespace historyddl {
extern const char *const dbmate;
extern const char *const golangMigrate;
extern const char *const goose;
extern const char *const flyway;
extern const char *const flywayIndex;
extern const char *const liquibase;
extern const char *const liquibaseLock;
extern const char *const sqlMigrate; // gorp_migrations
extern const char *const dbMigrate;
} // namespace historyddl

// The rows of `backstep-cli status --json`, by version.
QHash<QString, QJsonObject> byVersion(const QJsonObject &status);

// A tool's history table on the test server: a fresh database with the table and its rows,
// a migrations folder beside it, and what the history tests do to them.
class HistoryFixture
{
public:
    using Files = QList<std::pair<QString, QString>>;

    // `temporaryPrefix` names the folder of the migrations folders.
    explicit HistoryFixture(const QString &temporaryPrefix);

    // The fixture's server (call in initTestCase).
    void useCurrentServer() { m_server = MariaDbSandbox::current(); }
    const MariaDbSandbox &server() const { return m_server; }
    QString database() const { return m_database; }
    QString folder() const { return m_folder; }

    // A fresh database named after `prefix` with `sql` run in it (the test binary stops at
    // the first error), and a migrations folder of `files` (name, text).
    void setUp(const QString &prefix, const QStringList &sql, const Files &files);
    // --url, --password-file and --migrations of the database and folder, for backstep-cli.
    QStringList connection() const;
    // `backstep-cli status --json` on them, with `extra` arguments.
    ProcessResult status(const QStringList &extra = {}) const;
    // What the rollback runner writes to the history after `version`'s DOWN succeeded.
    Result<int> recordRollback(const QString &version, qint64 executionMs = 0,
                               const HistoryTableChoice &choice = {}) const;
    // The rows of a query, each as its columns joined by '|' (NULL for a null).
    QStringList rows(const QString &select) const;

private:
    MariaDbSandbox m_server;
    QTemporaryDir m_dir;
    QString m_database;
    QString m_folder;
};

} // namespace backstep::test
