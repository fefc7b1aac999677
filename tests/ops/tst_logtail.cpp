// LogTail on real files: the last lines of a 200 MB file without reading it, following,
// rotation, truncation, a file that appears later, unreadable paths, a burst of 1,000,000
// lines from another thread with none lost, and invalid UTF-8 kept.
#include "ops/logtail.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <thread>
#include <unistd.h>

using namespace backstep;

namespace {

// Everything a tail said, in order: lines as "L:text", markers as "M:Kind:text".
struct Record
{
    QStringList entries;
    QStringList lines;

    void attach(LogTail &tail)
    {
        QObject::connect(&tail, &LogTail::linesRead, &tail, [this](const QStringList &batch) {
            lines += batch;
            for (const QString &line : batch)
                entries.append(QStringLiteral("L:") + line);
        });
        QObject::connect(
            &tail, &LogTail::marker, &tail, [this](LogTail::Event kind, const QString &text) {
                entries.append(
                    QStringLiteral("M:%1:%2").arg(QVariant::fromValue(kind).toString(), text));
            });
    }
    QStringList markers() const
    {
        return entries.filter(QRegularExpression(QStringLiteral("^M:")));
    }
};

LogTailOptions options(const QString &path, int initialLines)
{
    LogTailOptions result;
    result.path = path;
    result.initialLines = initialLines;
    result.pollIntervalMs = 20;
    return result;
}

} // namespace

class TestLogTail : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void lastLinesOfA200MbFileWithoutReadingIt()
    {
        const QString file = path(QStringLiteral("big.log"));
        {
            QFile big(file);
            QVERIFY(big.open(QIODevice::WriteOnly));
            big.write("first line of a long history\n");
            QVERIFY(big.resize(200LL * 1024 * 1024)); // sparse: quick to make
            QVERIFY(big.seek(big.size()));
            big.write("\n");
            for (int i = 1; i <= 1000; ++i)
                big.write(QByteArray("2026-11-24 01:00:00 [INFO] line ") + QByteArray::number(i) +
                          '\n');
        }
        const auto last = LogTail::readLastLines(file, 100);
        QVERIFY2(last.ok(), qPrintable(last.ok() ? QString() : last.error()));
        QCOMPARE(last->lines.size(), 100);
        QCOMPARE(last->lines.first(), QStringLiteral("2026-11-24 01:00:00 [INFO] line 901"));
        QCOMPARE(last->lines.last(), QStringLiteral("2026-11-24 01:00:00 [INFO] line 1000"));
        QVERIFY(last->partial.isEmpty());
        QVERIFY2(last->bytesRead <= 128 * 1024, QByteArray::number(last->bytesRead));

        LogTail tail(options(file, 100));
        Record record;
        record.attach(tail);
        tail.start();
        // At once: the first batch is the last 100 lines, emitted by start() itself.
        QCOMPARE(record.lines.size(), 100);
        QCOMPARE(record.lines.last(), QStringLiteral("2026-11-24 01:00:00 [INFO] line 1000"));
        QVERIFY2(tail.bytesRead() <= 128 * 1024, QByteArray::number(tail.bytesRead()));
    }

    void fewerLinesThanAskedAndAPartialLine()
    {
        const QString file = path(QStringLiteral("small.log"));
        test::writeFile(file, QStringLiteral("one\r\ntwo\nunfinished"));
        const auto last = LogTail::readLastLines(file, 10);
        QVERIFY(last.ok());
        QCOMPARE(last->lines, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(last->partial, QByteArray("unfinished"));
    }

    void followsAppendedLinesAndHoldsPartialOnes()
    {
        const QString file = path(QStringLiteral("follow.log"));
        test::writeFile(file, QStringLiteral("one\ntwo\nthree\n"));
        LogTail tail(options(file, 2));
        Record record;
        record.attach(tail);
        tail.start();
        QCOMPARE(record.lines, (QStringList{QStringLiteral("two"), QStringLiteral("three")}));
        test::appendFile(file, "four\nfi");
        QTRY_COMPARE(record.lines.size(), 3);
        QCOMPARE(record.lines.last(), QStringLiteral("four"));
        QTest::qWait(200); // "fi" has no newline yet: it must not appear
        QCOMPARE(record.lines.size(), 3);
        test::appendFile(file, "ve\n");
        QTRY_COMPARE(record.lines.size(), 4);
        QCOMPARE(record.lines.last(), QStringLiteral("five"));
        QVERIFY(record.markers().isEmpty());
    }

    void rotationFinishesTheOldFileThenFollowsTheNew()
    {
        const QString file = path(QStringLiteral("rotate.log"));
        test::writeFile(file, QStringLiteral("before\n"));
        LogTail tail(options(file, 10));
        Record record;
        record.attach(tail);
        tail.start();
        QCOMPARE(record.lines, QStringList{QStringLiteral("before")});

        QFile writer(file); // the application's open descriptor
        QVERIFY(writer.open(QIODevice::Append | QIODevice::Unbuffered));
        writer.write("old 1\n");
        QVERIFY(QFile::rename(file, file + QStringLiteral(".1")));
        writer.write("old 2, written after the rename\n");
        test::writeFile(file, QStringLiteral("new 1\n"));
        QTRY_VERIFY(record.lines.contains(QStringLiteral("new 1")));
        const QStringList expected{
            QStringLiteral("L:before"), QStringLiteral("L:old 1"),
            QStringLiteral("L:old 2, written after the rename"),
            QStringLiteral("M:Rotated:%1 was rotated; following the new file").arg(file),
            QStringLiteral("L:new 1")};
        QCOMPARE(record.entries, expected);
        test::appendFile(file, "new 2\n");
        QTRY_COMPARE(record.lines.last(), QStringLiteral("new 2"));
    }

    void truncationStartsAgainFromTheTop()
    {
        const QString file = path(QStringLiteral("truncate.log"));
        test::writeFile(file, QStringLiteral("a long first line\nanother long line\n"));
        LogTail tail(options(file, 10));
        Record record;
        record.attach(tail);
        tail.start();
        QCOMPARE(record.lines.size(), 2);
        {
            QFile truncate(file);
            QVERIFY(truncate.open(QIODevice::ReadWrite));
            QVERIFY(truncate.resize(0));
            truncate.write("short\n");
        }
        QTRY_VERIFY(record.lines.contains(QStringLiteral("short")));
        QCOMPARE(record.markers(),
                 QStringList{QStringLiteral("M:Truncated:%1 was truncated; reading it again "
                                            "from the start")
                                 .arg(file)});
        QCOMPARE(record.entries.last(), QStringLiteral("L:short"));
    }

    void aFileThatAppearsLater()
    {
        const QString file = path(QStringLiteral("later/app.log"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("later"))));
        LogTail tail(options(file, 10));
        Record record;
        record.attach(tail);
        tail.start();
        QCOMPARE(record.entries,
                 QStringList{QStringLiteral("M:Waiting:Waiting for %1 to appear").arg(file)});
        QTest::qWait(100);
        test::writeFile(file, QStringLiteral("hello\nworld\n"));
        QTRY_COMPARE(record.lines.size(), 2);
        QCOMPARE(record.entries,
                 (QStringList{QStringLiteral("M:Waiting:Waiting for %1 to appear").arg(file),
                              QStringLiteral("M:Appeared:%1 appeared; following it from the "
                                             "start")
                                  .arg(file),
                              QStringLiteral("L:hello"), QStringLiteral("L:world")}));
    }

    // Root (which runs these tests) reads any file whatever its mode, so a chmod 000 file
    // would be read. Honest unreadable paths for root: a folder (read(2) gives EISDIR)
    // and a symbolic-link loop (open(2) gives ELOOP). chmod 000 is checked when not root.
    void unreadablePathsSayWhatAndWhy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("error");
        const QString folder = path(QStringLiteral("a-folder"));
        QDir().mkpath(folder);
        QTest::newRow("folder") << folder << EISDIR;
        const QString loop = path(QStringLiteral("loop.log"));
        QVERIFY(QFile::link(loop, loop));
        QTest::newRow("symlink loop") << loop << ELOOP;
        if (::geteuid() != 0) {
            const QString locked = path(QStringLiteral("locked.log"));
            test::writeFile(locked, QStringLiteral("secret\n"));
            QFile::setPermissions(locked, {});
            QTest::newRow("mode 000") << locked << EACCES;
        }
    }
    void unreadablePathsSayWhatAndWhy()
    {
        QFETCH(QString, file);
        QFETCH(int, error);
        const QString expected = QStringLiteral("Cannot read %1: %2")
                                     .arg(file, QString::fromLocal8Bit(std::strerror(error)));
        const auto last = LogTail::readLastLines(file, 10);
        QVERIFY(!last.ok());
        QCOMPARE(last.error(), expected);

        LogTail tail(options(file, 10));
        Record record;
        record.attach(tail);
        tail.start();
        QTest::qWait(100); // polled again: said once, not every time
        QCOMPARE(record.entries, QStringList{QStringLiteral("M:Unreadable:") + expected});
    }

    void aBurstOfAMillionLinesFromAnotherThreadLosesNone()
    {
        const QString file = path(QStringLiteral("burst.log"));
        test::writeFile(file, QString());
        LogTail tail(options(file, 0));
        qint64 received = 0;
        qint64 outOfSequence = 0;
        int batches = 0;
        connect(&tail, &LogTail::linesRead, this, [&](const QStringList &lines) {
            ++batches;
            for (const QString &line : lines) {
                // "seq N payload": N must be the next number.
                const qsizetype space = line.indexOf(u' ', 4);
                if (QStringView(line).mid(4, space - 4).toLongLong() != received)
                    ++outOfSequence;
                ++received;
            }
        });
        tail.start();
        constexpr qint64 total = 1000000;
        std::thread writer([&file] {
            QFile out(file);
            if (!out.open(QIODevice::Append | QIODevice::Unbuffered))
                return;
            QByteArray chunk;
            for (qint64 i = 0; i < total; ++i) {
                chunk += "seq " + QByteArray::number(i) + " some payload text\n";
                if (i % 997 == 0) { // odd-sized writes: lines split across reads
                    out.write(chunk);
                    chunk.clear();
                }
            }
            out.write(chunk);
        });
        QTRY_COMPARE_WITH_TIMEOUT(received, total, 120000);
        writer.join();
        QTest::qWait(100);
        QCOMPARE(received, total);
        QCOMPARE(outOfSequence, 0);
        QVERIFY2(batches < total / 100, QByteArray::number(batches)); // batched, not per line
    }

    void invalidUtf8IsShownNotDropped()
    {
        const QString file = path(QStringLiteral("bytes.log"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("ok \xff\xfe bad\nnext \xc3\n\xc3\xa9t\xc3\xa9\n");
        }
        const auto last = LogTail::readLastLines(file, 10);
        QVERIFY(last.ok());
        QCOMPARE(last->lines.size(), 3);
        QVERIFY(last->lines[0].startsWith(QStringLiteral("ok ")));
        QVERIFY(last->lines[0].endsWith(QStringLiteral(" bad")));
        QVERIFY(last->lines[0].contains(QChar::ReplacementCharacter));
        QCOMPARE(last->lines[1], QStringLiteral("next ") + QChar(QChar::ReplacementCharacter));
        QCOMPARE(last->lines[2], QStringLiteral("été"));
    }
};

QTEST_GUILESS_MAIN(TestLogTail)
#include "tst_logtail.moc"
