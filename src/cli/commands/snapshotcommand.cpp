// snapshot: the schema's structure now, recorded in the journal (purpose "manual") with
// the migration version it was taken at, so that a later rollback to that version is
// verified against it instead of a replay.
#include "cli/commands/commands.h"
#include "cli/connectionoptions.h"
#include "db/snapshotstore.h"
#include "ops/snapshottaker.h"

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
    auto taken = SnapshotTaker::take(request, SnapshotPurpose::Manual);
    if (!taken) {
        context.err << Tr::tr("error: %1").arg(taken.error()) << Qt::endl;
        return ExitFailed;
    }
    const qint64 id = taken->id;
    const SchemaSnapshot *snapshot = &taken->snapshot;

    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = snapshot->toJson();
        json.insert(QStringLiteral("id"), id);
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
                       .arg(id)
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
