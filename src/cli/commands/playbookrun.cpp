// playbook run and playbook resume: the rollback playbook as one flow, from a profile.
#include "cli/commands/playbookrun.h"

#include "cli/connectionoptions.h"
#include "cli/plantarget.h"
#include "cli/terminalprompt.h"
#include "core/connectionspec.h"
#include "core/deploytarget.h"
#include "core/profilestore.h"
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "ops/playbookactions.h"
#include "ops/playbookrunstart.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

#include <atomic>
#include <csignal>

namespace backstep::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(playbook)
};

std::atomic_bool interrupted{false};

extern "C" void onPlaybookInterrupt(int)
{
    interrupted.store(true);
}

// The workspace the profile names, with the password from --password-file,
// BACKSTEP_PASSWORD, the keyring (when the profile remembers it) or the terminal (never
// from the arguments). Prints why on failure.
std::variant<WorkspaceRequest, ExitCode> workspaceOf(CliContext &context,
                                                     const ConnectionProfile &profile)
{
    // A run started without a profile is resumed with --url and --migrations: its
    // messages name those, not a profile without a name.
    const bool named = !profile.name.isEmpty();
    WorkspaceRequest request;
    auto spec = ConnectionSpec::parse(profile.url);
    if (!spec) {
        context.err << (named ? Tr::tr("error: the profile %1: %2").arg(profile.name, spec.error())
                              : Tr::tr("error: --url: %1").arg(spec.error()))
                    << Qt::endl;
        return ExitBadInput;
    }
    request.connection = spec.value();
    if (profile.migrationsFolder.isEmpty()) {
        context.err
            << (named ? Tr::tr("error: the profile %1 names no migrations folder").arg(profile.name)
                      : Tr::tr("error: no migrations folder: give it with --migrations"))
            << Qt::endl;
        return ExitBadInput;
    }
    request.migrationsFolder = profile.migrationsFolder;
    auto format = ConnectionOptions::formatOf(context, profile);
    if (auto *code = std::get_if<ExitCode>(&format))
        return *code;
    request.format = std::get<MigrationFormat>(format);
    request.historyTable = profile.historyTable;
    if (auto refused = ConnectionOptions::askPassword(context, request, &profile))
        return *refused;
    return request;
}

// The playbook's default target: the workspace read (the folder and the history) and its
// last deploy chosen. Prints why on failure.
std::variant<DeployTarget, ExitCode> defaultTarget(CliContext &context,
                                                   const WorkspaceRequest &request)
{
    const Workspace workspace = WorkspaceLoader::load(request);
    if (!workspace.migrations.errors.isEmpty()) {
        context.err << Tr::tr("error: %1").arg(workspace.migrations.errors.first().toString())
                    << Qt::endl;
        return ExitBadInput;
    }
    if (!workspace.connected()) {
        context.err << Tr::tr("error: cannot read the history of %1: %2")
                           .arg(request.connection.url(), workspace.databaseError)
                    << Qt::endl;
        return ExitFailed;
    }
    auto chosen = lastDeployTarget(workspace.rows);
    if (!chosen) {
        context.err << Tr::tr("error: no default target: %1").arg(chosen.error()) << Qt::endl;
        return ExitRefused;
    }
    return std::move(chosen).value();
}

// Without --yes: asked on a terminal, refused without one.
std::optional<ExitCode> confirmed(CliContext &context, const QString &what)
{
    if (context.parser.isSet(QStringLiteral("yes")))
        return std::nullopt;
    auto answer = TerminalPrompt::askYesNo(Tr::tr("%1\nGo on? [y/N] ").arg(what));
    if (!answer) {
        context.err << Tr::tr("error: nothing was run: %1").arg(answer.error()) << Qt::endl;
        return ExitRefused;
    }
    if (!answer.value()) {
        context.err << Tr::tr("nothing was run") << Qt::endl;
        return ExitRefused;
    }
    return std::nullopt;
}

// One line on stderr for every step that starts or settles.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(QTextStream &err)
        : m_err(err)
    {}

    void operator()(const PlaybookRun &run, int /*current*/)
    {
        if (m_seen.size() != run.steps.size())
            m_seen = QList<PlaybookStep::Status>(run.steps.size(), PlaybookStep::Status::Pending);
        for (qsizetype i = 0; i < run.steps.size(); ++i) {
            const PlaybookStep &step = run.steps.at(i);
            const PlaybookStep::Status before = std::exchange(m_seen[i], step.status);
            if (before == step.status && !m_first)
                continue;
            if (m_first && step.status == PlaybookStep::Status::Pending)
                continue;
            print(run, int(i), step);
        }
        m_first = false;
    }

private:
    void print(const PlaybookRun &run, int index, const PlaybookStep &step)
    {
        const QString head = QStringLiteral("[%1/%2] %3")
                                 .arg(index + 1)
                                 .arg(run.steps.size())
                                 .arg(playbookStepKindName(step.kind));
        switch (step.status) {
        case PlaybookStep::Status::Running:
            m_err << Tr::tr("%1: %2…").arg(head, playbookStepTitle(step.kind)) << Qt::endl;
            break;
        case PlaybookStep::Status::Done:
            m_err << Tr::tr("%1: done (%2 s) %3")
                         .arg(head, QString::number(double(step.durationMs()) / 1000.0, 'f', 1),
                              step.summary)
                  << Qt::endl;
            break;
        case PlaybookStep::Status::Skipped:
            m_err << Tr::tr("%1: skipped (%2) %3")
                         .arg(head, playbookSkipReasonName(step.skipReason), step.skipNote)
                  << Qt::endl;
            break;
        case PlaybookStep::Status::Failed:
            m_err << Tr::tr("%1: FAILED: %2").arg(head, step.error) << Qt::endl;
            break;
        case PlaybookStep::Status::Cancelled:
            m_err << Tr::tr("%1: cancelled: %2").arg(head, step.error) << Qt::endl;
            break;
        case PlaybookStep::Status::Pending:
            break;
        }
    }

    QTextStream &m_err;
    QList<PlaybookStep::Status> m_seen;
    bool m_first = true;
};

// 0 done; 3 a check failed (rehearsal, verification, validation, the log); 4 the plan was
// refused (identify); 1 anything else that stopped it.
int exitCodeOf(const PlaybookRun &run)
{
    if (run.status == PlaybookRun::Status::Done)
        return ExitOk;
    for (const PlaybookStep &step : run.steps) {
        if (step.status != PlaybookStep::Status::Failed)
            continue;
        switch (step.kind) {
        case PlaybookStepKind::Identify:
            return ExitRefused;
        case PlaybookStepKind::Rehearse:
        case PlaybookStepKind::Verify:
        case PlaybookStepKind::Validate:
        case PlaybookStepKind::WatchLog:
            return ExitChecksFailed;
        default:
            return ExitFailed;
        }
    }
    return ExitFailed;
}

int execute(CliContext &context, Journal &journal, const PlaybookSetup &setup,
            const std::function<Result<PlaybookRun>(PlaybookFlow &)> &go)
{
    PlaybookActions actions(journal, setup);
    ProgressPrinter printer(context.err);
    PlaybookFlow flow(
        journal, actions.actions(),
        [&printer](const PlaybookRun &run, int current) { printer(run, current); }, &interrupted);
    std::signal(SIGINT, onPlaybookInterrupt);
    std::signal(SIGTERM, onPlaybookInterrupt);
    auto finished = go(flow);
    if (!finished) {
        context.err << Tr::tr("error: %1").arg(finished.error()) << Qt::endl;
        return ExitFailed;
    }
    const PlaybookRun &run = finished.value();
    if (context.parser.isSet(QStringLiteral("json")))
        context.out << QJsonDocument(playbookRunToJson(run)).toJson(QJsonDocument::Indented);
    const int code = exitCodeOf(run);
    if (run.status == PlaybookRun::Status::Done)
        context.err << Tr::tr("playbook run %1: done; its report: backstep-cli playbook show %1")
                           .arg(run.id)
                    << Qt::endl;
    else
        context.err << Tr::tr("playbook run %1: %2%3; go on with: backstep-cli playbook resume %1")
                           .arg(run.id, playbookRunStatusName(run.status),
                                run.error.isEmpty() ? QString() : QStringLiteral(": ") + run.error)
                    << Qt::endl;
    return code;
}

} // namespace

void declarePlaybookRun(QCommandLineParser &parser)
{
    declareTarget(parser);
    parser.addOption({QStringLiteral("profile"),
                      Tr::tr("run: the stored connection profile the playbook is for."),
                      Tr::tr("name")});
    parser.addOption({QStringLiteral("url"),
                      Tr::tr("resume: the database of a run started without a profile (the "
                             "window's \"(none)\"); it must be the one the run recorded."),
                      Tr::tr("url")});
    parser.addOption({QStringLiteral("migrations"),
                      Tr::tr("resume: the migrations folder of a run started without a profile."),
                      Tr::tr("dir")});
    parser.addOption({QStringLiteral("password-file"),
                      Tr::tr("Read the password from the first line of this file (else "
                             "BACKSTEP_PASSWORD, else the keyring when the profile remembers "
                             "its password, else a prompt)."),
                      Tr::tr("file")});
    parser.addOption({QStringLiteral("backup"),
                      Tr::tr("run: full (default) or targeted (the data of the tables the plan "
                             "touches, the rest of the schema without data)."),
                      Tr::tr("kind"), QStringLiteral("full")});
    parser.addOption({QStringLiteral("backup-dir"),
                      Tr::tr("run: where the backup is written (default: the current folder)."),
                      Tr::tr("dir")});
    parser.addOption({QStringLiteral("skip"),
                      Tr::tr("run: skip this step (stop-service, rehearse, validate, "
                             "start-service, watch-log), each with a --reason."),
                      Tr::tr("step")});
    parser.addOption({QStringLiteral("reason"),
                      Tr::tr("run: why the matching --skip is skipped (in the same order)."),
                      Tr::tr("text")});
    parser.addOption({QStringLiteral("watch-log"),
                      Tr::tr("run: seconds to watch the profile's logs after the service is back "
                             "(default 300; 0 skips the watch)."),
                      Tr::tr("seconds"), QStringLiteral("300")});
    parser.addOption(
        {QStringLiteral("yes"), Tr::tr("run, resume: go on without asking (needed without a "
                                       "terminal).")});
}

int runPlaybookRun(CliContext &context)
{
    const QCommandLineParser &parser = context.parser;
    if (!parser.isSet(QStringLiteral("profile"))) {
        context.err << Tr::tr("error: playbook run needs --profile NAME") << Qt::endl;
        return ExitBadInput;
    }
    // Never quietly ignored: the profile names the database and the folder a run uses.
    if (parser.isSet(QStringLiteral("url")) || parser.isSet(QStringLiteral("migrations"))) {
        context.err << Tr::tr("error: playbook run takes its database and migrations from "
                              "--profile; --url and --migrations are for resuming a run "
                              "started without a profile")
                    << Qt::endl;
        return ExitBadInput;
    }
    const bool targetNamed = parser.isSet(QStringLiteral("to")) ||
                             parser.isSet(QStringLiteral("steps")) ||
                             parser.isSet(QStringLiteral("only"));
    auto targetGiven = targetFrom(context);
    if (auto *code = std::get_if<ExitCode>(&targetGiven))
        return *code;
    const auto backupKind = playbookBackupKindFromName(parser.value(QStringLiteral("backup")));
    if (!backupKind) {
        context.err << Tr::tr("error: --backup: %1").arg(backupKind.error()) << Qt::endl;
        return ExitBadInput;
    }
    bool secondsOk = false;
    const int watchSeconds = parser.value(QStringLiteral("watch-log")).toInt(&secondsOk);
    if (!secondsOk || watchSeconds < 0) {
        context.err << Tr::tr("error: --watch-log takes a number of seconds (0 or more), not "
                              "\"%1\"")
                           .arg(parser.value(QStringLiteral("watch-log")))
                    << Qt::endl;
        return ExitBadInput;
    }
    const QStringList skipNames = parser.values(QStringLiteral("skip"));
    const QStringList reasons = parser.values(QStringLiteral("reason"));
    if (skipNames.size() != reasons.size()) {
        context.err << Tr::tr("error: every --skip needs its --reason (%1 --skip, %2 --reason)")
                           .arg(skipNames.size())
                           .arg(reasons.size())
                    << Qt::endl;
        return ExitBadInput;
    }
    QList<PlaybookFlow::Skip> skips;
    for (qsizetype i = 0; i < skipNames.size(); ++i) {
        auto kind = playbookStepKindFromName(skipNames.at(i));
        if (!kind) {
            context.err << Tr::tr("error: --skip: %1").arg(kind.error()) << Qt::endl;
            return ExitBadInput;
        }
        if (!playbookStepSkippable(kind.value())) {
            context.err << Tr::tr("error: --skip %1: the step cannot be skipped, it is the "
                                  "playbook itself")
                               .arg(skipNames.at(i))
                        << Qt::endl;
            return ExitBadInput;
        }
        skips.append({kind.value(), reasons.at(i)});
    }
    auto profile = ProfileStore().load(parser.value(QStringLiteral("profile")));
    if (!profile) {
        context.err << Tr::tr("error: %1").arg(profile.error()) << Qt::endl;
        return ExitBadInput;
    }
    auto workspace = workspaceOf(context, profile.value());
    if (auto *code = std::get_if<ExitCode>(&workspace))
        return *code;

    PlaybookSetup setup;
    setup.profile = profile.value();
    setup.workspace = std::get<WorkspaceRequest>(workspace);
    setup.target = std::get<RollbackTarget>(targetGiven);
    // No target named: the last deploy, chosen from the history as it is now.
    QString targetReason;
    if (!targetNamed) {
        auto chosen = defaultTarget(context, setup.workspace);
        if (auto *code = std::get_if<ExitCode>(&chosen))
            return *code;
        setup.target = std::get<DeployTarget>(chosen).target;
        targetReason = std::get<DeployTarget>(chosen).reason;
        context.err << Tr::tr("no --to, --steps or --only: %1 (%2)")
                           .arg(setup.target.describe(), targetReason)
                    << Qt::endl;
    }
    setup.backupKind = backupKind.value();
    setup.backupFolder =
        QDir(parser.isSet(QStringLiteral("backup-dir")) ? parser.value(QStringLiteral("backup-dir"))
                                                        : QDir::currentPath())
            .absolutePath();
    if (parser.isSet(QStringLiteral("report")))
        setup.reportFile = QDir::current().absoluteFilePath(parser.value(QStringLiteral("report")));
    setup.watchLogSeconds = watchSeconds;

    const PlaybookRun run =
        newPlaybookRun({.profile = setup.profile.name,
                        .databaseUrl = setup.workspace.connection.url(),
                        .databaseName = setup.workspace.connection.databaseName(),
                        .target = setup.target,
                        .targetReason = targetReason,
                        .backupKind = setup.backupKind,
                        .backupFolder = setup.backupFolder,
                        .reportFile = setup.reportFile,
                        .watchLogSeconds = watchSeconds});

    if (auto refused =
            confirmed(context, Tr::tr("The playbook for %1 (%2): roll back %3, %4 backup.")
                                   .arg(setup.profile.name, run.databaseUrl, run.target,
                                        playbookBackupKindName(setup.backupKind))))
        return *refused;
    auto journal = Journal::open();
    if (!journal) {
        context.err << Tr::tr("error: %1").arg(journal.error()) << Qt::endl;
        return ExitFailed;
    }
    context.err << Tr::tr("playbook run %1").arg(run.id) << Qt::endl;
    return execute(context, *journal.value(), setup,
                   [&run, &skips](PlaybookFlow &flow) { return flow.start(run, skips); });
}

namespace {

// The profile a resume runs with: the run's stored one, or, for a run started in the window
// with the profile "(none)", one made of --url and --migrations as the window made it of
// the open workspace (no service, no logs, no contacts). Prints why on failure.
std::variant<ConnectionProfile, ExitCode> profileForResume(CliContext &context,
                                                           const PlaybookRun &run)
{
    if (run.profile.isEmpty()) {
        if (!context.parser.isSet(QStringLiteral("url")) ||
            !context.parser.isSet(QStringLiteral("migrations"))) {
            context.err << Tr::tr("error: playbook run %1 was started without a profile: give "
                                  "its database and migrations again with --url %2 --migrations "
                                  "DIR")
                               .arg(run.id, run.databaseUrl)
                        << Qt::endl;
            return ExitBadInput;
        }
        // Another database is refused before a password is asked for.
        const auto spec = ConnectionSpec::parse(context.parser.value(QStringLiteral("url")));
        if (!spec) {
            context.err << Tr::tr("error: --url: %1").arg(spec.error()) << Qt::endl;
            return ExitBadInput;
        }
        if (spec->url() != run.databaseUrl) {
            context.err << Tr::tr("error: playbook run %1 was against %2, and --url names %3, a "
                                  "different database: nothing was run")
                               .arg(run.id, run.databaseUrl, spec->url())
                        << Qt::endl;
            return ExitRefused;
        }
        ConnectionProfile adHoc;
        adHoc.url = spec->url();
        adHoc.migrationsFolder =
            QDir(context.parser.value(QStringLiteral("migrations"))).absolutePath();
        return adHoc;
    }
    if (context.parser.isSet(QStringLiteral("url")) ||
        context.parser.isSet(QStringLiteral("migrations"))) {
        context.err << Tr::tr("error: playbook run %1 is for the profile %2, which names its "
                              "database and migrations: --url and --migrations are only for a "
                              "run started without a profile")
                           .arg(run.id, run.profile)
                    << Qt::endl;
        return ExitBadInput;
    }
    return storedProfileOf(context, run);
}

} // namespace

std::variant<ConnectionProfile, ExitCode> storedProfileOf(CliContext &context,
                                                          const PlaybookRun &run)
{
    auto profile = ProfileStore().load(run.profile);
    if (!profile) {
        context.err << Tr::tr("error: the run's profile: %1").arg(profile.error()) << Qt::endl;
        return ExitBadInput;
    }
    return std::move(profile).value();
}

int resumePlaybookRun(CliContext &context, const QString &runId)
{
    auto journal = Journal::open();
    if (!journal) {
        context.err << Tr::tr("error: %1").arg(journal.error()) << Qt::endl;
        return ExitFailed;
    }
    auto loaded = PlaybookJournal(*journal.value()).load(runId);
    if (!loaded) {
        context.err << Tr::tr("error: %1").arg(loaded.error()) << Qt::endl;
        return ExitFailed;
    }
    const std::optional<PlaybookRun> &found = loaded.value();
    if (!found) {
        context.err << Tr::tr("error: the journal %1 has no playbook run %2")
                           .arg(journal.value()->path(), runId)
                    << Qt::endl;
        return ExitBadInput;
    }
    const PlaybookRun &run = *found;
    if (!run.open()) {
        context.err << Tr::tr("error: playbook run %1 is %2: nothing more runs")
                           .arg(runId, playbookRunStatusName(run.status))
                    << Qt::endl;
        return ExitRefused;
    }
    auto profile = profileForResume(context, run);
    if (auto *code = std::get_if<ExitCode>(&profile))
        return *code;
    auto target = targetFromOption(run.targetOption);
    if (!target) {
        context.err << Tr::tr("error: %1").arg(target.error()) << Qt::endl;
        return ExitBadInput;
    }
    PlaybookSetup setup;
    setup.profile = std::get<ConnectionProfile>(std::move(profile));
    auto workspace = workspaceOf(context, setup.profile);
    if (auto *code = std::get_if<ExitCode>(&workspace))
        return *code;
    setup.workspace = std::get<WorkspaceRequest>(workspace);
    if (setup.workspace.connection.url() != run.databaseUrl) {
        context.err << Tr::tr("error: the profile %1 now names %2, and the run was against %3: "
                              "nothing was run")
                           .arg(setup.profile.name, setup.workspace.connection.url(),
                                run.databaseUrl)
                    << Qt::endl;
        return ExitRefused;
    }
    // The plan identify recorded, never `--steps N` counted again on a changed history.
    setup.target = playbookPlannedTarget(run, target.value());
    setup.backupKind = run.backupKind;
    setup.backupFolder = QDir::currentPath();
    if (context.parser.isSet(QStringLiteral("report")))
        setup.reportFile =
            QDir::current().absoluteFilePath(context.parser.value(QStringLiteral("report")));
    applyNotedSetup(run, setup);
    if (auto refused = confirmed(
            context, Tr::tr("Resume playbook run %1 for %2 (%3): %4, from the step %5.")
                         .arg(run.id, run.profile, run.databaseUrl, run.target,
                              run.nextStep() < run.steps.size()
                                  ? playbookStepKindName(run.steps.at(run.nextStep()).kind)
                                  : QStringLiteral("report"))))
        return *refused;
    return execute(context, *journal.value(), setup,
                   [&runId](PlaybookFlow &flow) { return flow.resume(runId); });
}

} // namespace backstep::cli
