#include "db/tablechecksummer.h"

#include "db/databasesession.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TableChecksummer)
};

struct Column
{
    QString name;
    bool nullable = false;
    QString type; // information_schema DATA_TYPE, lower case
    int precision = 0;
    int scale = 0;
};

enum class KeyType { Exact, Decimal, Date, DateTime, Time, Unusable };

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

struct TableShape
{
    QList<Column> columns;
    QString keyName;
    QList<Column> key;
    QString wholeTableReason;
};

class Checksummer
{
public:
    Checksummer(DatabaseSession &session, const TableChecksummer::Options &options,
                ChecksumAlgorithm algorithm)
        : m_session(session)
        , m_options(options)
        , m_algorithm(algorithm)
        , m_deadline(std::max<qint64>(options.budgetMs, 0))
        , m_mariadb(session.serverVersion().contains(u"MariaDB", Qt::CaseInsensitive))
    {
        m_timer.start();
    }

    Result<void> prepare();
    TableChecksum firstPass(const QString &table);
    TableChecksum secondPass(const TableChecksum &before);
    qint64 elapsed() const { return m_timer.elapsed(); }

private:
    Result<TableShape> shapeOf(const QString &table);
    QString quote(const QString &name) const
    {
        return sql::quoteIdentifier(sql::Dialect::MySql, name);
    }
    QString rowChecksum(const TableShape &shape) const;
    // The chunk's rows' checksums `crc` summed up by the snapshot's algorithm, as exact
    // text: SUM is a DECIMAL that a driver would read as a double (exact only up to 2^53),
    // so the server writes its digits. `window`: over the whole derived table, beside
    // each row.
    QString aggregate(const QString &crc, bool window) const;
    QString placeholder(const Column &column) const;
    // Rows above `lower` (exclusive) / at most `upper` (inclusive), in key order.
    QString rangeCondition(const TableShape &shape, const KeyValues &bound, bool lower,
                           QVariantList &binds) const;
    // `select` with the remaining budget as its own time limit, so that one chunk cannot
    // overrun it; empty when nothing remains. Said in the statement itself, not by a SET
    // SESSION before it: a round trip less per chunk, and the session is left as it was.
    QString limited(const QString &select) const;
    // Runs `text`: prepared with its bound values, or sent as it is when it has none (one
    // round trip instead of a prepare and an execute).
    static bool run(QSqlQuery &query, const QString &text, const QVariantList &binds);
    bool timedOut(const QSqlError &error) const;

    DatabaseSession &m_session;
    const TableChecksummer::Options m_options;
    const ChecksumAlgorithm m_algorithm;
    QDeadlineTimer m_deadline;
    QElapsedTimer m_timer;
    const bool m_mariadb;
};

Result<void> Checksummer::prepare()
{
    // Whether the session answers at all: a failure here fails the snapshot, a failure
    // later is the error of one table.
    QSqlQuery query(m_session.database());
    if (!query.exec(QStringLiteral("SELECT 1")) || !query.next())
        return sql::queryError(query, Tr::tr("asking the server for checksums"));
    return {};
}

QString Checksummer::limited(const QString &select) const
{
    const qint64 remaining = m_deadline.remainingTime();
    if (remaining <= 0)
        return {};
    Q_ASSERT(select.startsWith(QLatin1StringView("SELECT ")));
    if (m_mariadb)
        return QStringLiteral("SET STATEMENT max_statement_time = %1 FOR ")
                   .arg(QString::number(double(remaining) / 1000.0, 'f', 3)) +
               select;
    // MySQL: the optimizer hint of the outermost SELECT (whole milliseconds, at least 1).
    return QStringLiteral("SELECT /*+ MAX_EXECUTION_TIME(%1) */")
               .arg(std::max<qint64>(remaining, 1)) +
           select.mid(6);
}

bool Checksummer::run(QSqlQuery &query, const QString &text, const QVariantList &binds)
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

bool Checksummer::timedOut(const QSqlError &error) const
{
    // MariaDB ER_STATEMENT_TIMEOUT, MySQL ER_QUERY_TIMEOUT; a statement interrupted at the
    // limit is "not checked", never an error of the table.
    const QString code = error.nativeErrorCode();
    return code == u"1969" || code == u"3024" || code == u"1317";
}

Result<TableShape> Checksummer::shapeOf(const QString &table)
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

QString Checksummer::rowChecksum(const TableShape &shape) const
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

QString Checksummer::aggregate(const QString &crc, bool window) const
{
    if (m_algorithm == ChecksumAlgorithm::BitXorCrc32)
        // A snapshot made before SUM (a resumed run): the same method again. MariaDB
        // 11.8's BIT_XOR as a window function sign-extends 32-bit values; the XOR of
        // CRC32s fits in 32 bits, so the mask makes it exact on both servers.
        return window ? QStringLiteral("(BIT_XOR(%1) OVER ()) & 4294967295").arg(crc)
                      : QStringLiteral("COALESCE(BIT_XOR(%1), 0)").arg(crc);
    return window ? QStringLiteral("CAST(SUM(%1) OVER () AS CHAR)").arg(crc)
                  : QStringLiteral("CAST(COALESCE(SUM(%1), 0) AS CHAR)").arg(crc);
}

QString Checksummer::placeholder(const Column &column) const
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

QString Checksummer::rangeCondition(const TableShape &shape, const KeyValues &bound, bool lower,
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

TableChecksum Checksummer::firstPass(const QString &table)
{
    TableChecksum result;
    result.table = table;
    const auto shape = shapeOf(table);
    if (!shape) {
        result.error = shape.error();
        return result;
    }
    result.keyName = shape->keyName;
    result.wholeTableReason = shape->wholeTableReason;
    for (const Column &column : shape->key)
        result.keyColumns.append(column.name);
    const QString qualified = sql::QualifiedName{{}, table}.quoted(sql::Dialect::MySql);

    if (shape->key.isEmpty()) {
        ChecksumChunk chunk;
        if (const QString text =
                limited(QStringLiteral("SELECT COUNT(*), %1 FROM %2")
                            .arg(aggregate(rowChecksum(shape.value()), false), qualified));
            !text.isEmpty()) {
            QSqlQuery query(m_session.database());
            if (query.exec(text) && query.next()) {
                chunk.rows = query.value(0).toLongLong();
                chunk.crc = query.value(1).toString();
                chunk.checked = true;
            } else if (!timedOut(query.lastError())) {
                result.error = sql::queryError(query, table).message;
            }
        }
        result.chunks.append(chunk);
        return result;
    }

    const bool oneColumn = shape->key.size() == 1;
    QStringList innerKeys;
    QStringList order;
    QStringList outerKeys;
    QStringList outerOrder;
    for (int i = 0; i < shape->key.size(); ++i) {
        const Column &column = shape->key.at(i);
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
        oneColumn
            ? QStringLiteral("SELECT COUNT(*), ") + aggregate(QStringLiteral("c.bs_crc"), false) +
                  QStringLiteral(", %1 FROM (SELECT %2, %3 AS bs_crc FROM %4%5 ORDER BY %6 "
                                 "LIMIT %7) AS c")
            : QStringLiteral("SELECT COUNT(*) OVER (), ") +
                  aggregate(QStringLiteral("c.bs_crc"), true) +
                  QStringLiteral(", %1 FROM (SELECT %2, %3 AS bs_crc FROM %4%5 ORDER BY "
                                 "%6 LIMIT %7) AS c");
    const QString lastRow = oneColumn ? QString()
                                      : QStringLiteral(" ORDER BY ") +
                                            outerOrder.join(QStringLiteral(", ")) +
                                            QStringLiteral(" LIMIT 1");

    KeyValues lower;
    int rows = std::clamp(m_options.firstChunkRows, m_options.minChunkRows, m_options.maxChunkRows);
    for (;;) {
        ChecksumChunk chunk;
        chunk.lower = lower;
        QVariantList binds;
        const QString where =
            lower.isEmpty()
                ? QString()
                : QStringLiteral(" WHERE ") + rangeCondition(shape.value(), lower, true, binds);
        const QString text =
            limited(QString(pattern).arg(outerKeys.join(QStringLiteral(", ")),
                                         innerKeys.join(QStringLiteral(", ")),
                                         rowChecksum(shape.value()), qualified, where,
                                         order.join(QStringLiteral(", ")), QString::number(rows)) +
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
                result.error = sql::queryError(query, table).message;
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
        for (int i = 0; i < shape->key.size(); ++i)
            chunk.upper.append(query.value(2 + i));
        lower = chunk.upper;
        result.chunks.append(chunk);
        const qint64 ms = std::max<qint64>(took.elapsed(), 1);
        const qint64 next = qint64(rows) * m_options.targetChunkMs / ms;
        rows = int(std::clamp<qint64>(next, std::max(rows / 2, m_options.minChunkRows),
                                      std::min<qint64>(qint64(rows) * 2, m_options.maxChunkRows)));
    }
    return result;
}

TableChecksum Checksummer::secondPass(const TableChecksum &before)
{
    TableChecksum result = before;
    for (ChecksumChunk &chunk : result.chunks) {
        chunk.checked = false;
        chunk.rows = 0;
        chunk.crc.clear();
    }
    if (!before.error.isEmpty())
        return result;
    const auto shape = shapeOf(before.table);
    if (!shape) {
        result.error = shape.error();
        return result;
    }
    QStringList keyColumns;
    for (const Column &column : shape->key)
        keyColumns.append(column.name);
    if (keyColumns != before.keyColumns) {
        result.error = Tr::tr("its key is no longer (%1)").arg(before.keyColumns.join(u", "));
        return result;
    }
    const QString qualified = sql::QualifiedName{{}, before.table}.quoted(sql::Dialect::MySql);
    // Several chunks per statement (UNION ALL, one row each): one round trip for up to
    // eight chunks instead of two each, which on a busy server is much of what a chunk
    // costs beyond its rows. The first pass sized each chunk to about targetChunkMs, so a
    // statement stays short; one cut off by the budget leaves its unanswered chunks
    // unchecked, as a single chunk's would.
    constexpr qsizetype chunksPerStatement = 8;
    const QString checksum = aggregate(rowChecksum(shape.value()), false);
    qsizetype next = 0;
    while (next < result.chunks.size()) {
        if (!before.chunks.at(next).checked) {
            ++next; // nothing to compare it with: spend no budget on it
            continue;
        }
        QVariantList binds;
        QStringList selects;
        QList<qsizetype> batch;
        for (; next < result.chunks.size() && batch.size() < chunksPerStatement &&
               before.chunks.at(next).checked;
             ++next) {
            const ChecksumChunk &chunk = result.chunks.at(next);
            QStringList conditions;
            if (!chunk.lower.isEmpty())
                conditions.append(rangeCondition(shape.value(), chunk.lower, true, binds));
            if (!chunk.upper.isEmpty())
                conditions.append(rangeCondition(shape.value(), chunk.upper, false, binds));
            selects.append(QStringLiteral("SELECT %1, COUNT(*), %2 FROM %3%4")
                               .arg(QString::number(batch.size()), checksum, qualified,
                                    conditions.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" WHERE ") +
                                              conditions.join(QStringLiteral(" AND "))));
            batch.append(next);
        }
        const QString text = limited(selects.join(QStringLiteral(" UNION ALL ")));
        if (text.isEmpty())
            break; // the rest: not checked
        QSqlQuery query(m_session.database());
        qsizetype answered = 0;
        if (run(query, text, binds)) {
            while (query.next()) {
                const qsizetype at = query.value(0).toLongLong();
                if (at < 0 || at >= batch.size())
                    continue;
                ChecksumChunk &chunk = result.chunks[batch.at(at)];
                chunk.rows = query.value(1).toLongLong();
                chunk.crc = query.value(2).toString();
                chunk.checked = true;
                ++answered;
            }
        }
        if (answered != batch.size()) {
            if (!timedOut(query.lastError()))
                result.error = sql::queryError(query, before.table).message;
            break;
        }
    }
    return result;
}

bool unsupported(DatabaseSession &session, ChecksumSnapshot &snapshot)
{
    if (session.spec().engine != ConnectionSpec::Engine::Sqlite)
        return false;
    snapshot.unsupportedReason =
        Tr::tr("SQLite has no CRC32: chunked checksums need MySQL or MariaDB");
    return true;
}

} // namespace

Result<ChecksumSnapshot> TableChecksummer::before(DatabaseSession &session,
                                                  const QStringList &tables, const Options &options)
{
    ChecksumSnapshot snapshot;
    snapshot.budgetMs = options.budgetMs;
    if (unsupported(session, snapshot)) {
        for (const QString &table : tables)
            snapshot.tables.append(TableChecksum{table, {}, {}, {}, {ChecksumChunk{}}, {}});
        return snapshot;
    }
    Checksummer checksummer(session, options, snapshot.algorithm);
    if (auto prepared = checksummer.prepare(); !prepared)
        return prepared.failure();
    for (const QString &table : tables)
        snapshot.tables.append(checksummer.firstPass(table));
    snapshot.elapsedMs = checksummer.elapsed();
    return snapshot;
}

Result<ChecksumSnapshot> TableChecksummer::after(DatabaseSession &session,
                                                 const ChecksumSnapshot &before,
                                                 const Options &options)
{
    ChecksumSnapshot snapshot;
    snapshot.budgetMs = options.budgetMs;
    // Like with like: a snapshot of an older Backstep (BIT_XOR) is compared by its method.
    snapshot.algorithm = before.algorithm;
    if (before.algorithm == ChecksumAlgorithm::Unknown) {
        snapshot.tables = before.tables;
        snapshot.unsupportedReason =
            Tr::tr("the first snapshot was computed with a checksum method this version does "
                   "not know");
        return snapshot;
    }
    if (unsupported(session, snapshot)) {
        snapshot.tables = before.tables;
        return snapshot;
    }
    Checksummer checksummer(session, options, snapshot.algorithm);
    if (auto prepared = checksummer.prepare(); !prepared)
        return prepared.failure();
    for (const TableChecksum &table : before.tables)
        snapshot.tables.append(checksummer.secondPass(table));
    snapshot.elapsedMs = checksummer.elapsed();
    return snapshot;
}

} // namespace backstep
