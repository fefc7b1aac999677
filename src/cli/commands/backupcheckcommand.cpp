// check-backup: verify a catalogued backup and, with --test-restore, restore it into a
// scratch database, comparing both with what the backup held (its manifest).
#include "cli/commands/commands.h"
#include "cli/connectionoptions.h"
#include "ops/backupverifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace backstep::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(checkbackup)
};

QJsonObject checkToJson(bool ok, const QStringList &problems, const QStringList &compared,
                        const QStringList &notCompared)
{
    return QJsonObject{{QStringLiteral("passed"), ok},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                       {QStringLiteral("compared"), QJsonArray::fromStringList(compared)},
                       {QStringLiteral("not_compared"), QJsonArray::fromStringList(notCompared)}};
}

void printCheck(CliContext &context, const QString &what, bool ok, const QStringList &problems,
                const QStringList &compared, const QStringList &notCompared)
{
    context.out << (ok ? Tr::tr("%1: passed").arg(what) : Tr::tr("%1: FAILED").arg(what))
                << Qt::endl;
    for (const QString &problem : problems)
        context.out << Tr::tr("  problem: %1").arg(problem) << Qt::endl;
    for (const QString &item : compared)
        context.out << Tr::tr("  compared: %1").arg(item) << Qt::endl;
    for (const QString &item : notCompared)
        context.out << Tr::tr("  not compared: %1").arg(item) << Qt::endl;
}

} // namespace

void declareCheckBackup(QCommandLineParser &parser)
{
    ConnectionOptions::addTo(parser, true, ConnectionOptions::Migrations::None);
    parser.addPositionalArgument(QStringLiteral("id"),
                                 Tr::tr("The backup's id in the catalog (backstep-cli backups)."));
    parser.addOption({QStringLiteral("test-restore"),
                      Tr::tr("Also restore it into a scratch database on the server of --url "
                             "and compare the copy with the backup's manifest.")});
}

int runCheckBackup(CliContext &context)
{
    const QStringList ids = context.parser.positionalArguments();
    bool numeric = false;
    const qint64 id = ids.size() == 1 ? ids.first().toLongLong(&numeric) : 0;
    if (!numeric) {
        context.err << Tr::tr("error: name exactly one backup by its id (backstep-cli backups)")
                    << Qt::endl;
        return ExitBadInput;
    }
    auto found = BackupVerifier::findBackup(id);
    if (!found) {
        context.err << Tr::tr("error: %1").arg(found.error()) << Qt::endl;
        return ExitFailed;
    }
    if (!found.value()) {
        context.err << Tr::tr("error: the catalog has no backup %1").arg(id) << Qt::endl;
        return ExitBadInput;
    }
    const BackupRecord record = *found.value();
    const bool json = context.parser.isSet(QStringLiteral("json"));
    QJsonObject output{{QStringLiteral("id"), id}, {QStringLiteral("path"), record.path}};

    const VerifyResult verified = BackupVerifier::verify(record);
    if (auto recorded = BackupVerifier::recordVerification(id, verified); !recorded)
        context.err << Tr::tr("warning: %1").arg(recorded.error()) << Qt::endl;
    output.insert(QStringLiteral("verify"), checkToJson(verified.ok, verified.problems,
                                                        verified.compared, verified.notCompared));
    if (!json)
        printCheck(context, Tr::tr("verify"), verified.ok, verified.problems, verified.compared,
                   verified.notCompared);
    bool passed = verified.ok;

    if (context.parser.isSet(QStringLiteral("test-restore"))) {
        auto resolved =
            ConnectionOptions::resolve(context, true, ConnectionOptions::Migrations::None);
        if (auto *code = std::get_if<ExitCode>(&resolved))
            return *code;
        const auto &request = std::get<WorkspaceRequest>(resolved);
        const RestoreCheckResult restored =
            BackupVerifier::testRestore(request.connection, request.password, record);
        if (auto recorded = BackupVerifier::recordTestRestore(id, restored); !recorded)
            context.err << Tr::tr("warning: %1").arg(recorded.error()) << Qt::endl;
        QJsonObject check =
            checkToJson(restored.ok, restored.problems, restored.compared, restored.notCompared);
        check.insert(QStringLiteral("not_run"), QJsonArray::fromStringList(restored.notRun));
        output.insert(QStringLiteral("test_restore"), check);
        if (!json) {
            printCheck(context, Tr::tr("test-restore"), restored.ok, restored.problems,
                       restored.compared, restored.notCompared);
            for (const QString &item : restored.notRun)
                context.out << QStringLiteral("  ") + item << Qt::endl;
        }
        passed = passed && restored.ok;
    }
    if (json)
        context.out << QJsonDocument(output).toJson(QJsonDocument::Indented);
    return passed ? ExitOk : ExitChecksFailed;
}

} // namespace backstep::cli
