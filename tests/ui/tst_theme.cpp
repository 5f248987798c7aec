// View ▸ Theme, offscreen: Dark gives the charts light ink on a dark background and Light
// gives them back; exports stay light in the dark window unless asked otherwise; the
// choice is remembered; phase colours drawn as text or thin lines stay readable on dark.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_theme.h"
#include "chart_export.h"
#include "chart_palette.h"
#include "chart_view.h"
#include "dashboard.h"
#include "kpi_tiles.h"
#include "main_window.h"
#include "phase_style.h"
#include "plot_widget.h"
#include "recovery_store.h"
#include "scenario_document.h"
#include "variants_io.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>

using namespace mlimpact;
using namespace mlimpact::ui;

namespace {

void choose(MainWindow &w, const char *key)
{
    auto *action = w.findChild<QAction *>(QStringLiteral("theme-") + QLatin1String(key));
    QVERIFY(action);
    action->trigger();
    QCoreApplication::processEvents();
}

PlotWidget *lifecyclePlot(MainWindow &w)
{
    ChartView *chart = w.dashboard()->chart(QStringLiteral("lifecycle"));
    return chart ? chart->plot() : nullptr;
}

int lightness(const QColor &c)
{
    return c.toHsl().lightness();
}

/// The plot's background as the window draws it: a corner of its image.
int backgroundLightness(PlotWidget *plot)
{
    return lightness(plot->toPixmap(200, 150).toImage().pixelColor(2, 2));
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void darkRestylesChartsAndLightRestores();
    void darkWorksWithThePresentationTheme();
    void exportsStayLightInTheDarkWindow();
    void choiceIsRemembered();
    void phaseColoursStayReadableOnDark();
    void tileChangesStayGreenAndReadable();
};

void TestTheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings in a test location
}

void TestTheme::init()
{
    RecoveryStore::discard();
    QSettings().remove(QStringLiteral("view/theme"));
    QSettings().remove(QStringLiteral("export/windowTheme"));
}

void TestTheme::cleanup()
{
    applyTheme(Theme::System);
}

void TestTheme::darkRestylesChartsAndLightRestores()
{
    MainWindow w;
    PlotWidget *plot = lifecyclePlot(w);
    QVERIFY(plot);
    const QColor systemTick = plot->xAxis->tickLabelColor();

    choose(w, "dark");
    QVERIFY(lightness(plot->xAxis->tickLabelColor()) > 180);
    QVERIFY(lightness(plot->yAxis->labelColor()) > 180);
    QVERIFY(lightness(plot->xAxis->basePen().color()) > 180);
    QVERIFY(lightness(plot->legend->textColor()) > 180);
    QVERIFY(backgroundLightness(plot) < 60);
    QVERIFY(lightness(plot->legend->brush().color()) < 60);
    QVERIFY(lightness(QToolTip::palette().color(QPalette::ToolTipBase)) < 80); // hover values
    QVERIFY(lightness(QToolTip::palette().color(QPalette::ToolTipText)) > 180);
    // A chart's own marks follow too: the systems map's caption and the break-even marker.
    auto *breakEven = w.dashboard()->chart(QStringLiteral("break-even"))->plot();
    for (int i = 0; i < breakEven->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(breakEven->item(i)))
            QVERIFY2(lightness(text->color()) > 120, qPrintable(text->text()));

    choose(w, "light");
    QVERIFY(lightness(plot->xAxis->tickLabelColor()) < 60);
    QVERIFY(lightness(plot->legend->textColor()) < 60);
    QVERIFY(backgroundLightness(plot) > 230);
    for (int i = 0; i < breakEven->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(breakEven->item(i)))
            QVERIFY2(lightness(text->color()) < 120, qPrintable(text->text()));

    choose(w, "system");
    QCOMPARE(plot->xAxis->tickLabelColor(), systemTick);
}

void TestTheme::darkWorksWithThePresentationTheme()
{
    MainWindow w;
    PlotWidget *plot = lifecyclePlot(w);
    const double normal = plot->xAxis->tickLabelFont().pointSizeF();
    auto *presentation = [&]() -> QAction * {
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeyCombination(Qt::ShiftModifier, Qt::Key_F11)))
                return a;
        return nullptr;
    }();
    QVERIFY(presentation);
    presentation->trigger();
    choose(w, "dark");
    QVERIFY(plot->xAxis->tickLabelFont().pointSizeF() > normal * 1.3); // still the large theme
    QVERIFY(lightness(plot->xAxis->tickLabelColor()) > 180);
    presentation->trigger();
    QCOMPARE(plot->xAxis->tickLabelFont().pointSizeF(), normal);
    QVERIFY(lightness(plot->xAxis->tickLabelColor()) > 180); // leaving it keeps the dark theme
}

void TestTheme::exportsStayLightInTheDarkWindow()
{
    MainWindow w;
    PlotWidget *plot = lifecyclePlot(w);
    choose(w, "dark");
    QByteArray png;
    QVERIFY(renderChart(plot, ExportFormat::Png, QSize(400, 300), 1.0, png));
    const QImage light = QImage::fromData(png, "PNG");
    QVERIFY(!light.isNull());
    for (const QPoint p : {QPoint(3, 3), QPoint(396, 3), QPoint(3, 296), QPoint(396, 296)})
        QVERIFY(lightness(light.pixelColor(p)) > 240);
    // The tick labels were drawn dark: some pixels in the image are near black.
    int dark = 0;
    for (int y = 0; y < light.height(); ++y)
        for (int x = 0; x < light.width(); ++x)
            dark += lightness(light.pixelColor(x, y)) < 60 ? 1 : 0;
    QVERIFY(dark > 50);
    // The window is dark again afterwards.
    QVERIFY(backgroundLightness(plot) < 60);
    QVERIFY(lightness(plot->xAxis->tickLabelColor()) > 180);

    // Asked for, the export is in the window's theme.
    w.findChild<QAction *>(QStringLiteral("exportsInWindowTheme"))->trigger();
    QVERIFY(exportsInWindowTheme());
    QVERIFY(renderChart(plot, ExportFormat::Png, QSize(400, 300), 1.0, png));
    QVERIFY(lightness(QImage::fromData(png, "PNG").pixelColor(3, 3)) < 60);
}

void TestTheme::choiceIsRemembered()
{
    {
        MainWindow w;
        choose(w, "dark");
    }
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(savedTheme(), Theme::Dark);
    applyTheme(Theme::System);
    applyTheme(savedTheme()); // what the program does at start
    MainWindow again;
    QVERIFY(again.findChild<QAction *>(QStringLiteral("theme-dark"))->isChecked());
    QVERIFY(!again.findChild<QAction *>(QStringLiteral("theme-system"))->isChecked());
    QVERIFY(isDark(lifecyclePlot(again)->palette()));
    choose(again, "light");
    QCOMPARE(savedTheme(), Theme::Light);
    QCOMPARE(themeFromKey(QStringLiteral("nonsense")), Theme::System);
}

void TestTheme::phaseColoursStayReadableOnDark()
{
    // Hand-computed: black on white is 21:1, a colour on itself 1:1.
    QVERIFY(qAbs(contrastRatio(Qt::black, Qt::white) - 21.0) < 1e-9);
    QVERIFY(qAbs(contrastRatio(Qt::gray, Qt::gray) - 1.0) < 1e-9);
    const QPalette dark = darkPalette();
    const QPalette light = lightPalette();
    QVERIFY(isDark(dark));
    QVERIFY(!isDark(light));
    const QColor blue = phaseColor(Phase::Deployment);
    QVERIFY(contrastRatio(blue, dark.color(QPalette::Base)) < 4.5); // the problem being solved
    for (Phase phase :
         {Phase::Development, Phase::Nas, Phase::Training, Phase::Deployment, Phase::Edge, Phase::Disposal}) {
        const QColor c = phaseColor(phase);
        const QColor tint = readableOn(c, dark);
        QVERIFY(contrastRatio(tint, dark.color(QPalette::Base)) >= 4.5);
        QVERIFY(qAbs(tint.hslHue() - c.hslHue()) <= 3); // the same hue, lighter
        QCOMPARE(readableOn(c, light), c);              // untouched on light
    }
}

void TestTheme::tileChangesStayGreenAndReadable()
{
    MainWindow w;
    Diagnostics d;
    const auto preset = loadComparisonPreset("quantize-and-meet-rebound", w.document()->catalog(), d);
    QVERIFY(preset);
    w.document()->reset(*preset);
    w.document()->selectVariant(0); // INT8 at fixed demand: less carbon than the baseline
    w.document()->flush();
    QLabel *carbon = w.dashboard()->tiles()->findChildren<QLabel *>(QStringLiteral("changeFromBaseline")).value(0);
    QVERIFY(carbon);
    QVERIFY(carbon->text().startsWith(QLatin1Char('-')));
    const auto green = [&] {
        const QColor c = carbon->palette().color(QPalette::WindowText);
        return c.green() > c.red() + 40 && c.green() > c.blue();
    };
    choose(w, "light");
    QVERIFY(green());
    QVERIFY(contrastRatio(carbon->palette().color(QPalette::WindowText), Qt::white) >= 4.5);
    choose(w, "dark");
    QVERIFY(green());
    QVERIFY(contrastRatio(carbon->palette().color(QPalette::WindowText), darkPalette().color(QPalette::Base)) >= 4.5);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
