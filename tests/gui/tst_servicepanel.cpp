// The Service dock of the real main window, offscreen, against the commands backend and
// a real process: state, light, confirmation naming the unit, busy bar, last result.
#include "db/journal.h"
#include "models/statuscolors.h"
#include "support/testsupport.h"
#include "ui/logfileview.h"
#include "ui/logmodel.h"
#include "ui/logpanel.h"
#include "ui/mainwindow.h"
#include "ui/servicedockcontroller.h"
#include "ui/servicepanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace backstep;

class TestServicePanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("servicepanel"))};
    QString m_question;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ServiceConfig config() const
    {
        const QString script = path(QStringLiteral("app.sh"));
        ServiceConfig c;
        c.unit = QStringLiteral("heartguard-app");
        c.backend = ServiceConfig::Backend::Commands;
        c.stopCommand = script + QStringLiteral(" stop");
        c.startCommand = script + QStringLiteral(" start");
        c.statusCommand = script + QStringLiteral(" status");
        c.timeoutSeconds = 20;
        return c;
    }

    // Answers the next confirmation box, remembering what it asked.
    void answerNextQuestion(bool accept)
    {
        QTimer::singleShot(0, this, [this, accept] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                answerNextQuestion(accept);
                return;
            }
            m_question = box->text();
            QAbstractButton *button = nullptr;
            for (QAbstractButton *candidate : box->buttons())
                if ((box->buttonRole(candidate) == QMessageBox::AcceptRole) == accept)
                    button = candidate;
            button->click();
        });
    }

    static bool finishAction(ServiceDockController *controller)
    {
        QSignalSpy finished(controller, &ServiceDockController::actionFinished);
        return finished.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           path(QStringLiteral("settings")));
        qputenv("BACKSTEP_JOURNAL", path(QStringLiteral("journal.sqlite")).toLocal8Bit());
        // `sleep 1` in start and stop: long enough to see the busy state, no assertion on it.
        test::writeFile(path(QStringLiteral("app.sh")), QStringLiteral(R"sh(#!/bin/sh
state='%1/state'
case "$1" in
start)  sleep 1; echo active > "$state" ;;
stop)   sleep 1; echo inactive > "$state" ;;
status) [ "$(cat "$state" 2>/dev/null)" = active ] && { echo active; exit 0; }
        echo inactive; exit 3 ;;
esac
)sh")
                                                            .arg(m_dir.path()));
        QFile(path(QStringLiteral("app.sh")))
            .setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        test::writeFile(path(QStringLiteral("state")), QStringLiteral("active\n"));
    }

    void withoutAServiceItSaysSo()
    {
        MainWindow window;
        window.show();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("serviceDock"));
        QVERIFY(dock);
        QCOMPARE(dock->widget(), window.servicePanel());
        QVERIFY(!window.servicePanel()->showsService());
        QVERIFY(window.servicePanel()->emptyLabel()->text().contains(
            QStringLiteral("No service configured")));
    }

    void drivesTheServiceThroughTheDock()
    {
        MainWindow window;
        window.show();
        ServicePanel *panel = window.servicePanel();
        ServiceDockController *controller = window.serviceController();

        controller->setService(config());
        QVERIFY(panel->showsService());
        QVERIFY(finishAction(controller));
        QCOMPARE(panel->stateLabel()->text(), QStringLiteral("active"));
        QVERIFY(panel->stateLight()->styleSheet().contains(StatusColors::of(Tone::Good).name()));

        // Stop asks first, naming the unit; "Cancel" leaves it running.
        answerNextQuestion(false);
        panel->stopButton()->click();
        QVERIFY(m_question.contains(QStringLiteral("Stop heartguard-app?")));
        QVERIFY(!controller->isBusy());

        answerNextQuestion(true);
        QSignalSpy finished(controller, &ServiceDockController::actionFinished);
        panel->stopButton()->click();
        QVERIFY(controller->isBusy());
        QTRY_VERIFY(panel->busyIndicator()->isVisible());
        QVERIFY(!panel->startButton()->isEnabled());
        QVERIFY(finished.wait(30000));
        QVERIFY(!panel->busyIndicator()->isVisible());
        QVERIFY(panel->startButton()->isEnabled());
        QCOMPARE(panel->stateLabel()->text(), QStringLiteral("inactive"));
        QVERIFY(panel->stateLight()->styleSheet().contains(StatusColors::of(Tone::Neutral).name()));
        QVERIFY2(panel->resultLabel()->text().contains(QStringLiteral("stop succeeded")),
                 qPrintable(panel->resultLabel()->text()));

        // Start needs no confirmation.
        panel->startButton()->click();
        QVERIFY(finishAction(controller));
        QCOMPARE(panel->stateLabel()->text(), QStringLiteral("active"));

        answerNextQuestion(true);
        panel->restartButton()->click();
        QVERIFY(m_question.contains(QStringLiteral("Restart heartguard-app?")));
        QVERIFY(finishAction(controller));
        QVERIFY(panel->resultLabel()->text().contains(QStringLiteral("restart succeeded")));

        auto journal = Journal::open(path(QStringLiteral("journal.sqlite")));
        QVERIFY(journal.ok());
        QStringList actions;
        for (const JournalEvent &event :
             test::checked(journal.value()->events(QStringLiteral("service"))))
            actions.append(event.action + u':' + event.outcome);
        for (const char *expected : {"status:ok", "stop:ok", "start:ok", "restart:ok"})
            QVERIFY2(actions.contains(QLatin1StringView(expected)), qPrintable(actions.join(u' ')));
    }

    void serviceStepsAreMarkedInTheFollowedLog()
    {
        MainWindow window;
        window.show();
        const QString log = path(QStringLiteral("app.log"));
        QFile(log).open(QIODevice::WriteOnly);
        LogFileView *logView = window.logPanel()->addFile(log);
        ServiceDockController *controller = window.serviceController();
        controller->setService(config());
        QVERIFY(finishAction(controller));
        const int before = logView->model()->rowCount(); // a status check marks nothing

        answerNextQuestion(true);
        window.servicePanel()->stopButton()->click();
        QVERIFY(finishAction(controller));
        window.servicePanel()->startButton()->click();
        QVERIFY(finishAction(controller));

        QStringList marks;
        for (int row = before; row < logView->model()->rowCount(); ++row)
            marks.append(logView->model()->index(row, 0).data().toString());
        QCOMPARE(marks.size(), 4);
        QVERIFY2(marks.at(0).contains(QStringLiteral("heartguard-app: stop started")),
                 qPrintable(marks.join(u'\n')));
        QVERIFY2(marks.at(1).contains(QStringLiteral("stop done")), qPrintable(marks.at(1)));
        QVERIFY2(marks.at(2).contains(QStringLiteral("start started")), qPrintable(marks.at(2)));
        QVERIFY2(marks.at(3).contains(QStringLiteral("start done")), qPrintable(marks.at(3)));
    }

    void aFailureIsShownInRed()
    {
        MainWindow window;
        window.show();
        ServiceConfig failing = config();
        failing.startCommand = QStringLiteral("echo 'unit not found' >&2; exit 5");
        window.serviceController()->setService(failing);
        QVERIFY(finishAction(window.serviceController()));
        window.servicePanel()->startButton()->click();
        QVERIFY(finishAction(window.serviceController()));
        const QString text = window.servicePanel()->resultLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("start failed")), qPrintable(text));
        QVERIFY(text.contains(StatusColors::of(Tone::Bad).name()));
        QVERIFY(text.contains(QStringLiteral("unit not found")));
    }

    void anIncompleteServiceNamesTheProblem()
    {
        MainWindow window;
        ServiceConfig incomplete = config();
        incomplete.statusCommand.clear();
        window.serviceController()->setService(incomplete);
        QVERIFY(!window.servicePanel()->showsService());
        QVERIFY(window.servicePanel()->emptyLabel()->text().contains(QStringLiteral("status")));
    }
};

QTEST_MAIN(TestServicePanel)
#include "tst_servicepanel.moc"
