#pragma once

#include <QString>

namespace backstep {

// What a statement does to the server, as far as running and resuming it needs to know.
enum class StatementKind {
    // Changes only the connection's own state (SET [SESSION] x, SET NAMES, USE): lost
    // with the connection, so a resumed run applies these again on its new one.
    Session,
    // START TRANSACTION, BEGIN, COMMIT, ROLLBACK, SAVEPOINT, ... of the migration itself.
    Transaction,
    // INSERT, UPDATE, DELETE, REPLACE, SELECT, ...: transactional on InnoDB, so Backstep
    // commits each together with its own progress row.
    Data,
    // CREATE, ALTER, DROP, RENAME, TRUNCATE, ...: MySQL commits these implicitly.
    Schema,
    // CALL, DO, a global SET, GRANT, ...: may do anything.
    Other,
};

QString statementKindName(StatementKind kind); // "session", "transaction", "data", ...
// The kind in the reader's language, for the window; statementKindName() for machines.
QString statementKindLabel(StatementKind kind);

// The kind of one statement as the splitter yields it (comments removed, executable
// comments kept): decided by its leading keywords, case-insensitively.
StatementKind classifyStatement(const QString &sql);

// True when MySQL/MariaDB commit any open transaction before running the statement (DDL,
// LOCK TABLES, ...): such a statement cannot be undone by ROLLBACK.
bool causesImplicitCommit(const QString &sql);

} // namespace backstep
