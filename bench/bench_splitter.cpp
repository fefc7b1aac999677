// Splitter throughput: reads one SQL file, decodes it as Backstep does (UTF-8 to
// QString), then splits it several times and prints the best time and the rate in MB/s
// of the file's bytes, by wall-clock and by the process's CPU time (which other load on
// the machine inflates less).
// Usage: bench_splitter FILE [rounds, default 3] [format|-] [mariadb|mysql]
// Without a format (or `-`): StatementSplitter (the mysql client's splitting) on the text, as
// the benchmark always measured. The last argument chooses whose client's rules split (the
// `mariadb` client's by default; `mysql`: MySQL's, comments sent): plain files, Sqitch's
// scripts and the splitter alone follow it, the other formats do not. With a format (plain, dbmate,
// golang-migrate, goose, sql-migrate, flyway, liquibase, sqitch, db-migrate): the whole text as one
// migration of that format (behind the format's markers, in the file names it expects), read by the
// format's reader, which splits it as the format's tool does.
#include "core/formats/formatregistry.h"
#include "core/statementsplitter.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <cstring>
#include <ctime>

using namespace backstep;

namespace {

// The files a format reads, the text placed as one migration's UP.
QList<SourceFile> filesFor(MigrationFormat format, const QString &text)
{
    auto file = [](const QString &relative, const QString &body) {
        return SourceFile{QStringLiteral("/bench/") + relative, relative.section(u'/', -1),
                          relative, body, true};
    };
    switch (format) {
    case MigrationFormat::Dbmate:
        return {file(QStringLiteral("1_bench.sql"), QStringLiteral("-- migrate:up\n") + text +
                                                        QStringLiteral("\n-- migrate:down\n"))};
    case MigrationFormat::GolangMigrate:
        return {file(QStringLiteral("1_bench.up.sql"), text)};
    case MigrationFormat::Goose:
        return {file(QStringLiteral("1_bench.sql"), QStringLiteral("-- +goose Up\n") + text)};
    case MigrationFormat::SqlMigrate:
        return {file(QStringLiteral("1_bench.sql"), QStringLiteral("-- +migrate Up\n") + text)};
    case MigrationFormat::Flyway:
        return {file(QStringLiteral("V1__bench.sql"), text)};
    case MigrationFormat::Liquibase:
        return {file(QStringLiteral("changelog.sql"),
                     QStringLiteral("--liquibase formatted sql\n--changeset bench:1\n") + text)};
    case MigrationFormat::Sqitch:
        return {
            file(QStringLiteral("sqitch.plan"),
                 QStringLiteral("%project=bench\nbench 2024-01-01T00:00:00Z B <b@x.org> # b\n")),
            file(QStringLiteral("deploy/bench.sql"), text)};
    case MigrationFormat::DbMigrate:
        return {file(QStringLiteral("1-bench.js"),
                     QStringLiteral("path.join(__dirname, 'sqls', '1-bench-up.sql'); runSql\n")),
                file(QStringLiteral("sqls/1-bench-up.sql"), text)};
    default:
        return {file(QStringLiteral("1_bench.sql"), QStringLiteral("-- UP\n") + text)};
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_splitter FILE [rounds] [format]\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    std::optional<MigrationFormat> format;
    if (argc > 3 && std::strcmp(argv[3], "-") != 0) {
        format = formatFromName(QString::fromLocal8Bit(argv[3]));
        if (!format || *format == MigrationFormat::Auto) {
            std::fprintf(stderr, "unknown format %s\n", argv[3]);
            return 2;
        }
    }
    ClientFamily client = ClientFamily::MariaDb;
    if (argc > 4) {
        if (std::strcmp(argv[4], "mysql") == 0) {
            client = ClientFamily::MySql;
        } else if (std::strcmp(argv[4], "mariadb") != 0) {
            std::fprintf(stderr, "unknown client %s (mariadb or mysql)\n", argv[4]);
            return 2;
        }
    }
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
    std::fflush(stdout);
    // The format's wrapper is built once, outside the timing.
    const QList<SourceFile> files = format ? filesFor(*format, text) : QList<SourceFile>();

    double best = 0;
    double bestCpu = 0;
    for (int round = 1; round <= rounds; ++round) {
        const std::clock_t cpuStart = std::clock();
        timer.restart();
        qlonglong statements = 0;
        qlonglong errors = 0;
        if (format) {
            MigrationSet set;
            set.folder = QStringLiteral("/bench");
            set.format = *format;
            ReadContext context;
            context.client = client;
            FormatRegistry::reader(*format).read(files, set, context);
            for (const Migration &migration : std::as_const(set.migrations))
                statements += migration.up.statements.size();
            errors = set.errors.size();
            for (const Migration &migration : std::as_const(set.migrations))
                errors += migration.errors().size();
        } else {
            SplitOptions options;
            options.client = client;
            const SplitResult result = StatementSplitter::split(text, options);
            statements = result.statements.size();
            errors = result.errors.size();
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        best = round == 1 ? seconds : std::min(best, seconds);
        bestCpu = round == 1 ? cpuSeconds : std::min(bestCpu, cpuSeconds);
        std::printf("round %d: split %.3f s wall (%.0f MB/s), %.3f s CPU (%.0f MB/s), "
                    "%lld statements, %lld errors\n",
                    round, seconds, megabytes / seconds, cpuSeconds, megabytes / cpuSeconds,
                    statements, errors);
        std::fflush(stdout); // a round that never ends still shows the ones before it
    }
    std::printf("best: %.3f s wall (%.0f MB/s), %.3f s CPU (%.0f MB/s)\n", best, megabytes / best,
                bestCpu, megabytes / bestCpu);
    return 0;
}
