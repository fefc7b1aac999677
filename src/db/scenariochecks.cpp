#include "db/checksupport.h"
#include "db/databasesession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace backstep::checks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)
};

using Kind = ScenarioExpectation::Kind;

// Scenario checks: one per expectation.
class ScenarioChecker
{
public:
    explicit ScenarioChecker(Checker &checker)
        : m_c(checker)
    {}

    VerificationCheck check(const ScenarioExpectation &expectation)
    {
        QElapsedTimer timer;
        timer.start();
        VerificationCheck check;
        check.section = scenarioSection;
        switch (expectation.kind) {
        case Kind::JsonColumnValid:
            check = json(expectation);
            break;
        case Kind::ForeignKeyGone:
            check = foreignKeyGone(expectation);
            break;
        case Kind::IndexGone:
        case Kind::IndexPresent:
            check = index(expectation, expectation.kind == Kind::IndexPresent);
            break;
        case Kind::PartitioningRemoved:
            check = partitioning(expectation);
            break;
        }
        check.detail = check.detail + QStringLiteral(" — ") + expectation.why;
        check.durationMs = timer.elapsed();
        return check;
    }

private:
    VerificationCheck json(const ScenarioExpectation &e)
    {
        const TableName table = m_c.resolve(e.table);
        const QString column = m_c.quote(e.object);
        const QString sql =
            QStringLiteral("SELECT COALESCE(SUM(%1 IS NULL), 0), COALESCE(SUM(%1 IS NOT NULL AND "
                           "NOT JSON_VALID(%1)), 0) FROM %2")
                .arg(column, m_c.qualified(table));
        VerificationCheck check = started(
            scenarioSection, Tr::tr("JSON column %1.%2 restored").arg(table.name, e.object), sql);
        check.expected = QStringLiteral("0");
        const auto exists = m_c.columnExists(table, e.object);
        if (!exists || !exists.value()) {
            fail(check, exists ? Outcome::Failed : Outcome::Error,
                 exists ? Tr::tr("%1 has no column %2").arg(table.name, e.object) : exists.error());
            return check;
        }
        const auto rows = m_c.select(sql);
        if (!rows || rows->isEmpty()) {
            fail(check, Outcome::Error, rows ? Tr::tr("no count came back") : rows.error());
            return check;
        }
        const qint64 nulls = rows->first().value(0).toLongLong();
        const qint64 invalid = rows->first().value(1).toLongLong();
        check.actual = QString::number(nulls + invalid);
        if (nulls + invalid == 0) {
            check.detail =
                Tr::tr("every row of %1 holds valid JSON in %2").arg(table.name, e.object);
            return check;
        }
        fail(check, Outcome::Failed,
             // One multi-argument arg(): a name holding "%4" is never substituted.
             Tr::tr("%n row(s) of %1 hold NULL or invalid JSON in %2 (%3 NULL, %4 invalid)",
                    nullptr, int(qMin<qint64>(nulls + invalid, std::numeric_limits<int>::max())))
                 .arg(table.name, e.object, QString::number(nulls), QString::number(invalid)));
        return check;
    }

    VerificationCheck foreignKeyGone(const ScenarioExpectation &e)
    {
        const TableName table = m_c.resolve(e.table);
        const bool every = e.object.isEmpty();
        VerificationCheck check = started(scenarioSection,
                                          every ? Tr::tr("foreign keys of %1 gone").arg(table.name)
                                                : Tr::tr("foreign key %1 gone").arg(e.object),
                                          QString());
        check.expected = Tr::tr("none");
        if (m_c.sqlite()) {
            if (!every) {
                check.outcome = Outcome::Skipped;
                check.detail = Tr::tr("SQLite does not name its foreign keys");
                return check;
            }
            check.evidence =
                QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)");
            return gone(check, m_c.select(check.evidence, {table.name}),
                        Tr::tr("%1 has no foreign key").arg(table.name));
        }
        check.evidence = QStringLiteral("SELECT CONSTRAINT_NAME FROM "
                                        "information_schema.REFERENTIAL_CONSTRAINTS WHERE "
                                        "CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?");
        QVariantList binds{table.schema, table.name};
        if (!every) {
            check.evidence += QStringLiteral(" AND CONSTRAINT_NAME = ?");
            binds.append(e.object);
        }
        return gone(check, m_c.select(check.evidence, binds),
                    every ? Tr::tr("no foreign key of %1 remains").arg(table.name)
                          : Tr::tr("%1 no longer exists on %2").arg(e.object, table.name));
    }

    // Passed when `rows` is empty; else Failed listing the first column of each row.
    static VerificationCheck gone(VerificationCheck check, const Result<Rows> &rows,
                                  const QString &passed)
    {
        if (!rows) {
            fail(check, Outcome::Error, rows.error());
            return check;
        }
        QStringList names;
        for (const QVariantList &row : rows.value())
            names.append(row.value(0).toString());
        names.removeDuplicates();
        check.actual = names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "));
        if (names.isEmpty())
            check.detail = passed;
        else
            fail(check, Outcome::Failed, Tr::tr("still there: %1").arg(check.actual));
        return check;
    }

    VerificationCheck index(const ScenarioExpectation &e, bool present)
    {
        const TableName table = m_c.resolve(e.table);
        const QString what =
            e.table.isEmpty() ? e.object : Tr::tr("%1 on %2").arg(e.object, table.name);
        VerificationCheck check = started(scenarioSection,
                                          present ? Tr::tr("index %1 present").arg(what)
                                                  : Tr::tr("index %1 gone").arg(what),
                                          QString());
        QVariantList binds;
        if (m_c.sqlite()) {
            check.evidence = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                            "AND name = ?");
            binds = {e.object};
            if (!e.table.isEmpty()) {
                check.evidence += QStringLiteral(" AND tbl_name = ?");
                binds.append(table.name);
            }
        } else {
            check.evidence = QStringLiteral("SELECT DISTINCT INDEX_NAME FROM "
                                            "information_schema.STATISTICS WHERE TABLE_SCHEMA = ? "
                                            "AND INDEX_NAME = ?");
            binds = {table.schema, e.object};
            if (!e.table.isEmpty()) {
                check.evidence += QStringLiteral(" AND TABLE_NAME = ?");
                binds.append(table.name);
            }
        }
        const auto rows = m_c.select(check.evidence, binds);
        if (!present) {
            check.expected = Tr::tr("none");
            return gone(check, rows, Tr::tr("%1 no longer exists").arg(what));
        }
        check.expected = e.object;
        if (!rows) {
            fail(check, Outcome::Error, rows.error());
        } else if (rows->isEmpty()) {
            check.actual = Tr::tr("none");
            fail(check, Outcome::Failed, Tr::tr("index %1 is missing").arg(what));
        } else {
            check.actual = e.object;
            check.detail = Tr::tr("index %1 exists").arg(what);
        }
        return check;
    }

    VerificationCheck partitioning(const ScenarioExpectation &e)
    {
        const TableName table = m_c.resolve(e.table);
        VerificationCheck check = started(
            scenarioSection, Tr::tr("partitioning of %1 removed").arg(table.name), QString());
        if (m_c.sqlite()) {
            check.outcome = Outcome::Skipped;
            check.detail = Tr::tr("SQLite has no partitioning");
            return check;
        }
        const auto exists = m_c.tableExists(table);
        if (!exists || !exists.value()) {
            fail(check, exists ? Outcome::Failed : Outcome::Error,
                 exists ? Tr::tr("table %1 does not exist").arg(table.name) : exists.error());
            return check;
        }
        const QString partitionsSql =
            QStringLiteral("SELECT PARTITION_NAME FROM information_schema.PARTITIONS WHERE "
                           "TABLE_SCHEMA = ? AND TABLE_NAME = ? AND PARTITION_NAME IS NOT NULL "
                           "ORDER BY PARTITION_ORDINAL_POSITION");
        const QString indexesSql =
            QStringLiteral("SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE "
                           "TABLE_SCHEMA = ? AND TABLE_NAME = ? GROUP BY INDEX_NAME ORDER BY "
                           "INDEX_NAME <> 'PRIMARY', INDEX_NAME");
        check.evidence = partitionsSql + QStringLiteral(";\n") + indexesSql;
        check.expected = Tr::tr("no partitions; indexes present");
        const auto partitions = m_c.select(partitionsSql, {table.schema, table.name});
        const auto indexes = m_c.select(indexesSql, {table.schema, table.name});
        if (!partitions || !indexes) {
            fail(check, Outcome::Error, !partitions ? partitions.error() : indexes.error());
            return check;
        }
        QStringList partitionNames;
        for (const QVariantList &row : partitions.value())
            partitionNames.append(row.value(0).toString());
        QStringList indexNames;
        for (const QVariantList &row : indexes.value())
            indexNames.append(row.value(0).toString());
        check.actual =
            Tr::tr("partitions: %1; indexes: %2")
                .arg(partitionNames.isEmpty() ? Tr::tr("none")
                                              : partitionNames.join(QStringLiteral(", ")),
                     indexNames.isEmpty() ? Tr::tr("none") : indexNames.join(QStringLiteral(", ")));
        if (!partitionNames.isEmpty())
            fail(check, Outcome::Failed,
                 Tr::tr("%1 still has %n partition(s): %2", nullptr, int(partitionNames.size()))
                     .arg(table.name, partitionNames.join(QStringLiteral(", "))));
        else if (indexNames.isEmpty())
            fail(check, Outcome::Failed,
                 Tr::tr("%1 has no index left, not even a primary key").arg(table.name));
        else
            check.detail = Tr::tr("%1 is one partition again, with its indexes %2")
                               .arg(table.name, indexNames.join(QStringLiteral(", ")));
        return check;
    }

    Checker &m_c;
};

} // namespace

VerificationCheck scenarioCheck(Checker &checker, const ScenarioExpectation &expectation)
{
    return ScenarioChecker(checker).check(expectation);
}

} // namespace backstep::checks
