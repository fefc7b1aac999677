#include "ui/servicepanel.h"

#include "models/statuscolors.h"
#include "ui/servicedockcontroller.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace backstep {

namespace {

QColor stateColour(ServiceState state)
{
    switch (state) {
    case ServiceState::Active:
        return StatusColors::of(Tone::Good);
    case ServiceState::Failed:
        return StatusColors::of(Tone::Bad);
    case ServiceState::Activating:
    case ServiceState::Deactivating:
        return StatusColors::of(Tone::Warning);
    case ServiceState::Inactive:
        return StatusColors::of(Tone::Neutral);
    case ServiceState::Unknown:
        break;
    }
    return StatusColors::of(Tone::Unknown);
}

} // namespace

ServicePanel::ServicePanel(ServiceDockController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    m_empty = new QLabel(
        tr("<b>No service configured</b><br>Add the application's service to the connection "
           "profile (its unit name and the systemd or commands backend) to stop it before a "
           "rollback and start it afterwards from here."),
        m_pages);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(createServicePage());

    connect(m_controller, &ServiceDockController::changed, this, &ServicePanel::update);
    update();
}

ServicePanel::~ServicePanel() = default;

QWidget *ServicePanel::createServicePage()
{
    auto *page = new QWidget(m_pages);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);

    m_unit = new QLabel(page);
    m_unit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_unit, 0, 0, 1, 3);

    m_light = new QLabel(page);
    m_light->setFixedSize(14, 14);
    grid->addWidget(m_light, 1, 0);
    m_state = new QLabel(page);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_state, 1, 1);
    m_since = new QLabel(page);
    grid->addWidget(m_since, 1, 2);

    auto *buttons = new QHBoxLayout;
    m_stop =
        new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Stop…"), page);
    m_start = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Start"),
                              page);
    m_restart =
        new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Restart…"), page);
    m_refresh = new QPushButton(tr("Check"), page);
    m_refresh->setToolTip(tr("Ask the service for its state again"));
    for (QPushButton *button : {m_stop, m_start, m_restart, m_refresh})
        buttons->addWidget(button);
    buttons->addStretch(1);
    grid->addLayout(buttons, 2, 0, 1, 3);

    m_busy = new QProgressBar(page);
    m_busy->setRange(0, 0); // animated: a service takes as long as it takes
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    grid->addWidget(m_busy, 3, 0, 1, 3);
    m_progress = new QLabel(page);
    m_progress->setWordWrap(true);
    grid->addWidget(m_progress, 4, 0, 1, 3);
    m_result = new QLabel(page);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_result, 5, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(6, 1);

    connect(m_stop, &QPushButton::clicked, this, &ServicePanel::confirmStop);
    connect(m_start, &QPushButton::clicked, m_controller, &ServiceDockController::start);
    connect(m_restart, &QPushButton::clicked, this, &ServicePanel::confirmRestart);
    connect(m_refresh, &QPushButton::clicked, m_controller, &ServiceDockController::refresh);
    return page;
}

bool ServicePanel::showsService() const
{
    return m_pages->currentIndex() == 1;
}

bool ServicePanel::confirm(const QString &title, const QString &question, const QString &button)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, this);
    QPushButton *yes = box.addButton(button, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void ServicePanel::confirmStop()
{
    const QString unit = m_controller->config().unit;
    if (confirm(tr("Stop %1").arg(unit),
                tr("Stop %1? The application is unavailable until it is started again.").arg(unit),
                tr("Stop %1").arg(unit)))
        m_controller->stop();
}

void ServicePanel::confirmRestart()
{
    const QString unit = m_controller->config().unit;
    if (confirm(tr("Restart %1").arg(unit),
                tr("Restart %1? Its users lose their sessions while it restarts.").arg(unit),
                tr("Restart %1").arg(unit)))
        m_controller->restart();
}

void ServicePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        update();
}

void ServicePanel::update()
{
    const ServiceConfig &config = m_controller->config();
    if (!m_controller->hasService()) {
        if (!m_controller->problem().isEmpty())
            m_empty->setText(
                tr("<b>The service %1 cannot be used</b><br>%2")
                    .arg(config.unit.toHtmlEscaped(), m_controller->problem().toHtmlEscaped()));
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    m_unit->setText(
        tr("<b>%1</b> (%2)")
            .arg(config.unit.toHtmlEscaped(), ServiceConfig::backendName(config.backend)));

    const ServiceStatus status = m_controller->status();
    m_light->setStyleSheet(QStringLiteral("QLabel { background: %1; border-radius: 7px; }")
                               .arg(stateColour(status.state).name()));
    m_light->setToolTip(serviceStateLabel(status.state));
    QString state = serviceStateLabel(status.state);
    if (!status.subState.isEmpty())
        state += QStringLiteral(" (%1)").arg(status.subState);
    m_state->setText(state);
    m_state->setToolTip(status.detail);
    m_since->setText(
        status.since.isValid()
            ? tr("since %1")
                  .arg(QLocale().toString(status.since.toLocalTime(), QLocale::ShortFormat))
            : QString());

    const bool busy = m_controller->isBusy();
    for (QPushButton *button : {m_stop, m_start, m_restart, m_refresh})
        button->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_progress->setText(m_controller->progressMessage());
    m_progress->setVisible(busy && !m_controller->progressMessage().isEmpty());

    if (const auto &result = m_controller->lastResult()) {
        const QString when =
            QLocale().toString(result->at.toLocalTime().time(), QLocale::ShortFormat);
        const QString colour = StatusColors::of(result->ok ? Tone::Good : Tone::Bad).name();
        m_result->setText(
            tr("<span style=\"color:%1\">%2 %3</span> — %4 s, %5<br>%6")
                .arg(colour, serviceActionLabel(result->action),
                     result->ok ? tr("succeeded") : tr("failed"))
                .arg(double(result->durationMs) / 1000.0, 0, 'f', 1)
                .arg(when, result->message.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
    } else {
        m_result->clear();
    }
}

} // namespace backstep
