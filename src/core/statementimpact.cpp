#include "core/statementimpact.h"

#include "core/sqltokens.h"

#include <QCoreApplication>

#include <algorithm>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StatementImpact)
};

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

// Words that end a table reference rather than name its alias.
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

// Reads one statement's tokens and fills a StatementImpact.
class Analyzer
{
public:
    explicit Analyzer(const QString &sql)
        : m_t(tokenizeSql(sql))
    {}

    StatementImpact run(const QString &sql)
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

private:
    struct Reference
    {
        QString table;
        QString alias;
    };

    qsizetype size() const { return m_t.size(); }
    bool isWord(qsizetype i, QStringView keyword) const
    {
        return i >= 0 && i < size() && m_t.at(i).type == SqlToken::Type::Word &&
               m_t.at(i).upper == keyword;
    }
    QString upperAt(qsizetype i) const
    {
        return i < size() && m_t.at(i).type == SqlToken::Type::Word ? m_t.at(i).upper : QString();
    }
    bool isName(qsizetype i) const
    {
        return i < size() && (m_t.at(i).type == SqlToken::Type::Word ||
                              m_t.at(i).type == SqlToken::Type::QuotedName);
    }
    bool isPunct(qsizetype i, char16_t c) const
    {
        return i < size() && m_t.at(i).type == SqlToken::Type::Punct && m_t.at(i).text.at(0) == c;
    }

    // [schema.]name at i, unquoted; empty when there is no name. Advances i past it.
    QString readName(qsizetype &i) const
    {
        if (!isName(i))
            return {};
        QString name = m_t.at(i).text;
        ++i;
        while (isPunct(i, u'.') && isName(i + 1)) {
            name += u'.' + m_t.at(i + 1).text;
            i += 2;
        }
        return name;
    }
    void skipIfExists(qsizetype &i) const
    {
        if (isWord(i, u"IF") && isWord(i + 1, u"EXISTS"))
            i += 2;
        else if (isWord(i, u"IF") && isWord(i + 1, u"NOT") && isWord(i + 2, u"EXISTS"))
            i += 3;
    }
    void skipWords(qsizetype &i, std::initializer_list<const char16_t *> words) const
    {
        while (i < size() && m_t.at(i).type == SqlToken::Type::Word &&
               isOneOf(m_t.at(i).upper, words))
            ++i;
    }
    // Past the parenthesised group that starts at i ('(' there), or i itself.
    qsizetype skipGroup(qsizetype i) const
    {
        if (!isPunct(i, u'('))
            return i;
        const int depth = m_t.at(i).depth;
        for (qsizetype k = i + 1; k < size(); ++k)
            if (isPunct(k, u')') && m_t.at(k).depth == depth)
                return k + 1;
        return size();
    }
    // A comma-separated list of names (`a, b.c, d.*`).
    QStringList readNameList(qsizetype &i) const
    {
        QStringList names;
        for (;;) {
            const QString name = readName(i);
            if (name.isEmpty())
                break;
            names.append(name);
            if (isPunct(i, u'.') && isPunct(i + 1, u'*')) // DELETE t.* FROM ...
                i += 2;
            if (!isPunct(i, u','))
                break;
            ++i;
        }
        return names;
    }
    QString readAlias(qsizetype &i) const
    {
        if (isWord(i, u"AS")) {
            ++i;
            return isName(i) ? m_t.at(i++).text : QString();
        }
        if (!isName(i) ||
            (m_t.at(i).type == SqlToken::Type::Word && endsReference(m_t.at(i).upper)))
            return {};
        return m_t.at(i++).text;
    }
    // One table reference: name [PARTITION (...)] [AS] [alias] [index hints].
    bool readReference(qsizetype &i, QList<Reference> &references) const
    {
        if (isPunct(i, u'(')) { // a derived table, read by the scan of its own SELECT
            i = skipGroup(i);
            readAlias(i);
            return true;
        }
        Reference reference;
        reference.table = readName(i);
        if (reference.table.isEmpty() || reference.table.compare(u"DUAL", Qt::CaseInsensitive) == 0)
            return false;
        if (isPunct(i, u'(')) { // a table function (JSON_TABLE, json_each): no table
            i = skipGroup(i);
            readAlias(i);
            return true;
        }
        if (isWord(i, u"PARTITION"))
            i = skipGroup(i + 1);
        reference.alias = readAlias(i);
        while (isOneOf(upperAt(i), {u"USE", u"IGNORE", u"FORCE"}) &&
               isOneOf(upperAt(i + 1), {u"INDEX", u"KEY"})) {
            i += 2;
            if (isWord(i, u"FOR")) {
                i += 2;
                if (isWord(i, u"BY"))
                    ++i;
            }
            i = skipGroup(i);
        }
        references.append(reference);
        return true;
    }
    QList<Reference> readTableList(qsizetype &i) const
    {
        QList<Reference> references;
        while (readReference(i, references) && isPunct(i, u','))
            ++i;
        return references;
    }

    void touch(const QString &table) { appendUnique(m_impact.touchedTables, table); }
    void note(const QString &text) { m_notes.append(text); }

    // Every table named after FROM or JOIN, at the top level or in a subquery, with its
    // alias. FROM inside a function call (EXTRACT(YEAR FROM d)) names no table.
    void scanReferences(qsizetype from)
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
    QString resolveAlias(const QString &name) const
    {
        for (const Reference &reference : m_references)
            if (reference.alias.compare(name, Qt::CaseInsensitive) == 0)
                return reference.table;
        return name;
    }
    // FOREIGN KEY ... REFERENCES parent: adding the key locks the parent table too.
    void touchReferencedTables(qsizetype from, qsizetype to)
    {
        for (qsizetype k = from; k < to; ++k)
            if (isWord(k, u"REFERENCES")) {
                qsizetype i = k + 1;
                touch(readName(i));
            }
    }
    bool hasTopLevelWord(qsizetype from, QStringView keyword) const
    {
        for (qsizetype k = from; k < size(); ++k)
            if (m_t.at(k).depth == 0 && isWord(k, keyword))
                return true;
        return false;
    }

    void dispatch(qsizetype i)
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
    void withClause(qsizetype i)
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

    void drop(qsizetype i)
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
                note(
                    Tr::tr("rebuilds %1 (copying ALTER: %2)").arg(table, Tr::tr("ALGORITHM=COPY")));
            }
        } else {
            dropOther(object, readName(i));
        }
    }
    void dropOther(const QString &object, const QString &name)
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
    bool algorithmIsCopy(qsizetype from) const
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

    void create(qsizetype i)
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
                note(
                    Tr::tr("rebuilds %1 (copying ALTER: %2)").arg(table, Tr::tr("ALGORITHM=COPY")));
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

    void alter(qsizetype i)
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

    void alterSpecification(const QString &table, qsizetype b, qsizetype e, QStringList &reasons)
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
                note(Tr::tr("exchanges partition %1 of %2 with table %3")
                         .arg(partition, table, other));
            }
        }
    }

    // name type ...: a JSON column is one the verification checks the rows of.
    void columnDefinition(const QString &table, qsizetype k)
    {
        const QString column = readName(k);
        if (!column.isEmpty() && isWord(k, u"JSON"))
            appendUnique(m_impact.jsonColumns, table, column);
    }
    // ADD [COLUMN] [IF NOT EXISTS] c type, ADD [COLUMN] (c type, ...), ADD INDEX i, ...
    void addSpecification(const QString &table, qsizetype k, qsizetype e)
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
    void addIndex(const QString &table, qsizetype k, const QString &fallback)
    {
        if (isWord(k, u"INDEX") || isWord(k, u"KEY"))
            ++k;
        skipIfExists(k);
        QString name;
        if (isName(k) && !isWord(k, u"USING"))
            name = readName(k);
        appendUnique(m_impact.createdIndexes, table, name.isEmpty() ? fallback : name);
    }

    void alterOther(qsizetype i)
    {
        // ALTER [ALGORITHM=...] [DEFINER=...] [SQL SECURITY ...] VIEW v AS ...
        for (; i < size() && m_t.at(i).depth == 0; ++i) {
            const QString object = upperAt(i);
            if (isOneOf(object, {u"VIEW", u"DATABASE", u"SCHEMA", u"EVENT", u"PROCEDURE",
                                 u"FUNCTION", u"SEQUENCE"})) {
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

    void rename(qsizetype i)
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

    void truncate(qsizetype i)
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

    void deleteRows(qsizetype i)
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
                targets = m_references.isEmpty() ? QStringList()
                                                 : QStringList{m_references.first().table};
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

    void update(qsizetype i)
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
            note(
                Tr::tr("updates every row of %1 (no WHERE)").arg(names.join(QStringLiteral(", "))));
    }

    void insert(qsizetype i, bool replace)
    {
        skipWords(i, {u"LOW_PRIORITY", u"DELAYED", u"HIGH_PRIORITY", u"IGNORE", u"INTO"});
        const QString table = readName(i);
        if (table.isEmpty())
            return;
        touch(table);
        scanReferences(i);
        note((replace ? Tr::tr("replaces rows in %1") : Tr::tr("inserts rows into %1")).arg(table));
    }

    void select(qsizetype i)
    {
        if (isWord(i, u"TABLE")) { // TABLE t: SELECT * FROM t
            qsizetype k = i + 1;
            touch(readName(k));
        }
        scanReferences(i);
        if (!m_impact.touchedTables.isEmpty())
            note(Tr::tr("reads %1").arg(m_impact.touchedTables.join(QStringLiteral(", "))));
    }

    void lockTables(qsizetype i)
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

    void maintenance(qsizetype i, bool optimize)
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

    void call(qsizetype i)
    {
        const QString procedure = readName(i);
        if (!procedure.isEmpty())
            note(Tr::tr("calls procedure %1: what it changes is known only when it runs")
                     .arg(procedure));
    }

    const QList<SqlToken> m_t;
    StatementImpact m_impact;
    QStringList m_notes;
    QStringList m_cteNames;
    QList<Reference> m_references;
};

} // namespace

StatementImpact analyzeStatement(const QString &sql)
{
    return Analyzer(sql).run(sql);
}

} // namespace backstep
