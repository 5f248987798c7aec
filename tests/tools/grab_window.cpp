// Renders the real main window offscreen to a PNG, optionally with a given
// scenario-panel section open — for looking at the interface without a display.
// Usage: grab_window OUT.png [WIDTHxHEIGHT] [SECTION-INDEX] [PRESET]
// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"
#include "scenario_document.h"
#include "scenario_io.h"
#include "scenario_panel.h"

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
    mlimpact::ui::MainWindow window;
    if (argc > 4) {
        mlimpact::Diagnostics d;
        if (auto preset = mlimpact::loadPreset(argv[4], window.document()->catalog(), d))
            window.document()->reset(*preset);
    }
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    if (argc > 3)
        window.scenarioPanel()->sections()->setCurrentIndex(QString::fromLocal8Bit(argv[3]).toInt());
    QTest::qWait(200);
    return window.grab().save(QString::fromLocal8Bit(argv[1])) ? 0 : 1;
}
