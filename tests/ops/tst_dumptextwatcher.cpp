// DumpTextWatcher and Sha256 on streamed text: markers found whatever the chunk
// boundaries, only at a line's start, the latest one winning; the completion line checked
// on the tail; the digest the same as QCryptographicHash's for any split of the input.
#include "ops/dumptextwatcher.h"
#include "ops/sha256.h"

#include <QCryptographicHash>
#include <QTest>

using namespace backstep;

namespace {

const QByteArray dump =
    QByteArrayLiteral("-- MariaDB dump 10.19\n"
                      "--\n"
                      "-- Table structure for table `patients`\n"
                      "--\n"
                      "CREATE TABLE `patients` (id INT);\n"
                      "--\n"
                      "-- Dumping data for table `patients`\n"
                      "--\n"
                      "INSERT INTO `patients` VALUES (1),(2);\n"
                      "INSERT INTO `notes` VALUES ('-- Dumping data for table `fake`');\n"
                      "--\n"
                      "-- Table structure for table `readings`\n"
                      "--\n"
                      "-- Dump completed on 2026-12-01  6:00:00\n");

// Feeds `text` in chunks of `size` bytes; returns the watcher's table after each chunk.
QStringList tablesSeen(DumpTextWatcher &watcher, const QByteArray &text, qsizetype size)
{
    QStringList seen;
    for (qsizetype at = 0; at < text.size(); at += size) {
        watcher.feed(QByteArrayView(text).sliced(at, qMin(size, text.size() - at)));
        if (seen.isEmpty() || seen.constLast() != watcher.currentTable())
            seen.append(watcher.currentTable());
    }
    return seen;
}

} // namespace

class TestDumpTextWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markersWhateverTheChunks_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        for (qsizetype size : {1, 2, 3, 7, 16, 29, 64, 100, 1000})
            QTest::addRow("%lld bytes", qlonglong(size)) << size;
    }

    void markersWhateverTheChunks()
    {
        QFETCH(qsizetype, chunk);
        DumpTextWatcher watcher;
        QStringList seen = tablesSeen(watcher, dump, chunk);
        seen.removeAll(QString());
        seen.removeDuplicates();
        // Whole chunks may hold several markers: the latest is what counts at the end.
        QCOMPARE(watcher.currentTable(), QStringLiteral("readings"));
        QVERIFY(!seen.contains(QStringLiteral("fake")));
        if (chunk <= 16)
            QCOMPARE(seen, QStringList({QStringLiteral("patients"), QStringLiteral("readings")}));
        QVERIFY(watcher.endsWithCompletionLine());
    }

    void aLongLineDoesNotGrowTheCarry()
    {
        DumpTextWatcher watcher;
        const QByteArray insert = "INSERT INTO t VALUES " + QByteArray(4 * 1024 * 1024, 'x');
        watcher.feed("-- Dumping data for table `t`\n");
        for (qsizetype at = 0; at < insert.size(); at += 65536)
            watcher.feed(
                QByteArrayView(insert).sliced(at, qMin<qsizetype>(65536, insert.size() - at)));
        watcher.feed(";\n-- Dumping data for table `u`\n");
        QCOMPARE(watcher.currentTable(), QStringLiteral("u"));
        QVERIFY(!watcher.endsWithCompletionLine());
    }

    // Names are data: the dump doubles a backtick inside a quoted name, and a name may
    // hold spaces, `;` and what looks like a marker.
    void namesWithBackticksAreWhole()
    {
        DumpTextWatcher watcher;
        watcher.feed("-- Table structure for table `a``b`\n"
                     "-- Dumping data for table `a``b`\n");
        QCOMPARE(watcher.currentTable(), QStringLiteral("a`b"));
        watcher.feed("-- Table structure for table `x; ``-- Dumping data for table `` y`\r\n");
        QCOMPARE(watcher.currentTable(), QStringLiteral("x; `-- Dumping data for table ` y"));
        QCOMPARE(watcher.structures(),
                 QStringList(
                     {QStringLiteral("a`b"), QStringLiteral("x; `-- Dumping data for table ` y")}));
    }

    void aDumpCutShortIsNotComplete()
    {
        DumpTextWatcher watcher;
        watcher.feed(dump.first(dump.indexOf("-- Dump completed")));
        QVERIFY(!watcher.endsWithCompletionLine());
        watcher.feed("-- Dump completed on 2026-12-01  6:00:00\n\n");
        QVERIFY(watcher.endsWithCompletionLine());
        watcher.feed("INSERT INTO t VALUES (1);\n");
        QVERIFY(!watcher.endsWithCompletionLine());
        watcher.reset();
        QVERIFY(!watcher.endsWithCompletionLine());
        QVERIFY(watcher.currentTable().isEmpty());
    }

    void sha256MatchesQCryptographicHash()
    {
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char(i * 131 + i / 7);
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        Sha256 hash;
        for (qsizetype size : {qsizetype(1), qsizetype(63), qsizetype(65536), data.size()}) {
            hash.reset();
            for (qsizetype at = 0; at < data.size(); at += size)
                hash.addData(QByteArrayView(data).sliced(at, qMin(size, data.size() - at)));
            QCOMPARE(hash.result(), expected);
        }
        hash.reset();
        QCOMPARE(
            hash.result().toHex(),
            QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }
};

QTEST_GUILESS_MAIN(TestDumpTextWatcher)
#include "tst_dumptextwatcher.moc"
