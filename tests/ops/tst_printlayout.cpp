// The PDF report on A4 and Letter: a long failing verification report (long SQL
// definitions, file paths, identifiers, a hundred checks) laid out, its pages rendered,
// and every table checked: no wider than the text, no column narrower than its longest
// word, no word broken; then the PDF written and read back with pdftotext. The incident
// report of a playbook run (every step's evidence) is checked the same way.
#include "core/incidentreport.h"
#include "core/verificationreport.h"
#include "ops/printlayout.h"
#include "ops/reportexporter.h"
#include "support/incidentfixture.h"
#include "support/printcheck.h"
#include "support/testsupport.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace backstep;

namespace {

const QString kBackup =
    QStringLiteral("/var/backups/heartguard/heartguard_rollback_backup_20261205_031500.sql.zst");

VerificationCheck check(const QString &section, const QString &name,
                        VerificationCheck::Outcome outcome, const QString &detail,
                        const QString &evidence)
{
    VerificationCheck c;
    c.section = section;
    c.name = name;
    c.outcome = outcome;
    c.detail = detail;
    c.evidence = evidence;
    c.durationMs = 1234;
    return c;
}

// What a bad night produces: every section full, long words everywhere.
VerificationReport longReport()
{
    VerificationReport report;
    report.databaseUrl = QStringLiteral("mysql://dba@db-primary.eu-west-1.example.internal:3307/"
                                        "heartguard_production");
    report.databaseName = QStringLiteral("heartguard_production");
    report.generatedAt = QDateTime(QDate(2026, 12, 5), QTime(3, 40), QTimeZone::UTC);
    report.runId = QStringLiteral("3f2c9a6e-5d1b-4c7e-9a0f-6b8d2e4c1a77");
    report.targetVersion = QStringLiteral("20261201093000");
    report.actualVersion = QStringLiteral("20261201093000");
    report.expectedSource =
        QStringLiteral("the UP sections replayed in heartguard_production_expected_20261205034000");
    report.backup = kBackup + QStringLiteral(" (complete, 2.1 GB, sha256 "
                                             "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6"
                                             "c15b0f00a08)");
    report.ignored = {QStringLiteral("AUTO_INCREMENT counters (they only grow)"),
                      QStringLiteral("DEFINER clauses of routines, views and triggers")};
    report.errors = {QStringLiteral("validation command `npm run validate:data` in "
                                    "/srv/heartguard/current did not finish within 600 s")};
    for (int i = 0; i < 12; ++i) {
        const QString table = QStringLiteral("patient_activity_events_%1").arg(i);
        report.schemaDifferences.append(
            {i % 3 == 0 ? SchemaDifference::Kind::Missing : SchemaDifference::Kind::Changed,
             QStringLiteral("index %1.idx_%1_patient_id_recorded_at_device_serial").arg(table),
             QStringLiteral("CREATE TABLE `%1` (\n  `id` bigint unsigned NOT NULL AUTO_INCREMENT,\n"
                            "  `patient_id` bigint unsigned NOT NULL,\n  `payload` json NOT NULL "
                            "CHECK (json_valid(`payload`)),\n  PRIMARY KEY (`id`),\n  KEY "
                            "`idx_%1_patient_id_recorded_at_device_serial` (`patient_id`,"
                            "`recorded_at`,`device_serial`)\n) ENGINE=InnoDB DEFAULT "
                            "CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci")
                 .arg(table),
             i % 3 == 0 ? QString()
                        : QStringLiteral("KEY `idx_%1_patient_id` (`patient_id`)").arg(table),
             QStringLiteral("summary")});
    }
    using O = VerificationCheck::Outcome;
    for (int i = 0; i < 100; ++i) {
        const QString table = QStringLiteral("device_readings_partitioned_%1").arg(i);
        report.checks.append(check(
            QStringLiteral("data"), QStringLiteral("orphans of fk_%1_patient_id").arg(table),
            i % 7 == 0 ? O::Failed : O::Passed,
            QStringLiteral("%1 rows of %2 reference no patients row")
                .arg(i % 7 == 0 ? 3 : 0)
                .arg(table),
            QStringLiteral("SELECT COUNT(*) FROM `%1` c LEFT JOIN `patients` p ON p.`id` = "
                           "c.`patient_id` WHERE c.`patient_id` IS NOT NULL AND p.`id` IS NULL")
                .arg(table)));
    }
    VerificationCheck assertion =
        check(QStringLiteral("assertion"), QStringLiteral("every_patient_has_a_consent_record"),
              O::Failed, QStringLiteral("the result differs"),
              QStringLiteral("SELECT COUNT(*) FROM patients WHERE consent_id IS NULL"));
    assertion.expected = QStringLiteral("0");
    assertion.actual = QStringLiteral("17");
    report.checks.append(assertion);
    report.checks.append(check(QStringLiteral("command"), QStringLiteral("npm run test"), O::Passed,
                               QStringLiteral("exit 0 after 312 s"),
                               QStringLiteral("/srv/heartguard/current$ npm run test")));
    return report;
}

// Every table fits and every page, rendered, has ink in its text area and none in the band
// to its right.
void checkThePagesFit(const PrintLayout &layout, const QString &name)
{
    const QStringList problems = test::printLayoutProblems(layout);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const int dpi = 72;
    const int textEdge = qCeil(layout.textWidth() * dpi / 96.0) + 2;
    for (int page = 0; page < layout.pageCount(); ++page) {
        const QImage image = test::renderPage(layout, page, dpi);
        QVERIFY2(test::hasInkFrom(image.copy(0, 0, textEdge, image.height()), 0),
                 qPrintable(QStringLiteral("page %1 is blank").arg(page + 1)));
        if (test::hasInkFrom(image, textEdge)) {
            const QString path =
                test::temporaryRoot() + QStringLiteral("/%1-page-%2.png").arg(name).arg(page);
            image.save(path);
            QFAIL(qPrintable(
                QStringLiteral("page %1 has ink right of the text (%2)").arg(page + 1).arg(path)));
        }
    }
}

} // namespace

class TestPrintLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablesFitThePage_data();
    void tablesFitThePage();
    void incidentReportFitsThePage_data();
    void incidentReportFitsThePage();
    void pdfHasThePageSizeAndWholeWords_data();
    void pdfHasThePageSizeAndWholeWords();
    void defaultPageFollowsTheLocale();
};

void TestPrintLayout::tablesFitThePage_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("A4") << int(QPageSize::A4);
    QTest::newRow("Letter") << int(QPageSize::Letter);
}

void TestPrintLayout::tablesFitThePage()
{
    QFETCH(int, size);
    const VerificationReport report = longReport();
    const PrintLayout layout(reportToHtml(report), ReportExporter::pdfTitle(report),
                             PrintLayout::pageOf(QPageSize::PageSizeId(size)));
    // The hundred checks do not fit on one page: rows go on, headers repeat.
    QVERIFY2(layout.pageCount() >= 3, qPrintable(QString::number(layout.pageCount())));
    checkThePagesFit(layout, QStringLiteral("verification"));
}

void TestPrintLayout::incidentReportFitsThePage_data()
{
    tablesFitThePage_data();
}

void TestPrintLayout::incidentReportFitsThePage()
{
    QFETCH(int, size);
    const QPageLayout page = PrintLayout::pageOf(QPageSize::PageSizeId(size));
    const PlaybookRun done = test::incidentFixtureRun();
    checkThePagesFit(PrintLayout(incidentReportHtml(done), ReportExporter::pdfTitle(done), page),
                     QStringLiteral("incident-done"));
    // The failed run has the definitions side by side: long lines in two columns.
    const PlaybookRun run = test::incidentFixtureFailedRun();
    checkThePagesFit(PrintLayout(incidentReportHtml(run), ReportExporter::pdfTitle(run), page),
                     QStringLiteral("incident-failed"));

    // Written as a PDF by the exporter, its words read back whole.
    const QString path = test::temporaryRoot() + QStringLiteral("/incident-%1.pdf").arg(size);
    const auto written = ReportExporter::write(run, path, page);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const auto text = test::run(pdftotext, {path, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    const QString printed = QString::fromUtf8(text.out);
    for (const QString &word :
         {QStringLiteral("Incident report: rollback of heartguard"),
          QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
          QStringLiteral("json_valid(`items`)")})
        QVERIFY2(printed.contains(word), qPrintable(word));
}

void TestPrintLayout::pdfHasThePageSizeAndWholeWords_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("mediaBox");
    QTest::newRow("A4") << QStringLiteral("A4") << QStringLiteral("595 842");
    QTest::newRow("Letter") << QStringLiteral("Letter") << QStringLiteral("612 792");
}

void TestPrintLayout::pdfHasThePageSizeAndWholeWords()
{
    QFETCH(QString, size);
    QFETCH(QString, mediaBox);
    // Kept in the run's temporary folder, to be looked at when the test fails.
    const QString path = test::temporaryRoot() + QStringLiteral("/report-%1.pdf").arg(size);
    const VerificationReport report = longReport();
    const auto written = ReportExporter::write(
        report, path, PrintLayout::pageOf(size == u"A4" ? QPageSize::A4 : QPageSize::Letter));
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    // Every page's media box, in points, rounded.
    const QRegularExpression box(QStringLiteral(R"(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\])"));
    auto match = box.match(QString::fromLatin1(bytes));
    QVERIFY(match.hasMatch());
    QCOMPARE(QStringLiteral("%1 %2")
                 .arg(qRound(match.captured(1).toDouble()))
                 .arg(qRound(match.captured(2).toDouble())),
             mediaBox);

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const auto text = test::run(pdftotext, {path, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    const QString printed = QString::fromUtf8(text.out);
    // Words that fit a column come out whole, where the old layout printed a letter per
    // line; a checksum has nowhere to break.
    for (const QString &word :
         {QStringLiteral("every_patient_has_a_consent_record"),
          QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")})
        QVERIFY2(printed.contains(word), qPrintable(word));
    // Identifiers and paths too long for their column break after an underscore, a dot
    // or a slash: joined again, they are whole.
    QString joined = printed;
    joined.remove(u'\n').remove(QChar(0x200B));
    for (const QString &word :
         {QStringLiteral("idx_patient_activity_events_0_patient_id_recorded_at_device_serial"),
          QStringLiteral("fk_device_readings_partitioned_99_patient_id"), kBackup})
        QVERIFY2(joined.contains(word), qPrintable(word));
    QVERIFY(printed.contains(QStringLiteral("page 1 of ")));
}

void TestPrintLayout::defaultPageFollowsTheLocale()
{
    QCOMPARE(PrintLayout::defaultPage(QLocale(QLocale::German, QLocale::Germany)).pageSize().id(),
             QPageSize::A4);
    QCOMPARE(
        PrintLayout::defaultPage(QLocale(QLocale::English, QLocale::UnitedKingdom)).pageSize().id(),
        QPageSize::A4);
    QCOMPARE(
        PrintLayout::defaultPage(QLocale(QLocale::English, QLocale::UnitedStates)).pageSize().id(),
        QPageSize::Letter);
    QCOMPARE(PrintLayout::defaultPage(QLocale(QLocale::French, QLocale::Canada)).pageSize().id(),
             QPageSize::Letter);
}

QTEST_MAIN(TestPrintLayout)
#include "tst_printlayout.moc"
