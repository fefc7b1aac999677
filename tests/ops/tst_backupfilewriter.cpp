// The backup file's writer on a file system that fills up: a 64 KiB tmpfs mounted in the
// test's own folder (scripts/test runs the tests as root in a private mount namespace).
// Chunks of 10,000 bytes never end on a page boundary, so the disk always fills in the
// middle of one: the kernel accepts part of it and refuses the rest with ENOSPC, and the
// writer must report the system's reason, not Qt's "Unknown error" for a short write.
#include "ops/backupfilewriter.h"
#include "support/testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

class TestBackupFileWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("filewriter"))};
    QString m_full;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_full = m_dir.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(m_full));
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=64k"), QStringLiteral("backstep-test"),
                               m_full}) != 0)
            QSKIP("mounting a tmpfs needs root in a private mount namespace (scripts/test gives "
                  "both)");
    }

    void cleanupTestCase()
    {
        if (!m_full.isEmpty())
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_full});
    }

    void aFullDiskIsReportedWithTheSystemsReason()
    {
        BackupFileWriter writer;
        const QString path = m_full + QStringLiteral("/backup.sql.partial");
        QVERIFY2(writer.open(path), qPrintable(writer.errorString()));
        const QByteArray chunk(10000, 'x');
        // Twenty chunks are three times the file system; write() turns false once the
        // writer thread has met the failure, which may be after the last one.
        for (int i = 0; i < 20 && writer.write(chunk); ++i) {
        }
        QVERIFY(!writer.commit());
        QCOMPARE(writer.errorString(), qt_error_string(ENOSPC));
        QCOMPARE(writer.errorString(), QStringLiteral("No space left on device"));
        // commit() closed it; BackupJob removes the partial file, as the test does here.
        QVERIFY(QFile::remove(path));
    }

    void aFileThatFitsIsWrittenWhole()
    {
        BackupFileWriter writer;
        const QString path = m_full + QStringLiteral("/small.sql.partial");
        QVERIFY(writer.open(path));
        QVERIFY(writer.write(QByteArray(10000, 'y')));
        QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
        QCOMPARE(QFileInfo(path).size(), 10000);
        QCOMPARE(writer.sha256().size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestBackupFileWriter)
#include "tst_backupfilewriter.moc"
