// Checksum snapshots through JSON (the playbook keeps the "before" checksums in its
// evidence): key values come back with their types, so that 64-bit keys stay exact and
// bytes stay bytes when they are bound into the range conditions again.
#include "core/tablechecksum.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>
#include <utility>

using namespace backstep;

class TestTableChecksumJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysKeepTheirTypes()
    {
        ChecksumSnapshot snapshot;
        snapshot.budgetMs = 120000;
        snapshot.elapsedMs = 42;
        snapshot.connections = 2;
        TableChecksum table;
        table.table = QStringLiteral("readings");
        table.keyName = QStringLiteral("PRIMARY");
        table.keyColumns = {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("at")};
        const qint64 big = std::numeric_limits<qint64>::max() - 1;
        const quint64 bigger = std::numeric_limits<quint64>::max();
        table.chunks.append(
            {{},
             {QVariant(big), QVariant(QByteArray("\x00\xff", 2)), QVariant(QStringLiteral("x"))},
             1000,
             QStringLiteral("123456"),
             true});
        table.chunks.append({{QVariant(bigger), QVariant(QMetaType(QMetaType::QString)),
                              QVariant(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6)))},
                             {},
                             7,
                             QStringLiteral("0"),
                             false});
        snapshot.tables.append(table);
        TableChecksum whole;
        whole.table = QStringLiteral("logs");
        whole.wholeTableReason = QStringLiteral("no primary or unique key");
        whole.error = QStringLiteral("cannot read");
        snapshot.tables.append(whole);

        // Through text, as the journal stores it.
        const QByteArray text = QJsonDocument(checksumSnapshotToJson(snapshot)).toJson();
        const ChecksumSnapshot back =
            checksumSnapshotFromJson(QJsonDocument::fromJson(text).object());
        QCOMPARE(back.budgetMs, qint64(120000));
        QCOMPARE(back.elapsedMs, qint64(42));
        QCOMPARE(back.connections, 2);
        QCOMPARE(back.tables.size(), 2);
        const TableChecksum &readings = back.tables.first();
        QCOMPARE(readings.keyColumns, table.keyColumns);
        QCOMPARE(readings.keyName, QStringLiteral("PRIMARY"));
        QCOMPARE(readings.chunks.size(), 2);
        QVERIFY(readings.chunks[0].lower.isEmpty());
        QCOMPARE(readings.chunks[0].upper[0].typeId(), QMetaType::LongLong);
        QCOMPARE(readings.chunks[0].upper[0].toLongLong(), big);
        QCOMPARE(readings.chunks[0].upper[1].toByteArray(), QByteArray("\x00\xff", 2));
        QCOMPARE(readings.chunks[0].upper[2].toString(), QStringLiteral("x"));
        QCOMPARE(readings.chunks[0].rows, qint64(1000));
        QCOMPARE(readings.chunks[0].crc, QStringLiteral("123456"));
        QVERIFY(readings.chunks[0].checked);
        QCOMPARE(readings.chunks[1].lower[0].toULongLong(), bigger);
        QVERIFY(readings.chunks[1].lower[1].isNull());
        QCOMPARE(readings.chunks[1].lower[2].toString(), QStringLiteral("2026-01-02 03:04:05.006"));
        QVERIFY(!readings.chunks[1].checked);
        QCOMPARE(back.tables[1].wholeTableReason, whole.wholeTableReason);
        QCOMPARE(back.tables[1].error, whole.error);
        QVERIFY(back.tables[1].wholeTable());
    }

    // The comparison as the verify step's evidence: a differing chunk by table and range;
    // an unchecked one as not covered, with its reason.
    void comparisonEvidence()
    {
        ChecksumSnapshot before;
        TableChecksum table;
        table.table = QStringLiteral("customers");
        table.keyName = QStringLiteral("PRIMARY");
        table.keyColumns = {QStringLiteral("id")};
        table.chunks.append({{}, {QVariant(1000)}, 1000, QStringLiteral("1"), true});
        table.chunks.append({{QVariant(1000)}, {QVariant(2000)}, 1000, QStringLiteral("2"), true});
        table.chunks.append({{QVariant(2000)}, {}, 0, QString(), false});
        before.tables.append(table);
        ChecksumSnapshot after = before;
        after.tables[0].chunks[1].crc = QStringLiteral("3");
        const QJsonObject json = checksumComparisonToJson(compareChecksums(before, after));
        QCOMPARE(json.value(QStringLiteral("compared")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("algorithm")).toString(), QStringLiteral("sum-crc32"));
        QCOMPARE(json.value(QStringLiteral("algorithmAfter")).toString(),
                 QStringLiteral("sum-crc32"));
        QVERIFY(json.value(QStringLiteral("method")).toString().contains(u"SUM(CRC32"));
        const QJsonArray differing = json.value(QStringLiteral("differing")).toArray();
        QCOMPARE(differing.size(), 1);
        QCOMPARE(differing[0].toObject().value(QStringLiteral("table")).toString(),
                 QStringLiteral("customers"));
        QCOMPARE(differing[0].toObject().value(QStringLiteral("range")).toString(),
                 describeKeyRange(table.keyColumns, {QVariant(1000)}, {QVariant(2000)}));
        const QJsonArray notCovered = json.value(QStringLiteral("notCovered")).toArray();
        QCOMPARE(notCovered.size(), 1);
        QVERIFY(!notCovered[0].toObject().value(QStringLiteral("reason")).toString().isEmpty());
    }

    // The algorithm travels with the snapshot: a snapshot of an older Backstep (no tag) is
    // BIT_XOR, and two snapshots of different algorithms are never "unchanged": every
    // table is not covered, with the reason, even where the numbers happen to agree.
    void snapshotsOfDifferentAlgorithmsAreNotCompared()
    {
        ChecksumSnapshot sum;
        TableChecksum table;
        table.table = QStringLiteral("flags");
        table.keyName = QStringLiteral("PRIMARY");
        table.keyColumns = {QStringLiteral("id")};
        table.chunks.append({{}, {QVariant(3)}, 3, QStringLiteral("2783280816"), true});
        table.chunks.append({{QVariant(3)}, {}, 0, QStringLiteral("0"), true});
        sum.tables.append(table);
        QCOMPARE(sum.algorithm, ChecksumAlgorithm::SumCrc32); // what a new snapshot uses

        QJsonObject json = checksumSnapshotToJson(sum);
        QCOMPARE(json.value(QStringLiteral("algorithm")).toString(), QStringLiteral("sum-crc32"));
        QCOMPARE(checksumSnapshotFromJson(json).algorithm, ChecksumAlgorithm::SumCrc32);
        json.insert(QStringLiteral("algorithm"), QStringLiteral("bit-xor-crc32"));
        QCOMPARE(checksumSnapshotFromJson(json).algorithm, ChecksumAlgorithm::BitXorCrc32);
        json.insert(QStringLiteral("algorithm"), QStringLiteral("sha3-of-everything"));
        QCOMPARE(checksumSnapshotFromJson(json).algorithm, ChecksumAlgorithm::Unknown);
        json.remove(QStringLiteral("algorithm")); // as an older Backstep wrote it
        const ChecksumSnapshot old = checksumSnapshotFromJson(json);
        QCOMPARE(old.algorithm, ChecksumAlgorithm::BitXorCrc32);

        // Like with like still compares.
        const ChecksumComparison same = compareChecksums(old, old);
        QVERIFY(same.provenEqual());
        QCOMPARE(same.chunksCompared, 2);
        QVERIFY(checksumChecks(same).first().evidence.contains(QStringLiteral("BIT_XOR")));
        QVERIFY(checksumChecks(compareChecksums(sum, sum))
                    .first()
                    .evidence.contains(QStringLiteral("SUM(CRC32")));

        // Same numbers, different methods: inconclusive, never unchanged.
        for (const auto &[first, second] :
             {std::pair{old, sum}, std::pair{sum, old},
              std::pair{checksumSnapshotFromJson(QJsonObject{
                            {QStringLiteral("algorithm"), QStringLiteral("sha3")},
                            {QStringLiteral("tables"),
                             checksumSnapshotToJson(sum).value(QStringLiteral("tables"))}}),
                        sum}}) {
            const ChecksumComparison mixed = compareChecksums(first, second);
            QVERIFY(mixed.noDifference());
            QVERIFY(!mixed.provenEqual());
            QCOMPARE(mixed.chunksCompared, 0);
            QCOMPARE(mixed.notChecked.size(), 1);
            QCOMPARE(mixed.notChecked.first().range, QStringLiteral("every row"));
            QVERIFY2(mixed.notChecked.first().reason.contains(QStringLiteral("inconclusive")),
                     qPrintable(mixed.notChecked.first().reason));
            const VerificationChecks checks = checksumChecks(mixed);
            QCOMPARE(checks.size(), 1);
            QCOMPARE(checks.first().outcome, VerificationCheck::Outcome::Skipped);
            const QJsonObject evidence = checksumComparisonToJson(mixed);
            QCOMPARE(evidence.value(QStringLiteral("notCovered")).toArray().size(), 1);
            QCOMPARE(evidence.value(QStringLiteral("algorithm")).toString(),
                     algorithmName(first.algorithm));
            QCOMPARE(evidence.value(QStringLiteral("algorithmAfter")).toString(),
                     algorithmName(second.algorithm));
            QVERIFY(evidence.value(QStringLiteral("algorithm")) !=
                    evidence.value(QStringLiteral("algorithmAfter")));
        }
    }
};

QTEST_GUILESS_MAIN(TestTableChecksumJson)
#include "tst_tablechecksumjson.moc"
