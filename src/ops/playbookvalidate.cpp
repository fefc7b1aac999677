#include "ops/playbookvalidate.h"

#include "ops/playbookactions.h"
#include "ops/validationrunner.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookValidateAction)
};

QString tailOf(const QString &output, int lines)
{
    const QStringList all = output.split(u'\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

} // namespace

PlaybookValidateAction::PlaybookValidateAction(const PlaybookSetup &setup)
    : m_setup(setup)
{}

PlaybookStepResult PlaybookValidateAction::run(PlaybookStepContext &context)
{
    PlaybookStepResult result;
    const QList<ValidationCommand> &commands = m_setup.profile.validationCommands;
    if (commands.isEmpty()) {
        result.status = PlaybookStep::Status::Skipped;
        result.skipReason = PlaybookSkipReason::NotConfigured;
        result.skipNote =
            Tr::tr("the profile %1 has no validation commands").arg(m_setup.profile.name);
        return result;
    }
    const VerificationChecks checks = ValidationRunner::runAll(commands, {}, context.cancel);
    QJsonArray evidence;
    QStringList failures;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const VerificationCheck &check = checks.at(i);
        const ValidationCommand &command = commands.value(i);
        evidence.append(QJsonObject{
            {QStringLiteral("name"), command.displayName()},
            {QStringLiteral("command"), command.command},
            {QStringLiteral("exitCode"),
             check.exitCode >= 0 ? QJsonValue(check.exitCode) : QJsonValue()},
            {QStringLiteral("outcome"), checkOutcomeName(check.outcome)},
            {QStringLiteral("detail"), check.detail},
            {QStringLiteral("durationMs"), check.durationMs},
            {QStringLiteral("outputTail"), tailOf(check.actual, keptTailLines)},
        });
        if (check.failed() || check.outcome == VerificationCheck::Outcome::Skipped)
            failures.append(Tr::tr("%1: %2").arg(command.displayName(), check.detail));
    }
    result.evidence = {{QStringLiteral("commands"), evidence}};
    if (context.cancelled()) {
        result.status = PlaybookStep::Status::Cancelled;
        result.error = Tr::tr("cancelled while the validation commands ran");
        return result;
    }
    if (!failures.isEmpty()) {
        result.status = PlaybookStep::Status::Failed;
        result.error = Tr::tr("%n validation command(s) failed:\n%1", nullptr, int(failures.size()))
                           .arg(failures.join(u'\n'));
        return result;
    }
    result.summary = Tr::tr("%n validation command(s) passed", nullptr, int(checks.size()));
    return result;
}

} // namespace backstep
