#pragma once

#include "ops/sha256.h"

#include <QByteArrayView>
#include <QFile>
#include <QString>

namespace backstep {

// The backup's ".partial" file: every byte written is hashed (SHA-256) as it is written,
// never read back. The kernel is told to start writing each few megabytes to disk as the
// dump goes on, so that the fsync that makes the backup durable has little left to do.
class BackupFileWriter
{
public:
    // Creates (truncates) `path`, readable by its owner only. False with errorString().
    bool open(const QString &path);
    // Writes all of `bytes` or fails (a full disk shows at the write that hits it).
    bool write(QByteArrayView bytes);
    // fsync, then close. False with errorString() when the data may not be on disk.
    bool commit();
    // Closes and removes the file while it is open (a committed file is left alone).
    void discard();

    bool isOpen() const { return m_file.isOpen(); }
    qint64 bytesWritten() const { return m_written; }
    QString fileName() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }
    // Hex SHA-256 of every byte written; valid after commit().
    const QString &sha256() const { return m_sha256; }

private:
    void startWriteback();

    QFile m_file;
    Sha256 m_hash;
    QString m_sha256;
    qint64 m_written = 0;
    qint64 m_writebackFrom = 0; // bytes before this offset were handed to writeback
};

} // namespace backstep
