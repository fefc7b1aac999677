#pragma once

#include "core/result.h"
#include "core/scenariodetector.h"
#include "core/verificationcheck.h"
#include "db/sql.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace backstep {

class DatabaseSession;

// What the three kinds of post-rollback checks share (data checks, scenario checks,
// assertions): reading rows, resolving and quoting the plan's table names, and the shape
// of a check. Internal to src/db.
namespace checks {

using Outcome = VerificationCheck::Outcome;
using Rows = QList<QVariantList>;
// A table as the plan names it, resolved against the session's database (the schema is
// empty on SQLite).
using TableName = sql::QualifiedName;

inline const QString dataSection = QStringLiteral("data");
inline const QString scenarioSection = QStringLiteral("scenario");
inline const QString assertionSection = QStringLiteral("assertion");

// A value as a check shows it: NULL for SQL NULL.
QString cellText(const QVariant &value);

// A check with its section, name and evidence (the statement it ran), not yet decided.
VerificationCheck started(const QString &section, const QString &name, const QString &evidence);
void fail(VerificationCheck &check, Outcome outcome, const QString &detail);

class Checker
{
public:
    explicit Checker(DatabaseSession &session);

    bool sqlite() const { return m_sqlite; }
    sql::Dialect dialect() const { return m_sqlite ? sql::Dialect::Sqlite : sql::Dialect::MySql; }
    DatabaseSession &session() { return m_session; }
    const QString &schema() const { return m_schema; }

    // Up to `limit` rows (all when negative) of `statement` with `binds`.
    Result<Rows> select(const QString &statement, const QVariantList &binds = {}, int limit = -1);

    QString quote(const QString &name) const { return sql::quoteIdentifier(dialect(), name); }
    QString qualified(const TableName &name) const { return name.quoted(dialect()); }
    TableName resolve(const QString &written) const;
    // The name a table has in rowCounts(): unqualified in the session's database.
    QString countKey(const QString &written) const;
    Result<bool> tableExists(const TableName &name);
    Result<bool> columnExists(const TableName &name, const QString &column);
    // The touched tables that exist, each once; a table whose existence cannot be read is
    // an Error check in `checks`.
    QList<TableName> existingTables(const QStringList &touched, VerificationChecks &checks);

private:
    DatabaseSession &m_session;
    const bool m_sqlite;
    const QString m_schema;
};

// The playbook's scenario check for one expectation (JSON column restored, foreign keys
// and indexes gone, partitions merged with indexes present).
VerificationCheck scenarioCheck(Checker &checker, const ScenarioExpectation &expectation);

} // namespace checks
} // namespace backstep
