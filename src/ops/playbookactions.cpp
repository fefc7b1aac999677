#include "ops/playbookactions.h"

#include "ops/incidentreportaction.h"

namespace backstep {

PlaybookActions::PlaybookActions(Journal &journal, PlaybookSetup setup)
    : m_setup(std::move(setup))
{
    // One line per step kind; a kind without an action fails its step ("cannot do the step
    // yet") rather than being passed over.
    add(PlaybookStepKind::Report, std::make_unique<IncidentReportAction>(
                                      journal, m_setup.reportFile, m_setup.profile.webhookUrl));
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
