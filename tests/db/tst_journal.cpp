#include "db/journal.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

class TestJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsSchemaInWalModeAndPrivateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/journal.sqlite"));
        auto journal = Journal::open(path);
        QVERIFY2(journal.ok(), journal.ok() ? "" : qPrintable(journal.error()));
        QCOMPARE(journal.value()->schemaVersion(), int(Journal::schemaRevisions().size()));
        QSqlQuery query(journal.value()->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void eventsSurviveReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            auto journal = Journal::open(path);
            QVERIFY(journal.ok());
            auto id = journal.value()->record({0,
                                               {},
                                               QStringLiteral("service"),
                                               QStringLiteral("heartguard-app"),
                                               QStringLiteral("stop"),
                                               QStringLiteral("ok"),
                                               QStringLiteral("took 1.2 s")});
            QVERIFY(id.ok());
            QVERIFY(id.value() > 0);
        }
        auto again = Journal::open(path);
        QVERIFY(again.ok());
        const auto events = test::checked(again.value()->events(QStringLiteral("service")));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().subject, QStringLiteral("heartguard-app"));
        QCOMPARE(events.first().outcome, QStringLiteral("ok"));
        QVERIFY(events.first().at.isValid());
        QVERIFY(test::checked(again.value()->events(QStringLiteral("backup"))).isEmpty());
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            auto journal = Journal::open(path);
            QSqlQuery query(journal.value()->database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        auto refused = Journal::open(path);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("999")));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
