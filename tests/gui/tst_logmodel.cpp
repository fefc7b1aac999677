// LogModel and its filter: the ring's bound (checked by QAbstractItemModelTester), levels,
// timestamps, colours, marker rows and the filters that always keep them.
#include "ui/logfilterproxymodel.h"
#include "ui/logmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

using namespace backstep;

namespace {

QStringList numbered(int from, int count)
{
    QStringList lines;
    for (int i = from; i < from + count; ++i)
        lines.append(QStringLiteral("line %1").arg(i));
    return lines;
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ringKeepsTheLastLinesAndRemovesBeforeInserting()
    {
        LogModel model;
        QCOMPARE(model.capacity(), 100000);
        model.setCapacity(1000);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        LogFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        int maxRows = 0;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&] { maxRows = std::max(maxRows, model.rowCount()); });
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int first = 0; first < 2500; first += 300)
            model.appendLines(numbered(first, std::min(300, 2500 - first)));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(maxRows, 1000); // never above the bound, not even for a moment
        QVERIFY(!removed.isEmpty());
        QCOMPARE(model.text(0), QStringLiteral("line 1500"));
        QCOMPARE(model.text(999), QStringLiteral("line 2499"));
        QCOMPARE(model.totalAdded(), 2500);
        QCOMPARE(proxy.rowCount(), 1000);

        model.appendLines(numbered(10000, 2500)); // one batch larger than the ring
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.text(0), QStringLiteral("line 11500"));
        QCOMPARE(model.text(999), QStringLiteral("line 12499"));

        model.setCapacity(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.text(0), QStringLiteral("line 12490"));
    }

    void levelsTimestampsAndColours_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("timestamp");
        QTest::newRow("iso error")
            << QStringLiteral("2026-11-24T01:02:03.456Z ERROR db down") << int(LogLevel::Error)
            << QStringLiteral("2026-11-24T01:02:03.456Z");
        QTest::newRow("mariadb warning")
            << QStringLiteral("2026-11-24  1:02:03 0 [Warning] Aborted connection")
            << int(LogLevel::Warning) << QStringLiteral("2026-11-24  1:02:03");
        QTest::newRow("mariadb note")
            << QStringLiteral("2026-11-24 01:02:03 0 [Note] InnoDB: ready") << int(LogLevel::Info)
            << QStringLiteral("2026-11-24 01:02:03");
        QTest::newRow("syslog fatal") << QStringLiteral("Nov 24 01:02:03 host app: FATAL boom")
                                      << int(LogLevel::Error) << QStringLiteral("Nov 24 01:02:03");
        QTest::newRow("logfmt debug")
            << QStringLiteral("ts=1 level=debug msg=x") << int(LogLevel::Debug) << QString();
        QTest::newRow("bracketed trace")
            << QStringLiteral("[2026-11-24 01:02:03,5] TRACE x") << int(LogLevel::Debug)
            << QStringLiteral("2026-11-24 01:02:03,5");
        QTest::newRow("warn") << QStringLiteral("WARN disk 91% full") << int(LogLevel::Warning)
                              << QString();
        QTest::newRow("prose is not a level")
            << QStringLiteral("user info updated, error count reset") << int(LogLevel::None)
            << QString();
        QTest::newRow("apache") << QStringLiteral("10.0.0.1 - - x") << int(LogLevel::None)
                                << QString();
        QTest::newRow("mariadb old") << QStringLiteral("241124  1:02:03 [ERROR] x")
                                     << int(LogLevel::Error) << QStringLiteral("241124  1:02:03");
    }
    void levelsTimestampsAndColours()
    {
        QFETCH(QString, line);
        QFETCH(int, level);
        QFETCH(QString, timestamp);
        LogModel model;
        model.appendLines({line});
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data(LogModel::LevelRole).toInt(), level);
        QCOMPARE(index.data(LogModel::TimestampRole).toString(), timestamp);
        QCOMPARE(index.data(LogModel::KindRole).toInt(), int(LogModel::RowKind::Line));
        const bool coloured = index.data(Qt::ForegroundRole).isValid();
        QCOMPARE(coloured, level == int(LogLevel::Error) || level == int(LogLevel::Warning) ||
                               level == int(LogLevel::Debug));
    }

    void isoTimestampsBecomeTimes()
    {
        LogModel model;
        model.appendLines({QStringLiteral("2026-11-24 01:02:03 INFO up"),
                           QStringLiteral("2026-11-24  1:02:03 0 [Note] up")});
        QCOMPARE(model.index(0).data(LogModel::DateTimeRole).toDateTime(),
                 QDateTime(QDate(2026, 11, 24), QTime(1, 2, 3)));
        QCOMPARE(model.index(1).data(LogModel::DateTimeRole).toDateTime(),
                 QDateTime(QDate(2026, 11, 24), QTime(1, 2, 3)));
    }

    void markerRowsAndFilters()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        LogFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendLines({QStringLiteral("INFO started"), QStringLiteral("ERROR failed")});
        model.addActionMark(QStringLiteral("Rollback of 1203 began"));
        model.addFileEvent(QStringLiteral("app.log was rotated; following the new file"));
        model.appendLines({QStringLiteral("WARN slow"), QStringLiteral("plain continuation")});
        QCOMPARE(model.rowCount(), 6);
        const QModelIndex mark = model.index(2);
        QCOMPARE(mark.data(LogModel::KindRole).toInt(), int(LogModel::RowKind::ActionMark));
        QVERIFY(mark.data().toString().endsWith(QStringLiteral("▶ Rollback of 1203 began")));
        QVERIFY(mark.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        QCOMPARE(model.index(3).data(LogModel::KindRole).toInt(),
                 int(LogModel::RowKind::FileEvent));

        proxy.setMinimumLevel(LogLevel::Warning);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(proxy.index(row, 0).data().toString());
        QCOMPARE(shown.size(), 4); // ERROR, the two markers, WARN
        QCOMPARE(shown[0], QStringLiteral("ERROR failed"));
        QCOMPARE(shown[3], QStringLiteral("WARN slow"));

        proxy.setMinimumLevel(LogLevel::None);
        proxy.setText(QStringLiteral("CONTINUATION"));
        QCOMPARE(proxy.rowCount(), 3); // the line, and both markers
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("plain continuation"));
    }
};

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
