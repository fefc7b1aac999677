#include "ops/playbookactions.h"

#include "db/journal.h"
#include "ops/incidentreportaction.h"
#include "ops/playbookbackup.h"
#include "ops/playbookidentify.h"
#include "ops/playbookrehearsal.h"
#include "ops/playbookrollback.h"
#include "ops/playbookservice.h"
#include "ops/playbookvalidate.h"
#include "ops/playbookverify.h"
#include "ops/playbookwatchlog.h"

namespace backstep {

PlaybookActions::PlaybookActions(Journal &journal, PlaybookSetup setup)
    : m_setup(std::move(setup))
{
    // One line per step kind; a kind without an action fails its step ("cannot do the step
    // yet") rather than being passed over.
    const ServiceController::Options service{m_setup.serviceBusAddress, journal.path()};
    add(PlaybookStepKind::Identify, std::make_unique<PlaybookIdentifyAction>(m_setup));
    add(PlaybookStepKind::StopService,
        std::make_unique<PlaybookServiceAction>(m_setup, ServiceAction::Stop, service));
    add(PlaybookStepKind::Validate, std::make_unique<PlaybookValidateAction>(m_setup));
    add(PlaybookStepKind::StartService,
        std::make_unique<PlaybookServiceAction>(m_setup, ServiceAction::Start, service));
    add(PlaybookStepKind::WatchLog, std::make_unique<PlaybookWatchLogAction>(m_setup));
    add(PlaybookStepKind::BackUp, std::make_unique<PlaybookBackupAction>(journal, m_setup));
    add(PlaybookStepKind::Rehearse, std::make_unique<PlaybookRehearsalAction>(m_setup));
    add(PlaybookStepKind::RollBack, std::make_unique<PlaybookRollbackAction>(journal, m_setup));
    add(PlaybookStepKind::Verify, std::make_unique<PlaybookVerifyAction>(journal, m_setup));
    add(PlaybookStepKind::Report, std::make_unique<IncidentReportAction>(
                                      journal, m_setup.reportFile, m_setup.profile.webhookUrl,
                                      10'000, m_setup.profile.webhookCaFile));
}

PlaybookActions::~PlaybookActions() = default;

void PlaybookActions::add(PlaybookStepKind kind, std::unique_ptr<PlaybookStepAction> action)
{
    m_actions[kind] = action.get();
    m_owned.push_back(std::move(action));
}

PlaybookFlow::Actions PlaybookActions::actions() const
{
    return m_actions;
}

} // namespace backstep
