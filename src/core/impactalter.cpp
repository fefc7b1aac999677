// What ALTER statements do: dropped columns, indexes and keys, copying rebuilds, renames,
// JSON columns and indexes added (see impactanalyzer.h).
#include "core/impactanalyzer.h"

#include <algorithm>

namespace backstep::impact {

void ImpactAnalyzer::alter(qsizetype i)
{
    skipWords(i, {u"ONLINE", u"IGNORE"});
    if (!isWord(i, u"TABLE")) {
        alterOther(i);
        return;
    }
    ++i;
    skipIfExists(i);
    const QString table = readName(i);
    if (table.isEmpty())
        return;
    touch(table);
    if (isWord(i, u"WAIT"))
        i += 2;
    else if (isWord(i, u"NOWAIT"))
        ++i;

    // The specifications, split at top-level commas.
    QList<qsizetype> starts{i};
    for (qsizetype k = i; k < size(); ++k)
        if (m_t.at(k).depth == 0 && isPunct(k, u','))
            starts.append(k + 1);
    const qsizetype notesBefore = m_notes.size();
    QStringList reasons;
    QString algorithm;
    for (qsizetype s = 0; s < starts.size(); ++s) {
        const qsizetype end = s + 1 < starts.size() ? starts.at(s + 1) - 1 : size();
        alterSpecification(table, starts.at(s), end, reasons);
    }
    // Table options and partitioning follow one another without commas, so they are
    // looked for at every top-level position. ENGINE, ROW_FORMAT and ALGORITHM count
    // when they start a specification or have '=' after them, which a column named
    // "engine" never has.
    for (qsizetype k = i; k < size(); ++k) {
        if (m_t.at(k).depth != 0 || m_t.at(k).type != SqlToken::Type::Word)
            continue;
        const QString &word = m_t.at(k).upper;
        const bool option = starts.contains(k) || isPunct(k + 1, u'=');
        if (word == u"REMOVE" && isWord(k + 1, u"PARTITIONING"))
            appendUnique(m_impact.departitionedTables, table);
        if (word == u"ALGORITHM" && option)
            algorithm = upperAt(isPunct(k + 1, u'=') ? k + 2 : k + 1);
        else if (word == u"ENGINE" && option)
            appendUnique(reasons, Tr::tr("ENGINE change"));
        else if (word == u"ROW_FORMAT" && option)
            appendUnique(reasons, Tr::tr("ROW_FORMAT change"));
        else if (word == u"FORCE")
            appendUnique(reasons, Tr::tr("FORCE"));
        else if ((word == u"PARTITION" && isWord(k + 1, u"BY")) ||
                 (word == u"REMOVE" && isWord(k + 1, u"PARTITIONING")) ||
                 (isOneOf(word, {u"COALESCE", u"REORGANIZE"}) && isWord(k + 1, u"PARTITION")))
            appendUnique(reasons, Tr::tr("repartitioning"));
    }
    // MariaDB 10.4+ drops a column instantly (MDEV-15562; the default
    // innodb_instant_alter_column_allowed=add_drop_reorder), and an ALGORITHM clause
    // other than COPY only sets the least efficient algorithm allowed. So DROP COLUMN
    // alone is no rebuild unless ALGORITHM=COPY asks for one; MySQL 8.0.29+ agrees.
    // ALGORITHM=INSTANT or NOCOPY makes the server refuse a rebuild with an error.
    if (algorithm == u"COPY")
        reasons.prepend(Tr::tr("ALGORITHM=COPY"));
    if (!reasons.isEmpty() && algorithm != u"INSTANT" && algorithm != u"NOCOPY") {
        appendUnique(m_impact.rebuiltTables, table);
        note(Tr::tr("rebuilds %1 (copying ALTER: %2)")
                 .arg(table, reasons.join(QStringLiteral(", "))));
    }
    if (m_notes.size() == notesBefore)
        note(Tr::tr("alters table %1").arg(table));
}

void ImpactAnalyzer::alterSpecification(const QString &table, qsizetype b, qsizetype e,
                                        QStringList &reasons)
{
    const QString verb = upperAt(b);
    qsizetype k = b + 1;
    if (verb == u"DROP") {
        const QString what = upperAt(k);
        if (what == u"PRIMARY" && isWord(k + 1, u"KEY")) {
            appendUnique(m_impact.droppedIndexes, table, QStringLiteral("PRIMARY"));
            appendUnique(reasons, Tr::tr("primary key dropped"));
            note(Tr::tr("drops the primary key of %1").arg(table));
        } else if (what == u"INDEX" || what == u"KEY") {
            ++k;
            skipIfExists(k);
            const QString index = readName(k);
            appendUnique(m_impact.droppedIndexes, table, index);
            if (index.compare(u"PRIMARY", Qt::CaseInsensitive) == 0)
                appendUnique(reasons, Tr::tr("primary key dropped"));
            note(Tr::tr("drops index %1 on %2").arg(index, table));
        } else if (what == u"FOREIGN" && isWord(k + 1, u"KEY")) {
            k += 2;
            skipIfExists(k);
            const QString key = readName(k);
            appendUnique(m_impact.droppedForeignKeys, table, key);
            note(Tr::tr("drops foreign key %1 on %2").arg(key, table));
        } else if (what == u"CONSTRAINT" || what == u"CHECK") {
            ++k;
            skipIfExists(k);
            note(Tr::tr("drops constraint %1 on %2").arg(readName(k), table));
        } else if (what == u"PARTITION") {
            ++k;
            skipIfExists(k);
            note(Tr::tr("drops partition %1 of %2 and the rows in it")
                     .arg(readNameList(k).join(QStringLiteral(", ")), table));
        } else if (what == u"SYSTEM" && isWord(k + 1, u"VERSIONING")) {
            note(Tr::tr("drops system versioning of %1 and its row history").arg(table));
        } else if (what != u"PERIOD") {
            if (what == u"COLUMN")
                ++k;
            skipIfExists(k);
            const QString column = readName(k);
            appendUnique(m_impact.droppedColumns, table, column);
            if (!column.isEmpty())
                note(Tr::tr("drops column %1 from %2").arg(column, table));
        }
    } else if (verb == u"ADD") {
        touchReferencedTables(k, e);
        addSpecification(table, k, e);
        for (; k + 1 < e; ++k)
            if (m_t.at(k).depth == 0 && isWord(k, u"PRIMARY") && isWord(k + 1, u"KEY"))
                appendUnique(reasons, Tr::tr("new primary key"));
    } else if (verb == u"MODIFY" || verb == u"CHANGE") {
        appendUnique(reasons, Tr::tr("MODIFY/CHANGE may change a column's type"));
        qsizetype c = isWord(k, u"COLUMN") ? k + 1 : k;
        skipIfExists(c);
        if (verb == u"CHANGE")
            readName(c);
        columnDefinition(table, c);
        for (; k + 1 < e; ++k)
            if (m_t.at(k).depth == 0 && isWord(k, u"PRIMARY") && isWord(k + 1, u"KEY"))
                appendUnique(reasons, Tr::tr("new primary key"));
    } else if (verb == u"CONVERT" && isWord(k, u"TO")) {
        appendUnique(reasons, Tr::tr("CONVERT TO CHARACTER SET"));
    } else if (verb == u"RENAME") {
        if (isOneOf(upperAt(k), {u"COLUMN", u"INDEX", u"KEY"}))
            return;
        skipWords(k, {u"TO", u"AS"});
        const QString to = readName(k);
        touch(to);
        appendUnique(m_impact.renamedTables, table, to);
        if (!to.isEmpty())
            note(Tr::tr("renames %1 to %2").arg(table, to));
    } else if (verb == u"TRUNCATE" && isWord(k, u"PARTITION")) {
        ++k;
        note(Tr::tr("empties partition %1 of %2")
                 .arg(readNameList(k).join(QStringLiteral(", ")), table));
    } else if (verb == u"EXCHANGE" && isWord(k, u"PARTITION")) {
        ++k;
        const QString partition = readName(k);
        if (isWord(k, u"WITH") && isWord(k + 1, u"TABLE")) {
            k += 2;
            const QString other = readName(k);
            touch(other);
            note(Tr::tr("exchanges partition %1 of %2 with table %3").arg(partition, table, other));
        }
    }
}

// name type ...: a JSON column is one the verification checks the rows of.
void ImpactAnalyzer::columnDefinition(const QString &table, qsizetype k)
{
    const QString column = readName(k);
    if (!column.isEmpty() && isWord(k, u"JSON"))
        appendUnique(m_impact.jsonColumns, table, column);
}

// ADD [COLUMN] [IF NOT EXISTS] c type, ADD [COLUMN] (c type, ...), ADD INDEX i, ...
void ImpactAnalyzer::addSpecification(const QString &table, qsizetype k, qsizetype e)
{
    if (isWord(k, u"CONSTRAINT")) {
        ++k;
        QString symbol;
        if (!isOneOf(upperAt(k), {u"PRIMARY", u"UNIQUE", u"FOREIGN", u"CHECK"}))
            symbol = readName(k);
        if (isWord(k, u"PRIMARY"))
            appendUnique(m_impact.createdIndexes, table, QStringLiteral("PRIMARY"));
        else if (isWord(k, u"UNIQUE"))
            addIndex(table, k + 1, symbol);
        return;
    }
    const QString what = upperAt(k);
    if (what == u"PRIMARY") {
        appendUnique(m_impact.createdIndexes, table, QStringLiteral("PRIMARY"));
        return;
    }
    if (isOneOf(what, {u"INDEX", u"KEY", u"UNIQUE", u"FULLTEXT", u"SPATIAL"})) {
        addIndex(table, what == u"INDEX" || what == u"KEY" ? k : k + 1, QString());
        return;
    }
    if (isOneOf(what, {u"FOREIGN", u"CHECK", u"PARTITION", u"PERIOD", u"SYSTEM"}))
        return;
    if (what == u"COLUMN")
        ++k;
    skipIfExists(k);
    if (!isPunct(k, u'(')) {
        columnDefinition(table, k);
        return;
    }
    const int depth = m_t.at(k).depth + 1;
    const qsizetype end = std::min(skipGroup(k), e);
    columnDefinition(table, k + 1);
    for (qsizetype c = k + 1; c < end; ++c)
        if (m_t.at(c).depth == depth && isPunct(c, u','))
            columnDefinition(table, c + 1);
}

// [INDEX|KEY] [IF NOT EXISTS] [name] (...): unnamed indexes are not recorded.
void ImpactAnalyzer::addIndex(const QString &table, qsizetype k, const QString &fallback)
{
    if (isWord(k, u"INDEX") || isWord(k, u"KEY"))
        ++k;
    skipIfExists(k);
    QString name;
    if (isName(k) && !isWord(k, u"USING"))
        name = readName(k);
    appendUnique(m_impact.createdIndexes, table, name.isEmpty() ? fallback : name);
}

void ImpactAnalyzer::alterOther(qsizetype i)
{
    // ALTER [ALGORITHM=...] [DEFINER=...] [SQL SECURITY ...] VIEW v AS ...
    for (; i < size() && m_t.at(i).depth == 0; ++i) {
        const QString object = upperAt(i);
        if (isOneOf(object, {u"VIEW", u"DATABASE", u"SCHEMA", u"EVENT", u"PROCEDURE", u"FUNCTION",
                             u"SEQUENCE"})) {
            ++i;
            skipIfExists(i);
            const QString name = readName(i);
            if (object == u"VIEW") {
                note(Tr::tr("changes view %1").arg(name));
                scanReferences(i);
            } else if (object == u"DATABASE" || object == u"SCHEMA") {
                note(Tr::tr("changes database %1").arg(name));
            }
            return;
        }
    }
}

} // namespace backstep::impact
