// Chunked checksums (TableChecksummer, issue 13) against CHECKSUM TABLE of the same tables,
// timed in the same process on the same connection.
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
    for (int round = 1; round <= rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query(session.value()->database());
        if (!query.exec(QStringLiteral("CHECKSUM TABLE ") + quoted.join(QStringLiteral(", ")))) {
            std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
            return 1;
        }
        while (query.next()) {
        }
        const qint64 checksumTable = timer.restart();
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
        int chunks = 0;
        for (const TableChecksum &table : before->tables)
            chunks += int(table.chunks.size());
        const ChecksumComparison comparison = compareChecksums(before.value(), after.value());
        std::printf("round %d: CHECKSUM TABLE %lld ms; chunked before %lld ms (%d chunks), "
                    "after %lld ms; ratio before %.2f, after %.2f; differences %d, not checked "
                    "%d\n",
                    round, static_cast<long long>(checksumTable), static_cast<long long>(first),
                    chunks, static_cast<long long>(second),
                    double(first) / double(std::max<qint64>(checksumTable, 1)),
                    double(second) / double(std::max<qint64>(checksumTable, 1)),
                    int(comparison.differences.size()), int(comparison.notChecked.size()));
        std::fflush(stdout);
    }
    return 0;
}
