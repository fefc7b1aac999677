// Splitter throughput: reads one SQL file, decodes it as Backstep does (UTF-8 to
// QString), then splits it several times and prints the best time and the rate in MB/s
// of the file's bytes, by wall-clock and by the process's CPU time (which other load on
// the machine inflates less). Usage: bench_splitter FILE [rounds, default 3]
#include "core/statementsplitter.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>

using namespace backstep;

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_splitter FILE [rounds]\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const QByteArray bytes = file.readAll();
    const double megabytes = double(bytes.size()) / 1e6;

    QElapsedTimer timer;
    const std::clock_t decodeCpuStart = std::clock();
    timer.start();
    const QString text = QString::fromUtf8(bytes);
    const double decodeSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double decodeCpuSeconds = double(std::clock() - decodeCpuStart) / CLOCKS_PER_SEC;
    std::printf("file: %.1f MB, decode UTF-8: %.3f s wall (%.0f MB/s), %.3f s CPU (%.0f MB/s)\n",
                megabytes, decodeSeconds, megabytes / decodeSeconds, decodeCpuSeconds,
                megabytes / decodeCpuSeconds);

    double best = 0;
    double bestCpu = 0;
    for (int round = 1; round <= rounds; ++round) {
        const std::clock_t cpuStart = std::clock();
        timer.restart();
        const SplitResult result = StatementSplitter::split(text);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        best = round == 1 ? seconds : std::min(best, seconds);
        bestCpu = round == 1 ? cpuSeconds : std::min(bestCpu, cpuSeconds);
        std::printf("round %d: split %.3f s wall (%.0f MB/s), %.3f s CPU (%.0f MB/s), "
                    "%lld statements, %lld errors\n",
                    round, seconds, megabytes / seconds, cpuSeconds, megabytes / cpuSeconds,
                    qlonglong(result.statements.size()), qlonglong(result.errors.size()));
    }
    std::printf("best: %.3f s wall (%.0f MB/s), %.3f s CPU (%.0f MB/s)\n", best, megabytes / best,
                bestCpu, megabytes / bestCpu);
    return 0;
}
