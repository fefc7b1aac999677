#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace backstep {

struct LogTailOptions
{
    QString path;
    int initialLines = 10;         // shown at once when the file is opened
    int pollIntervalMs = 200;      // the fallback for watcher events that never come
    int batchIntervalMs = 50;      // the longest a read line waits for its batch
    int maxBatchLines = 5000;      // a batch this full goes out at once
    qint64 chunkBytes = 1 << 20;   // one read(2)
    int chunksPerTurn = 8;         // then the event loop gets a turn (stop, timers)
    qint64 maxLineBytes = 1 << 20; // a "line" this long without a newline is cut
    // Flow control with a receiver on another thread: lines sent and not yet taken (the
    // receiver subtracts what it takes). Reading waits while it exceeds maxInFlightLines,
    // so a slow receiver never makes the queue between the threads grow without bound.
    std::shared_ptr<std::atomic<qint64>> inFlight;
    qint64 maxInFlightLines = 200000;
};

// The last complete lines of a file, found by reading backwards from its end in blocks.
struct LastLines
{
    QStringList lines;
    QByteArray partial;   // bytes after the last newline: a line still being written
    qint64 endOffset = 0; // just after the last newline
    qint64 bytesRead = 0;
};

// `tail -F` for one path: the last lines at once, then new lines as they are written,
// across rotation (the path names another file: the old one is read to its end first),
// truncation (read again from the top) and a file that does not exist yet. Lines are
// decoded as UTF-8 with replacement characters, so invalid bytes are shown, not dropped.
//
// It works on the thread it lives on and never blocks for long: each event-loop turn
// reads at most chunksPerTurn chunks. The window moves it to a worker thread of its own
// (see LogFileView) because splitting and decoding 100,000 lines a second, and read(2) on
// a slow or network file system, would otherwise take the GUI thread's time; it sends
// batches of plain QStrings, at most every batchIntervalMs or maxBatchLines, so the
// window updates its model a few dozen times a second however fast the writer is.
// backstep-cli uses it directly on its main thread.
class LogTail : public QObject
{
    Q_OBJECT
public:
    enum class Event { Waiting, Appeared, Rotated, Truncated, Unreadable };
    Q_ENUM(Event)

    explicit LogTail(LogTailOptions options, QObject *parent = nullptr);
    ~LogTail() override;

    static Result<LastLines> readLastLines(const QString &path, int count);

    const QString &path() const { return m_options.path; }
    // Bytes read from disk so far; safe to ask from any thread.
    qint64 bytesRead() const { return m_bytesRead.load(); }

public Q_SLOTS:
    void start();
    // Reads what has arrived; the watcher and the poll timer call it, so may anyone.
    void check();

Q_SIGNALS:
    void linesRead(const QStringList &lines);
    // Always after the lines that came before the event, before those after it.
    void marker(backstep::LogTail::Event kind, const QString &text);
    void sizeChanged(qint64 size);

private:
    bool openFile(bool fromEnd);
    bool readAvailable();
    void consume(const QByteArray &chunk);
    void appendLine(const char *data, qint64 size);
    void closeFile();
    bool backlogged() const;
    void reportProblem(Event kind, const QString &text);
    void flush();
    void watch();

    LogTailOptions m_options;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_flushTimer = nullptr;
    int m_fd = -1;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    qint64 m_offset = 0;
    qint64 m_size = -1;
    qint64 m_reportedSize = -1;
    QByteArray m_partial;
    QStringList m_batch;
    QString m_problem; // the last Waiting/Unreadable text, so each is said once
    std::atomic<qint64> m_bytesRead{0};
};

} // namespace backstep
