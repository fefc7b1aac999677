// What CREATE, DROP, RENAME and TRUNCATE statements do (see impactanalyzer.h).
#include "core/impactanalyzer.h"

namespace backstep::impact {

void ImpactAnalyzer::drop(qsizetype i)
{
    const bool temporary = isWord(i, u"TEMPORARY");
    if (temporary)
        ++i;
    const QString object = upperAt(i);
    ++i;
    skipIfExists(i);
    if (object == u"TABLE" || object == u"TABLES") {
        const QStringList tables = readNameList(i);
        for (const QString &table : tables) {
            touch(table);
            // A temporary table belongs to the connection: dropping it loses nothing.
            if (!temporary)
                appendUnique(m_impact.droppedTables, table);
        }
        if (!tables.isEmpty())
            note((temporary ? Tr::tr("drops temporary table %1") : Tr::tr("drops table %1"))
                     .arg(tables.join(QStringLiteral(", "))));
    } else if (object == u"VIEW") {
        const QStringList views = readNameList(i);
        for (const QString &view : views)
            appendUnique(m_impact.droppedViews, view);
        if (!views.isEmpty())
            note(Tr::tr("drops view %1").arg(views.join(QStringLiteral(", "))));
    } else if (object == u"INDEX") {
        const QString index = readName(i);
        if (!isWord(i, u"ON")) { // SQLite: index names are unique in the database
            if (!index.isEmpty()) {
                m_impact.droppedIndexes.append({QString(), index});
                note(Tr::tr("drops index %1").arg(index));
            }
            return;
        }
        ++i;
        const QString table = readName(i);
        touch(table);
        appendUnique(m_impact.droppedIndexes, table, index);
        if (index.compare(u"PRIMARY", Qt::CaseInsensitive) == 0) {
            appendUnique(m_impact.rebuiltTables, table);
            note(Tr::tr("drops the primary key of %1 and rebuilds it").arg(table));
        } else {
            note(Tr::tr("drops index %1 on %2").arg(index, table));
        }
        if (algorithmIsCopy(i)) {
            appendUnique(m_impact.rebuiltTables, table);
            note(Tr::tr("rebuilds %1 (copying ALTER: %2)").arg(table, Tr::tr("ALGORITHM=COPY")));
        }
    } else {
        dropOther(object, readName(i));
    }
}

void ImpactAnalyzer::dropOther(const QString &object, const QString &name)
{
    if (name.isEmpty())
        return;
    if (object == u"TRIGGER")
        note(Tr::tr("drops trigger %1").arg(name));
    else if (object == u"PROCEDURE")
        note(Tr::tr("drops procedure %1").arg(name));
    else if (object == u"FUNCTION")
        note(Tr::tr("drops function %1").arg(name));
    else if (object == u"EVENT")
        note(Tr::tr("drops event %1").arg(name));
    else if (object == u"DATABASE" || object == u"SCHEMA")
        note(Tr::tr("drops database %1 and every table in it").arg(name));
    else if (object == u"SEQUENCE")
        note(Tr::tr("drops sequence %1").arg(name));
}

bool ImpactAnalyzer::algorithmIsCopy(qsizetype from) const
{
    for (qsizetype k = from; k < size(); ++k) {
        if (m_t.at(k).depth != 0 || !isWord(k, u"ALGORITHM"))
            continue;
        const qsizetype value = isPunct(k + 1, u'=') ? k + 2 : k + 1;
        if (isWord(value, u"COPY"))
            return true;
    }
    return false;
}

void ImpactAnalyzer::create(qsizetype i)
{
    const bool orReplace = isWord(i, u"OR") && isWord(i + 1, u"REPLACE");
    if (orReplace)
        i += 2;
    const bool temporary = isWord(i, u"TEMPORARY");
    // DEFINER=..., ALGORITHM=..., SQL SECURITY ..., UNIQUE, ... come before the object.
    QString object;
    for (; i < size() && m_t.at(i).depth == 0; ++i) {
        object = upperAt(i);
        if (isOneOf(object, {u"TABLE", u"INDEX", u"VIEW", u"TRIGGER", u"PROCEDURE", u"FUNCTION",
                             u"EVENT", u"DATABASE", u"SCHEMA", u"SEQUENCE", u"USER", u"ROLE",
                             u"SERVER", u"PACKAGE", u"TABLESPACE"}))
            break;
        object.clear();
    }
    ++i;
    skipIfExists(i);
    const QString name = readName(i);
    if (object.isEmpty() || name.isEmpty())
        return;
    if (object == u"TABLE") {
        touch(name);
        if (isWord(i, u"LIKE") || (isPunct(i, u'(') && isWord(i + 1, u"LIKE"))) {
            qsizetype like = isWord(i, u"LIKE") ? i + 1 : i + 2;
            touch(readName(like));
        }
        if (orReplace && !temporary) {
            appendUnique(m_impact.droppedTables, name);
            note(Tr::tr("replaces table %1 (the existing table and its rows are dropped)")
                     .arg(name));
        } else {
            note((temporary ? Tr::tr("creates temporary table %1") : Tr::tr("creates table %1"))
                     .arg(name));
        }
        touchReferencedTables(i, size());
        scanReferences(i);
    } else if (object == u"INDEX") {
        if (!isWord(i, u"ON"))
            return;
        ++i;
        const QString table = readName(i);
        touch(table);
        appendUnique(m_impact.createdIndexes, table, name);
        note(Tr::tr("creates index %1 on %2").arg(name, table));
        if (algorithmIsCopy(i)) {
            appendUnique(m_impact.rebuiltTables, table);
            note(Tr::tr("rebuilds %1 (copying ALTER: %2)").arg(table, Tr::tr("ALGORITHM=COPY")));
        }
    } else if (object == u"VIEW") {
        note(Tr::tr("creates view %1").arg(name));
        scanReferences(i);
    } else if (object == u"TRIGGER") {
        // Only the table: the body runs later, row by row, not now.
        for (; i < size(); ++i)
            if (m_t.at(i).depth == 0 && isWord(i, u"ON")) {
                ++i;
                const QString table = readName(i);
                touch(table);
                note(Tr::tr("creates trigger %1 on %2").arg(name, table));
                break;
            }
    } else if (object == u"PROCEDURE") {
        note(Tr::tr("creates procedure %1").arg(name));
    } else if (object == u"FUNCTION") {
        note(Tr::tr("creates function %1").arg(name));
    } else if (object == u"EVENT") {
        note(Tr::tr("creates event %1").arg(name));
    } else if (object == u"SEQUENCE") {
        note(Tr::tr("creates sequence %1").arg(name));
    } else if (object == u"DATABASE" || object == u"SCHEMA") {
        note(Tr::tr("creates database %1").arg(name));
    }
}

void ImpactAnalyzer::rename(qsizetype i)
{
    if (!isWord(i, u"TABLE") && !isWord(i, u"TABLES"))
        return;
    ++i;
    skipIfExists(i);
    QStringList pairs;
    for (;;) {
        const QString from = readName(i);
        if (from.isEmpty() || !isWord(i, u"TO"))
            break;
        ++i;
        const QString to = readName(i);
        touch(from);
        touch(to);
        appendUnique(m_impact.renamedTables, from, to);
        pairs.append(Tr::tr("%1 to %2").arg(from, to));
        if (isWord(i, u"WAIT"))
            i += 2;
        else if (isWord(i, u"NOWAIT"))
            ++i;
        if (!isPunct(i, u','))
            break;
        ++i;
    }
    if (!pairs.isEmpty())
        note(Tr::tr("renames %1").arg(pairs.join(QStringLiteral(", "))));
}

void ImpactAnalyzer::truncate(qsizetype i)
{
    if (isWord(i, u"TABLE"))
        ++i;
    const QString table = readName(i);
    if (table.isEmpty())
        return;
    touch(table);
    appendUnique(m_impact.truncatedTables, table);
    note(Tr::tr("empties table %1 (TRUNCATE)").arg(table));
}

} // namespace backstep::impact
