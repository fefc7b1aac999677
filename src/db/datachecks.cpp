#include "db/datachecks.h"

#include "core/rollbackplan.h"
#include "db/checksupport.h"
#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "db/targetevidence.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace backstep {

using namespace checks;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)
};

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
    for (const ScenarioExpectation &expectation : request.expectations)
        checks.append(scenarioCheck(checker, expectation));
    return checks;
}

} // namespace backstep
