#include "core/statementimpact.h"

#include "core/impactanalyzer.h"

#include <algorithm>

namespace backstep {

namespace impact {

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

void appendUnique(QList<QPair<QString, QString>> &list, const QString &table, const QString &name)
{
    const QPair<QString, QString> pair{table, name};
    if (!table.isEmpty() && !name.isEmpty() && !list.contains(pair))
        list.append(pair);
}

bool endsReference(const QString &upper)
{
    return isOneOf(upper,
                   {u"WHERE",  u"JOIN",      u"INNER",         u"LEFT",   u"RIGHT",  u"OUTER",
                    u"CROSS",  u"NATURAL",   u"STRAIGHT_JOIN", u"FULL",   u"ON",     u"USING",
                    u"GROUP",  u"ORDER",     u"LIMIT",         u"HAVING", u"WINDOW", u"UNION",
                    u"EXCEPT", u"INTERSECT", u"MINUS",         u"FOR",    u"LOCK",   u"SET",
                    u"INTO",   u"PARTITION", u"USE",           u"IGNORE", u"FORCE",  u"RETURNING",
                    u"OFFSET", u"FETCH",     u"PROCEDURE",     u"WITH",   u"SELECT", u"VALUES",
                    u"READ",   u"WRITE",     u"LOW_PRIORITY",  u"AS",     u"WAIT",   u"NOWAIT",
                    u"VALUE",  u"ROWS",      u"DEFAULT"});
}

StatementImpact ImpactAnalyzer::run(const QString &sql)
{
    m_impact.kind = classifyStatement(sql);
    m_impact.implicitCommit = causesImplicitCommit(sql);
    dispatch(0);
    for (const QString &cte : std::as_const(m_cteNames))
        m_impact.touchedTables.removeAll(cte);
    m_notes.removeDuplicates();
    m_impact.note = m_notes.join(QStringLiteral("; "));
    return m_impact;
}

// Every table named after FROM or JOIN, at the top level or in a subquery, with its
// alias. FROM inside a function call (EXTRACT(YEAR FROM d)) names no table.
void ImpactAnalyzer::scanReferences(qsizetype from)
{
    QList<bool> subquery; // one per open parenthesis
    for (qsizetype k = from; k < size(); ++k) {
        if (isPunct(k, u'(')) {
            subquery.append(isOneOf(upperAt(k + 1), {u"SELECT", u"WITH"}));
            continue;
        }
        if (isPunct(k, u')')) {
            if (!subquery.isEmpty())
                subquery.removeLast();
            continue;
        }
        if (!subquery.isEmpty() && !subquery.last())
            continue;
        qsizetype i = k + 1;
        if (isWord(k, u"FROM"))
            m_references += readTableList(i);
        else if (isWord(k, u"JOIN") || isWord(k, u"STRAIGHT_JOIN"))
            readReference(i, m_references);
    }
    for (const Reference &reference : std::as_const(m_references))
        touch(reference.table);
}

// FOREIGN KEY ... REFERENCES parent: adding the key locks the parent table too.
void ImpactAnalyzer::touchReferencedTables(qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to; ++k)
        if (isWord(k, u"REFERENCES")) {
            qsizetype i = k + 1;
            touch(readName(i));
        }
}

void ImpactAnalyzer::dispatch(qsizetype i)
{
    const QString verb = upperAt(i);
    if (verb == u"WITH")
        withClause(i + 1);
    else if (verb == u"DROP")
        drop(i + 1);
    else if (verb == u"CREATE")
        create(i + 1);
    else if (verb == u"ALTER")
        alter(i + 1);
    else if (verb == u"RENAME")
        rename(i + 1);
    else if (verb == u"TRUNCATE")
        truncate(i + 1);
    else if (verb == u"DELETE")
        deleteRows(i + 1);
    else if (verb == u"UPDATE")
        update(i + 1);
    else if (verb == u"INSERT" || verb == u"REPLACE")
        insert(i + 1, verb == u"REPLACE");
    else if (verb == u"SELECT" || verb == u"TABLE" || verb == u"VALUES")
        select(i);
    else if (verb == u"LOCK")
        lockTables(i + 1);
    else if (isOneOf(verb, {u"OPTIMIZE", u"ANALYZE", u"CHECK", u"REPAIR"}))
        maintenance(i + 1, verb == u"OPTIMIZE");
    else if (verb == u"CALL")
        call(i + 1);
    else if (verb == u"SET" && isWord(i + 1, u"STATEMENT")) {
        // SET STATEMENT var=value FOR statement: the statement after FOR.
        for (qsizetype k = i + 2; k < size(); ++k)
            if (m_t.at(k).depth == 0 && isWord(k, u"FOR")) {
                dispatch(k + 1);
                break;
            }
    }
}

// WITH [RECURSIVE] name [(columns)] AS (query), ... then the statement they serve.
void ImpactAnalyzer::withClause(qsizetype i)
{
    if (isWord(i, u"RECURSIVE"))
        ++i;
    for (;;) {
        const QString name = readName(i);
        if (name.isEmpty())
            return;
        m_cteNames.append(name);
        i = skipGroup(i);
        if (!isWord(i, u"AS"))
            return;
        i = skipGroup(i + 1);
        if (!isPunct(i, u','))
            break;
        ++i;
    }
    scanReferences(i);
    dispatch(i);
}

void ImpactAnalyzer::deleteRows(qsizetype i)
{
    skipWords(i, {u"LOW_PRIORITY", u"QUICK", u"IGNORE"});
    QStringList targets;
    if (isWord(i, u"FROM")) {
        ++i;
        const qsizetype listStart = i;
        targets = readNameList(i);
        if (isWord(i, u"USING")) { // DELETE FROM t1, t2 USING t1 JOIN t2 ...
            ++i;
            m_references += readTableList(i);
        } else { // DELETE FROM t [AS a] ...: one table
            i = listStart;
            m_references += readTableList(i);
            targets =
                m_references.isEmpty() ? QStringList() : QStringList{m_references.first().table};
        }
    } else { // DELETE t1, a2 FROM t1 JOIN t2 AS a2 ...
        targets = readNameList(i);
    }
    scanReferences(i);
    const bool where = hasTopLevelWord(i, u"WHERE");
    m_impact.deleteWithoutWhere = !where;
    for (const QString &target : std::as_const(targets)) {
        const QString table = resolveAlias(target);
        appendUnique(m_impact.deletedFromTables, table);
        touch(table);
    }
    const QString names = m_impact.deletedFromTables.join(QStringLiteral(", "));
    if (names.isEmpty())
        return;
    if (where)
        note(Tr::tr("deletes rows of %1").arg(names));
    else if (hasTopLevelWord(i, u"LIMIT"))
        note(Tr::tr("deletes rows of %1 (no WHERE, only a LIMIT)").arg(names));
    else
        note(Tr::tr("deletes every row of %1 (no WHERE)").arg(names));
}

void ImpactAnalyzer::update(qsizetype i)
{
    skipWords(i, {u"LOW_PRIORITY", u"IGNORE"});
    const QList<Reference> targets = readTableList(i);
    m_references += targets;
    scanReferences(i);
    QStringList names;
    for (const Reference &target : targets)
        appendUnique(names, target.table);
    if (names.isEmpty())
        return;
    if (hasTopLevelWord(i, u"WHERE"))
        note(Tr::tr("updates rows of %1").arg(names.join(QStringLiteral(", "))));
    else if (hasTopLevelWord(i, u"LIMIT"))
        note(Tr::tr("updates rows of %1 (no WHERE, only a LIMIT)")
                 .arg(names.join(QStringLiteral(", "))));
    else
        note(Tr::tr("updates every row of %1 (no WHERE)").arg(names.join(QStringLiteral(", "))));
}

void ImpactAnalyzer::insert(qsizetype i, bool replace)
{
    skipWords(i, {u"LOW_PRIORITY", u"DELAYED", u"HIGH_PRIORITY", u"IGNORE", u"INTO"});
    const QString table = readName(i);
    if (table.isEmpty())
        return;
    touch(table);
    scanReferences(i);
    note((replace ? Tr::tr("replaces rows in %1") : Tr::tr("inserts rows into %1")).arg(table));
}

void ImpactAnalyzer::select(qsizetype i)
{
    if (isWord(i, u"TABLE")) { // TABLE t: SELECT * FROM t
        qsizetype k = i + 1;
        touch(readName(k));
    }
    scanReferences(i);
    if (!m_impact.touchedTables.isEmpty())
        note(Tr::tr("reads %1").arg(m_impact.touchedTables.join(QStringLiteral(", "))));
}

void ImpactAnalyzer::lockTables(qsizetype i)
{
    if (!isWord(i, u"TABLES") && !isWord(i, u"TABLE"))
        return;
    ++i;
    QList<Reference> references;
    for (;;) {
        if (!readReference(i, references))
            break;
        while (i < size() && !isPunct(i, u','))
            ++i; // READ [LOCAL], [LOW_PRIORITY] WRITE [CONCURRENT]
        if (!isPunct(i, u','))
            break;
        ++i;
    }
    QStringList names;
    for (const Reference &reference : std::as_const(references)) {
        touch(reference.table);
        appendUnique(names, reference.table);
    }
    if (!names.isEmpty())
        note(Tr::tr("locks tables %1").arg(names.join(QStringLiteral(", "))));
}

void ImpactAnalyzer::maintenance(qsizetype i, bool optimize)
{
    skipWords(i, {u"NO_WRITE_TO_BINLOG", u"LOCAL"});
    if (!isWord(i, u"TABLE"))
        return;
    ++i;
    const QStringList tables = readNameList(i);
    for (const QString &table : tables) {
        touch(table);
        if (optimize)
            appendUnique(m_impact.rebuiltTables, table);
    }
    // InnoDB runs OPTIMIZE TABLE as ALTER TABLE ... FORCE: a full rebuild.
    if (optimize && !tables.isEmpty())
        note(Tr::tr("rebuilds %1 (OPTIMIZE TABLE)").arg(tables.join(QStringLiteral(", "))));
}

void ImpactAnalyzer::call(qsizetype i)
{
    const QString procedure = readName(i);
    if (!procedure.isEmpty())
        note(Tr::tr("calls procedure %1: what it changes is known only when it runs")
                 .arg(procedure));
}

} // namespace impact

StatementImpact analyzeStatement(const QString &sql)
{
    return impact::ImpactAnalyzer(sql).run(sql);
}

} // namespace backstep
