#pragma once

#include "db/runhistory.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace backstep {

class RunHistoryController;

// The Run history dock's widgets: filters, the list, and the opened entry (its steps with
// status, duration, error and file:line, and its report as the Verification dock shows it).
class RunHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    RunHistoryPanel(RunHistoryController *controller, QWidget *parent = nullptr);

    QTableView *listView() const { return m_list; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *thisDatabaseCheck() const { return m_thisDatabase; }
    QTableWidget *stepsTable() const { return m_steps; }
    QTextBrowser *reportView() const { return m_report; }
    QLabel *detailLabel() const { return m_detailLabel; }
    // The open workspace's database, for "only this database".
    void setDatabaseUrl(const QString &url);

protected:
    void changeEvent(QEvent *event) override; // the opened entry is drawn again in the new colours

private:
    void applyFilter();
    void showDetail(const RunHistoryDetail &detail);
    void drawDetail(const RunHistoryDetail &detail);
    void drawPlaybookSteps(const PlaybookRun &run);
    void showProblem(const QString &text);

    RunHistoryController *m_controller;
    QComboBox *m_kind;
    QLineEdit *m_filter;
    QCheckBox *m_thisDatabase;
    QTableView *m_list;
    QLabel *m_detailLabel;
    QTabWidget *m_tabs;
    QTableWidget *m_steps;
    QTextBrowser *m_report;
    QString m_databaseUrl;
    std::optional<RunHistoryDetail> m_shown; // the opened entry, to draw again after a theme change
    QString m_problem;                       // the last problem, coloured by the palette
};

} // namespace backstep
