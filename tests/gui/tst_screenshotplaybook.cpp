// `backstep --demo --screenshot-playbook FILE` runs the playbook for its pictures on a
// throwaway demo of its own: the pictures are written, and the user's demo (its database,
// byte for byte), profiles and journal are as they were; nothing is left in the temporary
// folder and no daemon of the throwaway demo keeps running.
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Command lines of running processes that mention `text`.
QStringList processesMentioning(const QString &text)
{
    QStringList found;
    QDirIterator processes(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (processes.hasNext()) {
        QFile commandLine(processes.next() + QStringLiteral("/cmdline"));
        if (!commandLine.open(QIODevice::ReadOnly))
            continue;
        const QByteArray words = commandLine.readAll().replace('\0', ' ');
        if (words.contains(text.toUtf8()))
            found.append(QString::fromLocal8Bit(words));
    }
    return found;
}

} // namespace

class TestScreenshotPlaybook : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("screenshotplaybook"))};

private Q_SLOTS:
    void theUsersDemoIsLeftAsItWas()
    {
        QVERIFY(m_dir.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("BACKSTEP_JOURNAL"),
                           m_dir.filePath(QStringLiteral("journal.sqlite")));
        const QString temporary = m_dir.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(temporary));
        environment.insert(QStringLiteral("TMPDIR"), temporary);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

        // The user's demo, where the window's --demo finds it; its daemon not needed here.
        const QString demo = m_dir.filePath(QStringLiteral("data/backstep/demo"));
        const auto made =
            test::runCli({QStringLiteral("demo"), QStringLiteral("--dir"), demo}, environment);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QString service = demo + QStringLiteral("/service/heartguard-app");
        QCOMPARE(test::run(service, {QStringLiteral("stop")}, environment).exitCode, 0);
        const QString database = demo + QStringLiteral("/heartguard.sqlite");
        const QByteArray before = digestOf(database);
        QVERIFY(!before.isEmpty());
        const QStringList status{QStringLiteral("status"),
                                 QStringLiteral("--url"),
                                 QStringLiteral("sqlite:") + database,
                                 QStringLiteral("--migrations"),
                                 demo + QStringLiteral("/migrations"),
                                 QStringLiteral("--json")};
        const QByteArray historyBefore = test::runCli(status, environment).out;
        const QString profiles = m_dir.filePath(QStringLiteral("config/backstep/profiles.json"));
        const QByteArray profilesBefore = digestOf(profiles);

        const QString shot = m_dir.filePath(QStringLiteral("steps.png"));
        const auto shown =
            test::run(test::appPath(),
                      {QStringLiteral("--demo"), QStringLiteral("--screenshot-playbook"), shot},
                      environment, 600000);
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY(QFileInfo(shot).size() > 0);
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("steps-report.png"))).size() > 0);

        QCOMPARE(digestOf(database), before);
        QCOMPARE(test::runCli(status, environment).out, historyBefore);
        QCOMPARE(digestOf(profiles), profilesBefore);
        const auto runs = test::runCli(
            {QStringLiteral("playbook"), QStringLiteral("list"), QStringLiteral("--json")},
            environment);
        QCOMPARE(QJsonDocument::fromJson(runs.out)
                     .object()
                     .value(QStringLiteral("runs"))
                     .toArray()
                     .size(),
                 0);
        QVERIFY2(
            QDir(temporary).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            qPrintable(
                QDir(temporary).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u' ')));
        QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(temporary).isEmpty(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestScreenshotPlaybook)
#include "tst_screenshotplaybook.moc"
