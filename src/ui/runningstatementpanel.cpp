#include "ui/runningstatementpanel.h"

#include "models/statuscolors.h"
#include "ui/rollbackcontroller.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace backstep {

RunningStatementPanel::RunningStatementPanel(const Widgets &widgets, RollbackController *rollback,
                                             QObject *parent)
    : QObject(parent)
    , m_widgets(widgets)
    , m_rollback(rollback)
{
    QTableWidget *table = m_widgets.blockers;
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels(
        {tr("Connection"), tr("User"), tr("Host"), tr("Time"), tr("What it holds or runs")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    m_widgets.blockersGroup->hide();
    connect(table, &QTableWidget::itemSelectionChanged, this, &RunningStatementPanel::updateKill);
    connect(m_widgets.killConfirm, &QLineEdit::textChanged, this,
            &RunningStatementPanel::updateKill);
    connect(m_widgets.killButton, &QPushButton::clicked, this, &RunningStatementPanel::killBlocker);
    connect(m_rollback, &RollbackController::blockerKillFinished, this, [this] {
        m_widgets.killConfirm->clear();
        updateKill();
    });
    connect(m_rollback, &RollbackController::stepActivity, this,
            &RunningStatementPanel::showActivity);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &RunningStatementPanel::showElapsed);
}

void RunningStatementPanel::started(int index)
{
    m_step = index;
    m_since.start();
    m_state.clear();
    m_problem.clear();
    m_blockers.clear();
    if (!m_rollback->isCancelling())
        m_widgets.activity->clear();
    m_widgets.blockersGroup->hide();
    m_ticker.start();
}

void RunningStatementPanel::finished(int index)
{
    if (index != m_step)
        return;
    const bool cancelling = m_rollback->isCancelling();
    clear();
    if (cancelling)
        showCancelling();
}

void RunningStatementPanel::clear()
{
    m_step = -1;
    m_ticker.stop();
    m_state.clear();
    m_problem.clear();
    m_blockers.clear();
    m_widgets.activity->clear();
    m_widgets.blockersGroup->hide();
}

void RunningStatementPanel::showCancelling()
{
    m_ticker.stop();
    m_widgets.activity->setText(
        tr("<b>Cancelling:</b> the running statement is interrupted on the server; nothing "
           "after it starts. Whether it took effect is decided when the run goes on."));
}

void RunningStatementPanel::showElapsed()
{
    if (m_step < 0 || !m_rollback->isRunning() || m_rollback->isCancelling()) {
        m_ticker.stop();
        return;
    }
    const qint64 seconds = m_since.elapsed() / 1000;
    if (seconds < 1)
        return;
    QString text = tr("Running for <b>%n s</b>", nullptr, int(seconds));
    if (!m_state.isEmpty())
        text +=
            QStringLiteral(" · ") + tr("the server says: <b>%1</b>").arg(m_state.toHtmlEscaped());
    if (!m_problem.isEmpty())
        text += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(StatusColors::of(Tone::Warning).name(), m_problem.toHtmlEscaped());
    m_widgets.activity->setText(text);
}

void RunningStatementPanel::showActivity(int index, const StatementActivity &activity)
{
    if (index != m_step)
        return;
    m_state = activity.state;
    m_problem = activity.problem;
    m_blockers = activity.blockers;
    QTableWidget *table = m_widgets.blockers;
    // The selection is kept across refreshes: the DBA may be typing the id to kill.
    const int current = table->currentRow();
    const qint64 selected =
        current >= 0 && table->item(current, 0) ? table->item(current, 0)->text().toLongLong() : 0;
    table->setRowCount(int(m_blockers.size()));
    for (int row = 0; row < m_blockers.size(); ++row) {
        const LockRisk &blocker = m_blockers[row];
        const QStringList cells{QString::number(blocker.connectionId), blocker.user, blocker.host,
                                tr("%n s", nullptr, int(blocker.seconds)),
                                blocker.kind + QStringLiteral(": ") + blocker.detail};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            table->setItem(row, column, item);
        }
        if (blocker.connectionId == selected)
            table->selectRow(row);
    }
    m_widgets.blockersGroup->setVisible(!m_blockers.isEmpty());
    showElapsed();
    updateKill();
}

void RunningStatementPanel::updateKill()
{
    QTableWidget *table = m_widgets.blockers;
    const int row = table->currentRow();
    const bool chosen = row >= 0 && row < m_blockers.size() && !table->selectedItems().isEmpty();
    const QString id = chosen ? QString::number(m_blockers[row].connectionId) : QString();
    m_widgets.killHint->setText(
        chosen ? tr("Ending connection <b>%1</b> rolls back its transaction and is recorded in "
                    "the journal. Type its id to enable:")
                     .arg(id)
               : tr("Select the connection to end."));
    m_widgets.killConfirm->setPlaceholderText(id);
    m_widgets.killButton->setEnabled(chosen && m_widgets.killConfirm->text().trimmed() == id &&
                                     m_rollback->isRunning());
}

void RunningStatementPanel::killBlocker()
{
    const int row = m_widgets.blockers->currentRow();
    if (row < 0 || row >= m_blockers.size())
        return;
    m_widgets.killButton->setEnabled(false);
    m_rollback->killBlocker(m_blockers[row], m_widgets.killConfirm->text());
}

} // namespace backstep
