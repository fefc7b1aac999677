// Issue 15: the time from starting the program to the first paint of its main window,
// and its memory once idle; the same for a bare QMainWindow from the same build, in the
// same run, as the floor.
//   bench_firstpaint [backstep's options, e.g. --demo]   the real launcher (runApplication)
//   bench_firstpaint --bare                               QApplication + empty QMainWindow
// BENCH_T0_NS: the CLOCK_REALTIME nanoseconds at which the caller started the program
// (bench/first-paint.sh), so that loading the libraries counts too. Prints one line:
//   first_paint_ms=… [workspace_shown_ms=…] main_to_paint_ms=… rss_mb=… pss_mb=…
#include "ui/applicationlauncher.h"
#include "ui/mainwindow.h"
#include "ui/workspacecontroller.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <cstring>

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

qint64 g_mainNs = 0;
qint64 g_startNs = 0;
qint64 g_firstPaintNs = 0;
qint64 g_loadedNs = 0;

double ms(qint64 from, qint64 to)
{
    return double(to - from) / 1e6;
}

// kB values of /proc/self/status (VmRSS) and smaps_rollup (Pss), in MB.
double procValueMb(const char *file, const char *key)
{
    QFile f(QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(std::strlen(key))).trimmed().split(' ').value(0).toDouble() / 1024;
    return -1;
}

void report()
{
    std::printf("first_paint_ms=%.1f", ms(g_startNs, g_firstPaintNs));
    if (g_loadedNs)
        std::printf(" workspace_shown_ms=%.1f", ms(g_startNs, g_loadedNs));
    std::printf(" main_to_paint_ms=%.1f rss_mb=%.1f pss_mb=%.1f\n", ms(g_mainNs, g_firstPaintNs),
                procValueMb("/proc/self/status", "VmRSS:"),
                procValueMb("/proc/self/smaps_rollup", "Pss:"));
    std::fflush(stdout);
}

// Sees the first paint of a main window (a paint event of any widget in it, done once
// the event loop has finished that frame), then the workspace shown, then idles.
class PaintWatcher : public QObject
{
public:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || g_firstPaintNs)
            return false;
        auto *widget = qobject_cast<QWidget *>(object);
        auto *window = widget ? qobject_cast<QMainWindow *>(widget->window()) : nullptr;
        if (!window)
            return false;
        g_firstPaintNs = -1; // seen; the time is taken after the frame
        QTimer::singleShot(0, window, [window] {
            g_firstPaintNs = nowNs();
            auto *main = qobject_cast<backstep::MainWindow *>(window);
            if (main && main->controller()->hasWorkspace()) {
                g_loadedNs = g_firstPaintNs;
            } else if (main) {
                QObject::connect(main->controller(), &backstep::WorkspaceController::loaded, main,
                                 [main] {
                                     main->repaint(); // the rows, drawn before the time is taken
                                     g_loadedNs = nowNs();
                                 });
            }
            // Idle for three seconds (the demo's log and timers settle), then measure.
            QTimer::singleShot(3000, qApp, [] {
                report();
                QCoreApplication::exit(0);
            });
        });
        return false;
    }
};

void installWatcher()
{
    qApp->installEventFilter(new PaintWatcher);
}
Q_COREAPP_STARTUP_FUNCTION(installWatcher)

} // namespace

int main(int argc, char *argv[])
{
    g_mainNs = nowNs();
    const QByteArray t0 = qgetenv("BENCH_T0_NS");
    g_startNs = t0.isEmpty() ? g_mainNs : t0.toLongLong();
    if (argc > 1 && std::strcmp(argv[1], "--bare") == 0) {
        QApplication app(argc, argv);
        QMainWindow window;
        window.resize(1440, 900);
        window.show();
        return app.exec();
    }
    return backstep::runApplication(argc, argv);
}
