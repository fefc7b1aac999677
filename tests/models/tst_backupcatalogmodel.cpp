#include "models/backupcatalogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace backstep;

namespace {

ListedBackup backup(qint64 id, BackupStatus status, bool fileMissing)
{
    ListedBackup listed;
    listed.record.id = id;
    listed.record.status = status;
    // No such file: the model must take the file's presence from the listing alone.
    listed.record.path = QStringLiteral("/nonexistent/backstep/heartguard_%1.sql").arg(id);
    listed.record.startedAt = QDateTime::currentDateTimeUtc();
    listed.fileMissing = fileMissing;
    return listed;
}

} // namespace

class TestBackupCatalogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presenceComesFromTheListing()
    {
        BackupCatalogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackups({backup(3, BackupStatus::Complete, false),
                          backup(2, BackupStatus::Complete, true),
                          backup(1, BackupStatus::Failed, false)});
        QCOMPARE(model.rowCount(), 3);
        const auto status = [&model](int row) {
            return model.index(row, BackupCatalogModel::StatusColumn).data().toString();
        };
        // The file of row 0 is not on disk either: the listing says it was there when read.
        QCOMPARE(status(0), QStringLiteral("complete"));
        QCOMPARE(status(1), QStringLiteral("missing"));
        QCOMPARE(status(2), QStringLiteral("failed"));
        QCOMPARE(model.index(1, 0).data(BackupCatalogModel::RecordIdRole).toLongLong(), 2);
        QVERIFY(model.recordAt(1));
        QCOMPARE(model.recordAt(1)->id, 2);
        QVERIFY(!model.recordAt(3));

        // A new listing (the catalog read again) replaces what was shown.
        model.setBackups({backup(2, BackupStatus::Complete, false)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(status(0), QStringLiteral("complete"));
    }
};

QTEST_MAIN(TestBackupCatalogModel)
#include "tst_backupcatalogmodel.moc"
