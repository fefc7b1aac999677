// The log panel under load, offscreen, on the GUI thread as in the window:
//   logtail-bench open FILE LINES          time until the panel shows the last LINES lines
//   logtail-bench follow FILE RATE SECONDS a writer thread appends RATE lines a second;
//                                          counts lines lost, peak memory (VmHWM) and the
//                                          longest gap of a 10 ms timer on the GUI thread.
#include "ui/logfileview.h"
#include "ui/logmodel.h"
#include "ui/logpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace backstep;

namespace {

QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return QStringLiteral("?");
}

int open(const QString &file, int lines)
{
    QElapsedTimer clock;
    clock.start();
    LogPanel panel;
    panel.resize(1200, 600);
    panel.show();
    LogFileView *view = panel.addFile(file);
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, &panel, [&] {
        if (view->model()->rowCount() >= lines)
            QApplication::quit();
    });
    QTimer::singleShot(60000, &panel, &QApplication::quit);
    QApplication::exec();
    std::printf("open: %d lines shown in %.3f s; last: %s\n", view->model()->rowCount(),
                double(clock.nsecsElapsed()) / 1e9, qPrintable(view->model()->text(lines - 1)));
    return view->model()->rowCount() >= lines ? 0 : 1;
}

int follow(const QString &file, int rate, int seconds)
{
    QFile::remove(file);
    QFile create(file);
    if (!create.open(QIODevice::WriteOnly))
        return 1;
    create.close();
    LogPanel panel;
    panel.resize(1200, 600);
    panel.show();
    LogFileView *view = panel.addFile(file);

    qint64 nextExpected = 0;
    qint64 outOfSequence = 0;
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, &panel,
                     [&](const QModelIndex &, int first, int last) {
                         for (int row = first; row <= last; ++row) {
                             const QString text = view->model()->text(row);
                             if (!text.startsWith(QStringLiteral("seq ")))
                                 continue;
                             const qint64 n =
                                 QStringView(text).mid(4, text.indexOf(u' ', 4) - 4).toLongLong();
                             if (n != nextExpected)
                                 ++outOfSequence;
                             nextExpected = n + 1;
                         }
                     });
    QElapsedTimer sinceTick;
    qint64 longestGapNs = 0;
    int gapsOver20 = 0;
    int gapsOver50 = 0;
    int ticks = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, &panel, [&] {
        if (sinceTick.isValid()) {
            const qint64 gap = sinceTick.nsecsElapsed();
            longestGapNs = std::max(longestGapNs, gap);
            gapsOver20 += gap > 20000000;
            gapsOver50 += gap > 50000000;
            ++ticks;
        }
        sinceTick.start();
    });
    heartbeat.start(10);
    // The same timer with nothing to do first: how much of a gap the machine itself makes.
    QTimer::singleShot(3000, &panel, &QApplication::quit);
    QApplication::exec();
    std::printf("idle: %d ticks of the 10 ms timer in 3 s, longest gap %.1f ms, %d over 20 ms, "
                "%d over 50 ms\n",
                ticks, double(longestGapNs) / 1e6, gapsOver20, gapsOver50);
    longestGapNs = 0;
    gapsOver20 = gapsOver50 = ticks = 0;
    sinceTick.invalidate();

    const qint64 total = qint64(rate) * seconds;
    std::atomic_bool written{false};
    std::thread writer([&] {
        QFile out(file);
        if (!out.open(QIODevice::Append | QIODevice::Unbuffered))
            return;
        const auto start = std::chrono::steady_clock::now();
        qint64 sent = 0;
        for (int tick = 1; sent < total; ++tick) {
            const qint64 due = std::min(total, qint64(rate) * tick / 100);
            QByteArray chunk;
            for (; sent < due; ++sent)
                chunk += "seq " + QByteArray::number(sent) +
                         " 2026-11-24 01:00:00 INFO request handled in 12 ms path=/api/v1/x\n";
            out.write(chunk);
            std::this_thread::sleep_until(start + std::chrono::milliseconds(10 * tick));
        }
        written = true;
    });
    QElapsedTimer clock;
    clock.start();
    QTimer done;
    QObject::connect(&done, &QTimer::timeout, &panel, [&] {
        if ((written && view->linesReceived() >= total) || clock.elapsed() > seconds * 1000 + 20000)
            QApplication::quit();
    });
    done.start(20);
    QApplication::exec();
    writer.join();
    std::printf("follow: %lld of %lld lines received in %.2f s, %lld out of sequence, "
                "%lld lost; rows kept %d; VmHWM %s; 10 ms GUI-thread timer: %d ticks, longest "
                "gap %.1f ms, %d over 20 ms, %d over 50 ms\n",
                view->linesReceived(), total, double(clock.elapsed()) / 1000.0, outOfSequence,
                total - view->linesReceived(), view->model()->rowCount(), qPrintable(peakMemory()),
                ticks, double(longestGapNs) / 1e6, gapsOver20, gapsOver50);
    return view->linesReceived() == total && outOfSequence == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() == 4 && args[1] == u"open")
        return open(args[2], args[3].toInt());
    if (args.size() == 5 && args[1] == u"follow")
        return follow(args[2], args[3].toInt(), args[4].toInt());
    std::fprintf(stderr, "usage: logtail-bench open FILE LINES | follow FILE RATE SECONDS\n");
    return 2;
}
