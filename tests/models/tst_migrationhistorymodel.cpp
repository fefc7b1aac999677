#include "models/migrationhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace backstep;

namespace {

MigrationStatus row(const QString &version, const QString &name, MigrationState state,
                    bool reversible = true)
{
    MigrationStatus status;
    status.version = version;
    status.name = name;
    status.state = state;
    status.reversible = reversible;
    status.downStatementCount = reversible ? 2 : 0;
    status.irreversibleReason = reversible ? QString() : QStringLiteral("no DOWN section");
    return status;
}

QList<MigrationStatus> sampleRows()
{
    return {row(QStringLiteral("9"), QStringLiteral("create_users"), MigrationState::Applied),
            row(QStringLiteral("10"), QStringLiteral("backfill"), MigrationState::Applied, false),
            row(QStringLiteral("11"), QStringLiteral("add_index"), MigrationState::Dirty),
            row(QStringLiteral("12"), QStringLiteral("partition_events"), MigrationState::Pending)};
}

} // namespace

class TestMigrationHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelIsConsistent()
    {
        MigrationHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setRows(sampleRows());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(MigrationHistoryModel::ColumnCount));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void dataAndRoles()
    {
        MigrationHistoryModel model;
        model.setRows(sampleRows());
        const QModelIndex state = model.index(2, MigrationHistoryModel::StateColumn);
        QCOMPARE(state.data(MigrationHistoryModel::StateRole).toInt(), int(MigrationState::Dirty));
        QVERIFY(state.data().toString().contains(QStringLiteral("Dirty")));
        QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QModelIndex down = model.index(1, MigrationHistoryModel::DownColumn);
        QCOMPARE(down.data().toString(), QStringLiteral("irreversible"));
        QVERIFY(down.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no DOWN section")));
        QCOMPARE(model.index(0, MigrationHistoryModel::DownColumn).data().toString(),
                 QStringLiteral("2 statement(s)"));
        QCOMPARE(model.rowOfVersion(QStringLiteral("0012")), 3);
        QCOMPARE(model.countInState(MigrationState::Applied), 2);
    }

    void proxySortsVersionsAsNumbersAndFilters()
    {
        MigrationHistoryModel model;
        MigrationFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(sampleRows());
        proxy.sort(MigrationHistoryModel::VersionColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, MigrationHistoryModel::VersionColumn).data().toString(),
                 QStringLiteral("12"));
        QCOMPARE(proxy.index(3, MigrationHistoryModel::VersionColumn).data().toString(),
                 QStringLiteral("9"));

        proxy.setFilterText(QStringLiteral("dirty"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, MigrationHistoryModel::NameColumn).data().toString(),
                 QStringLiteral("add_index"));
        proxy.setFilterText(QStringLiteral("irreversible"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("PARTITION"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 4);
    }
};

QTEST_MAIN(TestMigrationHistoryModel)
#include "tst_migrationhistorymodel.moc"
