#include "db/checksumstatements.h"

#include "core/failpoint.h"
#include "db/databasesession.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace backstep::checksums {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TableChecksummer)
};

} // namespace

KeyType keyTypeOf(const QString &type)
{
    static const QStringList exact = {
        QStringLiteral("tinyint"),   QStringLiteral("smallint"), QStringLiteral("mediumint"),
        QStringLiteral("int"),       QStringLiteral("bigint"),   QStringLiteral("year"),
        QStringLiteral("char"),      QStringLiteral("varchar"),  QStringLiteral("binary"),
        QStringLiteral("varbinary"),
    };
    if (exact.contains(type))
        return KeyType::Exact;
    if (type == u"decimal")
        return KeyType::Decimal;
    if (type == u"date")
        return KeyType::Date;
    if (type == u"datetime" || type == u"timestamp")
        return KeyType::DateTime;
    if (type == u"time")
        return KeyType::Time;
    return KeyType::Unusable; // floating point, ENUM (sorted by index), BIT, text, ...
}

bool isInteger(const QString &type)
{
    static const QStringList integers = {QStringLiteral("tinyint"), QStringLiteral("smallint"),
                                         QStringLiteral("mediumint"), QStringLiteral("int"),
                                         QStringLiteral("bigint")};
    return integers.contains(type);
}

Result<void> Statements::prepare()
{
    // Whether the session answers at all: a failure here fails the snapshot, a failure
    // later is the error of one table.
    QSqlQuery query(m_session.database());
    if (!query.exec(QStringLiteral("SELECT 1")) || !query.next())
        return sql::queryError(query, Tr::tr("asking the server for checksums"));
    return {};
}

QString Statements::limited(const QString &select, qint64 capMs) const
{
    qint64 remaining = m_plan.deadline.remainingTime();
    if (remaining <= 0)
        return {};
    if (capMs > 0)
        remaining = std::min(remaining, capMs);
    Q_ASSERT(select.startsWith(QLatin1StringView("SELECT ")));
    if (m_plan.mariadb)
        return QStringLiteral("SET STATEMENT max_statement_time = %1 FOR ")
                   .arg(QString::number(double(remaining) / 1000.0, 'f', 3)) +
               select;
    // MySQL: the optimizer hint of the outermost SELECT (whole milliseconds, at least 1).
    return QStringLiteral("SELECT /*+ MAX_EXECUTION_TIME(%1) */")
               .arg(std::max<qint64>(remaining, 1)) +
           select.mid(6);
}

bool Statements::run(QSqlQuery &query, const QString &text, const QVariantList &binds)
{
    query.setForwardOnly(true);
    if (binds.isEmpty())
        return query.exec(text);
    if (!query.prepare(text))
        return false;
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    return query.exec();
}

void Statements::beforeRange()
{
    if (reach(Failpoint::ChecksumRange, m_connection) == FailAction::DropConnection)
        m_session.endConnection();
}

bool Statements::connectionLost()
{
    QSqlQuery query(m_session.database());
    return !query.exec(QStringLiteral("SELECT 1"));
}

bool Statements::timedOut(const QSqlError &error)
{
    // MariaDB ER_STATEMENT_TIMEOUT, MySQL ER_QUERY_TIMEOUT; a statement interrupted at the
    // limit is "not checked", never an error of the table.
    const QString code = error.nativeErrorCode();
    return code == u"1969" || code == u"3024" || code == u"1317";
}
Result<TableShape> Statements::shapeOf(const QString &table)
{
    TableShape shape;
    const QString schema = m_session.spec().database;
    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT COLUMN_NAME, IS_NULLABLE, LOWER(DATA_TYPE), NUMERIC_PRECISION, NUMERIC_SCALE "
        "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? "
        "ORDER BY ORDINAL_POSITION"));
    query.addBindValue(schema);
    query.addBindValue(table);
    if (!query.exec())
        return sql::queryError(query, Tr::tr("reading the columns of %1").arg(table));
    while (query.next())
        shape.columns.append({query.value(0).toString(), query.value(1).toString() == u"YES",
                              query.value(2).toString(), query.value(3).toInt(),
                              query.value(4).toInt()});
    if (shape.columns.isEmpty())
        return Error{Tr::tr("there is no table %1 in %2").arg(table, schema)};

    // Unique indexes, the primary key first; an index is usable when every column is
    // NOT NULL, whole (no prefix) and of a type whose order the server and a bound value
    // agree on.
    QSqlQuery keys(m_session.database());
    keys.setForwardOnly(true);
    keys.prepare(QStringLiteral(
        "SELECT INDEX_NAME, COLUMN_NAME, SUB_PART FROM information_schema.STATISTICS "
        "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND NON_UNIQUE = 0 "
        "ORDER BY INDEX_NAME <> 'PRIMARY', INDEX_NAME, SEQ_IN_INDEX"));
    keys.addBindValue(schema);
    keys.addBindValue(table);
    if (!keys.exec())
        return sql::queryError(keys, Tr::tr("reading the keys of %1").arg(table));
    QStringList order;
    QMap<QString, QList<Column>> indexes;
    QSet<QString> unusable;
    while (keys.next()) {
        const QString index = keys.value(0).toString();
        if (!order.contains(index))
            order.append(index);
        const QString name = keys.value(1).toString();
        const auto column = std::find_if(shape.columns.cbegin(), shape.columns.cend(),
                                         [&](const Column &c) { return c.name == name; });
        if (column == shape.columns.cend() || column->nullable || !keys.value(2).isNull() ||
            keyTypeOf(column->type) == KeyType::Unusable)
            unusable.insert(index);
        else
            indexes[index].append(*column);
    }
    for (const QString &index : std::as_const(order)) {
        if (!unusable.contains(index)) {
            shape.keyName = index;
            shape.key = indexes.value(index);
            return shape;
        }
    }
    shape.wholeTableReason =
        order.isEmpty() ? Tr::tr("no primary or unique key: checksummed whole")
                        : Tr::tr("no primary or unique key of NOT NULL columns whose order can "
                                 "be bound: checksummed whole");
    return shape;
}

QString Statements::rowChecksum(const TableShape &shape) const
{
    QStringList values;
    QStringList nullMarkers;
    for (const Column &column : shape.columns) {
        values.append(quote(column.name));
        if (column.nullable)
            nullMarkers.append(QStringLiteral("ISNULL(%1)").arg(quote(column.name)));
    }
    // CONCAT_WS skips NULLs: the markers tell NULL from an empty string, as in
    // pt-table-checksum.
    if (!nullMarkers.isEmpty())
        values.append(QStringLiteral("CONCAT(%1)").arg(nullMarkers.join(QStringLiteral(", "))));
    return QStringLiteral("CRC32(CONCAT_WS('#', %1))").arg(values.join(QStringLiteral(", ")));
}

QString Statements::aggregate(const QString &crc, bool window, qint64 rows) const
{
    if (m_plan.algorithm == ChecksumAlgorithm::BitXorCrc32)
        // A snapshot made before SUM (a resumed run): the same method again. MariaDB
        // 11.8's BIT_XOR as a window function sign-extends 32-bit values; the XOR of
        // CRC32s fits in 32 bits, so the mask makes it exact on both servers.
        return window ? QStringLiteral("(BIT_XOR(%1) OVER ()) & 4294967295").arg(crc)
                      : QStringLiteral("COALESCE(BIT_XOR(%1), 0)").arg(crc);
    if (rows < 0 || rows > exactDoubleRows)
        return window ? QStringLiteral("CAST(SUM(%1) OVER () AS CHAR)").arg(crc)
                      : QStringLiteral("CAST(COALESCE(SUM(%1), 0) AS CHAR)").arg(crc);
    return window ? QStringLiteral("CAST(CAST(SUM(CAST(%1 AS DOUBLE)) OVER () AS UNSIGNED) AS "
                                   "CHAR)")
                        .arg(crc)
                  : QStringLiteral("CAST(CAST(COALESCE(SUM(CAST(%1 AS DOUBLE)), 0) AS UNSIGNED) "
                                   "AS CHAR)")
                        .arg(crc);
}

QString Statements::placeholder(const Column &column) const
{
    switch (keyTypeOf(column.type)) {
    case KeyType::Decimal:
        return QStringLiteral("CAST(? AS DECIMAL(%1, %2))").arg(column.precision).arg(column.scale);
    case KeyType::Date:
        return QStringLiteral("CAST(? AS DATE)");
    case KeyType::DateTime:
        return QStringLiteral("CAST(? AS DATETIME(6))");
    case KeyType::Time:
        return QStringLiteral("CAST(? AS TIME(6))");
    default:
        return QStringLiteral("?");
    }
}

QString Statements::rangeCondition(const TableShape &shape, const KeyValues &bound, bool lower,
                                   QVariantList &binds) const
{
    // (k0 > v0) OR (k0 = v0 AND k1 > v1) OR ...: the key order, written so that the
    // server can use the index (pt-table-checksum writes it the same way).
    QStringList alternatives;
    for (int i = 0; i < shape.key.size(); ++i) {
        QStringList terms;
        for (int j = 0; j < i; ++j) {
            terms.append(QStringLiteral("%1 = %2").arg(quote(shape.key.at(j).name),
                                                       placeholder(shape.key.at(j))));
            binds.append(bound.at(j));
        }
        const bool last = i == shape.key.size() - 1;
        const QString op =
            lower ? QStringLiteral(">") : (last ? QStringLiteral("<=") : QStringLiteral("<"));
        terms.append(QStringLiteral("%1 %2 %3")
                         .arg(quote(shape.key.at(i).name), op, placeholder(shape.key.at(i))));
        binds.append(bound.at(i));
        alternatives.append(u'(' + terms.join(QStringLiteral(" AND ")) + u')');
    }
    return u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
}

TableChecksum Statements::nibble(TableChecksum result, const TableShape &shape)
{
    const QString qualified = sql::QualifiedName{{}, result.table}.quoted(sql::Dialect::MySql);

    if (shape.key.isEmpty()) {
        ChecksumChunk chunk;
        if (const QString text =
                limited(QStringLiteral("SELECT COUNT(*), %1 FROM %2")
                            .arg(aggregate(rowChecksum(shape), false, -1), qualified));
            !text.isEmpty()) {
            QSqlQuery query(m_session.database());
            if (query.exec(text) && query.next()) {
                chunk.rows = query.value(0).toLongLong();
                chunk.crc = query.value(1).toString();
                chunk.checked = true;
            } else if (!timedOut(query.lastError())) {
                result.error = sql::queryError(query, result.table).message;
            }
        }
        result.chunks.append(chunk);
        return result;
    }

    const bool oneColumn = shape.key.size() == 1;
    QStringList innerKeys;
    QStringList order;
    QStringList outerKeys;
    QStringList outerOrder;
    for (int i = 0; i < shape.key.size(); ++i) {
        const Column &column = shape.key.at(i);
        const QString alias = QStringLiteral("bs_k%1").arg(i);
        innerKeys.append(QStringLiteral("%1 AS %2").arg(quote(column.name), alias));
        order.append(quote(column.name));
        // Exact text for what a driver would round (DECIMAL as double, fractions of
        // seconds): the bound is bound back as text and CAST on the server.
        const bool exact = keyTypeOf(column.type) == KeyType::Exact;
        if (oneColumn)
            outerKeys.append(exact ? QStringLiteral("MAX(c.%1)").arg(alias)
                                   : QStringLiteral("CAST(MAX(c.%1) AS CHAR)").arg(alias));
        else
            outerKeys.append(exact ? QStringLiteral("c.") + alias
                                   : QStringLiteral("CAST(c.%1 AS CHAR)").arg(alias));
        outerOrder.append(QStringLiteral("c.%1 DESC").arg(alias));
    }
    // One pass: the next `rows` rows in key order, their count, checksum and last key. With
    // one key column the last key is its MAX (in the column's own collation, as ORDER BY),
    // so a plain aggregate over the derived table does; a composite key's last row needs
    // window functions and a sort of the chunk, which cost about twice the checksum itself.
    const QString pattern =
        oneColumn ? QStringLiteral("SELECT COUNT(*), ") +
                        aggregate(QStringLiteral("c.bs_crc"), false, m_plan.options.maxChunkRows) +
                        QStringLiteral(", %1 FROM (SELECT %2, %3 AS bs_crc FROM %4%5 ORDER BY %6 "
                                       "LIMIT %7) AS c")
                  : QStringLiteral("SELECT COUNT(*) OVER (), ") +
                        aggregate(QStringLiteral("c.bs_crc"), true, m_plan.options.maxChunkRows) +
                        QStringLiteral(", %1 FROM (SELECT %2, %3 AS bs_crc FROM %4%5 ORDER BY "
                                       "%6 LIMIT %7) AS c");
    const QString lastRow = oneColumn ? QString()
                                      : QStringLiteral(" ORDER BY ") +
                                            outerOrder.join(QStringLiteral(", ")) +
                                            QStringLiteral(" LIMIT 1");

    KeyValues lower;
    int rows = std::clamp(m_plan.options.firstChunkRows, m_plan.options.minChunkRows,
                          m_plan.options.maxChunkRows);
    for (;;) {
        ChecksumChunk chunk;
        chunk.lower = lower;
        QVariantList binds;
        const QString where =
            lower.isEmpty() ? QString()
                            : QStringLiteral(" WHERE ") + rangeCondition(shape, lower, true, binds);
        const QString text =
            limited(QString(pattern).arg(outerKeys.join(QStringLiteral(", ")),
                                         innerKeys.join(QStringLiteral(", ")), rowChecksum(shape),
                                         qualified, where, order.join(QStringLiteral(", ")),
                                         QString::number(rows)) +
                    lastRow);
        if (text.isEmpty()) {
            result.chunks.append(chunk); // the rest of the table: not checked
            break;
        }
        QSqlQuery query(m_session.database());
        QElapsedTimer took;
        took.start();
        if (!run(query, text, binds)) {
            if (!timedOut(query.lastError()))
                result.error = sql::queryError(query, result.table).message;
            result.chunks.append(chunk);
            break;
        }
        // Nothing above `lower` (no row, or a count of 0): the open end, empty.
        if (!query.next() || query.value(0).toLongLong() == 0) {
            chunk.crc = QStringLiteral("0");
            chunk.checked = true;
            result.chunks.append(chunk);
            break;
        }
        chunk.rows = query.value(0).toLongLong();
        chunk.crc = query.value(1).toString();
        chunk.checked = true;
        if (chunk.rows < rows) { // the last rows: the chunk stays open at its end
            result.chunks.append(chunk);
            break;
        }
        for (int i = 0; i < shape.key.size(); ++i)
            chunk.upper.append(query.value(2 + i));
        lower = chunk.upper;
        result.chunks.append(chunk);
        const qint64 ms = std::max<qint64>(took.elapsed(), 1);
        const qint64 next = qint64(rows) * m_plan.options.targetChunkMs / ms;
        rows = int(
            std::clamp<qint64>(next, std::max(rows / 2, m_plan.options.minChunkRows),
                               std::min<qint64>(qint64(rows) * 2, m_plan.options.maxChunkRows)));
    }
    return result;
}

Result<std::optional<std::pair<qint64, qint64>>> Statements::keyBounds(const TableShape &shape,
                                                                       const QString &qualified)
{
    const QString key = quote(shape.key.first().name);
    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    // As text: a BIGINT UNSIGNED above 2^63 - 1 then fails to convert, not wraps.
    const QString text =
        limited(QStringLiteral("SELECT CAST(MIN(%1) AS CHAR), CAST(MAX(%1) AS CHAR) FROM %2")
                    .arg(key, qualified));
    if (text.isEmpty())
        return Error{Tr::tr("no time left to read the key range of %1").arg(qualified)};
    if (!query.exec(text) || !query.next())
        return sql::queryError(query, Tr::tr("reading the key range of %1").arg(qualified));
    if (query.value(0).isNull())
        return std::optional<std::pair<qint64, qint64>>();
    bool minFits = false;
    bool maxFits = false;
    const qint64 min = query.value(0).toString().toLongLong(&minFits);
    const qint64 max = query.value(1).toString().toLongLong(&maxFits);
    if (!minFits || !maxFits)
        return Error{Tr::tr("the key of %1 has values beyond 64 signed bits").arg(qualified)};
    return std::optional(std::pair(min, max));
}

Result<std::optional<qint64>> Statements::firstKeyAbove(const TableShape &shape,
                                                        const QString &qualified, qint64 lower)
{
    const QString key = quote(shape.key.first().name);
    const QString text = limited(
        QStringLiteral("SELECT CAST(MIN(%1) AS CHAR) FROM %2 WHERE %1 > ?").arg(key, qualified));
    if (text.isEmpty())
        return Error{}; // the budget is spent: no message, nothing failed
    QSqlQuery query(m_session.database());
    if (!run(query, text, {lower}) || !query.next()) {
        if (timedOut(query.lastError()))
            return Error{};
        return sql::queryError(query, Tr::tr("reading the next key of %1").arg(qualified));
    }
    if (query.value(0).isNull())
        return std::optional<qint64>();
    bool fits = false;
    const qint64 next = query.value(0).toString().toLongLong(&fits);
    if (!fits) // written since the snapshot began, beyond 64 signed bits
        return Error{Tr::tr("the key of %1 has values beyond 64 signed bits").arg(qualified)};
    return std::optional(next);
}

Answers Statements::sum(const TableShape &shape, const QString &qualified,
                        const QList<Range> &ranges, qint64 capMs, bool exact)
{
    Answers answers;
    answers.chunks.resize(ranges.size());
    const QString checksum = aggregate(rowChecksum(shape), false, exact ? -1 : exactDoubleRows);
    QVariantList binds;
    QStringList selects;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        QStringList conditions;
        if (!ranges.at(i).lower.isEmpty())
            conditions.append(rangeCondition(shape, ranges.at(i).lower, true, binds));
        if (!ranges.at(i).upper.isEmpty())
            conditions.append(rangeCondition(shape, ranges.at(i).upper, false, binds));
        selects.append(
            QStringLiteral("SELECT %1, COUNT(*), %2 FROM %3%4")
                .arg(QString::number(i), checksum, qualified,
                     conditions.isEmpty()
                         ? QString()
                         : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))));
    }
    const QString text = limited(selects.join(QStringLiteral(" UNION ALL ")), capMs);
    if (text.isEmpty())
        return answers; // the budget is spent: not checked
    QSqlQuery query(m_session.database());
    qsizetype answered = 0;
    if (run(query, text, binds)) {
        while (query.next()) {
            const qsizetype at = query.value(0).toLongLong();
            if (at < 0 || at >= ranges.size())
                continue;
            answers.chunks[at] = {query.value(1).toLongLong(), query.value(2).toString(), true};
            ++answered;
        }
    }
    if (answered != ranges.size() && !timedOut(query.lastError()))
        answers.error = sql::queryError(query, qualified).message;
    if (exact || !answers.error.isEmpty())
        return answers;
    QList<qsizetype> large;
    QList<Range> again;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        if (answers.chunks.at(i).checked && answers.chunks.at(i).rows > exactDoubleRows) {
            large.append(i);
            again.append(ranges.at(i));
        }
    }
    if (large.isEmpty())
        return answers;
    const Answers exactly = sum(shape, qualified, again, capMs, true);
    for (qsizetype i = 0; i < large.size(); ++i)
        answers.chunks[large.at(i)] = exactly.chunks.at(i);
    answers.error = exactly.error;
    return answers;
}

} // namespace backstep::checksums
