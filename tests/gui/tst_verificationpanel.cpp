// The Verification dock on the real main window, offscreen, against the SQLite demo: Verify
// now runs off the GUI thread and shows the verdict first; the report is exported as HTML,
// JSON and PDF; tampering with the database turns the verdict to FAIL naming the change.
#include "db/demoworkspace.h"
#include "support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/verificationcontroller.h"
#include "ui/verificationpanel.h"
#include "ui/workspacecontroller.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace backstep;

class TestVerificationPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir{backstep::test::temporaryTemplate(QStringLiteral("verificationpanel"))};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("BACKSTEP_JOURNAL", m_dir.filePath(QStringLiteral("journal.sqlite")).toUtf8());
    }

    void verifiesTheOpenDatabaseAndExports()
    {
        auto demo = DemoWorkspace::create(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY(demo.ok());
        MainWindow window;
        window.show();
        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(demo->url()).value();
        request.migrationsFolder = demo->migrations;
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        window.open(request);
        QVERIFY(loaded.wait(20000));

        VerificationPanel *panel = window.verificationPanel();
        auto *verify = panel->findChild<QPushButton *>(QStringLiteral("verifyNowButton"));
        QVERIFY(verify);
        QSignalSpy finished(window.verification(), &VerificationController::finished);
        int ticks = 0; // the event loop keeps turning while it verifies
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(5);
        verify->click();
        QVERIFY(window.verification()->isBusy());
        QVERIFY(finished.wait(60000));
        QVERIFY(ticks > 0);
        const VerificationReport report = window.verification()->report();
        QVERIFY2(report.passed(), QJsonDocument(reportToJson(report)).toJson().constData());
        QVERIFY2(panel->verdictText().startsWith(QStringLiteral("PASS")),
                 qPrintable(panel->verdictText()));
        QCOMPARE(report.targetVersion, QStringLiteral("1203"));
        QVERIFY2(report.expectedSource.contains(QStringLiteral("replay")),
                 QJsonDocument(reportToJson(report)).toJson().constData());

        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const QString json = m_dir.filePath(QStringLiteral("report.json"));
        QCOMPARE(panel->exportTo(html), QString());
        QCOMPARE(panel->exportTo(pdf), QString());
        QCOMPARE(panel->exportTo(json), QString());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5).startsWith("%PDF-"));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll())
                     .object()
                     .value(QStringLiteral("verdict"))
                     .toString(),
                 QStringLiteral("pass"));
        QVERIFY(!panel->exportTo(m_dir.filePath(QStringLiteral("report.txt"))).isEmpty());

        // A column nobody's migrations add: the verdict turns, naming it.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(demo->database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE users ADD COLUMN nickname TEXT")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        verify->click();
        QVERIFY(finished.wait(60000));
        QVERIFY(panel->verdictText().startsWith(QStringLiteral("FAIL")));
        const VerificationReport tampered = window.verification()->report();
        QCOMPARE(tampered.schemaDifferences.size(), 1);
        QCOMPARE(tampered.schemaDifferences.first().key, QStringLiteral("column users.nickname"));
    }
};

QTEST_MAIN(TestVerificationPanel)
#include "tst_verificationpanel.moc"
