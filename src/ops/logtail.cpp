#include "ops/logtail.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace backstep {

namespace {

constexpr qint64 kBackwardBlock = 64 * 1024;

QString osError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

constexpr int kNotRegular = -1;

QString cannotRead(const QString &path, int error)
{
    const QString reason = error == kNotRegular
                               ? QCoreApplication::translate(
                                     "LogTail", "not a regular file (a FIFO, socket or device)")
                               : osError(error);
    return QCoreApplication::translate("LogTail", "Cannot read %1: %2").arg(path, reason);
}

// Opens for reading without ever blocking (a FIFO would wait for a writer) and refuses
// what is not a regular file: a folder with the error read(2) would give for it.
int openRegular(const QString &path, struct stat &info, int &error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        error = errno;
        return -1;
    }
    if (::fstat(fd, &info) != 0)
        error = errno;
    else if (S_ISDIR(info.st_mode))
        error = EISDIR;
    else if (!S_ISREG(info.st_mode))
        error = kNotRegular;
    else
        return fd;
    ::close(fd);
    return -1;
}

QString decodeLine(const char *data, qint64 size)
{
    if (size > 0 && data[size - 1] == '\r')
        --size;
    return QString::fromUtf8(data, size); // invalid bytes become U+FFFD, none dropped
}

// Reads blocks from the end until `count` complete lines (and the newline before the
// first of them) are in hand. Bounded: a file of one endless line stops the scan.
Result<LastLines> scanBackwards(int fd, qint64 size, int count, const QString &path)
{
    LastLines result;
    const qint64 maxScan = qint64(64) * 1024 * 1024 + qint64(count) * 4096;
    QList<QByteArray> blocks; // from the end backwards
    qint64 position = size;
    qint64 lastNewline = -1; // file offset of the last '\n'
    qint64 firstLineStart = -1;
    int newlines = 0;
    while (position > 0 && firstLineStart < 0 && size - position < maxScan) {
        const qint64 length = std::min(kBackwardBlock, position);
        position -= length;
        QByteArray block(length, Qt::Uninitialized);
        qint64 got = 0;
        while (got < length) {
            const ssize_t n = ::pread(fd, block.data() + got, size_t(length - got), position + got);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return Error{cannotRead(path, errno)};
            if (n == 0)
                break;
            got += n;
        }
        result.bytesRead += got;
        block.truncate(got);
        for (qint64 i = got - 1; i >= 0; --i) {
            if (block[i] != '\n')
                continue;
            if (lastNewline < 0)
                lastNewline = position + i;
            if (newlines++ == count) {
                firstLineStart = position + i + 1;
                break;
            }
        }
        blocks.prepend(block);
    }
    if (firstLineStart < 0)
        firstLineStart = position;
    QByteArray text;
    for (const QByteArray &block : std::as_const(blocks))
        text += block;
    const qint64 base = position;
    result.endOffset = lastNewline < 0 ? firstLineStart : lastNewline + 1;
    result.partial = text.mid(result.endOffset - base);
    if (count > 0) {
        qint64 start = firstLineStart - base;
        const qint64 end = result.endOffset - base;
        while (start < end) {
            const qint64 newline = text.indexOf('\n', start);
            result.lines.append(decodeLine(text.constData() + start, newline - start));
            start = newline + 1;
        }
    }
    return result;
}

} // namespace

LogTail::LogTail(LogTailOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_options.path = QFileInfo(m_options.path).absoluteFilePath();
}

LogTail::~LogTail()
{
    closeFile();
}

Result<LastLines> LogTail::readLastLines(const QString &path, int count)
{
    struct stat info{};
    int error = 0;
    const int fd = openRegular(path, info, error);
    if (fd < 0)
        return Error{cannotRead(path, error)};
    auto result = scanBackwards(fd, info.st_size, std::max(0, count), path);
    ::close(fd);
    return result;
}

void LogTail::start()
{
    // Created here, on the thread the tail works on, so their notifiers live there too.
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &LogTail::check);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &LogTail::check);
    m_pollTimer = new QTimer(this);
    connect(m_pollTimer, &QTimer::timeout, this, &LogTail::check);
    m_pollTimer->start(m_options.pollIntervalMs);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &LogTail::flush);

    if (openFile(true))
        check();
    flush(); // the last lines appear at once
    watch();
}

void LogTail::check()
{
    if (m_fd < 0) {
        if (!openFile(false))
            return;
        watch();
    }
    if (!readAvailable()) {
        // More is waiting; let the event loop breathe (stop requests, timers) first, and
        // the receiver catch up when it is behind.
        if (backlogged())
            QTimer::singleShot(5, this, &LogTail::check);
        else
            QMetaObject::invokeMethod(this, &LogTail::check, Qt::QueuedConnection);
        return;
    }
    struct stat info{};
    if (m_fd >= 0 && ::stat(QFile::encodeName(m_options.path).constData(), &info) == 0 &&
        (quint64(info.st_ino) != m_inode || quint64(info.st_dev) != m_device)) {
        // Rotated: the old file was read to its end above; its unfinished line is done.
        if (!m_partial.isEmpty())
            appendLine(m_partial.constData(), m_partial.size());
        m_partial.clear();
        closeFile();
        flush();
        Q_EMIT marker(Event::Rotated,
                      tr("%1 was rotated; following the new file").arg(m_options.path));
        if (openFile(false)) {
            watch();
            check();
        }
    }
    if (m_size != m_reportedSize && m_batch.isEmpty()) {
        m_reportedSize = m_size;
        Q_EMIT sizeChanged(m_size);
    }
}

bool LogTail::openFile(bool fromEnd)
{
    struct stat info{};
    int error = 0;
    const int fd = openRegular(m_options.path, info, error);
    if (fd < 0) {
        if (error == ENOENT)
            reportProblem(Event::Waiting, tr("Waiting for %1 to appear").arg(m_options.path));
        else
            reportProblem(Event::Unreadable, cannotRead(m_options.path, error));
        return false;
    }
    m_fd = fd;
    m_device = quint64(info.st_dev);
    m_inode = quint64(info.st_ino);
    m_offset = 0;
    m_partial.clear();
    if (!m_problem.isEmpty()) {
        m_problem.clear();
        flush();
        Q_EMIT marker(Event::Appeared,
                      tr("%1 appeared; following it from the start").arg(m_options.path));
        return true;
    }
    if (fromEnd) {
        auto last = scanBackwards(fd, info.st_size, m_options.initialLines, m_options.path);
        if (!last) {
            closeFile();
            reportProblem(Event::Unreadable, last.error());
            return false;
        }
        m_bytesRead += last->bytesRead;
        m_batch += last->lines;
        m_offset = last->endOffset;
        m_partial = last->partial;
        m_offset += m_partial.size();
    }
    return true;
}

// Reads up to chunksPerTurn chunks; false when more is waiting.
bool LogTail::readAvailable()
{
    struct stat info{};
    if (::fstat(m_fd, &info) != 0) {
        const int error = errno;
        closeFile();
        reportProblem(Event::Unreadable, cannotRead(m_options.path, error));
        return true;
    }
    if (info.st_size < m_offset) {
        flush();
        m_offset = 0;
        m_partial.clear();
        Q_EMIT marker(Event::Truncated,
                      tr("%1 was truncated; reading it again from the start").arg(m_options.path));
    }
    m_size = info.st_size;
    for (int chunk = 0; m_offset < m_size; ++chunk) {
        if (chunk == m_options.chunksPerTurn || backlogged())
            return false;
        QByteArray buffer(std::min(m_options.chunkBytes, m_size - m_offset), Qt::Uninitialized);
        const ssize_t got = ::pread(m_fd, buffer.data(), size_t(buffer.size()), m_offset);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            const int error = errno;
            closeFile();
            reportProblem(Event::Unreadable, cannotRead(m_options.path, error));
            return true;
        }
        if (got == 0)
            break;
        m_bytesRead += got;
        m_offset += got;
        buffer.truncate(got);
        consume(buffer);
    }
    return true;
}

// Splits at newlines; the unfinished last line waits in m_partial for its newline.
void LogTail::consume(const QByteArray &chunk)
{
    qint64 start = 0;
    const qint64 size = chunk.size();
    while (start < size) {
        const auto *newline = static_cast<const char *>(
            std::memchr(chunk.constData() + start, '\n', size_t(size - start)));
        if (!newline) {
            m_partial.append(chunk.constData() + start, size - start);
            if (m_partial.size() >= m_options.maxLineBytes) {
                appendLine(m_partial.constData(), m_partial.size());
                m_partial.clear();
            }
            return;
        }
        const qint64 end = newline - chunk.constData();
        if (m_partial.isEmpty()) {
            appendLine(chunk.constData() + start, end - start);
        } else {
            m_partial.append(chunk.constData() + start, end - start);
            appendLine(m_partial.constData(), m_partial.size());
            m_partial.clear();
        }
        start = end + 1;
    }
}

void LogTail::appendLine(const char *data, qint64 size)
{
    m_batch.append(decodeLine(data, size));
    if (m_batch.size() >= m_options.maxBatchLines)
        flush();
    else if (m_flushTimer && !m_flushTimer->isActive())
        m_flushTimer->start(m_options.batchIntervalMs);
}

void LogTail::flush()
{
    if (m_flushTimer)
        m_flushTimer->stop();
    if (!m_batch.isEmpty()) {
        const QStringList lines = std::exchange(m_batch, {});
        if (m_options.inFlight)
            *m_options.inFlight += lines.size();
        Q_EMIT linesRead(lines);
    }
    if (m_size >= 0 && m_size != m_reportedSize) {
        m_reportedSize = m_size;
        Q_EMIT sizeChanged(m_size);
    }
}

bool LogTail::backlogged() const
{
    return m_options.inFlight && *m_options.inFlight > m_options.maxInFlightLines;
}

void LogTail::closeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void LogTail::reportProblem(Event kind, const QString &text)
{
    if (text == m_problem)
        return;
    m_problem = text;
    flush();
    Q_EMIT marker(kind, text);
}

// inotify follows an inode, so after a rotation the path is watched anew; the folder is
// watched for the file's creation and renames.
void LogTail::watch()
{
    if (!m_watcher)
        return;
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (QFileInfo::exists(m_options.path))
        m_watcher->addPath(m_options.path);
    const QString folder = QFileInfo(m_options.path).absolutePath();
    if (m_watcher->directories().isEmpty() && QFileInfo(folder).isDir())
        m_watcher->addPath(folder);
}

} // namespace backstep
