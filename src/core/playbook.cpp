#include "core/playbook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Playbook)
};

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue timeJson(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(timeText(at)) : QJsonValue(QJsonValue::Null);
}

QDateTime timeFromJson(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

const QList<PlaybookStepKind> &playbookStepOrder()
{
    static const QList<PlaybookStepKind> order{
        PlaybookStepKind::Identify, PlaybookStepKind::StopService,  PlaybookStepKind::BackUp,
        PlaybookStepKind::Rehearse, PlaybookStepKind::RollBack,     PlaybookStepKind::Verify,
        PlaybookStepKind::Validate, PlaybookStepKind::StartService, PlaybookStepKind::WatchLog,
        PlaybookStepKind::Report,
    };
    return order;
}

QString playbookStepKindName(PlaybookStepKind kind)
{
    switch (kind) {
    case PlaybookStepKind::Identify:
        return QStringLiteral("identify");
    case PlaybookStepKind::StopService:
        return QStringLiteral("stop-service");
    case PlaybookStepKind::BackUp:
        return QStringLiteral("back-up");
    case PlaybookStepKind::Rehearse:
        return QStringLiteral("rehearse");
    case PlaybookStepKind::RollBack:
        return QStringLiteral("roll-back");
    case PlaybookStepKind::Verify:
        return QStringLiteral("verify");
    case PlaybookStepKind::Validate:
        return QStringLiteral("validate");
    case PlaybookStepKind::StartService:
        return QStringLiteral("start-service");
    case PlaybookStepKind::WatchLog:
        return QStringLiteral("watch-log");
    case PlaybookStepKind::Report:
        break;
    }
    return QStringLiteral("report");
}

Result<PlaybookStepKind> playbookStepKindFromName(const QString &name)
{
    QStringList names;
    for (PlaybookStepKind kind : playbookStepOrder()) {
        if (playbookStepKindName(kind) == name)
            return kind;
        names.append(playbookStepKindName(kind));
    }
    return Error{Tr::tr("no playbook step is called \"%1\"; the steps are: %2")
                     .arg(name, names.join(QStringLiteral(", ")))};
}

QString playbookStepTitle(PlaybookStepKind kind)
{
    switch (kind) {
    case PlaybookStepKind::Identify:
        return Tr::tr("Identify the migrations to roll back");
    case PlaybookStepKind::StopService:
        return Tr::tr("Stop the service");
    case PlaybookStepKind::BackUp:
        return Tr::tr("Back up the database");
    case PlaybookStepKind::Rehearse:
        return Tr::tr("Rehearse on a scratch copy");
    case PlaybookStepKind::RollBack:
        return Tr::tr("Roll back");
    case PlaybookStepKind::Verify:
        return Tr::tr("Verify");
    case PlaybookStepKind::Validate:
        return Tr::tr("Run the validation commands");
    case PlaybookStepKind::StartService:
        return Tr::tr("Start the service");
    case PlaybookStepKind::WatchLog:
        return Tr::tr("Watch the log");
    case PlaybookStepKind::Report:
        break;
    }
    return Tr::tr("Report");
}

bool playbookStepSkippable(PlaybookStepKind kind)
{
    switch (kind) {
    case PlaybookStepKind::StopService:
    case PlaybookStepKind::Rehearse:
    case PlaybookStepKind::Validate:
    case PlaybookStepKind::StartService:
    case PlaybookStepKind::WatchLog:
        return true;
    case PlaybookStepKind::Identify:
    case PlaybookStepKind::BackUp:
    case PlaybookStepKind::RollBack:
    case PlaybookStepKind::Verify:
    case PlaybookStepKind::Report:
        break;
    }
    return false;
}

QString playbookSkipReasonName(PlaybookSkipReason reason)
{
    switch (reason) {
    case PlaybookSkipReason::Operator:
        return QStringLiteral("operator");
    case PlaybookSkipReason::NotConfigured:
        return QStringLiteral("not-configured");
    case PlaybookSkipReason::NotSupported:
        return QStringLiteral("not-supported");
    case PlaybookSkipReason::NotNeeded:
        break;
    }
    return QStringLiteral("not-needed");
}

PlaybookSkipReason playbookSkipReasonFromName(const QString &name)
{
    for (auto reason : {PlaybookSkipReason::NotConfigured, PlaybookSkipReason::NotSupported,
                        PlaybookSkipReason::NotNeeded})
        if (playbookSkipReasonName(reason) == name)
            return reason;
    return PlaybookSkipReason::Operator;
}

qint64 PlaybookStep::durationMs() const
{
    if (!startedAt.isValid() || !finishedAt.isValid())
        return 0;
    return std::max<qint64>(0, startedAt.msecsTo(finishedAt));
}

QString playbookStepStatusName(PlaybookStep::Status status)
{
    switch (status) {
    case PlaybookStep::Status::Pending:
        return QStringLiteral("pending");
    case PlaybookStep::Status::Running:
        return QStringLiteral("running");
    case PlaybookStep::Status::Done:
        return QStringLiteral("done");
    case PlaybookStep::Status::Skipped:
        return QStringLiteral("skipped");
    case PlaybookStep::Status::Failed:
        return QStringLiteral("failed");
    case PlaybookStep::Status::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

PlaybookStep::Status playbookStepStatusFromName(const QString &name)
{
    for (auto status :
         {PlaybookStep::Status::Running, PlaybookStep::Status::Done, PlaybookStep::Status::Skipped,
          PlaybookStep::Status::Failed, PlaybookStep::Status::Cancelled})
        if (playbookStepStatusName(status) == name)
            return status;
    return PlaybookStep::Status::Pending;
}

PlaybookRecovery recoveryFor(const PlaybookStep &step)
{
    switch (step.kind) {
    case PlaybookStepKind::StopService:
    case PlaybookStepKind::StartService:
        return PlaybookRecovery::Reobserve;
    case PlaybookStepKind::BackUp:
        return PlaybookRecovery::FreshBackup;
    case PlaybookStepKind::Rehearse:
        return PlaybookRecovery::DropScratchAndRedo;
    case PlaybookStepKind::RollBack:
        // A rollback run is journaled before its first statement: with its id in the
        // evidence, that run's own reconcile decides every statement; without it, the
        // run was never created and nothing was sent.
        return step.evidence.value(playbookRollbackRunKey).toString().isEmpty()
                   ? PlaybookRecovery::Redo
                   : PlaybookRecovery::ResumeRollbackRun;
    case PlaybookStepKind::Identify:
    case PlaybookStepKind::Verify:
    case PlaybookStepKind::Validate:
    case PlaybookStepKind::WatchLog:
    case PlaybookStepKind::Report:
        break;
    }
    return PlaybookRecovery::Redo;
}

QString playbookRecoveryName(PlaybookRecovery recovery)
{
    switch (recovery) {
    case PlaybookRecovery::Redo:
        return QStringLiteral("redo");
    case PlaybookRecovery::Reobserve:
        return QStringLiteral("reobserve");
    case PlaybookRecovery::FreshBackup:
        return QStringLiteral("fresh-backup");
    case PlaybookRecovery::DropScratchAndRedo:
        return QStringLiteral("drop-scratch-and-redo");
    case PlaybookRecovery::ResumeRollbackRun:
        break;
    }
    return QStringLiteral("resume-rollback-run");
}

QString playbookBackupKindName(PlaybookBackupKind kind)
{
    return kind == PlaybookBackupKind::Targeted ? QStringLiteral("targeted")
                                                : QStringLiteral("full");
}

Result<PlaybookBackupKind> playbookBackupKindFromName(const QString &name)
{
    if (name == QLatin1StringView("full"))
        return PlaybookBackupKind::Full;
    if (name == QLatin1StringView("targeted"))
        return PlaybookBackupKind::Targeted;
    return Error{
        Tr::tr("no backup kind is called \"%1\"; the kinds are: full, targeted").arg(name)};
}

PlaybookRun PlaybookRun::withAllSteps()
{
    PlaybookRun run;
    for (PlaybookStepKind kind : playbookStepOrder()) {
        PlaybookStep step;
        step.kind = kind;
        run.steps.append(step);
    }
    return run;
}

int PlaybookRun::nextStep() const
{
    for (int i = 0; i < steps.size(); ++i)
        if (!steps[i].settled())
            return i;
    return int(steps.size());
}

int PlaybookRun::indexOf(PlaybookStepKind kind) const
{
    for (int i = 0; i < steps.size(); ++i)
        if (steps[i].kind == kind)
            return i;
    return -1;
}

const PlaybookStep *PlaybookRun::step(PlaybookStepKind kind) const
{
    const int index = indexOf(kind);
    return index < 0 ? nullptr : &steps[index];
}

PlaybookStep *PlaybookRun::step(PlaybookStepKind kind)
{
    const int index = indexOf(kind);
    return index < 0 ? nullptr : &steps[index];
}

Result<void> PlaybookRun::canStart(int index) const
{
    if (index < 0 || index >= steps.size())
        return Error{Tr::tr("playbook run %1 has no step %2").arg(id).arg(index + 1)};
    const PlaybookStep &wanted = steps[index];
    if (!open())
        return Error{Tr::tr("playbook run %1 is %2: no step runs any more")
                         .arg(id, playbookRunStatusName(status))};
    if (wanted.settled())
        return Error{Tr::tr("step %1 (%2) of playbook run %3 is already %4; it never runs twice")
                         .arg(QString::number(index + 1), playbookStepKindName(wanted.kind), id,
                              playbookStepStatusName(wanted.status))};
    for (int i = 0; i < index; ++i)
        if (!steps[i].settled())
            return Error{Tr::tr("step %1 (%2) of playbook run %3 waits for step %4 (%5), which "
                                "is %6")
                             .arg(QString::number(index + 1), playbookStepKindName(wanted.kind), id,
                                  QString::number(i + 1), playbookStepKindName(steps[i].kind),
                                  playbookStepStatusName(steps[i].status))};
    return {};
}

QString playbookRunStatusName(PlaybookRun::Status status)
{
    switch (status) {
    case PlaybookRun::Status::Running:
        return QStringLiteral("running");
    case PlaybookRun::Status::Done:
        return QStringLiteral("done");
    case PlaybookRun::Status::Failed:
        return QStringLiteral("failed");
    case PlaybookRun::Status::Cancelled:
        return QStringLiteral("cancelled");
    case PlaybookRun::Status::Aborted:
        break;
    }
    return QStringLiteral("aborted");
}

PlaybookRun::Status playbookRunStatusFromName(const QString &name)
{
    for (auto status : {PlaybookRun::Status::Done, PlaybookRun::Status::Failed,
                        PlaybookRun::Status::Cancelled, PlaybookRun::Status::Aborted})
        if (playbookRunStatusName(status) == name)
            return status;
    return PlaybookRun::Status::Running;
}

QJsonObject playbookStepToJson(const PlaybookStep &step)
{
    QJsonObject json{
        {QStringLiteral("step"), playbookStepKindName(step.kind)},
        {QStringLiteral("status"), playbookStepStatusName(step.status)},
        {QStringLiteral("startedAt"), timeJson(step.startedAt)},
        {QStringLiteral("finishedAt"), timeJson(step.finishedAt)},
        {QStringLiteral("durationMs"), step.durationMs()},
        {QStringLiteral("attempts"), step.attempts},
        {QStringLiteral("summary"), step.summary},
        {QStringLiteral("evidence"), step.evidence},
    };
    if (step.status == PlaybookStep::Status::Skipped) {
        json.insert(QStringLiteral("skipReason"), playbookSkipReasonName(step.skipReason));
        json.insert(QStringLiteral("skipNote"), step.skipNote);
    }
    if (!step.error.isEmpty())
        json.insert(QStringLiteral("error"), step.error);
    return json;
}

PlaybookStep playbookStepFromJson(const QJsonObject &json)
{
    PlaybookStep step;
    if (auto kind = playbookStepKindFromName(json.value(QLatin1StringView("step")).toString()))
        step.kind = kind.value();
    step.status = playbookStepStatusFromName(json.value(QLatin1StringView("status")).toString());
    step.startedAt = timeFromJson(json.value(QLatin1StringView("startedAt")));
    step.finishedAt = timeFromJson(json.value(QLatin1StringView("finishedAt")));
    step.attempts = json.value(QLatin1StringView("attempts")).toInt();
    step.summary = json.value(QLatin1StringView("summary")).toString();
    step.evidence = json.value(QLatin1StringView("evidence")).toObject();
    step.skipReason =
        playbookSkipReasonFromName(json.value(QLatin1StringView("skipReason")).toString());
    step.skipNote = json.value(QLatin1StringView("skipNote")).toString();
    step.error = json.value(QLatin1StringView("error")).toString();
    return step;
}

QJsonObject playbookRunToJson(const PlaybookRun &run)
{
    QJsonArray steps;
    for (const PlaybookStep &step : run.steps)
        steps.append(playbookStepToJson(step));
    return {
        {QStringLiteral("id"), run.id},
        {QStringLiteral("status"), playbookRunStatusName(run.status)},
        {QStringLiteral("profile"), run.profile},
        {QStringLiteral("databaseUrl"), run.databaseUrl},
        {QStringLiteral("databaseName"), run.databaseName},
        {QStringLiteral("target"), run.target},
        {QStringLiteral("targetOption"), run.targetOption},
        {QStringLiteral("backupKind"), playbookBackupKindName(run.backupKind)},
        {QStringLiteral("startedAt"), timeJson(run.startedAt)},
        {QStringLiteral("finishedAt"), timeJson(run.finishedAt)},
        {QStringLiteral("operator"), run.operatorName},
        {QStringLiteral("host"), run.host},
        {QStringLiteral("pid"), run.pid},
        {QStringLiteral("server"), run.server},
        {QStringLiteral("connection"), run.connection},
        {QStringLiteral("error"), run.error},
        {QStringLiteral("steps"), steps},
    };
}

PlaybookRun playbookRunFromJson(const QJsonObject &json)
{
    PlaybookRun run;
    run.id = json.value(QLatin1StringView("id")).toString();
    run.status = playbookRunStatusFromName(json.value(QLatin1StringView("status")).toString());
    run.profile = json.value(QLatin1StringView("profile")).toString();
    run.databaseUrl = json.value(QLatin1StringView("databaseUrl")).toString();
    run.databaseName = json.value(QLatin1StringView("databaseName")).toString();
    run.target = json.value(QLatin1StringView("target")).toString();
    run.targetOption = json.value(QLatin1StringView("targetOption")).toString();
    if (auto kind =
            playbookBackupKindFromName(json.value(QLatin1StringView("backupKind")).toString()))
        run.backupKind = kind.value();
    run.startedAt = timeFromJson(json.value(QLatin1StringView("startedAt")));
    run.finishedAt = timeFromJson(json.value(QLatin1StringView("finishedAt")));
    run.operatorName = json.value(QLatin1StringView("operator")).toString();
    run.host = json.value(QLatin1StringView("host")).toString();
    run.pid = json.value(QLatin1StringView("pid")).toInteger();
    run.server = json.value(QLatin1StringView("server")).toString();
    run.connection = json.value(QLatin1StringView("connection")).toString();
    run.error = json.value(QLatin1StringView("error")).toString();
    const QJsonArray steps = json.value(QLatin1StringView("steps")).toArray();
    for (const auto &step : steps)
        run.steps.append(playbookStepFromJson(step.toObject()));
    return run;
}

RollbackTarget playbookPlannedTarget(const PlaybookRun &run, const RollbackTarget &asked)
{
    const PlaybookStep *identify = run.step(PlaybookStepKind::Identify);
    // A selection names its migrations already; only a count or a version moves with the
    // history.
    if (!identify || identify->status != PlaybookStep::Status::Done ||
        asked.mode == RollbackTarget::Mode::Selected)
        return asked;
    RollbackTarget planned;
    const QString toVersion = identify->evidence.value(QLatin1StringView("toVersion")).toString();
    if (!toVersion.isEmpty()) {
        planned.mode = RollbackTarget::Mode::ToVersion;
        planned.version = toVersion;
        return planned;
    }
    planned.mode = RollbackTarget::Mode::Selected;
    const QJsonArray migrations =
        identify->evidence.value(QLatin1StringView("migrations")).toArray();
    for (const auto &migration : migrations)
        planned.versions.append(
            migration.toObject().value(QLatin1StringView("version")).toString());
    return planned.versions.isEmpty() ? asked : planned;
}

} // namespace backstep
