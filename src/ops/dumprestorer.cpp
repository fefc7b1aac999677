#include "ops/dumprestorer.h"

#include "core/gtiddumpfilter.h"
#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "ops/clienttools.h"
#include "ops/processrunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <fcntl.h>
#include <optional>
#include <unistd.h>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DumpRestorer)
};

// The pipes Backstep feeds (the client's stdin, the decompressor's stdin and stdout) at
// 1 MiB instead of Linux's 64 KiB: each fill of a pipe waits for this thread and the
// program to take turns, which on a busy machine costs more than the bytes. Runs in the
// child, async-signal-safe; a refusal (a lower pipe-max-size) only costs speed.
constexpr int feedPipeSize = 1024 * 1024;

void widenInputPipe()
{
    ::fcntl(STDIN_FILENO, F_SETPIPE_SZ, feedPipeSize);
}

void widenPipes()
{
    ::fcntl(STDIN_FILENO, F_SETPIPE_SZ, feedPipeSize);
    ::fcntl(STDOUT_FILENO, F_SETPIPE_SZ, feedPipeSize);
}

Result<RestoreOutcome> restoreSqlite(const RestoreRequest &request)
{
    const QString integrity = DatabaseInspector::sqliteIntegrity(request.file);
    if (integrity != u"ok")
        return Error{Tr::tr("%1 is not a sound SQLite database: %2").arg(request.file, integrity)};
    // Copy beside the target, then rename over it: the database is never half-written.
    const QString target = request.connection.sqlitePath;
    const QString staging = target + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(request.file, staging))
        return Error{Tr::tr("cannot copy %1 to %2").arg(request.file, staging)};
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (!QFile::remove(target) && QFile::exists(target))
        return Error{Tr::tr("cannot replace %1").arg(target)};
    if (!QFile::rename(staging, target))
        return Error{Tr::tr("cannot move the restored copy to %1").arg(target)};
    return RestoreOutcome{QFile(target).size(), {}};
}

// Feeds the file to the client, through the decompressor when there is one, each a
// ProcessRunner in its own process group, on this thread's own event loop. The file is read
// only while the pipes hold little: memory stays flat for any dump size.
class RestoreFeed
{
public:
    RestoreFeed(QFile &input, const DumpRestorer::Progress &progress,
                const std::atomic_bool *cancel)
        : m_input(input)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_total(input.size())
    {}

    // Runs both programs to their end; the client's outcome, and the decompressor's in
    // `decompressed` (nullopt without one).
    ProcessOutcome run(const ProcessSpec &clientSpec, const std::optional<ProcessSpec> &decompress,
                       std::optional<ProcessOutcome> &decompressed)
    {
        QEventLoop loop;
        ProcessRunner client;
        ProcessRunner decompressor;
        ProcessRunner *feed = decompress ? &decompressor : &client;
        ProcessOutcome clientOutcome;
        bool clientDone = false;
        bool decompressorDone = !decompress;
        const auto settled = [&] {
            if (clientDone && decompressorDone)
                loop.quit();
        };
        QObject::connect(&client, &ProcessRunner::errorOutput, &loop,
                         [this](const QByteArray &bytes) { keepErrors(bytes); });
        QObject::connect(&client, &ProcessRunner::finished, &loop,
                         [&](const ProcessOutcome &outcome) {
                             clientOutcome = outcome;
                             clientDone = true;
                             // Nothing reads the decompressor's text any more.
                             if (!decompressorDone)
                                 decompressor.cancel();
                             settled();
                         });
        QObject::connect(&client, &ProcessRunner::bytesWritten, &loop,
                         [&] { pump(*feed, client); });
        if (decompress) {
            QObject::connect(&decompressor, &ProcessRunner::output, &loop,
                             [&](const QByteArray &bytes) { client.write(m_filter.feed(bytes)); });
            QObject::connect(&decompressor, &ProcessRunner::errorOutput, &loop,
                             [this](const QByteArray &bytes) { keepErrors(bytes); });
            QObject::connect(&decompressor, &ProcessRunner::bytesWritten, &loop,
                             [&] { pump(*feed, client); });
            QObject::connect(&decompressor, &ProcessRunner::finished, &loop,
                             [&](const ProcessOutcome &outcome) {
                                 decompressed = outcome;
                                 decompressorDone = true;
                                 client.write(m_filter.finish());
                                 client.closeWriteChannel();
                                 settled();
                             });
        }
        // The cancel flag is another thread's: looked at while the programs run.
        QTimer cancelWatch;
        QObject::connect(&cancelWatch, &QTimer::timeout, &loop, [&] {
            if (m_cancel && m_cancel->load() && !m_cancelled) {
                m_cancelled = true;
                decompressor.cancel();
                client.cancel();
            }
        });
        cancelWatch.start(100);
        m_abort = [&] {
            decompressor.cancel();
            client.cancel();
        };
        client.start(clientSpec);
        if (decompress)
            decompressor.start(*decompress);
        QMetaObject::invokeMethod(&loop, [&] { pump(*feed, client); }, Qt::QueuedConnection);
        loop.exec();
        m_abort = {};
        return clientOutcome;
    }

    qint64 fed() const { return m_fed; }
    qint64 total() const { return m_total; }
    bool cancelled() const { return m_cancelled; }
    // Why the file could not be read to its end; empty when it was.
    QString readError() const { return m_readError; }
    QString errors() const { return QString::fromUtf8(m_errors).trimmed(); }
    // The dump's GTID statements that were not run, each "FILE:LINE: why" (the line of the
    // dump's text, decompressed), as a compiler names a place.
    QStringList removed(const QString &file) const
    {
        QStringList located;
        for (const GtidDumpFilter::LeftOut &item : m_filter.leftOut())
            located.append(
                QStringLiteral("%1:%2: %3").arg(file, QString::number(item.line), item.why));
        return located;
    }

private:
    // A few chunks in flight at most, in the feed and in the client's pipe together.
    void pump(ProcessRunner &feed, ProcessRunner &client)
    {
        constexpr qint64 inFlight = 4 << 20;
        constexpr qint64 chunkSize = 1 << 18;
        if (m_closed || m_cancelled || !feed.isRunning())
            return;
        while (!m_input.atEnd() && feed.bytesToWrite() + client.bytesToWrite() < inFlight) {
            // Nothing more is fed once cancelled, even before the watch looks.
            if (m_cancel && m_cancel->load()) {
                m_cancelled = true;
                m_abort();
                return;
            }
            const QByteArray chunk = m_input.read(chunkSize);
            if (chunk.isEmpty()) {
                // Half a dump must not look like a whole one: the client gets no end of input.
                m_readError = m_input.errorString();
                m_closed = true;
                m_abort();
                return;
            }
            // Uncompressed, the filter sits here; else on the decompressor's output.
            feed.write(&feed == &client ? m_filter.feed(chunk) : chunk);
            m_fed += chunk.size();
            if (m_progress)
                m_progress(m_fed, m_total);
        }
        if (m_input.atEnd()) {
            // Closed once what is in flight is written.
            m_closed = true;
            if (&feed == &client)
                client.write(m_filter.finish());
            feed.closeWriteChannel();
        }
    }

    void keepErrors(const QByteArray &bytes)
    {
        constexpr qsizetype kept = 4096;
        m_errors += bytes;
        if (m_errors.size() > kept)
            m_errors = m_errors.last(kept);
    }

    QFile &m_input;
    const DumpRestorer::Progress &m_progress;
    const std::atomic_bool *m_cancel;
    qint64 m_total = 0;
    qint64 m_fed = 0;
    bool m_closed = false;
    bool m_cancelled = false;
    QString m_readError;
    std::function<void()> m_abort;
    QByteArray m_errors;
    GtidDumpFilter m_filter;
};

} // namespace

Result<RestoreOutcome> DumpRestorer::restore(const RestoreRequest &request,
                                             const Progress &progress,
                                             const std::atomic_bool *cancel)
{
    if (request.connection.engine == ConnectionSpec::Engine::Sqlite)
        return restoreSqlite(request);

    QFile input(request.file);
    if (!input.open(QIODevice::ReadOnly))
        return Error{Tr::tr("cannot read %1: %2").arg(request.file, input.errorString())};
    // The server's own family of client: MySQL's mysql for a MySQL server.
    QString serverVersion;
    {
        auto session = DatabaseSession::open(request.connection, request.password);
        if (!session)
            return session.failure();
        serverVersion = session.value()->serverVersion();
    }
    auto client = ClientTools::clientProgram(familyOfServer(serverVersion));
    if (!client)
        return client.failure();
    auto options =
        ClientOptionFile::create(request.connection, request.password, client.value().family);
    if (!options)
        return options.failure();

    std::optional<ProcessSpec> decompress;
    const bool zstd = request.file.endsWith(QLatin1StringView(".zst"));
    const bool gzip = request.file.endsWith(QLatin1StringView(".gz"));
    if (zstd || gzip) {
        auto program = ClientTools::compressorProgram(zstd ? BackupCompression::Zstd
                                                           : BackupCompression::Gzip);
        if (!program)
            return program.failure();
        decompress = ProcessSpec{};
        decompress->program = program.value();
        decompress->arguments = {QStringLiteral("-d"), QStringLiteral("-c"), QStringLiteral("-q")};
        decompress->mergeChannels = false;
        decompress->writableInput = true;
        decompress->childSetup = widenPipes;
    }
    const QString database =
        request.intoDatabase.isEmpty() ? request.connection.database : request.intoDatabase;
    ProcessSpec clientSpec;
    clientSpec.program = client.value().path;
    clientSpec.arguments = {options.value()->argument(), QStringLiteral("--batch"), database};
    clientSpec.mergeChannels = false;
    clientSpec.writableInput = true;
    clientSpec.childSetup = widenInputPipe;

    RestoreFeed feed(input, progress, cancel);
    std::optional<ProcessOutcome> decompressed;
    const ProcessOutcome outcome = feed.run(clientSpec, decompress, decompressed);
    if (feed.cancelled())
        return Error{Tr::tr("restore cancelled after %1 of %2 bytes; the database is partly "
                            "restored")
                         .arg(feed.fed())
                         .arg(feed.total())};
    if (!feed.readError().isEmpty())
        return Error{Tr::tr("cannot read %1: %2").arg(request.file, feed.readError())};
    if (outcome.ending == ProcessEnding::FailedToStart)
        return Error{Tr::tr("cannot start %1: %2").arg(outcome.program, outcome.errorString)};
    if (decompressed && !decompressed->succeeded() && outcome.succeeded())
        return Error{Tr::tr("the decompressor %1 while restoring %2: %3")
                         .arg(decompressed->describe(), request.file, feed.errors())};
    if (!outcome.succeeded())
        // Named as the program that ran: `mariadb`, or MySQL's own `mysql`.
        return Error{Tr::tr("%1 failed restoring %2 into %3: %4")
                         .arg(QFileInfo(client.value().path).fileName(), request.file, database,
                              outcome.ending == ProcessEnding::Exited
                                  ? feed.errors()
                                  : outcome.describe() + QStringLiteral(" ") + feed.errors())};
    return RestoreOutcome{feed.fed(), feed.removed(request.file)};
}

} // namespace backstep
