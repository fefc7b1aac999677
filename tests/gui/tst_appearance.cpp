// The real main window, offscreen, switched between the light and the dark theme through
// View ▸ Theme: the palette, the icons (Breeze, built in) and every colour that says
// something follow; the choice is remembered; each theme renders readably.
#include "db/demoworkspace.h"
#include "models/migrationhistorymodel.h"
#include "models/statuscolors.h"
#include "support/testsupport.h"
#include "ui/appearance.h"
#include "ui/mainwindow.h"
#include "ui/migrationsourceview.h"
#include "ui/thememenu.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <cmath>

using namespace backstep;

namespace {

// The mean lightness (0-255) of an image's pixels.
int meanLightness(const QImage &image)
{
    qint64 sum = 0, count = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3, ++count)
            sum += qGray(image.pixel(x, y));
    return count ? int(sum / count) : 0;
}

// The mean lightness of an icon's opaque pixels: Breeze's dark-theme icons are light.
int iconInk(const QIcon &icon)
{
    const QImage image = icon.pixmap(22, 22).toImage();
    qint64 sum = 0, count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 200) {
                sum += qGray(image.pixel(x, y));
                ++count;
            }
    return count ? int(sum / count) : -1;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("appearance"))};
    DemoWorkspace::Paths m_demo;

    void openDemo(MainWindow &window)
    {
        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(m_demo.url()).value();
        request.migrationsFolder = m_demo.migrations;
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        window.open(request);
        QVERIFY(loaded.wait(20000));
    }

    // 1198 has no DOWN section: its DOWN column says "irreversible" in the Bad tone.
    QVariant cell(const MainWindow &window, const QString &version, int column, int role)
    {
        const QAbstractItemModel *model = window.historyView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            if (index.data(MigrationHistoryModel::VersionRole).toString() == version)
                return index.data(role);
        }
        return {};
    }
    QColor irreversibleColour(const MainWindow &window)
    {
        return cell(window, QStringLiteral("1198"), MigrationHistoryModel::DownColumn,
                    Qt::ForegroundRole)
            .value<QColor>();
    }
    qint64 appliedIcon(const MainWindow &window)
    {
        return cell(window, QStringLiteral("1203"), MigrationHistoryModel::StateColumn,
                    Qt::DecorationRole)
            .value<QIcon>()
            .cacheKey();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        // A journal of its own: tests run side by side.
        qputenv("BACKSTEP_JOURNAL", m_dir.filePath(QStringLiteral("journal.sqlite")).toUtf8());
        auto demo = DemoWorkspace::create(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY(demo.ok());
        m_demo = demo.value();
        Appearance::initialize();
    }

    void cleanupTestCase() { Appearance::apply(Appearance::Theme::System); }

    void themeMenuSwitchesEverything()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openDemo(window);
        QVERIFY(window.selectVersion(QStringLiteral("1203")));
        QToolBar *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar);
        const QIcon openIcon = toolBar->actions().first()->icon();
        const qint64 systemStateIcon = appliedIcon(window);

        window.themeMenu()->action(Appearance::Theme::Dark)->trigger();
        QVERIFY(StatusColors::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QCOMPARE(QIcon::themeName(), QStringLiteral("backstep-dark"));
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(),
                 QStringLiteral("dark"));
        QVERIFY(window.themeMenu()->action(Appearance::Theme::Dark)->isChecked());
        // The toolbar's icons are there (built in) and light on the dark window.
        QVERIFY(!openIcon.isNull());
        QTRY_VERIFY2(iconInk(openIcon) > 160, qPrintable(QString::number(iconInk(openIcon))));
        // Every state colour is the dark palette's tone; the state icons are drawn again.
        QCOMPARE(irreversibleColour(window), StatusColors::of(Tone::Bad, QApplication::palette()));
        const qint64 darkStateIcon = appliedIcon(window);
        QVERIFY(darkStateIcon != systemStateIcon);
        // The editor's paper, the table and the window are dark.
        QTRY_VERIFY(meanLightness(window.sourceView()->grab().toImage()) < 90);
        QVERIFY(meanLightness(window.historyView()->grab().toImage()) < 90);
        const QImage dark = window.grab().toImage();
        QVERIFY(meanLightness(dark) < 100);

        window.themeMenu()->action(Appearance::Theme::Light)->trigger();
        QVERIFY(!StatusColors::isDark(QApplication::palette()));
        QCOMPARE(QIcon::themeName(), QStringLiteral("backstep-light"));
        QTRY_VERIFY2(iconInk(openIcon) < 100, qPrintable(QString::number(iconInk(openIcon))));
        QCOMPARE(irreversibleColour(window), StatusColors::of(Tone::Bad, QApplication::palette()));
        QVERIFY(appliedIcon(window) != darkStateIcon);
        QTRY_VERIFY(meanLightness(window.sourceView()->grab().toImage()) > 180);
        QVERIFY(meanLightness(window.historyView()->grab().toImage()) > 180);
        QVERIFY(meanLightness(window.grab().toImage()) > 170);
        QCOMPARE(Appearance::stored(), Appearance::Theme::Light);

        // Every status tone stays readable on both palettes (WCAG AA: 4.5:1 on Base).
        for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette()}) {
            auto luminance = [](const QColor &c) {
                auto channel = [](double v) {
                    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
                };
                return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
                       0.0722 * channel(c.blueF());
            };
            const double base = luminance(palette.color(QPalette::Base));
            for (Tone tone : {Tone::Good, Tone::Warning, Tone::Bad, Tone::Neutral, Tone::Unknown,
                              Tone::Notice}) {
                const double text = luminance(StatusColors::of(tone, palette));
                const double contrast =
                    (std::max(base, text) + 0.05) / (std::min(base, text) + 0.05);
                QVERIFY2(contrast >= 4.5,
                         qPrintable(QStringLiteral("tone %1: %2:1").arg(int(tone)).arg(contrast)));
            }
        }
    }

    void themeNamesAreCheckedOnTheCommandLine()
    {
        QCOMPARE(Appearance::fromName(QStringLiteral("Dark")).value(), Appearance::Theme::Dark);
        const auto wrong = Appearance::fromName(QStringLiteral("solarized"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().contains(QStringLiteral("solarized")));
        const auto run =
            test::run(test::appPath(), {QStringLiteral("--demo"), QStringLiteral("--theme"),
                                        QStringLiteral("solarized"), QStringLiteral("--screenshot"),
                                        m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("solarized"));
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
