#include "ops/backupstream.h"

#include "ops/dumptextwatcher.h"
#include "ops/streamcompressor.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupStream)
};

// The dump's pipe (Linux's default is 64 KiB): the dump goes on writing while this thread
// compresses, and each read takes more. A refusal (a lower pipe-max-size) costs only speed.
constexpr int pipeSize = 1024 * 1024;
constexpr qsizetype readSize = qsizetype{1024} * 1024;
constexpr qint64 progressEveryMs = 100;

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

struct BackupStream::Pump
{
    DumpTextWatcher text;
    QByteArray out;
    qint64 textBytes = 0;
    QElapsedTimer sinceProgress;
};

BackupStream::BackupStream(QObject *parent)
    : QObject(parent)
{}

BackupStream::~BackupStream()
{
    discard();
}

Result<void> BackupStream::open(const QString &path, BackupCompression compression)
{
    discard();
    auto compressor = StreamCompressor::create(compression);
    if (!compressor)
        return compressor.failure();
    m_compressor = std::move(compressor).value();
    if (::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK) != 0)
        return Error{Tr::tr("cannot create a pipe: %1").arg(qt_error_string(errno))};
    if (!m_file.open(path)) {
        closeFd(m_wake[0]);
        closeFd(m_wake[1]);
        return Error{Tr::tr("cannot create %1: %2").arg(path, m_file.errorString())};
    }
    m_stopping = false;
    m_firstProgressHeard = false;
    m_thread = std::thread([this, generation = ++m_generation] { run(generation); });
    return {};
}

void BackupStream::addText(const QByteArray &text)
{
    std::lock_guard lock(m_mutex);
    m_queue.push_back({Item::Kind::Text, text, -1});
    m_changed.notify_all();
}

Result<int> BackupStream::addSource()
{
    int ends[2] = {-1, -1};
    // Close-on-exec: no other child inherits either end; the dump gets the write end as
    // its stdout by dup2, which clears the flag on that copy only.
    if (::pipe2(ends, O_CLOEXEC) != 0)
        return Error{Tr::tr("cannot create a pipe: %1").arg(qt_error_string(errno))};
    ::fcntl(ends[1], F_SETPIPE_SZ, pipeSize);
    std::lock_guard lock(m_mutex);
    m_queue.push_back({Item::Kind::Source, {}, ends[0]});
    m_changed.notify_all();
    return ends[1];
}

void BackupStream::finish()
{
    std::lock_guard lock(m_mutex);
    m_queue.push_back({Item::Kind::End, {}, -1});
    m_changed.notify_all();
}

void BackupStream::discard()
{
    ++m_generation; // what the thread still posts is for nobody
    if (m_thread.joinable()) {
        m_stopping = true;
        {
            std::lock_guard lock(m_mutex);
            m_changed.notify_all();
        }
        const char wake = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_wake[1], &wake, 1);
        m_thread.join();
    }
    for (Item &item : m_queue)
        closeFd(item.fd);
    m_queue.clear();
    closeFd(m_reading);
    closeFd(m_wake[0]);
    closeFd(m_wake[1]);
    m_file.discard();
    m_compressor.reset();
}

template <typename F> void BackupStream::post(quint64 generation, F &&emitter)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, emitter = std::forward<F>(emitter)] {
            if (generation == m_generation)
                emitter();
        },
        Qt::QueuedConnection);
}

bool BackupStream::next(Item &item)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_stopping.load(); });
    if (m_stopping.load())
        return false;
    item = std::move(m_queue.front());
    m_queue.pop_front();
    if (item.kind == Item::Kind::Source)
        m_reading = item.fd; // from here on the thread's, closed by discard()
    return true;
}

void BackupStream::run(quint64 generation)
{
    Pump pump;
    Item item;
    while (next(item)) {
        Result<void> done;
        switch (item.kind) {
        case Item::Kind::Text:
            done = pass(pump, item.text, generation, false);
            break;
        case Item::Kind::Source:
            done = readSource(pump, item.fd, generation);
            if (done) {
                closeFd(m_reading);
                post(generation, [this, complete = pump.text.endsWithCompletionLine()] {
                    Q_EMIT drained(complete);
                });
            }
            break;
        case Item::Kind::End:
            done = m_compressor->end(pump.out);
            if (done && !m_file.write(std::exchange(pump.out, {})))
                done = Error{
                    Tr::tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString())};
            if (done && !m_file.commit())
                done = Error{Tr::tr("cannot write %1 to disk: %2")
                                 .arg(m_file.fileName(), m_file.errorString())};
            if (done) {
                post(generation, [this] { Q_EMIT finished(); });
                return;
            }
            break;
        }
        if (!done) {
            // The pipe stays open until discard(): the dump waits rather than dies of
            // EPIPE, so that the reason given is this one.
            post(generation, [this, reason = done.error()] { Q_EMIT failed(reason); });
            return;
        }
    }
}

Result<void> BackupStream::pass(Pump &pump, QByteArrayView text, quint64 generation, bool fromDump)
{
    pump.textBytes += text.size();
    pump.text.feed(text);
    if (auto compressed = m_compressor->add(text, pump.out); !compressed)
        return compressed.failure();
    // Shared with the writer's queue, not copied; it blocks while that queue is full.
    if (!pump.out.isEmpty() && !m_file.write(std::exchange(pump.out, {})))
        return Error{Tr::tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString())};
    // Progress is the dump's: a note of Backstep's own before it is not reported.
    if (!fromDump)
        return {};
    const bool first = !pump.sinceProgress.isValid();
    if (first || pump.sinceProgress.elapsed() >= progressEveryMs) {
        pump.sinceProgress.start();
        post(generation, [this, first, generation, textBytes = pump.textBytes,
                          fileBytes = m_file.bytesWritten(), table = pump.text.currentTable()] {
            Q_EMIT progress(textBytes, fileBytes, table);
            // Its receivers may have discarded or reopened the stream meanwhile.
            if (first && generation == m_generation) {
                std::lock_guard lock(m_mutex);
                m_firstProgressHeard = true;
                m_changed.notify_all();
            }
        });
    }
    // The dump goes on only once the first report has reached its receivers: whoever
    // watches a backup (a cancel button, a kill at the first report) sees it while the
    // dump still runs, however fast a small dump would otherwise finish.
    if (first) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_firstProgressHeard || m_stopping.load(); });
    }
    return {};
}

Result<void> BackupStream::readSource(Pump &pump, int fd, quint64 generation)
{
    QByteArray buffer(readSize, Qt::Uninitialized);
    for (;;) {
        pollfd watched[2] = {{fd, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        if (::poll(watched, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return Error{Tr::tr("cannot read the dump: %1").arg(qt_error_string(errno))};
        }
        if (m_stopping.load() || watched[1].revents != 0)
            return Error{Tr::tr("stopped")};
        const ssize_t n = ::read(fd, buffer.data(), size_t(buffer.size()));
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n < 0)
            return Error{Tr::tr("cannot read the dump: %1").arg(qt_error_string(errno))};
        if (n == 0)
            return {};
        if (auto passed = pass(pump, QByteArrayView(buffer.constData(), n), generation, true);
            !passed)
            return passed.failure();
    }
}

} // namespace backstep
