// Renders the real main window offscreen to a PNG, optionally with a given
// scenario-panel section open — for looking at the interface without a display.
// Usage: grab_window OUT.png [WIDTHxHEIGHT] [SECTION-INDEX] [PRESET] [CHART-ID] [presentation]
// PRESET may be a comparison preset; CHART-ID grabs that chart's focus window (View ▸ Focus Chart)
// instead of the main window; "presentation" switches the presentation theme on first.
// MLIMPACT_GRAB_THEME=light or dark chooses View ▸ Theme; LANGUAGE=de shows the German window.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_theme.h"
#include "app_translation.h"
#include "chart_focus.h"
#include "chart_view.h"
#include "main_window.h"
#include "scenario_document.h"
#include "scenario_io.h"
#include "scenario_panel.h"
#include "variants_io.h"

#include <QAction>

#include <QApplication>
#include <QTest>
#include <QToolBox>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: grab_window OUT.png [WIDTHxHEIGHT] [SECTION-INDEX] [PRESET]\n");
        return 2;
    }
    QSize size(1600, 1000);
    if (argc > 2) {
        const QStringList wh = QString::fromLocal8Bit(argv[2]).split(QLatin1Char('x'));
        if (wh.size() == 2)
            size = QSize(wh[0].toInt(), wh[1].toInt());
    }
    // MLIMPACT_GRAB_THEME=light|dark: View ▸ Theme, without touching the saved choice.
    if (qEnvironmentVariableIsSet("MLIMPACT_GRAB_THEME"))
        mlimpact::ui::applyTheme(mlimpact::ui::themeFromKey(qEnvironmentVariable("MLIMPACT_GRAB_THEME")));
    // The window's language, as main() picks it: LANGUAGE=de (or LC_ALL=de_DE.UTF-8) for German.
    mlimpact::ui::installTranslations(QLocale::system());
    mlimpact::ui::MainWindow window;
    if (argc > 4) {
        mlimpact::Diagnostics d;
        if (auto preset = mlimpact::loadPreset(argv[4], window.document()->catalog(), d))
            window.document()->reset(*preset);
        else if (auto document = mlimpact::loadComparisonPreset(argv[4], window.document()->catalog(), d))
            window.document()->reset(*document);
    }
    // MLIMPACT_GRAB_VARIANT=N: show variant N of a comparison (its change from the baseline).
    if (qEnvironmentVariableIsSet("MLIMPACT_GRAB_VARIANT"))
        window.document()->selectVariant(qEnvironmentVariableIntValue("MLIMPACT_GRAB_VARIANT"));
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    if (argc > 3)
        window.scenarioPanel()->sections()->setCurrentIndex(QString::fromLocal8Bit(argv[3]).toInt());
    if (argc > 6 && QString::fromLocal8Bit(argv[6]) == QLatin1String("presentation")) {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QStringLiteral("Shift+F11")))
                action->setChecked(true);
        }
    }
    window.document()->flush();
    QTest::qWait(200);
    if (argc > 5 && argv[5][0] != '\0') { // "" grabs the main window
        mlimpact::ui::ChartFocusWindow *focus = window.chartFocus()->focus(QString::fromLocal8Bit(argv[5]));
        if (!focus)
            return 1;
        focus->resize(size);
        QTest::qWait(300);
        return focus->chart()->grab().save(QString::fromLocal8Bit(argv[1])) ? 0 : 1;
    }
    return window.grab().save(QString::fromLocal8Bit(argv[1])) ? 0 : 1;
}
