#include "ui/runhistorypanel.h"

#include "models/statuscolors.h"
#include "ui/runhistorycontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace backstep {

RunHistoryPanel::RunHistoryPanel(RunHistoryController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_kind(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_thisDatabase(new QCheckBox(tr("Only the open database"), this))
    , m_list(new QTableView(this))
    , m_detailLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_steps(new QTableWidget(this))
    , m_report(new QTextBrowser(this))
{
    m_kind->addItem(tr("Everything"), -1);
    for (auto kind : {RunHistoryEntry::Kind::Rollback, RunHistoryEntry::Kind::Playbook,
                      RunHistoryEntry::Kind::Backup, RunHistoryEntry::Kind::Report})
        m_kind->addItem(RunHistoryModel::kindLabel(kind), int(kind));
    m_filter->setPlaceholderText(tr("Filter by status, target, file, run…"));
    m_filter->setClearButtonEnabled(true);
    auto *refresh = new QPushButton(tr("Refresh"), this);

    m_list->setModel(controller->proxy());
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);

    m_steps->setColumnCount(6);
    m_steps->setHorizontalHeaderLabels(
        {tr("#"), tr("Status"), tr("Migration"), tr("Where"), tr("Duration"), tr("Error")});
    m_steps->verticalHeader()->hide();
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_report->setOpenExternalLinks(false);
    m_tabs->addTab(m_steps, tr("Steps"));
    m_tabs->addTab(m_report, tr("Report"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setText(tr("Open an entry to see its steps and its report."));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_thisDatabase);
    filters->addWidget(refresh);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailLabel);
    detailLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RunHistoryPanel::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, &RunHistoryPanel::applyFilter);
    connect(m_thisDatabase, &QCheckBox::toggled, this, &RunHistoryPanel::applyFilter);
    connect(refresh, &QPushButton::clicked, controller, &RunHistoryController::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_controller->openEntry(m_controller->proxy()->mapToSource(current).row());
            });
    connect(controller, &RunHistoryController::detailsReady, this, &RunHistoryPanel::showDetail);
    connect(controller, &RunHistoryController::problem, this, &RunHistoryPanel::showProblem);
}

void RunHistoryPanel::showProblem(const QString &text)
{
    m_problem = text;
    m_detailLabel->setText(text);
    m_detailLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(StatusColors::of(Tone::Bad, palette()).name()));
}

void RunHistoryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    if (!m_problem.isEmpty())
        showProblem(m_problem);
    else if (m_shown)
        drawDetail(*m_shown);
}

void RunHistoryPanel::setDatabaseUrl(const QString &url)
{
    m_databaseUrl = url;
    applyFilter();
}

void RunHistoryPanel::applyFilter()
{
    RunHistoryFilterProxyModel *proxy = m_controller->proxy();
    proxy->setKind(m_kind->currentData().toInt());
    proxy->setText(m_filter->text());
    proxy->setDatabaseUrl(m_thisDatabase->isChecked() ? m_databaseUrl : QString());
}

void RunHistoryPanel::showDetail(const RunHistoryDetail &detail)
{
    m_shown = detail;
    m_problem.clear();
    drawDetail(detail);
    // A playbook run opens on its incident report when it has one; a run with steps on its
    // steps; anything else on its report.
    const bool playbookReport = detail.playbook && !detail.incidentReportHtml.isEmpty();
    const bool steps = (detail.run && !detail.run->steps.isEmpty()) || detail.playbook;
    if (!playbookReport && steps)
        m_tabs->setCurrentWidget(m_steps);
    else
        m_tabs->setCurrentWidget(m_report);
}

// The entry's label, steps and report in the panel's current colours; the open tab stays.
void RunHistoryPanel::drawDetail(const RunHistoryDetail &detail)
{
    const RunHistoryEntry &entry = detail.entry;
    m_detailLabel->setStyleSheet({});
    m_detailLabel->setText(tr("%1 %2 of %3, %4: %5")
                               .arg(RunHistoryModel::kindLabel(entry.kind), entry.id,
                                    entry.databaseUrl,
                                    QLocale().toString(entry.startedAt.toLocalTime(),
                                                       QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                    entry.statusLabel));
    m_steps->setRowCount(0);
    m_steps->setHorizontalHeaderLabels(detail.playbook
                                           ? QStringList{tr("#"), tr("Status"), tr("Step"),
                                                         tr("Summary"), tr("Duration"), tr("Error")}
                                           : QStringList{tr("#"), tr("Status"), tr("Migration"),
                                                         tr("Where"), tr("Duration"), tr("Error")});
    if (detail.playbook)
        drawPlaybookSteps(*detail.playbook);
    if (detail.run) {
        for (const RunStep &step : detail.run->steps) {
            const int row = m_steps->rowCount();
            m_steps->insertRow(row);
            const QString where =
                step.file.isEmpty()
                    ? QString()
                    : QStringLiteral("%1:%2").arg(QFileInfo(step.file).fileName()).arg(step.line);
            const QStringList texts{QString::number(step.index + 1),
                                    runStepStatusLabel(step.status),
                                    step.version,
                                    where,
                                    step.durationMs > 0 ? tr("%1 ms").arg(step.durationMs)
                                                        : QString(),
                                    step.error};
            for (int column = 0; column < texts.size(); ++column) {
                auto *item = new QTableWidgetItem(texts.at(column));
                if (column == 3)
                    item->setToolTip(step.file);
                if (column == 5 || column == 1)
                    item->setToolTip(step.sql);
                m_steps->setItem(row, column, item);
            }
            const Tone tone = step.status == RunStep::Status::Failed ? Tone::Bad
                              : step.settled()                       ? Tone::Good
                                                                     : Tone::Neutral;
            m_steps->item(row, 1)->setForeground(StatusColors::of(tone, palette()));
        }
    }
    if (detail.playbook) {
        if (detail.incidentReportHtml.isEmpty())
            m_report->setPlainText(tr("No incident report is stored for this playbook run yet: "
                                      "the report is its last step."));
        else
            m_report->setHtml(detail.incidentReportHtml);
    } else if (detail.report) {
        m_report->setHtml(reportToHtml(*detail.report, StatusColors::reportColours(palette())));
    } else {
        m_report->setPlainText(
            entry.kind == RunHistoryEntry::Kind::Backup
                ? tr("A backup has no report; its catalog row says: %1").arg(entry.summary)
                : tr("No verification report is stored for this run."));
    }
}

void RunHistoryPanel::drawPlaybookSteps(const PlaybookRun &run)
{
    for (int index = 0; index < run.steps.size(); ++index) {
        const PlaybookStep &step = run.steps[index];
        const int row = m_steps->rowCount();
        m_steps->insertRow(row);
        const qint64 ms = step.durationMs();
        const QString summary =
            step.status == PlaybookStep::Status::Skipped
                ? tr("skipped: %1")
                      .arg(step.skipNote.isEmpty() ? playbookSkipReasonName(step.skipReason)
                                                   : step.skipNote)
                : step.summary;
        const QStringList texts{QString::number(index + 1),
                                playbookStepStatusName(step.status),
                                playbookStepTitle(step.kind),
                                summary,
                                ms > 0 ? tr("%1 ms").arg(ms) : QString(),
                                step.error};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            m_steps->setItem(row, column, item);
        }
        const Tone tone = step.status == PlaybookStep::Status::Failed ? Tone::Bad
                          : step.status == PlaybookStep::Status::Done ? Tone::Good
                                                                      : Tone::Neutral;
        m_steps->item(row, 1)->setForeground(StatusColors::of(tone, palette()));
    }
}

} // namespace backstep
