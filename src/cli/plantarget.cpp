#include "cli/plantarget.h"

#include "cli/connectionoptions.h"

#include <QCoreApplication>

namespace backstep::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rollback)
};

} // namespace

void declareTarget(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("to"),
                      Tr::tr("Roll back every migration applied after VERSION (it stays applied)."),
                      Tr::tr("version")});
    parser.addOption(
        {QStringLiteral("steps"), Tr::tr("Roll back the last N applied migrations."), Tr::tr("n")});
    parser.addOption({QStringLiteral("only"),
                      Tr::tr("Roll back exactly these versions (repeat the option, or separate "
                             "with commas)."),
                      Tr::tr("version")});
}

std::variant<RollbackTarget, ExitCode> targetFrom(CliContext &context)
{
    const QCommandLineParser &parser = context.parser;
    const int given = int(parser.isSet(QStringLiteral("to"))) +
                      int(parser.isSet(QStringLiteral("steps"))) +
                      int(parser.isSet(QStringLiteral("only")));
    if (given > 1) {
        context.err << Tr::tr("error: give one of --to, --steps and --only") << Qt::endl;
        return ExitBadInput;
    }
    RollbackTarget target;
    if (parser.isSet(QStringLiteral("to"))) {
        target.mode = RollbackTarget::Mode::ToVersion;
        target.version = parser.value(QStringLiteral("to"));
    } else if (parser.isSet(QStringLiteral("steps"))) {
        bool ok = false;
        target.mode = RollbackTarget::Mode::Steps;
        target.steps = parser.value(QStringLiteral("steps")).toInt(&ok);
        if (!ok || target.steps < 1) {
            context.err << Tr::tr("error: --steps takes a number of at least 1, not \"%1\"")
                               .arg(parser.value(QStringLiteral("steps")))
                        << Qt::endl;
            return ExitBadInput;
        }
    } else if (parser.isSet(QStringLiteral("only"))) {
        target.mode = RollbackTarget::Mode::Selected;
        for (const QString &value : parser.values(QStringLiteral("only")))
            for (const QString &version : value.split(u',', Qt::SkipEmptyParts))
                target.versions.append(version.trimmed());
    }
    return target;
}

std::variant<Planned, ExitCode> loadPlan(CliContext &context)
{
    auto target = targetFrom(context);
    if (auto *code = std::get_if<ExitCode>(&target))
        return *code;
    auto loaded = ConnectionOptions::loadWorkspace(context);
    if (auto *code = std::get_if<ExitCode>(&loaded))
        return *code;
    Planned planned;
    planned.workspace = std::move(std::get<Workspace>(loaded));
    auto plan = planRollback(planned.workspace.migrations, planned.workspace.history,
                             planned.workspace.rows, std::get<RollbackTarget>(target));
    if (!plan) {
        context.err << Tr::tr("error: %1").arg(plan.error()) << Qt::endl;
        return ExitBadInput;
    }
    planned.plan = plan.value();
    return planned;
}

} // namespace backstep::cli
