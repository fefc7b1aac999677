// Chunked checksums (TableChecksummer, issue 13) against CHECKSUM TABLE of the same tables,
// timed in the same process on the same connection. Rounds alternate which goes first
// (CHECKSUM TABLE in odd rounds, the two chunked passes in even ones); each round prints the
// load average before it, and the end the medians.
//   bench_checksums URL PASSWORD_FILE TABLE[,TABLE...] [ROUNDS]
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
#include <vector>

using namespace backstep;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: bench_checksums URL PASSWORD_FILE TABLES [ROUNDS]\n");
        return 2;
    }
    QFile passwordFile(args.at(2));
    if (!passwordFile.open(QIODevice::ReadOnly))
        return 2;
    const QString password = QString::fromUtf8(passwordFile.readAll()).trimmed();
    const QStringList tables = args.at(3).split(u',');
    const int rounds = args.size() > 4 ? args.at(4).toInt() : 3;
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
    std::vector<double> plainMs, firstMs, secondMs, firstRatios, secondRatios;
    for (int round = 1; round <= rounds; ++round) {
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        const QByteArray load = loadavg.open(QIODevice::ReadOnly)
                                    ? loadavg.readAll().split(' ').mid(0, 3).join(' ')
                                    : QByteArray("?");
        const bool plainFirst = round % 2 == 1;
        QElapsedTimer timer;
        qint64 checksumMs = 0;
        if (plainFirst) {
            timer.start();
            if (!checksumTable())
                return 1;
            checksumMs = timer.elapsed();
        }
        timer.start();
        const auto before = TableChecksummer::before(*session.value(), tables, options);
        const qint64 first = timer.restart();
        if (!before) {
            std::fprintf(stderr, "%s\n", qPrintable(before.error()));
            return 1;
        }
        const auto after = TableChecksummer::after(*session.value(), before.value(), options);
        const qint64 second = timer.elapsed();
        if (!after) {
            std::fprintf(stderr, "%s\n", qPrintable(after.error()));
            return 1;
        }
        if (!plainFirst) {
            timer.start();
            if (!checksumTable())
                return 1;
            checksumMs = timer.elapsed();
        }
        int chunks = 0;
        for (const TableChecksum &table : before->tables)
            chunks += int(table.chunks.size());
        const ChecksumComparison comparison = compareChecksums(before.value(), after.value());
        const double plain = double(std::max<qint64>(checksumMs, 1));
        plainMs.push_back(double(checksumMs));
        firstMs.push_back(double(first));
        secondMs.push_back(double(second));
        firstRatios.push_back(double(first) / plain);
        secondRatios.push_back(double(second) / plain);
        std::printf("round %d (%s first; load %s): CHECKSUM TABLE %lld ms; chunked before %lld ms "
                    "(%d chunks), after %lld ms; ratio before %.2f, after %.2f; differences %d, "
                    "not checked %d\n",
                    round, plainFirst ? "CHECKSUM TABLE" : "chunked", load.constData(),
                    static_cast<long long>(checksumMs), static_cast<long long>(first), chunks,
                    static_cast<long long>(second), firstRatios.back(), secondRatios.back(),
                    int(comparison.differences.size()), int(comparison.notChecked.size()));
        std::fflush(stdout);
    }
    std::printf("medians of %d rounds: CHECKSUM TABLE %.0f ms; chunked before %.0f ms, after %.0f "
                "ms; ratio before %.2f, after %.2f\n",
                rounds, median(plainMs), median(firstMs), median(secondMs), median(firstRatios),
                median(secondRatios));
    return 0;
}
