#pragma once

#include "core/backuprecord.h"
#include "core/result.h"
#include "ops/backupfilewriter.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace backstep {

class StreamCompressor;

// A backup's bytes from the dump program to the file, on a thread of its own: it reads each
// dump's standard output from a pipe of its own (not through QProcess, whose reads have no
// bound), watches the SQL text for its table markers and completion line, compresses it in
// this process (StreamCompressor: libzstd with its worker threads, or zlib) and hands the
// result to a BackupFileWriter (SHA-256 and the writes, on the writer's thread). It reads
// only as fast as it compresses and the disk takes: when the compressor is slower than the
// dump, the dump waits on a full pipe, and memory never grows. The thread that owns it
// (normally the GUI thread) never waits for the dump, the compressor or the disk.
class BackupStream : public QObject
{
    Q_OBJECT
public:
    explicit BackupStream(QObject *parent = nullptr);
    // Stops and discards a stream still open.
    ~BackupStream() override;

    // Creates (truncates) `path` and starts the thread.
    Result<void> open(const QString &path, BackupCompression compression);
    // Text that goes into the file before the next source's (a note at its top).
    void addText(const QByteArray &text);
    // A pipe for the next dump's standard output, read after every source before it. The
    // write end is returned for the child (dup2 onto its stdout before exec); the caller
    // closes its own copy as soon as the child has started. drained() follows when the
    // last writer has closed it and everything in it has been handed on.
    Result<int> addSource();
    // No more text or sources: once they are drained, ends the compressed stream and makes
    // the file durable (fsync); then finished(), or failed().
    void finish();
    // Stops reading (the sources' pipes are closed: a dump still writing gets EPIPE), drops
    // what is queued and removes the file. Waits for the thread.
    void discard();

    QString fileName() const { return m_file.fileName(); }
    // Valid after finished().
    qint64 bytesWritten() const { return m_file.bytesWritten(); }
    const QString &sha256() const { return m_file.sha256(); }

Q_SIGNALS:
    // The first text, then at most every 100 ms: SQL text read, bytes written to the file,
    // the table the text is at (from the dump's own markers). The stream reads no further
    // until the first has been delivered: whoever watches the backup (the window, a test
    // that cancels it or kills the server) hears of the dump while it is still running,
    // however fast the rest would go.
    void progress(qint64 textBytes, qint64 fileBytes, const QString &currentTable);
    // A source reached its end; whether the text so far ends with the completion line.
    void drained(bool endsWithCompletionLine);
    // The file is complete and on disk.
    void finished();
    // Reading, compressing or writing failed; nothing more is read.
    void failed(const QString &reason);

private:
    struct Item
    {
        enum class Kind { Text, Source, End } kind = Kind::Text;
        QByteArray text;
        int fd = -1;
    };
    struct Pump; // the thread's own state: the text watcher, the output, the progress clock
    void run(quint64 generation);
    bool next(Item &item);
    // Watches, compresses and queues `text`; reports progress for the dump's own.
    Result<void> pass(Pump &pump, QByteArrayView text, quint64 generation, bool fromDump);
    Result<void> readSource(Pump &pump, int fd, quint64 generation);
    // Emits on the owner's thread, unless the stream was discarded or reopened meanwhile.
    template <typename F> void post(quint64 generation, F &&emitter);

    BackupFileWriter m_file;
    std::unique_ptr<StreamCompressor> m_compressor;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_queue; // guarded by m_mutex, as is the one below
    bool m_firstProgressHeard = false;
    int m_reading = -1;       // the source being read (thread), closed by discard()
    int m_wake[2] = {-1, -1}; // written by discard(): the thread's poll() returns
    std::atomic<bool> m_stopping = false;
    quint64 m_generation = 0; // owner's thread only
};

} // namespace backstep
