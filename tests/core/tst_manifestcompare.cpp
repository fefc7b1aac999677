// The manifest's JSON round trip and the comparison of a restored copy with it.
#include "core/backupmanifest.h"

#include <QJsonDocument>
#include <QTest>

using namespace backstep;

namespace {

ManifestTable table(const QString &name, qint64 rows, bool exact = true, QString checksum = {})
{
    ManifestTable t;
    t.name = name;
    t.rows = rows;
    t.rowsExact = exact;
    t.checksum = std::move(checksum);
    return t;
}

BackupManifest held()
{
    BackupManifest manifest;
    manifest.migrationVersion = QStringLiteral("1203");
    manifest.takenAt = QDateTime(QDate(2026, 12, 5), QTime(19, 0), QTimeZone::UTC);
    manifest.tables = {table(QStringLiteral("patients"), 100, true, QStringLiteral("42")),
                       table(QStringLiteral("readings"), 5000000, false)};
    manifest.routines = {QStringLiteral("PROCEDURE count_readings")};
    manifest.triggers = {QStringLiteral("readings_bi")};
    return manifest;
}

} // namespace

class TestManifestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip()
    {
        BackupManifest manifest = held();
        manifest.kind = BackupManifest::Kind::Targeted;
        manifest.tables[1].hasData = false;
        manifest.tables[0].rowsChanged = true;
        const QByteArray json = QJsonDocument(manifest.toJson()).toJson();
        auto parsed = BackupManifest::fromJson(json);
        QVERIFY(parsed);
        QCOMPARE(parsed.value(), manifest);
        QCOMPARE(parsed->tablesWithData(), QStringList{QStringLiteral("patients")});
        QVERIFY(!BackupManifest::fromJson("{not json"));
    }

    void aCopyThatAgreesListsWhatWasCompared()
    {
        BackupManifest copy = held();
        copy.tables[1] = table(QStringLiteral("readings"), 4999000); // estimate: not compared
        copy.tables.append(table(QStringLiteral("bulk"), 3));        // not in the manifest
        const ManifestComparison result = compareWithManifest(held(), copy);
        QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
        QVERIFY(result.compared.contains(QStringLiteral("patients: 100 rows, checksum 42")));
        QVERIFY(result.compared.contains(QStringLiteral("routine: PROCEDURE count_readings")));
        QVERIFY(result.compared.contains(QStringLiteral("trigger: readings_bi")));
        QCOMPARE(result.notCompared.size(), 2);
        QVERIFY(result.notCompared.join(u'\n').contains(QStringLiteral("estimate only")));
        QVERIFY(result.notCompared.join(u'\n').contains(QStringLiteral("bulk")));
    }

    void whatTheCopyLacksIsNamed()
    {
        BackupManifest copy = held();
        copy.tables.removeAt(1);
        copy.tables[0].rows = 99;
        copy.routines.clear();
        ManifestComparison result = compareWithManifest(held(), copy);
        QCOMPARE(result.problems,
                 (QStringList{QStringLiteral("table patients has 99 rows restored; the backup "
                                             "held 100"),
                              QStringLiteral("table readings is missing from the restored copy"),
                              QStringLiteral("routine PROCEDURE count_readings is missing from "
                                             "the restored copy")}));
        copy = held();
        copy.tables[0].checksum = QStringLiteral("7");
        result = compareWithManifest(held(), copy);
        QCOMPARE(result.problems, QStringList{QStringLiteral(
                                      "table patients: CHECKSUM TABLE of the restored copy is 7; "
                                      "the backup held 42")});
    }

    void structureOnlyTablesMustBeEmpty()
    {
        BackupManifest manifest = held();
        manifest.tables[1].hasData = false;
        BackupManifest copy = held();
        copy.tables[1] = table(QStringLiteral("readings"), 0);
        QVERIFY(compareWithManifest(manifest, copy).ok());
        copy.tables[1].rows = 2;
        QVERIFY(!compareWithManifest(manifest, copy).ok());
    }

    void changesBetweenTheReadsAreMarkedAndNotCompared()
    {
        BackupManifest before = held();
        BackupManifest after = held();
        after.tables[0].rows = 101;
        markChangedDuringBackup(before, after);
        QVERIFY(before.tables[0].rowsChanged);
        QVERIFY(!before.tables[1].rowsChanged);
        BackupManifest copy = held();
        copy.tables[0].rows = 101;
        const ManifestComparison result = compareWithManifest(before, copy);
        QVERIFY(result.ok());
        QVERIFY(result.notCompared.join(u'\n').contains(QStringLiteral("changed while")));
    }
};

QTEST_GUILESS_MAIN(TestManifestCompare)
#include "tst_manifestcompare.moc"
