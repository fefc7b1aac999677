#pragma once

// The statement impact analysis's reader, shared by its parts (statementimpact.cpp: the
// token toolkit, DML and dispatch; impactddl.cpp: CREATE, DROP, RENAME, TRUNCATE;
// impactalter.cpp: ALTER TABLE and the other ALTERs). Internal to src/core.

#include "core/sqltokens.h"
#include "core/statementimpact.h"

#include <QCoreApplication>

namespace backstep::impact {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StatementImpact)
};

void appendUnique(QStringList &list, const QString &value);
void appendUnique(QList<QPair<QString, QString>> &list, const QString &table, const QString &name);
// Words that end a table reference rather than name its alias.
bool endsReference(const QString &upper);

// Reads one statement's tokens and fills a StatementImpact.
class ImpactAnalyzer
{
public:
    explicit ImpactAnalyzer(const QString &sql)
        : m_t(tokenizeSql(sql))
    {}

    StatementImpact run(const QString &sql);

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
    QString resolveAlias(const QString &name) const
    {
        for (const Reference &reference : m_references)
            if (reference.alias.compare(name, Qt::CaseInsensitive) == 0)
                return reference.table;
        return name;
    }
    bool hasTopLevelWord(qsizetype from, QStringView keyword) const
    {
        for (qsizetype k = from; k < size(); ++k)
            if (m_t.at(k).depth == 0 && isWord(k, keyword))
                return true;
        return false;
    }

    // statementimpact.cpp
    // Every table named after FROM or JOIN, at the top level or in a subquery, with its
    // alias. FROM inside a function call (EXTRACT(YEAR FROM d)) names no table.
    void scanReferences(qsizetype from);
    // FOREIGN KEY ... REFERENCES parent: adding the key locks the parent table too.
    void touchReferencedTables(qsizetype from, qsizetype to);
    void dispatch(qsizetype i);
    // WITH [RECURSIVE] name [(columns)] AS (query), ... then the statement they serve.
    void withClause(qsizetype i);
    void deleteRows(qsizetype i);
    void update(qsizetype i);
    void insert(qsizetype i, bool replace);
    void select(qsizetype i);
    void lockTables(qsizetype i);
    void maintenance(qsizetype i, bool optimize);
    void call(qsizetype i);

    // impactddl.cpp
    void drop(qsizetype i);
    void dropOther(const QString &object, const QString &name);
    bool algorithmIsCopy(qsizetype from) const;
    void create(qsizetype i);
    void rename(qsizetype i);
    void truncate(qsizetype i);

    // impactalter.cpp
    void alter(qsizetype i);
    void alterSpecification(const QString &table, qsizetype b, qsizetype e, QStringList &reasons);
    // name type ...: a JSON column is one the verification checks the rows of.
    void columnDefinition(const QString &table, qsizetype k);
    // ADD [COLUMN] [IF NOT EXISTS] c type, ADD [COLUMN] (c type, ...), ADD INDEX i, ...
    void addSpecification(const QString &table, qsizetype k, qsizetype e);
    // [INDEX|KEY] [IF NOT EXISTS] [name] (...): unnamed indexes are not recorded.
    void addIndex(const QString &table, qsizetype k, const QString &fallback);
    void alterOther(qsizetype i);

    const QList<SqlToken> m_t;
    StatementImpact m_impact;
    QStringList m_notes;
    QStringList m_cteNames;
    QList<Reference> m_references;
};

} // namespace backstep::impact
