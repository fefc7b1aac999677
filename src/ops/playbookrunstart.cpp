#include "ops/playbookrunstart.h"

#include "core/operatorname.h"
#include "ops/playbookactions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSysInfo>
#include <QUuid>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookRunStart)
};

QJsonObject noted(const PlaybookRun &run, PlaybookStepKind kind)
{
    const PlaybookStep *step = run.step(kind);
    return step ? step->evidence.value(playbookSetupKey).toObject() : QJsonObject();
}

void note(PlaybookRun &run, PlaybookStepKind kind, const QJsonObject &what)
{
    if (PlaybookStep *step = run.step(kind))
        step->evidence.insert(playbookSetupKey, what);
}

} // namespace

QString targetOption(const RollbackTarget &target)
{
    switch (target.mode) {
    case RollbackTarget::Mode::Latest:
        return QStringLiteral("--steps 1");
    case RollbackTarget::Mode::Steps:
        return QStringLiteral("--steps %1").arg(target.steps);
    case RollbackTarget::Mode::ToVersion:
        return QStringLiteral("--to ") + target.version;
    case RollbackTarget::Mode::Selected:
        return QStringLiteral("--only ") + target.versions.join(u',');
    }
    return {};
}

Result<RollbackTarget> targetFromOption(const QString &option)
{
    const qsizetype space = option.indexOf(u' ');
    const QString name = option.left(space);
    const QString value = space < 0 ? QString() : option.mid(space + 1).trimmed();
    RollbackTarget target;
    bool ok = !value.isEmpty();
    if (name == u"--to") {
        target.mode = RollbackTarget::Mode::ToVersion;
        target.version = value;
    } else if (name == u"--steps") {
        target.mode = RollbackTarget::Mode::Steps;
        target.steps = value.toInt(&ok);
        ok = ok && target.steps >= 1;
    } else if (name == u"--only") {
        target.mode = RollbackTarget::Mode::Selected;
        target.versions = value.split(u',', Qt::SkipEmptyParts);
        ok = !target.versions.isEmpty();
    } else {
        ok = false;
    }
    if (!ok)
        return Error{Tr::tr("the run's target \"%1\" is not --to VERSION, --steps N or --only "
                            "VERSIONS")
                         .arg(option)};
    return target;
}

PlaybookRun newPlaybookRun(const PlaybookRunStart &start)
{
    PlaybookRun run = PlaybookRun::withAllSteps();
    run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run.profile = start.profile;
    run.databaseUrl = start.databaseUrl;
    run.databaseName = start.databaseName;
    run.target = start.target.describe();
    run.targetOption = targetOption(start.target);
    run.backupKind = start.backupKind;
    run.operatorName = operatorName();
    run.host = QSysInfo::machineHostName();
    note(run, PlaybookStepKind::WatchLog,
         QJsonObject{{QStringLiteral("seconds"), start.watchLogSeconds}});
    note(run, PlaybookStepKind::BackUp,
         QJsonObject{{QStringLiteral("folder"), start.backupFolder}});
    if (!start.targetReason.isEmpty())
        note(run, PlaybookStepKind::Identify,
             QJsonObject{{QString(playbookTargetReasonKey), start.targetReason}});
    if (!start.reportFile.isEmpty())
        note(run, PlaybookStepKind::Report,
             QJsonObject{{QStringLiteral("file"), start.reportFile}});
    return run;
}

void applyNotedSetup(const PlaybookRun &run, PlaybookSetup &setup)
{
    // A watch that already ran and failed has its length in its own evidence.
    const PlaybookStep *watch = run.step(PlaybookStepKind::WatchLog);
    const int watched =
        watch ? watch->evidence.value(QStringLiteral("seconds")).toInt(setup.watchLogSeconds)
              : setup.watchLogSeconds;
    setup.watchLogSeconds =
        noted(run, PlaybookStepKind::WatchLog).value(QStringLiteral("seconds")).toInt(watched);
    setup.backupFolder = noted(run, PlaybookStepKind::BackUp)
                             .value(QStringLiteral("folder"))
                             .toString(setup.backupFolder);
    if (setup.reportFile.isEmpty())
        setup.reportFile =
            noted(run, PlaybookStepKind::Report).value(QStringLiteral("file")).toString();
}

} // namespace backstep
