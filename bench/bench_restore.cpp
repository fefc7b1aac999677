// The rehearsal's restore (DumpRestorer, as RehearsalJob calls it) of one backup file into
// a database, for bench/playbook-backups.sh to time against `mariadb DB < file`.
//   bench_restore URL PASSWORD_FILE FILE INTO_DATABASE
#include "core/connectionspec.h"
#include "ops/dumprestorer.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace backstep;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: bench_restore URL PASSWORD_FILE FILE INTO_DATABASE\n");
        return 2;
    }
    QFile passwordFile(args.at(2));
    if (!passwordFile.open(QIODevice::ReadOnly))
        return 2;
    const QString password = QString::fromUtf8(passwordFile.readAll()).trimmed();
    auto spec = ConnectionSpec::parse(args.at(1));
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(spec.error()));
        return 2;
    }
    const auto restored =
        DumpRestorer::restore(RestoreRequest{spec.value(), password, args.at(3), args.at(4)});
    if (!restored) {
        std::fprintf(stderr, "%s\n", qPrintable(restored.error()));
        return 1;
    }
    return 0;
}
