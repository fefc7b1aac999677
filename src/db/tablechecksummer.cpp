#include "db/tablechecksummer.h"

#include "db/checksumstatements.h"
#include "db/databasesession.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace backstep {

namespace {

using namespace checksums;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TableChecksummer)
};

// Each entry's result, in the order the tables were added.
template <typename Entry> QList<TableChecksum> resultsOf(const std::vector<Entry> &entries)
{
    QList<TableChecksum> tables;
    for (const Entry &entry : entries)
        tables.append(entry.result);
    return tables;
}

// What the connections of a pass share besides its tables: how many work on it and how
// much of its work is out. A connection that loses its server hands its work back and
// leaves while another still works; one that finds nothing left to take waits as long as
// work that is out could still come back.
class Crew
{
public:
    // A connection will work on the pass: said before any connection starts taking work,
    // so that none that is lost early takes itself for the last one.
    void join()
    {
        QMutexLocker lock(&m_mutex);
        ++m_working;
    }

protected:
    // Under m_mutex: one more piece of work is out.
    void handedOut() { ++m_out; }
    // Under m_mutex: a piece of work that was out is done or back.
    void settled()
    {
        --m_out;
        m_changed.wakeAll();
    }
    // A connection that was lost leaves, its work put back by `putBack` (under m_mutex),
    // unless it is the last one working, which goes on and records what fails.
    template <typename PutBack> bool leave(const PutBack &putBack)
    {
        QMutexLocker lock(&m_mutex);
        if (m_working <= 1)
            return false;
        --m_working;
        putBack();
        settled();
        return true;
    }
    // Under m_mutex, with nothing to take: waits for a change and says true, or says false
    // when nothing is out (the pass is over for this connection).
    bool awaitChange(QMutexLocker<QMutex> &lock)
    {
        if (m_out == 0) {
            --m_working;
            return false;
        }
        m_changed.wait(lock.mutex());
        return true;
    }

    mutable QMutex m_mutex;

private:
    QWaitCondition m_changed;
    int m_working = 0;
    int m_out = 0;
};

// The first pass's tables, handed out to the connections as they ask. A table with a
// one-column integer key is summed in ranges of key values that any connection can take
// while another sums the range before; any other table goes whole to one connection,
// which nibbles it in rows of its key order.
class FirstPass : public Crew
{
public:
    explicit FirstPass(const Plan &plan)
        : m_plan(plan)
    {}

    // Reads the table's shape (and key range) on the first connection, before the others
    // start.
    void add(Statements &statements, const QString &table);
    // One connection's share: until nothing is left to hand out.
    void run(Statements &statements);
    QList<TableChecksum> results() const;

private:
    enum class Way { Done, Nibbled, Stepped };
    struct Entry
    {
        TableChecksum result;
        TableShape shape;
        QString qualified;
        Way way = Way::Done;
        bool claimed = false; // Nibbled: a connection has it
        // Stepped: the key's range when the snapshot began (none: no rows), the next
        // chunk's lower bound once the first was handed out, and how wide the next is.
        std::optional<std::pair<qint64, qint64>> bounds;
        bool started = false;
        bool finished = false; // the chunk open at the end was handed out
        qint64 lower = 0;
        int rowsGoal = 0;
        double keysPerRow = 1;
        quint64 lastWidth = 0;
        bool lookUp = false; // a range came back empty: find the next key before the next
    };
    struct Job
    {
        qsizetype table = 0;
        qsizetype chunk = -1; // -1: the whole table, nibbled
        Range range;
        quint64 width = 0; // the keys the range spans from its first row; 0 when open
        int rowsGoal = 0;
    };

    std::optional<Job> take(Statements &statements);
    // A job whose connection was lost, for another connection; false when this is the
    // last connection working.
    bool handBack(const Job &job);
    // Hands out the next range of a stepped table, or closes the table without one (the
    // budget is spent, or its next key could not be read).
    std::optional<Job> step(qsizetype index, Statements &statements);
    void finishChunk(const Job &job, const Answer &answer, const QString &error, qint64 ms);
    // The rest of a stepped table from its next lower bound, in one chunk open at its end
    // and not checked.
    static void close(Entry &entry);

    const Plan &m_plan;
    std::vector<Entry> m_tables;
    QList<Job> m_returned; // handed back by a connection that was lost
};

void FirstPass::add(Statements &statements, const QString &table)
{
    Entry entry;
    entry.result.table = table;
    entry.qualified = sql::QualifiedName{{}, table}.quoted(sql::Dialect::MySql);
    auto shape = statements.shapeOf(table);
    if (!shape) {
        entry.result.error = shape.error();
        m_tables.push_back(std::move(entry));
        return;
    }
    entry.shape = std::move(shape.value());
    entry.result.keyName = entry.shape.keyName;
    entry.result.wholeTableReason = entry.shape.wholeTableReason;
    for (const Column &column : std::as_const(entry.shape.key))
        entry.result.keyColumns.append(column.name);
    entry.way = Way::Nibbled;
    if (entry.shape.steppable()) {
        // A key beyond 64 signed bits is nibbled instead; a failure to read the range
        // will fail the nibbling too, with its own message.
        if (auto bounds = statements.keyBounds(entry.shape, entry.qualified)) {
            entry.way = Way::Stepped;
            entry.bounds = bounds.value();
            entry.rowsGoal = std::clamp(m_plan.options.firstChunkRows, m_plan.options.minChunkRows,
                                        m_plan.options.maxChunkRows);
        }
    }
    m_tables.push_back(std::move(entry));
}

void FirstPass::close(Entry &entry)
{
    ChecksumChunk rest;
    if (entry.started)
        rest.lower = {entry.lower};
    entry.result.chunks.append(rest);
    entry.started = true;
    entry.finished = true;
}

std::optional<FirstPass::Job> FirstPass::step(qsizetype index, Statements &statements)
{
    Entry &entry = m_tables[size_t(index)];
    if (m_plan.deadline.hasExpired()) {
        close(entry);
        return std::nullopt;
    }
    // Where the range's keys start: the table's first row, or right after the range
    // before. After a range that held no row, at the next key there is: a gap in the keys
    // is stepped over at once, at the cost of one lookup (an index dive and a round trip,
    // not spent on every range).
    std::optional<qint64> first;
    // The last key when the snapshot began; read only when `first` is set, which needs it.
    const qint64 last = entry.bounds ? entry.bounds->second : 0;
    if (!entry.started) {
        if (entry.bounds)
            first = entry.bounds->first;
    } else if (entry.bounds && entry.lower < last) {
        if (entry.lookUp) {
            auto above = statements.firstKeyAbove(entry.shape, entry.qualified, entry.lower);
            if (!above) {
                entry.result.error = above.error(); // none when the budget is spent
                close(entry);
                return std::nullopt;
            }
            first = above.value();
            entry.lookUp = false;
        } else {
            first = entry.lower + 1; // below the last key, so no overflow
        }
    }
    // A key above the last one was written since the snapshot began (the service should
    // be stopped): the rest of the table in one range, open at its end.
    if (first && *first > last)
        first.reset();
    // The rows wanted, but no more than each connection's share of the rows the table
    // seems to have left, so that the connections finish a table (the last one above all)
    // together instead of one summing a large last range while the others wait.
    double rows = entry.rowsGoal;
    if (first) {
        const double left = (double(last) - double(*first) + 1) / entry.keysPerRow;
        rows = std::min(rows, std::max(left / std::max(m_plan.options.connections, 1),
                                       double(m_plan.options.minChunkRows)));
    }
    // As key values at the density seen so far, growing at most fourfold a range. Where
    // the keys get much denser than that, the range's own time limit cuts it off.
    const double wanted = std::ceil(rows * entry.keysPerRow);
    quint64 width = wanted >= 9.0e18 ? std::numeric_limits<quint64>::max() : quint64(wanted);
    if (entry.lastWidth > 0)
        width = std::min(width, entry.lastWidth > std::numeric_limits<quint64>::max() / 4
                                    ? std::numeric_limits<quint64>::max()
                                    : entry.lastWidth * 4);
    width = std::max<quint64>(width, 1);

    Job job;
    job.table = index;
    job.rowsGoal = entry.rowsGoal;
    if (entry.started)
        job.range.lower = {entry.lower};
    // Open at the end when the range reaches the last key (unsigned differences: exact
    // for any two 64-bit keys).
    if (first && quint64(last) - quint64(*first) > width - 1) {
        const qint64 upper = qint64(quint64(*first) + (width - 1));
        job.range.upper = {upper};
        job.width = width;
        entry.lower = upper;
        entry.lastWidth = width;
    } else {
        entry.finished = true;
    }
    entry.started = true;
    job.chunk = entry.result.chunks.size();
    entry.result.chunks.append(ChecksumChunk{job.range.lower, job.range.upper, 0, {}, false});
    return job;
}

std::optional<FirstPass::Job> FirstPass::take(Statements &statements)
{
    QMutexLocker lock(&m_mutex);
    do {
        if (!m_returned.isEmpty()) {
            handedOut();
            return m_returned.takeFirst();
        }
        for (size_t i = 0; i < m_tables.size(); ++i) {
            Entry &entry = m_tables[i];
            if (entry.way == Way::Nibbled && !entry.claimed) {
                entry.claimed = true;
                handedOut();
                return Job{qsizetype(i), -1, {}, 0, 0};
            }
            if (entry.way == Way::Stepped && !entry.finished) {
                if (auto job = step(qsizetype(i), statements)) {
                    handedOut();
                    return job;
                }
            }
        }
    } while (awaitChange(lock));
    return std::nullopt;
}

bool FirstPass::handBack(const Job &job)
{
    return leave([&] {
        if (job.chunk < 0)
            m_tables[size_t(job.table)].claimed = false;
        else
            m_returned.append(job);
    });
}

void FirstPass::finishChunk(const Job &job, const Answer &answer, const QString &error, qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    settled();
    Entry &entry = m_tables[size_t(job.table)];
    ChecksumChunk &chunk = entry.result.chunks[job.chunk];
    chunk.rows = answer.rows;
    chunk.crc = answer.crc;
    chunk.checked = answer.checked;
    if (!error.isEmpty()) {
        if (entry.result.error.isEmpty())
            entry.result.error = error;
        if (!entry.finished)
            close(entry);
        return;
    }
    if (!answer.checked && job.width > 0 && !m_plan.deadline.hasExpired()) {
        // Cut off at the range's own limit, not the budget's: the keys got much denser
        // than the ranges before said (a sparse stretch, then a dense one). The range stays
        // not checked; the next ones are a sixteenth as wide.
        entry.keysPerRow = std::max(entry.keysPerRow / 16, 1.0);
        entry.lastWidth = std::max<quint64>(job.width / 16, 1);
        return;
    }
    if (!answer.checked || job.width == 0)
        return;
    // The next ranges: keys per row as this one found them (none found: the next starts at
    // the next key), rows for the target time as this one took, at most four times more or
    // half as many (fourfold, not the nibbling's twofold: the first ranges are short, and
    // each is a statement).
    if (answer.rows == 0)
        entry.lookUp = true;
    else
        entry.keysPerRow = double(job.width) / double(answer.rows);
    if (answer.rows > 0) {
        const qint64 next = answer.rows * m_plan.options.targetChunkMs / std::max<qint64>(ms, 1);
        entry.rowsGoal = int(std::clamp<qint64>(
            next, std::max(job.rowsGoal / 2, m_plan.options.minChunkRows),
            std::min<qint64>(qint64(job.rowsGoal) * 4, m_plan.options.maxChunkRows)));
    }
}

void FirstPass::run(Statements &statements)
{
    while (const auto job = take(statements)) {
        statements.beforeRange();
        const Entry &entry = m_tables[size_t(job->table)];
        if (job->chunk < 0) {
            TableChecksum nibbled = statements.nibble(entry.result, entry.shape);
            if (!nibbled.error.isEmpty() && statements.connectionLost() && handBack(*job))
                return;
            QMutexLocker lock(&m_mutex);
            settled();
            m_tables[size_t(job->table)].result = std::move(nibbled);
            continue;
        }
        QElapsedTimer took;
        took.start();
        const Answers answers =
            statements.sum(entry.shape, entry.qualified, {job->range}, m_plan.rangeLimitMs);
        if (!answers.error.isEmpty() && statements.connectionLost() && handBack(*job))
            return;
        finishChunk(*job, answers.chunks.value(0), answers.error, took.elapsed());
    }
}

QList<TableChecksum> FirstPass::results() const
{
    QMutexLocker lock(&m_mutex);
    return resultsOf(m_tables);
}

// The second pass: the first snapshot's ranges again, several to a statement, handed out
// to the connections in batches.
class SecondPass : public Crew
{
public:
    // Reads the table's shape on the first connection, before the others start.
    void add(Statements &statements, const TableChecksum &before);
    void run(Statements &statements);
    QList<TableChecksum> results() const;

private:
    struct Entry
    {
        TableChecksum result;
        TableShape shape;
        QString qualified;
        bool failed = false;
    };
    struct Batch
    {
        qsizetype table = 0;
        QList<qsizetype> chunks;
        QList<Range> ranges;
    };

    std::optional<Batch> take();
    // A batch whose connection was lost, for another connection; false when this is the
    // last connection working.
    bool handBack(const Batch &batch);

    std::vector<Entry> m_tables;
    QList<Batch> m_batches;
    qsizetype m_next = 0;
    QList<Batch> m_returned; // handed back by a connection that was lost
};

void SecondPass::add(Statements &statements, const TableChecksum &before)
{
    Entry entry;
    entry.result = before;
    for (ChecksumChunk &chunk : entry.result.chunks) {
        chunk.checked = false;
        chunk.rows = 0;
        chunk.crc.clear();
    }
    const qsizetype index = qsizetype(m_tables.size());
    const auto record = [&](const QString &error) {
        entry.result.error = error;
        m_tables.push_back(std::move(entry));
    };
    if (!before.error.isEmpty())
        return record(before.error);
    auto shape = statements.shapeOf(before.table);
    if (!shape)
        return record(shape.error());
    QStringList keyColumns;
    for (const Column &column : std::as_const(shape->key))
        keyColumns.append(column.name);
    if (keyColumns != before.keyColumns)
        return record(Tr::tr("its key is no longer (%1)").arg(before.keyColumns.join(u", ")));
    entry.shape = std::move(shape.value());
    entry.qualified = sql::QualifiedName{{}, before.table}.quoted(sql::Dialect::MySql);
    m_tables.push_back(std::move(entry));

    // Up to eight chunks a statement while they are small: one round trip instead of one
    // each, which on a busy server is much of what a small chunk costs. A large chunk
    // goes alone, so that the connections share the work evenly.
    constexpr qsizetype chunksPerStatement = 8;
    constexpr qint64 rowsPerStatement = 20000;
    Batch batch{index, {}, {}};
    qint64 rows = 0;
    const auto flush = [&] {
        if (!batch.chunks.isEmpty())
            m_batches.append(batch);
        batch = Batch{index, {}, {}};
        rows = 0;
    };
    for (qsizetype i = 0; i < before.chunks.size(); ++i) {
        const ChecksumChunk &chunk = before.chunks.at(i);
        if (!chunk.checked) {
            flush(); // nothing to compare it with: spend no budget on it
            continue;
        }
        batch.chunks.append(i);
        batch.ranges.append({chunk.lower, chunk.upper});
        rows += chunk.rows;
        if (batch.chunks.size() == chunksPerStatement || rows >= rowsPerStatement)
            flush();
    }
    flush();
}

std::optional<SecondPass::Batch> SecondPass::take()
{
    QMutexLocker lock(&m_mutex);
    const auto failed = [this](const Batch &batch) {
        return m_tables[size_t(batch.table)].failed;
    };
    do {
        while (!m_returned.isEmpty()) {
            Batch batch = m_returned.takeFirst();
            if (!failed(batch)) {
                handedOut();
                return batch;
            }
        }
        while (m_next < m_batches.size() && failed(m_batches.at(m_next)))
            ++m_next;
        if (m_next < m_batches.size()) {
            handedOut();
            return m_batches.at(m_next++);
        }
    } while (awaitChange(lock));
    return std::nullopt;
}

bool SecondPass::handBack(const Batch &batch)
{
    return leave([&] { m_returned.append(batch); });
}

void SecondPass::run(Statements &statements)
{
    while (const auto batch = take()) {
        statements.beforeRange();
        const Entry &entry = m_tables[size_t(batch->table)];
        const Answers answers = statements.sum(entry.shape, entry.qualified, batch->ranges);
        if (!answers.error.isEmpty() && statements.connectionLost() && handBack(*batch))
            return;
        QMutexLocker lock(&m_mutex);
        settled();
        Entry &table = m_tables[size_t(batch->table)];
        for (qsizetype i = 0; i < batch->chunks.size(); ++i) {
            const Answer &answer = answers.chunks.at(i);
            ChecksumChunk &chunk = table.result.chunks[batch->chunks.at(i)];
            chunk.rows = answer.rows;
            chunk.crc = answer.crc;
            chunk.checked = answer.checked;
        }
        if (!answers.error.isEmpty() && !table.failed) {
            table.failed = true;
            table.result.error = answers.error;
        }
    }
}

QList<TableChecksum> SecondPass::results() const
{
    QMutexLocker lock(&m_mutex);
    return resultsOf(m_tables);
}

// Runs `work` on `session` and on up to options.connections - 1 more, each opened from the
// session's spec and `password` on a thread of its own (a connection belongs to the thread
// that opened it). They are opened while `prepare` reads the tables on `session`, and
// start when it is done. A connection that cannot be opened leaves its share to the
// others, and one that is lost hands its work back to them. Returns how many connections
// took part.
template <typename Work, typename Prepare>
int onConnections(DatabaseSession &session, const QString &password, const Plan &plan, Work &work,
                  const Prepare &prepare)
{
    std::atomic_int connections{1};
    QSemaphore prepared;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 1; i < plan.options.connections; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            auto own = DatabaseSession::open(session.spec(), password);
            if (own)
                work.join();
            prepared.acquire();
            if (!own)
                return;
            ++connections;
            Statements statements(*own.value(), plan, i);
            work.run(statements);
        }));
        threads.back()->start();
    }
    Statements statements(session, plan);
    work.join();
    prepare(statements);
    prepared.release(int(threads.size()));
    work.run(statements);
    for (const auto &thread : threads)
        thread->wait();
    return connections.load();
}

Plan planFor(DatabaseSession &session, const TableChecksummer::Options &options,
             ChecksumAlgorithm algorithm)
{
    Plan plan;
    plan.options = options;
    plan.algorithm = algorithm;
    plan.deadline = QDeadlineTimer(std::max<qint64>(options.budgetMs, 0));
    plan.mariadb = session.serverVersion().contains(u"MariaDB", Qt::CaseInsensitive);
    plan.rangeLimitMs =
        options.rangeLimitMs > 0 ? options.rangeLimitMs : qint64(options.targetChunkMs) * 16;
    return plan;
}

bool unsupported(DatabaseSession &session, ChecksumSnapshot &snapshot)
{
    if (session.spec().engine != ConnectionSpec::Engine::Sqlite)
        return false;
    snapshot.unsupportedReason =
        Tr::tr("SQLite has no CRC32: chunked checksums need MySQL or MariaDB");
    return true;
}

} // namespace

Result<ChecksumSnapshot> TableChecksummer::before(DatabaseSession &session, const QString &password,
                                                  const QStringList &tables, const Options &options)
{
    ChecksumSnapshot snapshot;
    snapshot.budgetMs = options.budgetMs;
    if (unsupported(session, snapshot)) {
        for (const QString &table : tables)
            snapshot.tables.append(TableChecksum{table, {}, {}, {}, {ChecksumChunk{}}, {}});
        return snapshot;
    }
    QElapsedTimer timer;
    timer.start();
    const Plan plan = planFor(session, options, snapshot.algorithm);
    Statements statements(session, plan);
    if (auto prepared = statements.prepare(); !prepared)
        return prepared.failure();
    FirstPass pass(plan);
    snapshot.connections = onConnections(session, password, plan, pass, [&](Statements &first) {
        for (const QString &table : tables)
            pass.add(first, table);
    });
    snapshot.tables = pass.results();
    snapshot.elapsedMs = timer.elapsed();
    return snapshot;
}

Result<ChecksumSnapshot> TableChecksummer::after(DatabaseSession &session, const QString &password,
                                                 const ChecksumSnapshot &before,
                                                 const Options &options)
{
    ChecksumSnapshot snapshot;
    snapshot.budgetMs = options.budgetMs;
    // Like with like: a snapshot of an older Backstep (BIT_XOR) is compared by its method.
    snapshot.algorithm = before.algorithm;
    if (before.algorithm == ChecksumAlgorithm::Unknown) {
        snapshot.tables = before.tables;
        snapshot.unsupportedReason =
            Tr::tr("the first snapshot was computed with a checksum method this version does "
                   "not know");
        return snapshot;
    }
    if (unsupported(session, snapshot)) {
        snapshot.tables = before.tables;
        return snapshot;
    }
    QElapsedTimer timer;
    timer.start();
    const Plan plan = planFor(session, options, snapshot.algorithm);
    Statements statements(session, plan);
    if (auto prepared = statements.prepare(); !prepared)
        return prepared.failure();
    SecondPass pass;
    snapshot.connections = onConnections(session, password, plan, pass, [&](Statements &first) {
        for (const TableChecksum &table : before.tables)
            pass.add(first, table);
    });
    snapshot.tables = pass.results();
    snapshot.elapsedMs = timer.elapsed();
    return snapshot;
}

} // namespace backstep
