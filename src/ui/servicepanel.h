#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace backstep {

class ServiceDockController;

// The Service dock: the unit's state with a coloured light and since when, Stop / Start /
// Restart (stopping and restarting ask first, naming the unit), a busy bar while an
// action runs and how the last one ended. Or, without a service, how to configure one.
class ServicePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServicePanel(ServiceDockController *controller, QWidget *parent = nullptr);
    ~ServicePanel() override;

    QLabel *stateLabel() const { return m_state; }
    QLabel *stateLight() const { return m_light; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *emptyLabel() const { return m_empty; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *restartButton() const { return m_restart; }
    QProgressBar *busyIndicator() const { return m_busy; }
    bool showsService() const;

protected:
    void changeEvent(QEvent *event) override; // the state's colours follow the palette

private:
    QWidget *createServicePage();
    void confirmStop();
    void confirmRestart();
    bool confirm(const QString &title, const QString &question, const QString &button);
    void update();

    ServiceDockController *m_controller;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_light = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_since = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_restart = nullptr;
    QPushButton *m_refresh = nullptr;
    QProgressBar *m_busy = nullptr;
};

} // namespace backstep
