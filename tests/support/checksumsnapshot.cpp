// A chunked-checksum snapshot on two connections in a process of its own, for the tests
// that choose failpoints (a process reads BACKSTEP_FAILPOINT once): small ranges, so that
// a table of a few thousand rows is many of them. Prints the snapshot's JSON.
//   usage: backstep_checksum_snapshot URL before TABLE...
//          backstep_checksum_snapshot URL after FILE   (FILE: the first snapshot's JSON)
// The password comes from BACKSTEP_PASSWORD, never from the arguments.
#include "core/connectionspec.h"
#include "core/tablechecksum.h"
#include "db/databasesession.h"
#include "db/tablechecksummer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QStringList>

#include <cstdio>

using namespace backstep;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "backstep_checksum_snapshot: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments().mid(1);
    if (arguments.size() < 3 || (arguments.at(1) != u"before" && arguments.at(1) != u"after"))
        return fail(QStringLiteral("usage: URL before TABLE... | URL after FILE"));
    auto spec = ConnectionSpec::parse(arguments.at(0));
    if (!spec)
        return fail(spec.error());
    const QString password = qEnvironmentVariable("BACKSTEP_PASSWORD");
    auto session = DatabaseSession::open(spec.value(), password);
    if (!session)
        return fail(session.error());

    TableChecksummer::Options options;
    options.firstChunkRows = 20;
    options.minChunkRows = 10;
    options.maxChunkRows = 200;
    options.connections = 2;
    Result<ChecksumSnapshot> snapshot = Error{};
    if (arguments.at(1) == u"before") {
        snapshot = TableChecksummer::before(*session.value(), password, arguments.mid(2), options);
    } else {
        QFile file(arguments.at(2));
        if (!file.open(QIODevice::ReadOnly))
            return fail(file.fileName() + QStringLiteral(": ") + file.errorString());
        const ChecksumSnapshot first =
            checksumSnapshotFromJson(QJsonDocument::fromJson(file.readAll()).object());
        snapshot = TableChecksummer::after(*session.value(), password, first, options);
    }
    if (!snapshot)
        return fail(snapshot.error());
    std::fputs(QJsonDocument(checksumSnapshotToJson(snapshot.value())).toJson().constData(),
               stdout);
    return 0;
}
