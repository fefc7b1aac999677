#include "ops/backupfilewriter.h"

#include <fcntl.h>
#include <unistd.h>

namespace backstep {

namespace {

// Large enough that the requests stay few, small enough that the disk is kept busy.
constexpr qint64 writebackStep = 8 * 1024 * 1024;

} // namespace

bool BackupFileWriter::open(const QString &path)
{
    m_hash.reset();
    m_sha256.clear();
    m_written = 0;
    m_writebackFrom = 0;
    m_file.setFileName(path);
    // Unbuffered: each write goes straight to the kernel, so a full disk shows at once.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return false;
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool BackupFileWriter::write(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return true;
    if (m_file.write(bytes.data(), bytes.size()) != bytes.size())
        return false;
    m_hash.addData(bytes);
    m_written += bytes.size();
    if (m_written - m_writebackFrom >= writebackStep)
        startWriteback();
    return true;
}

void BackupFileWriter::startWriteback()
{
#ifdef SYNC_FILE_RANGE_WRITE
    // Asynchronous: queues the dirty pages for writing and returns. Without it the whole
    // dump would sit in the page cache until the final fsync wrote it in one go.
    ::sync_file_range(m_file.handle(), m_writebackFrom, m_written - m_writebackFrom,
                      SYNC_FILE_RANGE_WRITE);
#endif
    m_writebackFrom = m_written;
}

bool BackupFileWriter::commit()
{
    if (::fsync(m_file.handle()) != 0) {
        m_file.close();
        return false;
    }
    m_file.close();
    m_sha256 = QString::fromLatin1(m_hash.result().toHex());
    return true;
}

void BackupFileWriter::discard()
{
    if (!m_file.isOpen())
        return;
    m_file.close();
    QFile::remove(m_file.fileName());
}

} // namespace backstep
