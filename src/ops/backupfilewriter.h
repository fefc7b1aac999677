#pragma once

#include "ops/sha256.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace backstep {

// The backup's ".partial" file, written and hashed (SHA-256, as it is written, never read
// back) on a thread of its own, so that the thread reading the dump's pipe only hands
// chunks over and the dump never waits on the disk or the hash. The queue between them
// is bounded: a slow disk slows the reader, never fills memory. The kernel is told to
// start writing each few megabytes to disk as the file grows, so that the fsync that
// makes the backup durable has little left to do.
class BackupFileWriter
{
public:
    BackupFileWriter() = default;
    ~BackupFileWriter();
    BackupFileWriter(const BackupFileWriter &) = delete;
    BackupFileWriter &operator=(const BackupFileWriter &) = delete;

    // Creates (truncates) `path`, readable by its owner only. False with errorString().
    bool open(const QString &path);
    // Queues `bytes` (shared, not copied; blocks while the queue is full). False once a
    // write has failed, with errorString(): a full disk shows within a chunk or two.
    bool write(const QByteArray &bytes);
    // Waits for every queued byte, then fsync and close. False with errorString() when the
    // data may not all be on disk.
    bool commit();
    // Drops what is queued, closes and removes the file while it is open.
    void discard();

    bool isOpen() const { return m_file.isOpen(); }
    qint64 bytesWritten() const { return m_written.load(std::memory_order_relaxed); }
    QString fileName() const { return m_file.fileName(); }
    QString errorString() const;
    // Hex SHA-256 of every byte written; valid after commit().
    const QString &sha256() const { return m_sha256; }

private:
    void run();
    void stop(bool drain);
    bool writeOut(const QByteArray &bytes);

    QFile m_file;
    Sha256 m_hash;
    QString m_sha256;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue; // guarded by m_mutex, as are the three below
    qint64 m_queuedBytes = 0;
    bool m_closing = false; // no more chunks will come
    QString m_error;        // the first failure; the writer stops at it
    std::atomic<bool> m_failed = false;
    std::atomic<qint64> m_written = 0;
    qint64 m_writebackFrom = 0; // writer thread only: bytes before it were handed to writeback
};

} // namespace backstep
