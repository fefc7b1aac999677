// Chunked checksums (TableChecksummer, issue 13) against CHECKSUM TABLE of the same tables,
// timed in the same process on the same connection. Rounds alternate which goes first
// (CHECKSUM TABLE in odd rounds, the two chunked passes in even ones); each round prints the
// load average before it, and the end the medians. Besides wall time, the server's CPU time
// (user + system of SERVER_PID, from /proc): the server does the work, and on a shared
// machine its CPU time varies less than the wall clock. CHUNK_ROWS fixes the rows per chunk
// (0: TableChecksummer's own, chunks sized to a time each); TARGET_CHUNK_MS that time
// (0: TableChecksummer's default); CONNECTIONS how many connections sum at once (0:
// TableChecksummer's default).
//   bench_checksums URL PASSWORD_FILE TABLE[,TABLE...] [ROUNDS] [CHUNK_ROWS] [SERVER_PID]
//                   [TARGET_CHUNK_MS] [CONNECTIONS]
#include "core/connectionspec.h"
#include "db/databasesession.h"
#include "db/sql.h"
#include "db/tablechecksummer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace backstep;

namespace {

// User + system CPU time of `pid` in milliseconds, -1 when it cannot be read.
qint64 cpuMsOf(const QString &pid)
{
    if (pid.isEmpty())
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The fields after the command name (which may hold spaces) in parentheses.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: bench_checksums URL PASSWORD_FILE TABLES [ROUNDS] "
                             "[CHUNK_ROWS] [SERVER_PID] [TARGET_CHUNK_MS] [CONNECTIONS]\n");
        return 2;
    }
    QFile passwordFile(args.at(2));
    if (!passwordFile.open(QIODevice::ReadOnly))
        return 2;
    const QString password = QString::fromUtf8(passwordFile.readAll()).trimmed();
    const QStringList tables = args.at(3).split(u',');
    const int rounds = args.size() > 4 ? args.at(4).toInt() : 3;
    const int chunkRows = args.size() > 5 ? args.at(5).toInt() : 0;
    const QString serverPid = args.size() > 6 ? args.at(6) : QString();
    const int targetChunkMs = args.size() > 7 ? args.at(7).toInt() : 0;
    const int connections = args.size() > 8 ? args.at(8).toInt() : 0;
    auto spec = ConnectionSpec::parse(args.at(1));
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(spec.error()));
        return 2;
    }
    auto session = DatabaseSession::open(spec.value(), password);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error()));
        return 2;
    }
    QStringList quoted;
    for (const QString &table : tables)
        quoted.append(sql::quoteIdentifier(sql::Dialect::MySql, table));
    TableChecksummer::Options options;
    options.budgetMs = 3600 * 1000;
    if (targetChunkMs > 0)
        options.targetChunkMs = targetChunkMs;
    if (connections > 0)
        options.connections = connections;
    if (chunkRows > 0) {
        options.firstChunkRows = chunkRows;
        options.minChunkRows = chunkRows;
        options.maxChunkRows = chunkRows;
    }
    const auto checksumTable = [&]() -> bool {
        QSqlQuery query(session.value()->database());
        if (!query.exec(QStringLiteral("CHECKSUM TABLE ") + quoted.join(QStringLiteral(", ")))) {
            std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
            return false;
        }
        while (query.next()) {
        }
        return true;
    };
    const auto median = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        const size_t n = values.size();
        return n == 0 ? 0.0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
    };
    // Wall and server CPU milliseconds of the three, per round.
    struct Sample
    {
        double wall = 0;
        double cpu = -1;
    };
    std::vector<double> plainMs, firstMs, secondMs, firstRatios, secondRatios;
    std::vector<double> plainCpu, firstCpu, secondCpu, firstCpuRatios, secondCpuRatios;
    for (int round = 1; round <= rounds; ++round) {
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        const QByteArray load = loadavg.open(QIODevice::ReadOnly)
                                    ? loadavg.readAll().split(' ').mid(0, 3).join(' ')
                                    : QByteArray("?");
        const bool plainFirst = round % 2 == 1;
        const auto timed = [&](const auto &work, Sample &sample) -> bool {
            const qint64 cpuBefore = cpuMsOf(serverPid);
            QElapsedTimer timer;
            timer.start();
            if (!work())
                return false;
            sample.wall = double(timer.elapsed());
            const qint64 cpuAfter = cpuMsOf(serverPid);
            sample.cpu = cpuBefore < 0 || cpuAfter < 0 ? -1 : double(cpuAfter - cpuBefore);
            return true;
        };
        Sample plain, first, second;
        if (plainFirst && !timed(checksumTable, plain))
            return 1;
        Result<ChecksumSnapshot> before = Error{QString()};
        if (!timed(
                [&] {
                    before = TableChecksummer::before(*session.value(), password, tables, options);
                    return before.ok();
                },
                first)) {
            std::fprintf(stderr, "%s\n", qPrintable(before.error()));
            return 1;
        }
        Result<ChecksumSnapshot> after = Error{QString()};
        if (!timed(
                [&] {
                    after = TableChecksummer::after(*session.value(), password, before.value(),
                                                    options);
                    return after.ok();
                },
                second)) {
            std::fprintf(stderr, "%s\n", qPrintable(after.error()));
            return 1;
        }
        if (!plainFirst && !timed(checksumTable, plain))
            return 1;
        int chunks = 0;
        for (const TableChecksum &table : before->tables)
            chunks += int(table.chunks.size());
        const ChecksumComparison comparison = compareChecksums(before.value(), after.value());
        plainMs.push_back(plain.wall);
        firstMs.push_back(first.wall);
        secondMs.push_back(second.wall);
        firstRatios.push_back(first.wall / std::max(plain.wall, 1.0));
        secondRatios.push_back(second.wall / std::max(plain.wall, 1.0));
        plainCpu.push_back(plain.cpu);
        firstCpu.push_back(first.cpu);
        secondCpu.push_back(second.cpu);
        firstCpuRatios.push_back(first.cpu / std::max(plain.cpu, 1.0));
        secondCpuRatios.push_back(second.cpu / std::max(plain.cpu, 1.0));
        std::printf("round %d (%s first; load %s): CHECKSUM TABLE %.0f ms (server CPU %.0f ms); "
                    "chunked before %.0f ms (CPU %.0f ms, %d chunks, %d connections), after %.0f "
                    "ms (CPU %.0f "
                    "ms); wall ratio before %.2f, after %.2f; CPU ratio before %.2f, after %.2f; "
                    "differences %d, not checked %d\n",
                    round, plainFirst ? "CHECKSUM TABLE" : "chunked", load.constData(), plain.wall,
                    plain.cpu, first.wall, first.cpu, chunks, before->connections, second.wall,
                    second.cpu, firstRatios.back(), secondRatios.back(), firstCpuRatios.back(),
                    secondCpuRatios.back(), int(comparison.differences.size()),
                    int(comparison.notChecked.size()));
        std::fflush(stdout);
    }
    std::printf("medians of %d rounds: CHECKSUM TABLE %.0f ms (CPU %.0f ms); chunked before %.0f "
                "ms (CPU %.0f ms), after %.0f ms (CPU %.0f ms); wall ratio before %.2f, after "
                "%.2f; CPU ratio before %.2f, after %.2f\n",
                rounds, median(plainMs), median(plainCpu), median(firstMs), median(firstCpu),
                median(secondMs), median(secondCpu), median(firstRatios), median(secondRatios),
                median(firstCpuRatios), median(secondCpuRatios));
    return 0;
}
