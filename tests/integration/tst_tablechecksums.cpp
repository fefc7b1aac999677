// Chunked checksums of untouched tables (issue 13) on the real server: an UPDATE of one
// row, which row counts miss, is found and its chunk's key range named; composite keys,
// keys whose values a driver would round, one-column keys whose last value in a chunk is
// their MAX in the column's collation, tables without a key (checksummed whole, said so),
// NULL told from an empty string; what the time budget did not cover is "not
// checked", never equal; ranges of integer keys by key value, on two connections at once,
// and a connection lost on the way hands its work to the other.
#include "core/connectionspec.h"
#include "core/tablechecksum.h"
#include "db/databasesession.h"
#include "db/tablechecksummer.h"
#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace backstep;
using namespace backstep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString describe(const ChecksumComparison &comparison)
{
    QStringList lines;
    for (const ChunkDifference &d : comparison.differences)
        lines.append(QStringLiteral("differs %1 %2: %3/%4 rows")
                         .arg(d.table, describeKeyRange(d.keyColumns, d.lower, d.upper))
                         .arg(d.rowsBefore)
                         .arg(d.rowsAfter));
    for (const UncheckedRange &r : comparison.notChecked)
        lines.append(QStringLiteral("not checked %1 %2: %3").arg(r.table, r.range, r.reason));
    return lines.join(u'\n');
}

} // namespace

class TestTableChecksums : public QObject
{
    Q_OBJECT

    MariaDbSandbox m_server;
    std::unique_ptr<DatabaseSession> m_session;

    QString m_url; // freshDatabase()'s, without the password

    void freshDatabase(const char *prefix)
    {
        m_session.reset();
        const QString name = m_server.createDatabase(s(prefix));
        m_url = m_server.url(name);
        auto spec = ConnectionSpec::parse(m_url);
        QVERIFY(spec.ok());
        auto session = DatabaseSession::open(spec.value(), m_server.password);
        QVERIFY2(session.ok(), qPrintable(session.error()));
        m_session = std::move(session.value());
        // Both stop a recursive CTE at 1000 rows by default.
        sql(m_server.isMySql() ? s("SET SESSION cte_max_recursion_depth = 100000")
                               : s("SET SESSION max_recursive_iterations = 100000"));
    }

    void sql(const QString &text)
    {
        QSqlQuery query(m_session->database());
        if (!query.exec(text))
            qFatal("%s: %s", qPrintable(text), qPrintable(query.lastError().text()));
    }

    // `rows` rows numbered 1..rows, inserted by the server itself.
    void fill(const QString &table, int rows, const QString &values)
    {
        sql(QStringLiteral("INSERT INTO %1 WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                           "FROM n WHERE i < %2) SELECT %3 FROM n")
                .arg(table)
                .arg(rows)
                .arg(values));
    }

    static TableChecksummer::Options fixedChunks(int rows)
    {
        TableChecksummer::Options options;
        options.firstChunkRows = rows;
        options.minChunkRows = rows;
        options.maxChunkRows = rows;
        return options;
    }

    struct ChildRun
    {
        ChecksumSnapshot snapshot;
        QStringList visits; // the failpoint trace: "checksum-range CONNECTION" per range
    };

    // backstep_checksum_snapshot ARGUMENTS on freshDatabase()'s database with the failpoints
    // `failpoints`, where a hold holds until the second connection has reached a range.
    void runChild(const QString &failpoints, const QStringList &arguments, ChildRun &run)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString hold = dir.filePath(s("hold"));
        const QString trace = dir.filePath(s("trace"));
        QFile holdFile(hold);
        QVERIFY(holdFile.open(QIODevice::WriteOnly));
        holdFile.close();
        const auto visits = [&trace] {
            QFile file(trace);
            if (!file.open(QIODevice::ReadOnly))
                return QStringList();
            return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        };

        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(s("BACKSTEP_PASSWORD"), m_server.password);
        environment.insert(s("BACKSTEP_FAILPOINT"), failpoints);
        environment.insert(s("BACKSTEP_FAILPOINT_HOLD"), hold);
        environment.insert(s("BACKSTEP_FAILPOINT_TRACE"), trace);
        child.setProcessEnvironment(environment);
        child.start(checksumSnapshotPath(), QStringList{m_url} + arguments);
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // The bound only ends a failing test: the second connection never reached a range.
        QTRY_VERIFY_WITH_TIMEOUT(visits().contains(s("checksum-range 1")) ||
                                     child.state() == QProcess::NotRunning,
                                 300000);
        QFile::remove(hold);
        QVERIFY(child.state() == QProcess::NotRunning || child.waitForFinished(300000));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 child.readAllStandardError().constData());
        run.visits = visits();
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(child.readAllStandardOutput(), &error);
        QVERIFY2(json.isObject(), qPrintable(error.errorString()));
        run.snapshot = checksumSnapshotFromJson(json.object());
    }

    ChecksumComparison compare(const QStringList &tables, const TableChecksummer::Options &options,
                               const QStringList &changes)
    {
        const ChecksumSnapshot before =
            checked(TableChecksummer::before(*m_session, m_server.password, tables, options));
        for (const QString &change : changes)
            sql(change);
        const ChecksumSnapshot after =
            checked(TableChecksummer::after(*m_session, m_server.password, before, options));
        return compareChecksums(before, after);
    }

private Q_SLOTS:
    void initTestCase() { m_server = MariaDbSandbox::current(); }

    // The case: one row of an untouched table updated, the row count unchanged.
    void anUpdatedRowIsFoundAndItsRangeNamed()
    {
        freshDatabase("checksum_update");
        sql(s("CREATE TABLE settings (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, value "
              "TEXT NULL)"));
        fill(s("settings"), 5000, s("i, CONCAT('setting ', i), IF(i % 7 = 0, NULL, 'on')"));
        sql(s("CREATE TABLE untouched_too (id BIGINT PRIMARY KEY, v INT)"));
        fill(s("untouched_too"), 300, s("i, i * 3"));

        const ChecksumComparison comparison =
            compare({s("settings"), s("untouched_too")}, fixedChunks(1000),
                    {s("UPDATE settings SET value = 'off' WHERE id = 3456")});
        QVERIFY2(comparison.notChecked.isEmpty(), qPrintable(describe(comparison)));
        QCOMPARE(comparison.differences.size(), 1);
        const ChunkDifference &difference = comparison.differences.first();
        QCOMPARE(difference.table, s("settings"));
        QCOMPARE(difference.keyColumns, QStringList{s("id")});
        // The same number of rows: a row count would have seen nothing.
        QCOMPARE(difference.rowsBefore, qint64(1000));
        QCOMPARE(difference.rowsAfter, qint64(1000));
        QVERIFY(difference.crcBefore != difference.crcAfter);
        QCOMPARE(difference.lower.value(0).toInt(), 3000);
        QCOMPARE(difference.upper.value(0).toInt(), 4000);
        QCOMPARE(describeKeyRange(difference.keyColumns, difference.lower, difference.upper),
                 s("id > 3000 AND id <= 4000"));
        // Summed in doubles, the same digits as the DECIMAL SUM that snapshots of earlier
        // versions hold.
        QSqlQuery exact(m_session->database());
        QVERIFY(exact.exec(s("SELECT CAST(COALESCE(SUM(CRC32(CONCAT_WS('#', id, name, value, "
                             "CONCAT(ISNULL(value))))), 0) AS CHAR) FROM settings WHERE id > "
                             "3000 AND id <= 4000")));
        QVERIFY(exact.next());
        QCOMPARE(difference.crcAfter, exact.value(0).toString());
        // settings: five ranges of 1,000 key values, the last open at its end; the other
        // table's 300 rows fit in one.
        QCOMPARE(comparison.chunksCompared, 5 + 1);

        const VerificationChecks checks = checksumChecks(comparison);
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).outcome, VerificationCheck::Outcome::Failed);
        QVERIFY2(checks.at(0).detail.contains(s("id > 3000 AND id <= 4000")),
                 qPrintable(checks.at(0).detail));
        QCOMPARE(checks.at(1).outcome, VerificationCheck::Outcome::Passed);
    }

    // Changes that an XOR of CRC32s cannot see (issue 13): CRC32 is affine over GF(2) for
    // texts of one length, so the same bytes changed at the same place in two rows of a
    // chunk, or two values of one length swapped between rows, leave BIT_XOR(CRC32(…))
    // as it was. Each must still be found in its chunk, with the chunk's key range.
    void changesThatCancelInAnXorAreFound()
    {
        freshDatabase("checksum_even");
        sql(s("CREATE TABLE flags (id INT PRIMARY KEY, flag INT NOT NULL, label CHAR(3) NOT "
              "NULL)"));
        sql(s("INSERT INTO flags VALUES (1, 0, 'abc'), (2, 0, 'xyz'), (3, 0, 'def'), "
              "(4, 0, 'ghi'), (5, 0, 'jkl'), (6, 0, 'mno')"));
        // Two columns in the key: the first pass's window-function form, too.
        sql(s("CREATE TABLE pairs (a INT NOT NULL, b INT NOT NULL, flag INT NOT NULL, label "
              "CHAR(3) NOT NULL, PRIMARY KEY (a, b))"));
        sql(s("INSERT INTO pairs VALUES (1, 1, 0, 'abc'), (1, 2, 0, 'xyz'), (2, 1, 0, 'def'), "
              "(2, 2, 0, 'ghi')"));
        const QStringList tables = {s("flags"), s("pairs")};

        const ChecksumComparison same = compare(tables, fixedChunks(3), {});
        QVERIFY2(same.provenEqual(), qPrintable(describe(same)));

        // Both rows' flag from 0 to 1: same length, same byte, same place.
        const ChecksumComparison flagged =
            compare(tables, fixedChunks(3),
                    {s("UPDATE flags SET flag = 1 WHERE id IN (1, 2)"),
                     s("UPDATE pairs SET flag = 1 WHERE a = 1")});
        QVERIFY2(flagged.notChecked.isEmpty(), qPrintable(describe(flagged)));
        QCOMPARE(flagged.differences.size(), 2);
        QCOMPARE(flagged.differences.at(0).table, s("flags"));
        QCOMPARE(describeKeyRange({s("id")}, flagged.differences.at(0).lower,
                                  flagged.differences.at(0).upper),
                 s("id <= 3"));
        QCOMPARE(flagged.differences.at(0).rowsAfter, qint64(3));
        QCOMPARE(flagged.differences.at(1).table, s("pairs"));

        // Two values of one length swapped between rows of a chunk.
        const ChecksumComparison swapped =
            compare(tables, fixedChunks(3),
                    {s("UPDATE flags SET label = IF(id = 4, 'mno', 'ghi') WHERE id IN (4, 6)")});
        QVERIFY2(swapped.notChecked.isEmpty(), qPrintable(describe(swapped)));
        QCOMPARE(swapped.differences.size(), 1);
        QCOMPARE(describeKeyRange({s("id")}, swapped.differences.at(0).lower,
                                  swapped.differences.at(0).upper),
                 s("id > 3"));
        const VerificationChecks checks = checksumChecks(swapped);
        QCOMPARE(checks.at(0).outcome, VerificationCheck::Outcome::Failed);
        QVERIFY2(checks.at(0).detail.contains(s("id > 3")), qPrintable(checks.at(0).detail));
    }

    // A run resumed by this version may hold a "before" snapshot of an older one (BIT_XOR,
    // no algorithm in its JSON): the second pass answers it with BIT_XOR, the server's own
    // value for the range, so like is compared with like and an unchanged table is equal.
    void anOlderBitXorSnapshotIsAnsweredByItsOwnMethod()
    {
        freshDatabase("checksum_old");
        sql(s("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10) NULL)"));
        fill(s("t"), 10, s("i, IF(i = 4, NULL, CONCAT('v', i))"));
        const ChecksumSnapshot current = checked(
            TableChecksummer::before(*m_session, m_server.password, {s("t")}, fixedChunks(5)));
        QCOMPARE(current.algorithm, ChecksumAlgorithm::SumCrc32);
        QJsonObject json = checksumSnapshotToJson(current);
        json.remove(s("algorithm"));
        const ChecksumSnapshot old = checksumSnapshotFromJson(json);
        QCOMPARE(old.algorithm, ChecksumAlgorithm::BitXorCrc32);

        // The values an older version noted: BIT_XOR over the same two chunks.
        ChecksumSnapshot older = old;
        QCOMPARE(older.tables.first().chunks.size(), 2); // id <= 5, and the rest
        const QStringList ranges = {s("id <= 5"), s("id > 5")};
        for (int i = 0; i < 2; ++i) {
            QSqlQuery query(m_session->database());
            QVERIFY(query.exec(s("SELECT COALESCE(BIT_XOR(CRC32(CONCAT_WS('#', id, v, "
                                 "CONCAT(ISNULL(v))))), 0) FROM t WHERE ") +
                               ranges.at(i)));
            QVERIFY(query.next());
            older.tables.first().chunks[i].crc = query.value(0).toString();
        }

        const ChecksumSnapshot again =
            checked(TableChecksummer::after(*m_session, m_server.password, older, fixedChunks(5)));
        QCOMPARE(again.algorithm, ChecksumAlgorithm::BitXorCrc32);
        const ChecksumComparison same = compareChecksums(older, again);
        QVERIFY2(same.provenEqual(), qPrintable(describe(same)));
        QCOMPARE(same.chunksCompared, 2);

        sql(s("UPDATE t SET v = 'w' WHERE id = 7"));
        const ChecksumComparison changed = compareChecksums(
            older,
            checked(TableChecksummer::after(*m_session, m_server.password, older, fixedChunks(5))));
        QCOMPARE(changed.differences.size(), 1);
        QCOMPARE(describeKeyRange({s("id")}, changed.differences.first().lower,
                                  changed.differences.first().upper),
                 s("id > 5"));
        // A SUM snapshot against a BIT_XOR one: inconclusive, never equal.
        const ChecksumComparison mixed = compareChecksums(current, again);
        QVERIFY(!mixed.provenEqual());
        QCOMPARE(mixed.chunksCompared, 0);
    }

    // Rows added or removed anywhere, before the first bound or after the last, are in a
    // chunk: the chunks cover every key. One key in ten is used: the first range (30 key
    // values) finds 3 rows, the next may only grow fourfold (120 values, 12 rows), then 30
    // rows of 300 values each, the last open at its end. One connection, so that each
    // range is sized from the one before it.
    void insertsAndDeletesAtTheEndsAreFound()
    {
        freshDatabase("checksum_ends");
        sql(s("CREATE TABLE t (id INT PRIMARY KEY, v INT NOT NULL)"));
        fill(s("t"), 100, s("i * 10, i"));
        TableChecksummer::Options options = fixedChunks(30);
        options.connections = 1;
        const ChecksumComparison comparison =
            compare({s("t")}, options,
                    {s("INSERT INTO t VALUES (-5, 0)"), s("INSERT INTO t VALUES (5000, 0)"),
                     s("DELETE FROM t WHERE id = 500")});
        QCOMPARE(comparison.differences.size(), 3);
        QCOMPARE(describeKeyRange({s("id")}, comparison.differences.at(0).lower,
                                  comparison.differences.at(0).upper),
                 s("id <= 39"));
        QCOMPARE(describeKeyRange({s("id")}, comparison.differences.at(1).lower,
                                  comparison.differences.at(1).upper),
                 s("id > 459 AND id <= 759"));
        QCOMPARE(comparison.differences.at(1).rowsBefore, qint64(30));
        QCOMPARE(comparison.differences.at(1).rowsAfter, qint64(29));
        QCOMPARE(describeKeyRange({s("id")}, comparison.differences.at(2).lower,
                                  comparison.differences.at(2).upper),
                 s("id > 759"));
        QCOMPARE(comparison.chunksCompared, 5);
    }

    // A two-column key, NULL told from '' in a table without a key (checksummed whole,
    // and said so), and keys a driver would round (DATETIME(6), DECIMAL) giving no false
    // difference.
    void compositeKeysWholeTablesAndExactBounds()
    {
        freshDatabase("checksum_shapes");
        sql(s("CREATE TABLE devices (owner_id INT NOT NULL, serial VARCHAR(20) NOT NULL, label "
              "VARCHAR(20) NULL, PRIMARY KEY (owner_id, serial))"));
        fill(s("devices"), 40, s("i % 4, CONCAT('S', i), 'x'"));
        sql(s("CREATE TABLE notes (body VARCHAR(20) NULL, n INT NULL)"));
        sql(s("INSERT INTO notes VALUES (NULL, 1), ('a', 2)"));
        sql(s("CREATE TABLE events (at DATETIME(6) NOT NULL, amount DECIMAL(30, 10) NOT NULL, "
              "v INT, UNIQUE KEY at_amount (at, amount))"));
        fill(s("events"), 50,
             s("TIMESTAMP('2026-01-01 00:00:00.123456') + INTERVAL i MICROSECOND, "
               "12345678901234567890.0123456789 + i, i"));

        const QStringList tables = {s("devices"), s("notes"), s("events")};
        const ChecksumComparison unchanged = compare(tables, fixedChunks(7), {});
        QVERIFY2(unchanged.provenEqual(), qPrintable(describe(unchanged)));
        QCOMPARE(unchanged.wholeTables, QStringList{s("notes")});

        const ChecksumComparison changed =
            compare(tables, fixedChunks(7),
                    {s("UPDATE devices SET label = 'y' WHERE owner_id = 2 AND serial = 'S22'"),
                     s("UPDATE notes SET body = '' WHERE n = 1")});
        QCOMPARE(changed.differences.size(), 2);
        const ChunkDifference &device = changed.differences.at(0);
        QCOMPARE(device.keyColumns, (QStringList{s("owner_id"), s("serial")}));
        const QString range = describeKeyRange(device.keyColumns, device.lower, device.upper);
        QVERIFY2(range.startsWith(s("(owner_id, serial) > (")), qPrintable(range));
        QCOMPARE(changed.differences.at(1).table, s("notes"));
        QCOMPARE(describeKeyRange({}, {}, {}), s("every row"));

        const VerificationChecks checks = checksumChecks(unchanged);
        QVERIFY2(checks.at(1).detail.contains(s("no primary or unique key")),
                 qPrintable(checks.at(1).detail));
    }

    // With one key column the first pass takes a chunk's last key as its MAX: in the
    // column's own order (a case-insensitive VARCHAR, where 'B' sorts after 'a' but its
    // byte does not), and exact for keys a driver would round (DATETIME(6), DECIMAL). Each
    // chunk ends at its 7th row in key order, the second pass agrees, and a changed row is
    // found in its chunk.
    void oneColumnKeysEndChunksAtTheirLastRowInKeyOrder()
    {
        freshDatabase("checksum_one_column");
        sql(s("CREATE TABLE words (word VARCHAR(20) COLLATE utf8mb4_general_ci NOT NULL "
              "PRIMARY KEY, v INT)"));
        // a02, a04, … a20, then B01, B03, … B19 in the collation's order.
        fill(s("words"), 20, s("CONCAT(IF(i % 2 = 0, 'a', 'B'), LPAD(i, 2, '0')), i"));
        sql(s("CREATE TABLE stamps (at DATETIME(6) NOT NULL PRIMARY KEY, v INT)"));
        fill(s("stamps"), 20,
             s("TIMESTAMP('2026-01-01 00:00:00.123456') + INTERVAL i MICROSECOND, i"));
        sql(s("CREATE TABLE amounts (amount DECIMAL(30, 10) NOT NULL PRIMARY KEY, v INT)"));
        fill(s("amounts"), 20, s("12345678901234567890.0123456789 + i, i"));
        const QStringList tables = {s("words"), s("stamps"), s("amounts")};

        const ChecksumSnapshot before = checked(
            TableChecksummer::before(*m_session, m_server.password, tables, fixedChunks(7)));
        QCOMPARE(before.tables.size(), 3);
        const QList<ChecksumChunk> &words = before.tables.at(0).chunks;
        QCOMPARE(words.size(), 3); // 7, 7 and the last 6, open at its end
        QCOMPARE(words.at(0).rows, qint64(7));
        QCOMPARE(words.at(0).upper.value(0).toString(), s("a14"));
        QCOMPARE(words.at(1).rows, qint64(7));
        QCOMPARE(words.at(1).upper.value(0).toString(), s("B07")); // not a20, the bytes' max
        QCOMPARE(words.at(2).rows, qint64(6));
        QVERIFY(words.at(2).upper.isEmpty());
        QCOMPARE(before.tables.at(1).chunks.at(0).upper.value(0).toString(),
                 s("2026-01-01 00:00:00.123463"));
        QCOMPARE(before.tables.at(2).chunks.at(0).upper.value(0).toString(),
                 s("12345678901234567897.0123456789"));
        for (const TableChecksum &table : before.tables)
            QVERIFY2(table.complete(), qPrintable(table.table));

        const ChecksumSnapshot same =
            checked(TableChecksummer::after(*m_session, m_server.password, before, fixedChunks(7)));
        const ChecksumComparison unchanged = compareChecksums(before, same);
        QVERIFY2(unchanged.provenEqual(), qPrintable(describe(unchanged)));
        QCOMPARE(unchanged.chunksCompared, 3 + 3 + 3);

        sql(s("UPDATE words SET v = -1 WHERE word = 'B05'"));
        sql(s("UPDATE amounts SET v = -1 WHERE amount = 12345678901234567897.0123456789"));
        const ChecksumSnapshot after =
            checked(TableChecksummer::after(*m_session, m_server.password, before, fixedChunks(7)));
        const ChecksumComparison changed = compareChecksums(before, after);
        QCOMPARE(changed.differences.size(), 2);
        QCOMPARE(describeKeyRange({s("word")}, changed.differences.at(0).lower,
                                  changed.differences.at(0).upper),
                 s("word > 'a14' AND word <= 'B07'"));
        QCOMPARE(changed.differences.at(1).table, s("amounts"));
        QCOMPARE(changed.differences.at(1).rowsAfter, qint64(7)); // the first chunk, 7th row
        QVERIFY(changed.differences.at(1).lower.isEmpty());
    }

    // The second pass sends up to eight small chunks per statement: 20 chunks take three,
    // and a change in any of them is found in its own chunk, none in the others.
    void manyChunksAreComparedSeveralToAStatement()
    {
        freshDatabase("checksum_batches");
        sql(s("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20) NULL)"));
        fill(s("t"), 100, s("i, CONCAT('v', i)"));
        const ChecksumComparison unchanged = compare({s("t")}, fixedChunks(5), {});
        QVERIFY2(unchanged.provenEqual(), qPrintable(describe(unchanged)));
        QCOMPARE(unchanged.chunksCompared, 20); // the last open at its end

        const ChecksumComparison changed = compare({s("t")}, fixedChunks(5),
                                                   {s("UPDATE t SET v = NULL WHERE id = 3"),
                                                    s("UPDATE t SET v = 'w' WHERE id = 43"),
                                                    s("UPDATE t SET v = '' WHERE id = 98")});
        QVERIFY2(changed.notChecked.isEmpty(), qPrintable(describe(changed)));
        QCOMPARE(changed.chunksCompared, 20);
        QCOMPARE(changed.differences.size(), 3);
        const QStringList expected = {s("id <= 5"), s("id > 40 AND id <= 45"), s("id > 95")};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(describeKeyRange({s("id")}, changed.differences.at(i).lower,
                                      changed.differences.at(i).upper),
                     expected.at(i));
    }

    // A one-column integer key is cut into ranges of key values: a gap of 10^15 keys costs
    // one empty range, after which the next range starts at the next key; keys at both
    // ends of 64 bits are covered without overflow. A BIGINT UNSIGNED above 2^63 - 1 is
    // cut by rows instead.
    void integerKeysAreSteppedOverGapsToTheirExtremes()
    {
        freshDatabase("checksum_steps");
        sql(s("CREATE TABLE gaps (id BIGINT PRIMARY KEY, v INT NOT NULL)"));
        fill(s("gaps"), 80, s("IF(i <= 40, i, 1000000000000000 + i - 40), i"));
        sql(s("CREATE TABLE extremes (id BIGINT PRIMARY KEY, v INT NOT NULL)"));
        sql(s("INSERT INTO extremes VALUES (-9223372036854775808, 1), (-1, 2), (0, 3), "
              "(9223372036854775807, 4)"));
        sql(s("CREATE TABLE wide (id BIGINT UNSIGNED PRIMARY KEY, v INT NOT NULL)"));
        sql(s("INSERT INTO wide VALUES (1, 1), (2, 2), (18446744073709551615, 3)"));
        TableChecksummer::Options tens = fixedChunks(10);
        tens.connections = 1;
        const ChecksumSnapshot before =
            checked(TableChecksummer::before(*m_session, m_server.password, {s("gaps")}, tens));
        const QList<ChecksumChunk> &gaps = before.tables.first().chunks;
        QCOMPARE(gaps.size(), 9);
        for (qsizetype i = 0; i < gaps.size(); ++i)
            QCOMPARE(gaps.at(i).rows, qint64(i == 4 ? 0 : 10));
        QCOMPARE(describeKeyRange({s("id")}, gaps.at(4).lower, gaps.at(4).upper),
                 s("id > 40 AND id <= 50"));
        QCOMPARE(describeKeyRange({s("id")}, gaps.at(5).lower, gaps.at(5).upper),
                 s("id > 50 AND id <= 1000000000000010"));
        QVERIFY(gaps.last().upper.isEmpty());

        TableChecksummer::Options twos = fixedChunks(2);
        twos.connections = 1;
        const ChecksumSnapshot ends = checked(TableChecksummer::before(
            *m_session, m_server.password, {s("extremes"), s("wide")}, twos));
        QStringList ranges;
        for (const ChecksumChunk &chunk : ends.tables.first().chunks)
            ranges.append(describeKeyRange({s("id")}, chunk.lower, chunk.upper) +
                          QStringLiteral(": %1").arg(chunk.rows));
        QCOMPARE(ranges,
                 (QStringList{s("id <= -9223372036854775807: 1"),
                              s("id > -9223372036854775807 AND id <= -9223372036854775803: 0"),
                              s("id > -9223372036854775803 AND id <= 2: 2"),
                              s("id > 2 AND id <= 6: 0"), s("id > 6: 1")}));
        const QList<ChecksumChunk> &wide = ends.tables.at(1).chunks;
        QCOMPARE(wide.size(), 2); // two rows, then the rest in key order
        QCOMPARE(wide.first().upper.value(0).toString(), s("2"));
        // The bound as the server returned it (nibbled), not a 64-bit signed value of ours.
        QCOMPARE(wide.first().upper.value(0).typeId(), int(QMetaType::ULongLong));

        sql(s("UPDATE gaps SET v = 0 WHERE id = 1000000000000005"));
        sql(s("UPDATE extremes SET v = 0 WHERE id IN (-9223372036854775808, "
              "9223372036854775807)"));
        sql(s("UPDATE wide SET v = 0 WHERE id = 18446744073709551615"));
        const ChecksumComparison gapChanged = compareChecksums(
            before, checked(TableChecksummer::after(*m_session, m_server.password, before, tens)));
        QCOMPARE(gapChanged.differences.size(), 1);
        QCOMPARE(describeKeyRange({s("id")}, gapChanged.differences.first().lower,
                                  gapChanged.differences.first().upper),
                 s("id > 50 AND id <= 1000000000000010"));
        const ChecksumComparison endsChanged = compareChecksums(
            ends, checked(TableChecksummer::after(*m_session, m_server.password, ends, twos)));
        QVERIFY2(endsChanged.notChecked.isEmpty(), qPrintable(describe(endsChanged)));
        QStringList differing;
        for (const ChunkDifference &difference : endsChanged.differences)
            differing.append(difference.table + u' ' +
                             describeKeyRange({s("id")}, difference.lower, difference.upper));
        QCOMPARE(differing, (QStringList{s("extremes id <= -9223372036854775807"),
                                         s("extremes id > 6"), s("wide id > 2")}));
    }

    // Two connections: ranges of one table may be summed on both at once and come back in
    // key order, covering every key once; what they found is what one connection finds
    // over the same ranges. A second connection that cannot be opened (a wrong password)
    // leaves the work to the first.
    void twoConnectionsShareTheWork()
    {
        freshDatabase("checksum_connections");
        sql(s("CREATE TABLE dense (id INT PRIMARY KEY, v VARCHAR(20) NULL)"));
        fill(s("dense"), 3000, s("i, IF(i % 11 = 0, NULL, CONCAT('v', i))"));
        sql(s("CREATE TABLE sparse (id BIGINT PRIMARY KEY, v INT NOT NULL)"));
        fill(s("sparse"), 2000, s("i * i, i"));
        sql(s("CREATE TABLE pairs (a INT NOT NULL, b INT NOT NULL, v INT, PRIMARY KEY (a, b))"));
        fill(s("pairs"), 500, s("i % 7, i, i"));
        const QStringList tables = {s("dense"), s("sparse"), s("pairs")};
        TableChecksummer::Options options;
        options.firstChunkRows = 20;
        options.minChunkRows = 10;
        options.maxChunkRows = 200;
        options.connections = 2;

        const ChecksumSnapshot before =
            checked(TableChecksummer::before(*m_session, m_server.password, tables, options));
        QCOMPARE(before.connections, 2);
        const QList<qint64> counts = {3000, 2000, 500};
        for (int t = 0; t < 3; ++t) {
            const TableChecksum &table = before.tables.at(t);
            QCOMPARE(table.table, tables.at(t));
            QVERIFY2(table.complete(), qPrintable(table.table));
            QVERIFY(table.chunks.size() > 3);
            QVERIFY(table.chunks.first().lower.isEmpty());
            QVERIFY(table.chunks.last().upper.isEmpty());
            qint64 rows = 0;
            for (qsizetype i = 0; i < table.chunks.size(); ++i) {
                rows += table.chunks.at(i).rows;
                if (i > 0)
                    QCOMPARE(table.chunks.at(i).lower, table.chunks.at(i - 1).upper);
            }
            QCOMPARE(rows, counts.at(t));
        }

        TableChecksummer::Options one = options;
        one.connections = 1;
        const ChecksumSnapshot alone =
            checked(TableChecksummer::after(*m_session, m_server.password, before, one));
        QCOMPARE(alone.connections, 1);
        const ChecksumComparison same = compareChecksums(before, alone);
        QVERIFY2(same.provenEqual(), qPrintable(describe(same)));

        sql(s("UPDATE sparse SET v = 0 WHERE id = 1000000"));
        const ChecksumComparison changed = compareChecksums(
            before,
            checked(TableChecksummer::after(*m_session, m_server.password, before, options)));
        QVERIFY2(changed.notChecked.isEmpty(), qPrintable(describe(changed)));
        QCOMPARE(changed.differences.size(), 1);
        const ChunkDifference &difference = changed.differences.first();
        QCOMPARE(difference.table, s("sparse"));
        QVERIFY(difference.lower.isEmpty() || difference.lower.first().toLongLong() < 1000000);
        QVERIFY(difference.upper.isEmpty() || difference.upper.first().toLongLong() >= 1000000);

        const ChecksumSnapshot refused =
            checked(TableChecksummer::before(*m_session, s("not the password"), tables, options));
        QCOMPARE(refused.connections, 1);
        const ChecksumComparison again = compareChecksums(
            refused,
            checked(TableChecksummer::after(*m_session, m_server.password, refused, options)));
        QCOMPARE(again.differences.size(), 0);
        QVERIFY2(again.notChecked.isEmpty(), qPrintable(describe(again)));
    }

    // Each pass in a process of its own (a process reads its failpoints once), with the
    // first connection held at its first range until the second has reached one: the
    // second connection sums ranges (the trace shows it), and the snapshot is what one
    // connection finds. Then the second connection is ended at its first range, as a lost
    // network would end it: it hands that range (or batch, or nibbled table) back and
    // leaves, the first sums it, and no table is in error.
    void aLostConnectionHandsItsWorkBack()
    {
        freshDatabase("checksum_lost");
        sql(s("CREATE TABLE dense (id INT PRIMARY KEY, v VARCHAR(20) NULL)"));
        fill(s("dense"), 3000, s("i, IF(i % 11 = 0, NULL, CONCAT('v', i))"));
        sql(s("CREATE TABLE pairs (a INT NOT NULL, b INT NOT NULL, v INT, PRIMARY KEY (a, b))"));
        fill(s("pairs"), 500, s("i % 7, i, i"));
        const QStringList tables = {s("dense"), s("pairs")};
        TableChecksummer::Options one;
        one.connections = 1;

        const auto verifyWhole = [&](const ChecksumSnapshot &snapshot) {
            QCOMPARE(snapshot.tables.size(), 2);
            const QList<qint64> counts = {3000, 500};
            for (int t = 0; t < 2; ++t) {
                const TableChecksum &table = snapshot.tables.at(t);
                QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
                QVERIFY2(table.complete(), qPrintable(table.table));
                qint64 rows = 0;
                for (const ChecksumChunk &chunk : table.chunks)
                    rows += chunk.rows;
                QCOMPARE(rows, counts.at(t));
            }
        };
        const QString held = s("checksum-range@0:hold");
        for (const QString &failpoints : QStringList{held, held + s(",checksum-range@1:drop")}) {
            const bool dropped = failpoints != held;
            ChildRun first;
            runChild(failpoints, QStringList{s("before")} + tables, first);
            if (QTest::currentTestFailed())
                return;
            verifyWhole(first.snapshot);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(first.snapshot.connections, 2);
            // Dropped: its first range was its last.
            const qsizetype secondsRanges = first.visits.count(s("checksum-range 1"));
            QVERIFY2(dropped ? secondsRanges == 1 : secondsRanges >= 1,
                     qPrintable(first.visits.join(u' ')));
            const ChecksumComparison alone = compareChecksums(
                first.snapshot, checked(TableChecksummer::after(*m_session, m_server.password,
                                                                first.snapshot, one)));
            QVERIFY2(alone.provenEqual(), qPrintable(describe(alone)));

            QTemporaryFile saved;
            QVERIFY(saved.open());
            saved.write(QJsonDocument(checksumSnapshotToJson(first.snapshot)).toJson());
            saved.flush();
            ChildRun second;
            runChild(failpoints, {s("after"), saved.fileName()}, second);
            if (QTest::currentTestFailed())
                return;
            verifyWhole(second.snapshot);
            if (QTest::currentTestFailed())
                return;
            const qsizetype secondsBatches = second.visits.count(s("checksum-range 1"));
            QVERIFY2(dropped ? secondsBatches == 1 : secondsBatches >= 1,
                     qPrintable(second.visits.join(u' ')));
            const ChecksumComparison same = compareChecksums(first.snapshot, second.snapshot);
            QVERIFY2(same.provenEqual(), qPrintable(describe(same)));
        }
    }

    // A range of key values sized from sparse keys can meet a dense stretch: it is cut off
    // at its own time limit and left not checked, and the budget goes on to the next
    // table. Here the limit (1 ms) is far below what 20,000 rows take.
    void aRangeOverItsOwnLimitIsNotCheckedAndTheBudgetGoesOn()
    {
        freshDatabase("checksum_range_limit");
        sql(s("CREATE TABLE dense (id INT PRIMARY KEY, v VARCHAR(60) NOT NULL)"));
        fill(s("dense"), 20000, s("i, CONCAT('value ', i, ' ', REPEAT('x', i % 30))"));
        sql(s("CREATE TABLE small (id INT PRIMARY KEY, v INT NOT NULL)"));
        fill(s("small"), 10, s("i, i"));
        TableChecksummer::Options options = fixedChunks(20000);
        options.rangeLimitMs = 1;
        options.connections = 1;
        const ChecksumSnapshot before = checked(TableChecksummer::before(
            *m_session, m_server.password, {s("dense"), s("small")}, options));
        const TableChecksum &dense = before.tables.at(0);
        QVERIFY(dense.error.isEmpty());
        QCOMPARE(dense.chunks.size(), 1); // every key in the one range
        QVERIFY(!dense.chunks.first().checked);
        QVERIFY2(before.tables.at(1).complete(), "the budget must go on to the next table");
        QCOMPARE(before.tables.at(1).chunks.first().rows, qint64(10));
        const ChecksumComparison comparison = compareChecksums(
            before,
            checked(TableChecksummer::after(*m_session, m_server.password, before, options)));
        QCOMPARE(comparison.notChecked.size(), 1);
        QCOMPARE(comparison.notChecked.first().table, s("dense"));
    }

    // No budget: nothing is checked, and nothing is called equal.
    void whatTheBudgetDidNotCoverIsNotChecked()
    {
        freshDatabase("checksum_budget");
        sql(s("CREATE TABLE t (id INT PRIMARY KEY)"));
        fill(s("t"), 10, s("i"));
        TableChecksummer::Options none = fixedChunks(3);
        none.budgetMs = 0;
        const ChecksumComparison nothing = compare({s("t")}, none, {s("DELETE FROM t")});
        QVERIFY(nothing.differences.isEmpty());
        QVERIFY(!nothing.provenEqual());
        QCOMPARE(nothing.notChecked.size(), 1);
        QCOMPARE(nothing.notChecked.first().range, s("every row"));
        const VerificationChecks checks = checksumChecks(nothing);
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().outcome, VerificationCheck::Outcome::Skipped);

        // A first snapshot in full, a second one without budget: every chunk unchecked.
        const ChecksumSnapshot before = checked(
            TableChecksummer::before(*m_session, m_server.password, {s("t")}, fixedChunks(3)));
        QVERIFY(before.tables.first().complete());
        const ChecksumSnapshot after =
            checked(TableChecksummer::after(*m_session, m_server.password, before, none));
        const ChecksumComparison late = compareChecksums(before, after);
        QCOMPARE(late.chunksCompared, 0);
        QCOMPARE(late.notChecked.size(), before.tables.first().chunks.size());
        QVERIFY(!late.provenEqual());
    }
};

QTEST_GUILESS_MAIN(TestTableChecksums)
#include "tst_tablechecksums.moc"
