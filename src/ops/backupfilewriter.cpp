#include "ops/backupfilewriter.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace backstep {

namespace {

// Large enough that the requests stay few, small enough that the disk is kept busy.
constexpr qint64 writebackStep = 8 * 1024 * 1024;
// Enough to ride out the writer thread waiting for a core on a busy machine.
constexpr qint64 queueLimit = 32 * 1024 * 1024;

} // namespace

BackupFileWriter::~BackupFileWriter()
{
    discard();
}

bool BackupFileWriter::open(const QString &path)
{
    discard();
    m_hash.reset();
    m_sha256.clear();
    m_error.clear();
    m_failed = false;
    m_closing = false;
    m_written = 0;
    m_writebackFrom = 0;
    m_file.setFileName(path);
    // Unbuffered: each write goes straight to the kernel, so a full disk shows at once.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return false;
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    m_thread = std::thread([this] { run(); });
    return true;
}

bool BackupFileWriter::write(const QByteArray &bytes)
{
    if (m_failed.load() || !m_thread.joinable())
        return false;
    if (bytes.isEmpty())
        return true;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queuedBytes < queueLimit || !m_error.isEmpty(); });
    if (!m_error.isEmpty())
        return false;
    m_queue.push_back(bytes);
    m_queuedBytes += bytes.size();
    m_changed.notify_all();
    return true;
}

void BackupFileWriter::run()
{
    for (;;) {
        QByteArray chunk;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                return;
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
        }
        const bool written = writeOut(chunk);
        std::lock_guard lock(m_mutex);
        m_queuedBytes -= chunk.size();
        if (!written) {
            m_failed = true;
            m_queue.clear();
            m_queuedBytes = 0;
            m_changed.notify_all();
            return;
        }
        m_changed.notify_all();
    }
}

bool BackupFileWriter::writeOut(const QByteArray &bytes)
{
    // write(2) itself, not QFile::write: when the disk fills in the middle of a chunk the
    // kernel accepts part of it, and QFile reports that short write with no reason at all
    // ("Unknown error"). Writing the rest gets the system's errno (ENOSPC, EDQUOT, EFBIG,
    // EIO), and that is what the DBA is told.
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_file.handle(), data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC; // 0 bytes for a non-empty write: full
            std::lock_guard lock(m_mutex);
            m_error = qt_error_string(error);
            return false;
        }
        data += n;
        left -= n;
    }
    m_hash.addData(bytes);
    const qint64 written = m_written.load(std::memory_order_relaxed) + bytes.size();
    m_written.store(written, std::memory_order_relaxed);
#ifdef SYNC_FILE_RANGE_WRITE
    // Asynchronous: queues the dirty pages for writing and returns. Without it the whole
    // dump would sit in the page cache until the final fsync wrote it in one go.
    if (written - m_writebackFrom >= writebackStep) {
        ::sync_file_range(m_file.handle(), m_writebackFrom, written - m_writebackFrom,
                          SYNC_FILE_RANGE_WRITE);
        m_writebackFrom = written;
    }
#endif
    return true;
}

void BackupFileWriter::stop(bool drain)
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        if (!drain) {
            m_queue.clear();
            m_queuedBytes = 0;
        }
        m_closing = true;
        m_changed.notify_all();
    }
    m_thread.join();
}

bool BackupFileWriter::commit()
{
    stop(true);
    if (m_failed.load() || ::fsync(m_file.handle()) != 0) {
        if (m_error.isEmpty())
            m_error = qt_error_string(errno);
        m_file.close();
        return false;
    }
    m_file.close();
    m_sha256 = QString::fromLatin1(m_hash.result().toHex());
    return true;
}

void BackupFileWriter::discard()
{
    stop(false);
    if (!m_file.isOpen())
        return;
    m_file.close();
    QFile::remove(m_file.fileName());
}

QString BackupFileWriter::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error.isEmpty() ? m_file.errorString() : m_error;
}

} // namespace backstep
