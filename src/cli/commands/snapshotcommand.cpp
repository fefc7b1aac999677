// snapshot: the schema's structure now, recorded in the journal (purpose "manual") with
// the migration version it was taken at, so that a later rollback to that version is
// verified against it instead of a replay.
#include "cli/commands/commands.h"
#include "cli/connectionoptions.h"
#include "core/migrationstatus.h"
#include "db/databasesession.h"
#include "db/historyreader.h"
#include "db/journal.h"
#include "db/schemareader.h"
#include "db/snapshotstore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace backstep::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(snapshot)
};

QString plural(SchemaObjectKind kind, int count)
{
    const QString name = schemaObjectKindName(kind);
    if (count == 1)
        return name;
    return kind == SchemaObjectKind::Index ? QStringLiteral("indexes") : name + u's';
}

} // namespace

void declareSnapshot(QCommandLineParser &parser)
{
    ConnectionOptions::addTo(parser, true, ConnectionOptions::Migrations::Optional);
}

int runSnapshot(CliContext &context)
{
    auto resolved =
        ConnectionOptions::resolve(context, true, ConnectionOptions::Migrations::Optional);
    if (auto *code = std::get_if<ExitCode>(&resolved))
        return *code;
    const auto &request = std::get<WorkspaceRequest>(resolved);
    auto journal = Journal::open();
    if (!journal) {
        context.err << Tr::tr("error: %1").arg(journal.error()) << Qt::endl;
        return ExitFailed;
    }
    auto session = DatabaseSession::open(request.connection, request.password);
    if (!session) {
        context.err << Tr::tr("error: %1").arg(session.error()) << Qt::endl;
        return ExitFailed;
    }
    auto snapshot = SchemaReader::readStructure(*session.value());
    if (!snapshot) {
        context.err << Tr::tr("error: %1").arg(snapshot.error()) << Qt::endl;
        return ExitFailed;
    }
    auto history = HistoryReader::read(session.value()->database(), request.historyTable);
    if (!history) {
        context.err << Tr::tr("error: %1").arg(history.error()) << Qt::endl;
        return ExitFailed;
    }
    snapshot->migrationVersion = latestAppliedVersion(history.value());
    auto id = SnapshotStore(*journal.value())
                  .save(request.connection.url(), snapshot.value(), SnapshotPurpose::Manual);
    if (!id) {
        context.err << Tr::tr("error: %1").arg(id.error()) << Qt::endl;
        return ExitFailed;
    }

    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = snapshot->toJson();
        json.insert(QStringLiteral("id"), id.value());
        json.insert(QStringLiteral("purpose"), SnapshotPurpose::Manual);
        json.insert(QStringLiteral("database_url"), request.connection.url());
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QStringList counts;
    for (int i = int(SchemaObjectKind::Table); i <= int(SchemaObjectKind::Partition); ++i) {
        const auto kind = SchemaObjectKind(i);
        if (const int count = snapshot->count(kind); count > 0)
            counts << QStringLiteral("%1 %2").arg(count).arg(plural(kind, count));
    }
    context.out << Tr::tr("snapshot #%1 of %2 at version %3 (%4), %5: %6")
                       .arg(id.value())
                       .arg(request.connection.url(),
                            snapshot->migrationVersion.isEmpty() ? QStringLiteral("-")
                                                                 : snapshot->migrationVersion,
                            snapshot->serverVersion, snapshot->takenAt.toString(Qt::ISODateWithMs),
                            counts.isEmpty() ? Tr::tr("no objects")
                                             : counts.join(QStringLiteral(", ")))
                << Qt::endl;
    for (const SchemaObject &object : std::as_const(snapshot->objects))
        context.out << QStringLiteral("%1  %2").arg(object.key, -48).arg(object.summary())
                    << Qt::endl;
    return ExitOk;
}

} // namespace backstep::cli
