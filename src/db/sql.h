#pragma once

#include "core/connectionspec.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace backstep {

class DatabaseSession;

// The one place where names become SQL text. Names from a user, a file or a server are
// data: they are quoted here, and values are always bound, never pasted.
namespace sql {

// The SQL dialect of a target: MySQL and MariaDB quote names in backticks, SQLite in
// double quotes.
enum class Dialect { MySql, Sqlite };

Dialect dialectOf(const ConnectionSpec &spec);
Dialect dialectOf(DatabaseSession &session);
Dialect dialectOf(const QSqlDatabase &database);

// `name` as one identifier of the dialect, whatever it contains: the quote character is
// doubled inside (`a``b`, "a""b"). Never QSqlDriver::escapeIdentifier, which does not
// double backticks and splits names at dots.
QString quoteIdentifier(Dialect dialect, const QString &name);

// A table (or view, routine, ...) and the schema it lives in; an empty schema means the
// connection's own database (on SQLite, "main").
struct QualifiedName
{
    QString schema;
    QString name;

    // "schema.name" as a plan or a DBA writes it, split at the first dot; a name without
    // a dot lives in `defaultSchema`.
    static QualifiedName parse(const QString &text, const QString &defaultSchema = {});
    // `schema`.`name`, or `name` alone when there is no schema.
    QString quoted(Dialect dialect) const;
    // schema.name for messages (or name alone).
    QString display() const;
    friend bool operator==(const QualifiedName &, const QualifiedName &) = default;
};

// The base tables of the connection's own database, asked with bound values (never
// QSqlDatabase::tables() or record(): on MySQL they paste names into their SQL).
Result<QStringList> tableNames(QSqlDatabase &database);
// The columns of a table of the connection's own database, in order; empty when there is
// no such table.
Result<QStringList> columnNames(QSqlDatabase &database, const QString &table);

// "what failed (the statement): the server's reason": the message for a query that failed.
Error queryError(const QSqlQuery &query, const QString &what);

// A transaction on one connection that rolls back when it goes out of scope uncommitted,
// so that no early return or error path leaves it open.
class Transaction
{
public:
    // Immediate: SQLite's BEGIN IMMEDIATE, which takes the write lock at once (waiting for
    // it), so that what is read inside cannot be changed by another writer first.
    enum class Mode { Deferred, Immediate };
    explicit Transaction(QSqlDatabase &database, Mode mode = Mode::Deferred);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    // Rolls back now (nothing happens when it is not open).
    void rollback();
    bool open() const { return m_open; }

private:
    QSqlDatabase &m_database;
    Mode m_mode;
    bool m_open = false;
};

} // namespace sql
} // namespace backstep
