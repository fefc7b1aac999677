#include "db/datachecks.h"

#include "core/rollbackplan.h"
#include "core/statementsplitter.h"
#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "db/sql.h"
#include "db/targetevidence.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)
};

using Outcome = VerificationCheck::Outcome;
using Kind = ScenarioExpectation::Kind;
using Rows = QList<QVariantList>;

const QString dataSection = QStringLiteral("data");
const QString scenarioSection = QStringLiteral("scenario");
const QString assertionSection = QStringLiteral("assertion");

QString cellText(const QVariant &value)
{
    return value.isNull() ? QStringLiteral("NULL") : value.toString();
}

// A table as the plan names it, resolved against the session's database (the schema is
// empty on SQLite).
using TableName = sql::QualifiedName;

class Checker
{
public:
    explicit Checker(DatabaseSession &session)
        : m_session(session)
        , m_sqlite(session.spec().engine == ConnectionSpec::Engine::Sqlite)
        , m_schema(m_sqlite ? QString() : session.spec().database)
    {}

    bool sqlite() const { return m_sqlite; }

    // Up to `limit` rows (all when negative) of `sql` with `binds`.
    Result<Rows> select(const QString &sql, const QVariantList &binds = {}, int limit = -1)
    {
        QSqlQuery query(m_session.database());
        query.setForwardOnly(true);
        bool ok = false;
        if (binds.isEmpty()) {
            ok = query.exec(sql);
        } else {
            ok = query.prepare(sql);
            for (const QVariant &bind : binds)
                query.addBindValue(bind);
            ok = ok && query.exec();
        }
        if (!ok)
            return Error{query.lastError().text()};
        Rows rows;
        while ((limit < 0 || rows.size() < limit) && query.next()) {
            QVariantList row;
            for (int c = 0; c < query.record().count(); ++c)
                row.append(query.value(c));
            rows.append(row);
        }
        return rows;
    }

    QString quote(const QString &name) const { return sql::quoteIdentifier(dialect(), name); }
    QString qualified(const TableName &name) const { return name.quoted(dialect()); }
    sql::Dialect dialect() const { return m_sqlite ? sql::Dialect::Sqlite : sql::Dialect::MySql; }
    TableName resolve(const QString &written) const
    {
        const qsizetype dot = written.indexOf(u'.');
        if (m_sqlite || dot < 0)
            return {m_schema, written};
        return {written.left(dot), written.mid(dot + 1)};
    }
    // The name a table has in rowCounts(): unqualified in the session's database.
    QString countKey(const QString &written) const
    {
        const TableName name = resolve(written);
        if (!m_sqlite && name.schema.compare(m_schema, Qt::CaseInsensitive) != 0)
            return written;
        return name.name;
    }

    Result<bool> tableExists(const TableName &name)
    {
        const auto rows =
            m_sqlite ? select(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                             "name = ?"),
                              {name.name})
                     : select(QStringLiteral("SELECT 1 FROM information_schema.TABLES WHERE "
                                             "TABLE_SCHEMA = ? AND TABLE_NAME = ? AND TABLE_TYPE = "
                                             "'BASE TABLE'"),
                              {name.schema, name.name});
        if (!rows)
            return rows.failure();
        return !rows->isEmpty();
    }

    Result<bool> columnExists(const TableName &name, const QString &column)
    {
        const auto rows =
            m_sqlite ? select(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"),
                              {name.name, column})
                     : select(QStringLiteral("SELECT 1 FROM information_schema.COLUMNS WHERE "
                                             "TABLE_SCHEMA = ? AND TABLE_NAME = ? AND "
                                             "COLUMN_NAME = ?"),
                              {name.schema, name.name, column});
        if (!rows)
            return rows.failure();
        return !rows->isEmpty();
    }

    // The touched tables that exist, each once.
    QList<TableName> existingTables(const QStringList &touched, VerificationChecks &checks)
    {
        QList<TableName> tables;
        QStringList seen;
        for (const QString &written : touched) {
            const TableName name = resolve(written);
            const QString key = name.schema + u'.' + name.name;
            if (seen.contains(key, Qt::CaseInsensitive))
                continue;
            seen.append(key);
            const auto exists = tableExists(name);
            if (!exists) {
                VerificationCheck check;
                check.section = dataSection;
                check.name = Tr::tr("table %1").arg(written);
                check.outcome = Outcome::Error;
                check.detail =
                    Tr::tr("cannot tell whether %1 exists: %2").arg(written, exists.error());
                checks.append(check);
            } else if (exists.value()) {
                tables.append(name);
            }
        }
        return tables;
    }

    DatabaseSession &session() { return m_session; }
    const QString &schema() const { return m_schema; }

private:
    DatabaseSession &m_session;
    const bool m_sqlite;
    const QString m_schema;
};

VerificationCheck started(const QString &section, const QString &name, const QString &evidence)
{
    VerificationCheck check;
    check.section = section;
    check.name = name;
    check.evidence = evidence;
    return check;
}

void fail(VerificationCheck &check, Outcome outcome, const QString &detail)
{
    check.outcome = outcome;
    check.detail = detail;
}

// CHECK TABLE: the last "status" row must say OK; the other rows are shown.
VerificationCheck checkTable(Checker &checker, const TableName &table)
{
    QElapsedTimer timer;
    timer.start();
    const QString sql = QStringLiteral("CHECK TABLE %1").arg(checker.qualified(table));
    VerificationCheck check =
        started(dataSection, QStringLiteral("CHECK TABLE %1").arg(table.name), sql);
    check.expected = QStringLiteral("status OK");
    const auto rows = checker.select(sql);
    if (!rows) {
        fail(check, Outcome::Error, rows.error());
    } else {
        QString status;
        QStringList messages;
        for (const QVariantList &row : rows.value()) {
            const QString type = row.value(2).toString();
            const QString text = row.value(3).toString();
            if (type.compare(u"status", Qt::CaseInsensitive) == 0)
                status = text;
            messages.append(type + QStringLiteral(": ") + text);
        }
        check.actual = messages.join(u'\n');
        if (status.compare(u"OK", Qt::CaseInsensitive) == 0)
            check.detail = Tr::tr("%1 is sound").arg(table.name);
        else
            fail(check, Outcome::Failed,
                 Tr::tr("CHECK TABLE %1 reports: %2").arg(table.name, messages.join(u"; ")));
    }
    check.durationMs = timer.elapsed();
    return check;
}

struct ForeignKey
{
    QString name;
    TableName child;
    TableName parent;
    QStringList columns;
    QStringList referenced;
};

Result<QList<ForeignKey>> foreignKeys(Checker &checker)
{
    const auto rows = checker.select(
        QStringLiteral(
            "SELECT k.CONSTRAINT_NAME, k.TABLE_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, "
            "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME FROM "
            "information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS "
            "r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = "
            "k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = ? AND "
            "k.REFERENCED_TABLE_NAME IS NOT NULL ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, "
            "k.ORDINAL_POSITION"),
        {checker.schema()});
    if (!rows)
        return rows.failure();
    QList<ForeignKey> keys;
    for (const QVariantList &row : rows.value()) {
        const QString name = row.value(0).toString();
        const QString child = row.value(1).toString();
        if (keys.isEmpty() || keys.last().name != name || keys.last().child.name != child)
            keys.append({name,
                         {checker.schema(), child},
                         {row.value(3).toString(), row.value(4).toString()},
                         {},
                         {}});
        keys.last().columns.append(row.value(2).toString());
        keys.last().referenced.append(row.value(5).toString());
    }
    return keys;
}

bool sameTable(const TableName &a, const TableName &b)
{
    return a.name.compare(b.name, Qt::CaseInsensitive) == 0 &&
           a.schema.compare(b.schema, Qt::CaseInsensitive) == 0;
}

// Rows of the child whose key (no part NULL: MATCH SIMPLE) finds no row of the parent.
VerificationCheck orphans(Checker &checker, const ForeignKey &key)
{
    QElapsedTimer timer;
    timer.start();
    QStringList on;
    QStringList notNull;
    QStringList keyColumns;
    for (qsizetype i = 0; i < key.columns.size(); ++i) {
        on.append(QStringLiteral("p.%1 = c.%2")
                      .arg(checker.quote(key.referenced.at(i)), checker.quote(key.columns.at(i))));
        notNull.append(QStringLiteral("c.%1 IS NOT NULL").arg(checker.quote(key.columns.at(i))));
        keyColumns.append(QStringLiteral("c.") + checker.quote(key.columns.at(i)));
    }
    const QString from =
        QStringLiteral("FROM %1 c LEFT JOIN %2 p ON %3 WHERE p.%4 IS NULL AND %5")
            .arg(checker.qualified(key.child), checker.qualified(key.parent),
                 on.join(QStringLiteral(" AND ")), checker.quote(key.referenced.first()),
                 notNull.join(QStringLiteral(" AND ")));
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 %1 LIMIT %2) x")
                            .arg(from)
                            .arg(DataChecks::orphanLimit + 1);
    VerificationCheck check = started(dataSection, Tr::tr("orphans of %1").arg(key.name), sql);
    check.expected = QStringLiteral("0");
    const QString relation = Tr::tr("%1 (%2) -> %3 (%4)")
                                 .arg(key.child.name, key.columns.join(QStringLiteral(", ")),
                                      key.parent.name, key.referenced.join(QStringLiteral(", ")));
    const auto counted = checker.select(sql);
    if (!counted || counted->isEmpty()) {
        fail(check, Outcome::Error, counted ? Tr::tr("no count came back") : counted.error());
        check.durationMs = timer.elapsed();
        return check;
    }
    const qint64 count = counted->first().value(0).toLongLong();
    const QString counts = count > DataChecks::orphanLimit
                               ? Tr::tr("more than %1").arg(DataChecks::orphanLimit)
                               : QString::number(count);
    check.actual = counts;
    if (count == 0) {
        check.detail = Tr::tr("every row of %1 finds its %2 row (%3)")
                           .arg(key.child.name, key.parent.name, relation);
        check.durationMs = timer.elapsed();
        return check;
    }
    const QString sampleSql = QStringLiteral("SELECT DISTINCT %1 %2 LIMIT %3")
                                  .arg(keyColumns.join(QStringLiteral(", ")), from)
                                  .arg(DataChecks::sampleLimit);
    QStringList samples;
    if (const auto rows = checker.select(sampleSql)) {
        for (const QVariantList &row : rows.value()) {
            QStringList parts;
            for (qsizetype i = 0; i < row.size() && i < key.columns.size(); ++i)
                parts.append(key.columns.at(i) + u'=' + cellText(row.at(i)));
            samples.append(u'(' + parts.join(QStringLiteral(", ")) + u')');
        }
    }
    check.evidence += QStringLiteral(";\n") + sampleSql;
    check.actual = counts + QStringLiteral(": ") + samples.join(QStringLiteral(", "));
    fail(check, Outcome::Failed,
         Tr::tr("%1 rows of %2 reference no row of %3 through %4 (%5); e.g. %6")
             .arg(counts, key.child.name, key.parent.name, key.name, relation,
                  samples.join(QStringLiteral(", "))));
    check.durationMs = timer.elapsed();
    return check;
}

void mysqlDataChecks(Checker &checker, const QList<TableName> &tables, VerificationChecks &checks)
{
    for (const TableName &table : tables)
        checks.append(checkTable(checker, table));

    QElapsedTimer timer;
    timer.start();
    const auto keys = foreignKeys(checker);
    if (!keys) {
        VerificationCheck check = started(dataSection, Tr::tr("orphaned rows"), QString());
        fail(check, Outcome::Error, Tr::tr("cannot read the foreign keys: %1").arg(keys.error()));
        checks.append(check);
        return;
    }
    int checked = 0;
    for (const ForeignKey &key : keys.value()) {
        const bool touched = std::any_of(tables.begin(), tables.end(), [&](const TableName &t) {
            return sameTable(t, key.child) || sameTable(t, key.parent);
        });
        if (!touched)
            continue;
        checks.append(orphans(checker, key));
        ++checked;
    }
    if (checked == 0) {
        VerificationCheck check = started(dataSection, Tr::tr("orphaned rows"), QString());
        check.outcome = Outcome::Skipped;
        check.detail = Tr::tr("no foreign key leads from or to a table the rollback touched");
        check.durationMs = timer.elapsed();
        checks.append(check);
    }
}

void sqliteDataChecks(Checker &checker, const QList<TableName> &tables, VerificationChecks &checks)
{
    QElapsedTimer timer;
    timer.start();
    const QString integritySql = QStringLiteral("PRAGMA integrity_check");
    VerificationCheck integrity =
        started(dataSection, QStringLiteral("PRAGMA integrity_check"), integritySql);
    integrity.expected = QStringLiteral("ok");
    if (const auto rows = checker.select(integritySql, {}, 20); !rows) {
        fail(integrity, Outcome::Error, rows.error());
    } else {
        QStringList lines;
        for (const QVariantList &row : rows.value())
            lines.append(row.value(0).toString());
        integrity.actual = lines.join(u'\n');
        if (integrity.actual == u"ok")
            integrity.detail = Tr::tr("the database file is sound");
        else
            fail(integrity, Outcome::Failed,
                 Tr::tr("integrity_check reports: %1").arg(lines.first()));
    }
    integrity.durationMs = timer.elapsed();
    checks.append(integrity);

    for (const TableName &table : tables) {
        timer.restart();
        const QString sql =
            QStringLiteral("PRAGMA foreign_key_check(%1)").arg(checker.quote(table.name));
        VerificationCheck check =
            started(dataSection, Tr::tr("orphans of %1").arg(table.name), sql);
        check.expected = QStringLiteral("0");
        const auto rows = checker.select(sql, {}, DataChecks::orphanLimit + 1);
        if (!rows) {
            fail(check, Outcome::Error, rows.error());
        } else if (rows->isEmpty()) {
            check.actual = QStringLiteral("0");
            check.detail = Tr::tr("every foreign key of %1 finds its row").arg(table.name);
        } else {
            QStringList samples;
            for (qsizetype i = 0; i < rows->size() && i < DataChecks::sampleLimit; ++i)
                samples.append(
                    Tr::tr("rowid %1 -> %2")
                        .arg(cellText(rows->at(i).value(1)), rows->at(i).value(2).toString()));
            const QString count = rows->size() > DataChecks::orphanLimit
                                      ? Tr::tr("more than %1").arg(DataChecks::orphanLimit)
                                      : QString::number(rows->size());
            check.actual = count + QStringLiteral(": ") + samples.join(QStringLiteral(", "));
            fail(check, Outcome::Failed,
                 Tr::tr("%1 rows of %2 reference no row; e.g. %3")
                     .arg(count, table.name, samples.join(QStringLiteral(", "))));
        }
        check.durationMs = timer.elapsed();
        checks.append(check);
    }
}

VerificationCheck rowCountCheck(Checker &checker, const DataCheckRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    VerificationCheck check = started(dataSection, Tr::tr("row counts of the untouched tables"),
                                      QStringLiteral("SELECT COUNT(*) FROM <each table>"));
    if (request.rowCountsBefore.isEmpty()) {
        check.outcome = Outcome::Skipped;
        check.detail = Tr::tr("no row counts were taken before the rollback");
        return check;
    }
    QStringList excluded{TargetProgress::tableName()};
    for (const QString &table : request.touchedTables)
        excluded.append(checker.countKey(table));
    for (const QString &table : request.ignoredTables)
        excluded.append(checker.countKey(table));
    // Afterwards only the tables counted before, whatever their size now.
    QStringList counted;
    for (auto it = request.rowCountsBefore.cbegin(); it != request.rowCountsBefore.cend(); ++it)
        if (!excluded.contains(it.key(), Qt::CaseInsensitive))
            counted.append(it.key());
    const auto after = counted.isEmpty()
                           ? Result<QMap<QString, qint64>>(QMap<QString, qint64>())
                           : DatabaseInspector::tableRowCounts(
                                 checker.session(), checker.session().spec().database, -1, counted);
    if (!after) {
        fail(check, Outcome::Error, after.error());
        return check;
    }
    QStringList compared;
    QStringList changed;
    QStringList before;
    QStringList now;
    for (auto it = request.rowCountsBefore.cbegin(); it != request.rowCountsBefore.cend(); ++it) {
        if (excluded.contains(it.key(), Qt::CaseInsensitive))
            continue;
        compared.append(it.key());
        const auto found = after->constFind(it.key());
        if (found == after->cend()) {
            changed.append(
                Tr::tr("%1 (%2 rows before) no longer exists").arg(it.key()).arg(it.value()));
            before.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
            now.append(QStringLiteral("%1=missing").arg(it.key()));
        } else if (found.value() != it.value()) {
            changed.append(Tr::tr("%1: %2 rows before, %3 after")
                               .arg(it.key())
                               .arg(it.value())
                               .arg(found.value()));
            before.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
            now.append(QStringLiteral("%1=%2").arg(it.key()).arg(found.value()));
        }
    }
    check.durationMs = timer.elapsed();
    if (compared.isEmpty()) {
        check.outcome = Outcome::Skipped;
        check.detail = Tr::tr("the rollback touches every table");
        return check;
    }
    check.evidence = QStringLiteral("SELECT COUNT(*) FROM %1").arg(compared.join(u", "));
    if (changed.isEmpty()) {
        check.detail = Tr::tr("%n table(s) the rollback did not touch kept their row counts",
                              nullptr, int(compared.size()));
        check.expected = Tr::tr("unchanged");
        check.actual = Tr::tr("unchanged");
        return check;
    }
    check.expected = before.join(u'\n');
    check.actual = now.join(u'\n');
    fail(check, Outcome::Failed,
         Tr::tr("row counts changed in tables the rollback did not touch: %1")
             .arg(changed.join(QStringLiteral("; "))));
    return check;
}

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
             Tr::tr("%1 rows of %2 hold NULL or invalid JSON in %3 (%4 NULL, %5 invalid)")
                 .arg(nulls + invalid)
                 .arg(table.name, e.object)
                 .arg(nulls)
                 .arg(invalid));
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

// The assertion's result as text: columns joined by a tab, rows by a newline.
QString resultText(QSqlQuery &query, bool &truncated)
{
    QStringList lines;
    truncated = false;
    while (query.next()) {
        if (lines.size() >= DataChecks::assertionRowLimit) {
            truncated = true;
            break;
        }
        QStringList cells;
        for (int c = 0; c < query.record().count(); ++c)
            cells.append(cellText(query.value(c)));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n');
}

enum class Dialect { Sqlite, MariaDb, MySql };

VerificationCheck runAssertion(DatabaseSession &session, Dialect dialect,
                               const Assertion &assertion, int timeoutSeconds)
{
    QElapsedTimer timer;
    timer.start();
    VerificationCheck check = started(assertionSection, assertion.name, assertion.sql);
    check.expected = assertion.expected;
    const QString problem = assertionSqlProblem(assertion.sql);
    if (!problem.isEmpty()) {
        fail(check, Outcome::Error, Tr::tr("not run: %1").arg(problem));
        return check;
    }
    const bool sqlite = dialect == Dialect::Sqlite;
    const bool mariadb = dialect == Dialect::MariaDb;
    // As the client would send it: comments and the delimiter gone.
    QString sql = StatementSplitter::split(assertion.sql).statements.value(0).sql;
    QSqlQuery query(session.database());
    QString restore;
    if (mariadb) {
        sql = QStringLiteral("SET STATEMENT max_statement_time=%1 FOR %2")
                  .arg(timeoutSeconds)
                  .arg(sql);
    } else if (!sqlite) {
        // MySQL limits only SELECT statements, in milliseconds.
        if (query.exec(QStringLiteral("SELECT @@SESSION.max_execution_time")) && query.next()) {
            restore = QStringLiteral("SET SESSION max_execution_time = %1")
                          .arg(query.value(0).toLongLong());
            query.exec(QStringLiteral("SET SESSION max_execution_time = %1")
                           .arg(qint64(timeoutSeconds) * 1000));
        }
    }
    check.evidence = sql;
    const QString begin =
        sqlite ? QStringLiteral("BEGIN") : QStringLiteral("START TRANSACTION READ ONLY");
    if (!query.exec(begin)) {
        fail(check, Outcome::Error,
             Tr::tr("cannot start a transaction: %1").arg(query.lastError().text()));
        return check;
    }
    query.setForwardOnly(true);
    const bool ran = query.exec(sql);
    bool truncated = false;
    const QString actual = ran ? resultText(query, truncated) : QString();
    const QString serverError = ran ? QString() : query.lastError().text();
    query.finish();
    QSqlQuery cleanup(session.database());
    cleanup.exec(QStringLiteral("ROLLBACK"));
    if (!restore.isEmpty())
        cleanup.exec(restore);
    check.durationMs = timer.elapsed();
    if (!ran) {
        fail(check, Outcome::Error, Tr::tr("the server said: %1").arg(serverError));
        return check;
    }
    check.actual = truncated ? actual + QStringLiteral("\n…") : actual;
    if (!truncated && assertionMatches(assertion.expected, actual)) {
        check.detail = Tr::tr("the result is as expected");
        return check;
    }
    fail(check, Outcome::Failed,
         Tr::tr("expected \"%1\", got \"%2\"")
             .arg(assertion.expected.trimmed(), check.actual.trimmed()));
    return check;
}

} // namespace

DataCheckRequest DataChecks::request(const RollbackPlan &plan,
                                     const QMap<QString, qint64> &rowCountsBefore,
                                     const QStringList &ignoredTables)
{
    DataCheckRequest request;
    request.touchedTables = ScenarioDetector::touchedTables(plan);
    request.expectations = ScenarioDetector::detect(plan);
    request.rowCountsBefore = rowCountsBefore;
    request.ignoredTables = ignoredTables;
    return request;
}

Result<QMap<QString, qint64>> DataChecks::rowCounts(DatabaseSession &session)
{
    return DatabaseInspector::tableRowCounts(session, session.spec().database, countedRowLimit);
}

VerificationChecks DataChecks::run(DatabaseSession &session, const DataCheckRequest &request)
{
    Checker checker(session);
    VerificationChecks checks;
    const QList<TableName> tables = checker.existingTables(request.touchedTables, checks);
    if (checker.sqlite())
        sqliteDataChecks(checker, tables, checks);
    else
        mysqlDataChecks(checker, tables, checks);
    checks.append(rowCountCheck(checker, request));
    ScenarioChecker scenarios(checker);
    for (const ScenarioExpectation &expectation : request.expectations)
        checks.append(scenarios.check(expectation));
    return checks;
}

VerificationChecks DataChecks::runAssertions(DatabaseSession &session,
                                             const QList<Assertion> &assertions, int timeoutSeconds)
{
    Dialect dialect = Dialect::Sqlite;
    if (session.spec().engine != ConnectionSpec::Engine::Sqlite)
        dialect =
            session.serverVersion().startsWith(u"MariaDB") ? Dialect::MariaDb : Dialect::MySql;
    VerificationChecks checks;
    for (const Assertion &assertion : assertions)
        checks.append(runAssertion(session, dialect, assertion, timeoutSeconds));
    return checks;
}

} // namespace backstep
