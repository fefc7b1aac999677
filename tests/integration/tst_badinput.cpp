// Bad input (docs/formats.md, "Bad input"): every fixture of tests/data/bad-input, read by
// `backstep-cli status` and `plan` with a database URL that nothing listens on, must be
// refused with exit code 2 and exactly the FILE:LINE:COLUMN lines of its expected.txt,
// before anything connects (a connection attempt would end in exit code 1).
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep::test;

namespace {

QString fixturesRoot()
{
    return dataDir() + QStringLiteral("/bad-input");
}

// The expected lines of a fixture (comments and blank lines left out).
QStringList expectedLines(const QString &fixture)
{
    QFile file(fixturesRoot() + u'/' + fixture + QStringLiteral("/expected.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        lines.append(line);
    }
    return lines;
}

// The diagnostic lines of what the command printed, paths made relative to the fixture.
QStringList diagnosticLines(const QByteArray &err, const QString &fixtureDir)
{
    QStringList lines;
    for (QString line : QString::fromUtf8(err).split(u'\n')) {
        line.replace(fixtureDir + u'/', QString());
        static const QRegularExpression located(QStringLiteral(R"(^\S+:\d+:\d+: )"));
        if (located.match(line).hasMatch() && !line.contains(QLatin1StringView("(warning)")))
            lines.append(line);
    }
    return lines;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedBeforeConnecting_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("command");
        const QStringList fixtures =
            QDir(fixturesRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(fixtures.size() >= 7);
        for (const QString &fixture : fixtures)
            for (const QString &command : {QStringLiteral("status"), QStringLiteral("plan")})
                QTest::addRow("badinput.%s %s", qPrintable(fixture), qPrintable(command))
                    << fixture << command;
    }

    void refusedBeforeConnecting()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, command);
        const QString dir = fixturesRoot() + u'/' + fixture;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // A password is at hand, so nothing but the folder can stop the command early.
        environment.insert(QStringLiteral("BACKSTEP_PASSWORD"), QStringLiteral("unused"));
        // Port 9 (discard): nothing listens; connecting would fail with exit code 1.
        const ProcessResult result = runCli(
            {command, QStringLiteral("--url"), QStringLiteral("mysql://dba@127.0.0.1:9/nowhere"),
             QStringLiteral("--migrations"), dir + QStringLiteral("/migrations")},
            environment);
        QVERIFY2(result.exitCode == 2, result.err.constData());
        QCOMPARE(diagnosticLines(result.err, dir), expectedLines(fixture));
        QVERIFY2(!result.err.contains("Can't connect") && !result.err.contains("connect to"),
                 result.err.constData());
    }

    // badinput.invalid-utf8: --encoding latin1 reads the file on purpose.
    void encodingOptionReadsLatin1()
    {
        const QString dir = fixturesRoot() + QStringLiteral("/invalid-utf8-in-down/migrations");
        const ProcessResult result = runCli(
            {QStringLiteral("parse"), QStringLiteral("--migrations"), dir,
             QStringLiteral("--encoding"), QStringLiteral("latin1"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        // The UP's UTF-8 "é" reads as two Latin-1 characters; the DOWN's byte as one.
        QVERIFY(QString::fromUtf8(result.out).contains(QStringLiteral("Ren\u00e9 Laennec")));
        const ProcessResult unknown =
            runCli({QStringLiteral("parse"), QStringLiteral("--migrations"), dir,
                    QStringLiteral("--encoding"), QStringLiteral("ebcdic")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown encoding"));
    }

    // badinput.utf16-bom: --encoding utf-16 reads it.
    void encodingOptionReadsUtf16()
    {
        const QString dir = fixturesRoot() + QStringLiteral("/utf16le-bom/migrations");
        const ProcessResult result =
            runCli({QStringLiteral("parse"), QStringLiteral("--migrations"), dir,
                    QStringLiteral("--encoding"), QStringLiteral("utf-16")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("DOWN 1 statement"), result.out.constData());
    }

    // badinput.folder-is-a-file also for a folder that does not exist.
    void missingFolder()
    {
        QTemporaryDir dir(temporaryTemplate(QStringLiteral("badinput")));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BACKSTEP_PASSWORD"), QStringLiteral("unused"));
        const ProcessResult result =
            runCli({QStringLiteral("status"), QStringLiteral("--url"),
                    QStringLiteral("mysql://dba@127.0.0.1:9/nowhere"),
                    QStringLiteral("--migrations"), dir.filePath(QStringLiteral("nothing-here"))},
                   environment);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("nothing-here:0:0: the migrations folder does not exist"),
                 result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
