// GtidDumpFilter: mysqldump's GTID_PURGED and SQL_LOG_BIN statements left out as comments,
// whatever pieces the dump arrives in; everything else passed on byte for byte.
#include "core/gtiddumpfilter.h"

#include <QTest>

using namespace backstep;

class TestGtidDumpFilter : public QObject
{
    Q_OBJECT

private:
    // As mysqldump 9.7 writes it with --set-gtid-purged=AUTO, the set over two lines.
    static QByteArray dump()
    {
        return QByteArrayLiteral(
            "-- MySQL dump 10.13\n"
            "/*!40101 SET NAMES utf8mb4 */;\n"
            "SET @MYSQLDUMP_TEMP_LOG_BIN = @@SESSION.SQL_LOG_BIN;\n"
            "SET @@SESSION.SQL_LOG_BIN= 0;\n"
            "\n"
            "--\n"
            "-- GTID state at the beginning of the backup \n"
            "--\n"
            "\n"
            "SET @@GLOBAL.GTID_PURGED=/*!80000 '+'*/ '1b2c3d4e-0000-0000-0000-000000000001:1-42,\n"
            "1b2c3d4e-0000-0000-0000-000000000002:1-7';\n"
            "DROP TABLE IF EXISTS `t`;\n"
            "CREATE TABLE `t` (`id` int NOT NULL, PRIMARY KEY (`id`));\n"
            "INSERT INTO `t` VALUES (1),(2);\n"
            "DELIMITER ;;\n"
            "CREATE PROCEDURE p()\n"
            "BEGIN\n"
            "SET @@SESSION.SQL_LOG_BIN= 0;\n"
            "END ;;\n"
            "DELIMITER ;\n"
            "SET @@SESSION.SQL_LOG_BIN = @MYSQLDUMP_TEMP_LOG_BIN;\n"
            "-- Dump completed on 2026-12-06  1:00:00");
    }

    static QByteArray filtered(const QByteArray &input, qsizetype piece, QStringList &removed,
                               QList<qsizetype> *lines = nullptr)
    {
        GtidDumpFilter filter;
        QByteArray out;
        for (qsizetype at = 0; at < input.size(); at += piece)
            out += filter.feed(input.mid(at, piece));
        out += filter.finish();
        removed = filter.removed();
        if (lines)
            for (const GtidDumpFilter::LeftOut &item : filter.leftOut())
                lines->append(item.line);
        return out;
    }

private Q_SLOTS:
    void removesTheGtidStatementsInAnyPieces_data()
    {
        QTest::addColumn<qsizetype>("piece");
        for (const qsizetype piece :
             {qsizetype(1), qsizetype(7), qsizetype(64), qsizetype(1 << 20)})
            QTest::addRow("%lld bytes", static_cast<long long>(piece)) << piece;
    }

    void removesTheGtidStatementsInAnyPieces()
    {
        QFETCH(qsizetype, piece);
        QStringList removed;
        QList<qsizetype> removedAt;
        const QByteArray out = filtered(dump(), piece, removed, &removedAt);
        const QList<QByteArray> in = dump().split('\n');
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.size(), in.size()); // line numbers kept
        const QList<int> commented{2, 3, 9, 10, 20};
        for (int i = 0; i < in.size(); ++i) {
            const QByteArray expected = commented.contains(i) ? "-- " + in[i] : in[i];
            QCOMPARE(lines[i], expected);
        }
        QCOMPARE(removed.size(), 2);
        QVERIFY2(removed[0].contains(QStringLiteral("GTID_PURGED (1b2c3d4e-0000-0000-0000-"
                                                    "000000000001:1-42,1b2c3d4e-0000-0000-0000-"
                                                    "000000000002:1-7)")),
                 qPrintable(removed[0]));
        QVERIFY2(removed[1].contains(QStringLiteral("SQL_LOG_BIN = 0")), qPrintable(removed[1]));
        // Where each began in the dump's text (1-based): the set's first line, the
        // SQL_LOG_BIN = 0 line.
        QCOMPARE(removedAt, (QList<qsizetype>{10, 4}));
    }

    void aDumpWithoutThemPassesUnchanged()
    {
        const QByteArray plain = QByteArrayLiteral(
            "-- MariaDB dump\nCREATE TABLE t (id INT);\nINSERT INTO t VALUES (1);\n-- end");
        QStringList removed;
        QCOMPARE(filtered(plain, 5, removed), plain);
        QVERIFY(removed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGtidDumpFilter)
#include "tst_gtiddumpfilter.moc"
