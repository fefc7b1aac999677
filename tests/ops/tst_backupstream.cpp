// BackupStream with real pipes and the real zstd and gzip programs: what a dump writes into
// its sources arrives in the file in order, compressed in the process to a stream the real
// tools read; a stream held back holds the dump back (the pipe fills, nothing piles up in
// memory); a discarded stream ends the writer's pipe and leaves no file.
#include "ops/backupstream.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <thread>
#include <unistd.h>

using namespace backstep;

namespace {

// Writes all of `bytes` into `fd` (blocking) and closes it, as a dump does.
bool writeAllAndClose(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            return false;
        }
        done += n;
    }
    return ::close(fd) == 0;
}

// Text like a dump's, different on every line, so that it compresses like one.
QByteArray dumpText(int lines, const QByteArray &table)
{
    QByteArray text = "-- Dumping data for table `" + table + "`\n";
    for (int i = 0; i < lines; ++i)
        text += "INSERT INTO `" + table + "` VALUES (" + QByteArray::number(i) + ",'row " +
                QByteArray::number(i * 7919 % 100003) + "');\n";
    return text;
}

} // namespace

class TestBackupStream : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("backupstream"))};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A reader that has gone away must fail a write, not end this process.
        ::signal(SIGPIPE, SIG_IGN);
    }

    void sourcesArriveInOrderCompressed_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::newRow("none") << QStringLiteral("none");
        QTest::newRow("zstd") << QStringLiteral("zstd");
        QTest::newRow("gzip") << QStringLiteral("gzip");
    }

    void sourcesArriveInOrderCompressed()
    {
        QFETCH(QString, compression);
        const QString path = m_dir.filePath(QStringLiteral("ordered-") + compression);
        BackupStream stream;
        QSignalSpy drained(&stream, &BackupStream::drained);
        QSignalSpy finished(&stream, &BackupStream::finished);
        QSignalSpy failed(&stream, &BackupStream::failed);
        QVERIFY(
            stream.open(path, compressionFromName(compression).value_or(BackupCompression::None))
                .ok());
        const QByteArray note = "-- a note first\n";
        const QByteArray first = dumpText(20000, "a") + "-- Dump completed on today\n";
        const QByteArray second = dumpText(30000, "b") + "-- Dump completed on today\n";
        stream.addText(note);
        auto one = stream.addSource();
        auto two = stream.addSource();
        QVERIFY(one.ok() && two.ok());
        // The second source is written first: the stream reads it only after the first.
        std::thread writer([&] { writeAllAndClose(two.value(), second); });
        QVERIFY(writeAllAndClose(one.value(), first));
        QTRY_COMPARE_WITH_TIMEOUT(drained.size(), 2, 60000);
        writer.join();
        QCOMPARE(drained.at(0).at(0).toBool(), true);
        QCOMPARE(drained.at(1).at(0).toBool(), true);
        stream.finish();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(failed.isEmpty());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(stream.bytesWritten(), bytes.size());
        QCOMPARE(stream.sha256().toLatin1(),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QByteArray text = bytes;
        if (compression != u"none") {
            QVERIFY(bytes.size() < (note.size() + first.size() + second.size()) / 3);
            const test::ProcessResult unpacked =
                test::run(compression, {QStringLiteral("-d"), QStringLiteral("-c"), path});
            QVERIFY2(unpacked.exitCode == 0, unpacked.err.constData());
            text = unpacked.out;
        }
        QVERIFY(text == note + first + second);
    }

    // Nobody hears the stream's first progress report (no event loop runs), so it reads
    // no further: the writer fills the pipe and then can write no more. What it wrote
    // waits in the kernel's pipe, bounded, not in Backstep's memory.
    void aStreamHeldBackHoldsTheDumpBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("held"));
        BackupStream stream;
        QVERIFY(stream.open(path, BackupCompression::Zstd).ok());
        auto source = stream.addSource();
        QVERIFY(source.ok());
        const int fd = source.value();
        QVERIFY(::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK) == 0);
        const QByteArray block = dumpText(1000, "held");
        qint64 accepted = 0;
        // Writes until the pipe refuses and stays full for a second; a stream that read on
        // would take everything (a slow machine can only make this pass early, never fail).
        for (;;) {
            const ssize_t n = ::write(fd, block.constData(), size_t(block.size()));
            if (n > 0) {
                accepted += n;
                QVERIFY2(accepted < 64 * 1024 * 1024, "the stream reads without bound");
                continue;
            }
            QVERIFY(errno == EAGAIN);
            pollfd writable{fd, POLLOUT, 0};
            if (::poll(&writable, 1, 1000) == 0)
                break;
        }
        // The pipe (1 MiB) and one read of the stream's (1 MiB) at most.
        QVERIFY2(accepted <= 3 * 1024 * 1024, qPrintable(QString::number(accepted)));
        // Discarded: the reader's end is closed, the writer gets EPIPE, no file is left.
        stream.discard();
        QCOMPARE(::write(fd, block.constData(), 1), ssize_t(-1));
        QCOMPARE(errno, EPIPE);
        ::close(fd);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestBackupStream)
#include "tst_backupstream.moc"
