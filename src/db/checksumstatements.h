#pragma once

#include "core/result.h"
#include "core/tablechecksum.h"
#include "db/sql.h"
#include "db/tablechecksummer.h"

#include <QDeadlineTimer>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

class QSqlError;
class QSqlQuery;

namespace backstep {

class DatabaseSession;

// TableChecksummer's parts below its passes: what a table's columns and chunking key are,
// and every statement a snapshot sends, one connection at a time.
namespace checksums {

struct Column
{
    QString name;
    bool nullable = false;
    QString type; // information_schema DATA_TYPE, lower case
    int precision = 0;
    int scale = 0;
};

enum class KeyType { Exact, Decimal, Date, DateTime, Time, Unusable };

// How a key column's values can be bound and compared (information_schema DATA_TYPE).
KeyType keyTypeOf(const QString &type);
bool isInteger(const QString &type);

struct TableShape
{
    QList<Column> columns;
    QString keyName;
    QList<Column> key;
    QString wholeTableReason;

    // One integer column: its chunks can be ranges of key values, which any connection
    // can sum without reading the rows before them.
    bool steppable() const { return key.size() == 1 && isInteger(key.first().type); }
};

// What every connection of one snapshot shares.
struct Plan
{
    TableChecksummer::Options options;
    ChecksumAlgorithm algorithm = ChecksumAlgorithm::SumCrc32;
    QDeadlineTimer deadline;
    bool mariadb = false;
    qint64 rangeLimitMs = 0; // a range of key values' own time limit (Options::rangeLimitMs)
};

// A chunk's answer from the server; `checked` false when the budget ran out first.
struct Answer
{
    qint64 rows = 0;
    QString crc;
    bool checked = false;
};

// The answers of a statement of several chunks, in the order asked; `error` when it
// failed for another reason than the budget.
struct Answers
{
    QList<Answer> chunks;
    QString error;
};

// CRC32s are below 2^32: the SUM of up to 2^21 of them, in any order, is a double's
// integer, exactly.
constexpr qint64 exactDoubleRows = qint64(1) << 21;

struct Range
{
    KeyValues lower;
    KeyValues upper;
};

// The statements of one connection: every query of a snapshot goes through one of these,
// on the thread that opened its session.
class Statements
{
public:
    // `connection`: its index among the snapshot's connections (0: the session asked on).
    Statements(DatabaseSession &session, const Plan &plan, int connection = 0)
        : m_session(session)
        , m_plan(plan)
        , m_connection(connection)
    {}

    // Called before each range (or batch, or nibbled table) is summed: the failpoint
    // "checksum-range", whose step is the connection's index (`drop` ends this connection).
    void beforeRange();
    // After a failed statement: whether the connection itself is gone (a trivial statement
    // fails too), rather than the statement alone, so that the work can go to another.
    bool connectionLost();

    Result<void> prepare();
    Result<TableShape> shapeOf(const QString &table);
    // MIN and MAX of a steppable key as integers; nullopt for an empty table, an error
    // when a value does not fit in 64 signed bits (BIGINT UNSIGNED above 2^63 - 1).
    Result<std::optional<std::pair<qint64, qint64>>> keyBounds(const TableShape &shape,
                                                               const QString &qualified);
    // The first key above `lower`; nullopt when there is none. An error without a message
    // when the budget is spent.
    Result<std::optional<qint64>> firstKeyAbove(const TableShape &shape, const QString &qualified,
                                                qint64 lower);
    // A table in chunks of `rows` rows of its key order, each found while it is summed
    // (or whole, without a usable key): the rows before a chunk decide where it starts, so
    // one connection reads the table from its start to its end.
    TableChecksum nibble(TableChecksum result, const TableShape &shape);
    // COUNT(*) and the checksum of each range (UNION ALL, one row each), within the budget
    // and, when `capMs` > 0, within that many milliseconds. Summed in doubles unless
    // `exact`; a range that turns out to hold more rows than doubles add exactly is asked
    // again by the exact SUM (DECIMAL; a BIT_XOR snapshot's is exact anyway).
    Answers sum(const TableShape &shape, const QString &qualified, const QList<Range> &ranges,
                qint64 capMs = -1, bool exact = false);

private:
    QString quote(const QString &name) const
    {
        return sql::quoteIdentifier(sql::Dialect::MySql, name);
    }
    QString rowChecksum(const TableShape &shape) const;
    // The chunk's rows' checksums `crc` summed up by the snapshot's algorithm, as exact
    // text (a driver would read a DECIMAL as a double), for a chunk of at most `rows` rows
    // (-1: any number). Up to exactDoubleRows rows the SUM adds doubles, about a tenth of
    // the whole statement's time less than DECIMAL's, and exact: every partial sum stays
    // below 2^53. `window`: over the whole derived table, beside each row.
    QString aggregate(const QString &crc, bool window, qint64 rows) const;
    QString placeholder(const Column &column) const;
    // Rows above `lower` (exclusive) / at most `upper` (inclusive), in key order.
    QString rangeCondition(const TableShape &shape, const KeyValues &bound, bool lower,
                           QVariantList &binds) const;
    // `select` with the remaining budget (or `capMs`, when shorter) as its own time limit,
    // so that one chunk cannot overrun it; empty when nothing remains. Said in the
    // statement itself, not by a SET SESSION before it: a round trip less per chunk, and
    // the session is left as it was.
    QString limited(const QString &select, qint64 capMs = -1) const;
    // Runs `text`: prepared with its bound values, or sent as it is when it has none (one
    // round trip instead of a prepare and an execute).
    static bool run(QSqlQuery &query, const QString &text, const QVariantList &binds);
    static bool timedOut(const QSqlError &error);

    DatabaseSession &m_session;
    const Plan &m_plan;
    int m_connection = 0;
};

} // namespace checksums

} // namespace backstep
