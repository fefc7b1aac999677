#include "ops/playbookrehearsal.h"

#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "ops/playbookactions.h"
#include "ops/rehearsaljob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookRehearsalAction)
};

const QString scratchKey = QStringLiteral("scratchDatabase");

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace

PlaybookRehearsalAction::PlaybookRehearsalAction(const PlaybookSetup &setup)
    : m_setup(setup)
{}

PlaybookStepResult PlaybookRehearsalAction::run(PlaybookStepContext &context)
{
    const WorkspaceRequest &production = m_setup.workspace;
    const bool sqlite = production.connection.engine == ConnectionSpec::Engine::Sqlite;
    const QString database = production.connection.databaseName();
    QJsonObject evidence;

    // What a killed attempt created is dropped first: only a scratch copy of this
    // database, never the database itself.
    if (context.recovery) {
        const QString left = context.evidence.value(scratchKey).toString();
        if (!left.isEmpty()) {
            if (sqlite) {
                for (const QString &suffix : {QString(), QStringLiteral("-wal"),
                                              QStringLiteral("-shm"), QStringLiteral(".restoring")})
                    QFile::remove(left + suffix);
                if (QFile::exists(left))
                    return stepFailed(
                        evidence, Tr::tr("cannot remove the killed rehearsal's copy %1").arg(left));
            } else {
                if (!left.startsWith(database + QStringLiteral("_rehearsal_")))
                    return stepFailed(evidence, Tr::tr("the noted scratch database %1 is not a "
                                                       "rehearsal copy of %2: it is left alone")
                                                    .arg(left, database));
                auto session = DatabaseSession::open(production.connection, production.password);
                if (!session)
                    return stepFailed(evidence, session.error());
                if (auto dropped = DatabaseInspector::dropDatabase(*session.value(), left);
                    !dropped)
                    return stepFailed(evidence,
                                      Tr::tr("cannot drop the killed rehearsal's scratch database "
                                             "%1: %2")
                                          .arg(left, dropped.error()));
            }
            evidence.insert(QStringLiteral("droppedLeftover"), left);
        }
    }

    const PlaybookStep *backUp = context.run.step(PlaybookStepKind::BackUp);
    const QString backupFile =
        backUp ? backUp->evidence.value(QStringLiteral("file")).toString() : QString();
    if (backupFile.isEmpty())
        return stepFailed(evidence, Tr::tr("the back-up step recorded no file: there is nothing to "
                                           "rehearse on"));

    RehearsalRequest request;
    request.production = production;
    request.target = m_setup.target;
    request.backupFile = backupFile;
    request.lockWaitTimeoutSeconds = m_setup.lockWaitTimeoutSeconds;
    request.scratchDatabase = RehearsalJob::scratchName(database, QDateTime::currentDateTimeUtc());
    QString noted = request.scratchDatabase;
    if (sqlite) {
        // A folder of its own beside the backups, so that the copy's path is known before
        // it exists.
        request.workFolder = QDir(m_setup.backupFolder)
                                 .absoluteFilePath(QStringLiteral("rehearsal-") + context.run.id);
        noted = request.workFolder + u'/' + request.scratchDatabase + QStringLiteral(".sqlite");
    }
    evidence.insert(scratchKey, noted);
    if (auto written = context.note(evidence); !written)
        return stepFailed(evidence, written.error());

    const RehearsalOutcome outcome = RehearsalJob::run(request, {}, context.cancel);
    if (sqlite)
        QDir(request.workFolder).removeRecursively();
    evidence.insert(scratchKey, outcome.scratchDatabase);
    evidence.insert(QStringLiteral("result"), rehearsalResultName(outcome.result));
    evidence.insert(QStringLiteral("restoreMs"), outcome.restoreMs);
    evidence.insert(QStringLiteral("rollbackMs"), outcome.rollbackMs);
    evidence.insert(QStringLiteral("verifyMs"), outcome.verifyMs);
    evidence.insert(QStringLiteral("durationMs"), outcome.totalMs);
    evidence.insert(QStringLiteral("dropped"), outcome.dropped);
    if (!outcome.dropProblem.isEmpty())
        evidence.insert(QStringLiteral("dropProblem"), outcome.dropProblem);
    if (!outcome.failedStatement.isEmpty()) {
        evidence.insert(QStringLiteral("failedStatement"), outcome.failedStatement);
        evidence.insert(QStringLiteral("failedLocation"), outcome.failedLocation);
    }
    if (!outcome.detail.isEmpty())
        evidence.insert(QStringLiteral("detail"), outcome.detail);
    if (outcome.report.generatedAt.isValid())
        evidence.insert(QStringLiteral("verdict"), verdictName(outcome.report.verdict()));

    PlaybookStepResult result;
    result.evidence = evidence;
    switch (outcome.result) {
    case RehearsalOutcome::Result::Passed:
        result.summary =
            Tr::tr("rehearsed on %1: rolled back in %2 s (production's prediction), verified")
                .arg(outcome.scratchDatabase, seconds(outcome.rollbackMs));
        if (!outcome.dropped)
            result.summary +=
                u' ' + Tr::tr("(the copy could not be dropped: %1)").arg(outcome.dropProblem);
        return result;
    case RehearsalOutcome::Result::Cancelled:
        result.status = PlaybookStep::Status::Cancelled;
        result.error = outcome.detail;
        return result;
    case RehearsalOutcome::Result::Failed:
        result.status = PlaybookStep::Status::Failed;
        result.error =
            outcome.failedStatement.isEmpty()
                ? Tr::tr("the rehearsal failed, production was not touched: %1").arg(outcome.detail)
                : Tr::tr("the rehearsal failed at %1 (%2), production was not touched: %3")
                      .arg(outcome.failedLocation, outcome.failedStatement, outcome.detail);
        return result;
    case RehearsalOutcome::Result::Error:
        break;
    }
    result.status = PlaybookStep::Status::Failed;
    result.error =
        Tr::tr("the rehearsal could not run, production was not touched: %1").arg(outcome.detail);
    return result;
}

} // namespace backstep
