// Offscreen tests of the first window: it opens on the default preset, its
// chart shows the evaluated shares, and a bad file leaves the scenario intact.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle_chart.h"
#include "main_window.h"
#include "plot_widget.h"
#include "test_support.h"

#include <QMenuBar>
#include <QTest>

#include <cmath>

using namespace mlimpact;
using namespace mlimpact::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensOnDefaultPreset();
    void chartShowsResults();
    void badFileKeepsScenario();
    void goodFileReplacesScenario();
};

void TestMainWindow::opensOnDefaultPreset()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.scenario().system.name, std::string("LLM chat service (train and serve)"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("LLM chat service")));
    QVERIFY(w.menuBar()->actions().size() >= 2);
    QVERIFY(w.results().totals.carbon_kgco2e() > 0);
}

void TestMainWindow::chartShowsResults()
{
    MainWindow w;
    const Results &r = w.results();
    const LifecycleChart *chart = w.lifecycleChart();
    const double carbon = r.totals.carbon_kgco2e();
    for (Phase p : kAllPhases) {
        QVERIFY(std::fabs(chart->shownShare(p, 0) - 100 * r.phase(p).energy_kwh / r.totals.energy_kwh) < 1e-9);
        QVERIFY(std::fabs(chart->shownShare(p, 1) - 100 * r.phase(p).operational_kgco2e / carbon) < 1e-9);
        QVERIFY(std::fabs(chart->shownShare(p, 2) - 100 * r.phase(p).embodied_kgco2e / carbon) < 1e-9);
    }
    // E-waste appears under the phase whose hardware retires.
    QVERIFY(std::fabs(chart->shownShare(Phase::Deployment, 4) -
                      100 * r.chain(Phase::Deployment).ewaste_source_kg / r.totals.ewaste_kg) < 1e-9);
    QCOMPARE(chart->shownShare(Phase::Disposal, 4), 0.0);
    double stacked = 0;
    for (Phase p : kAllPhases)
        stacked += chart->shownShare(p, 1) + chart->shownShare(p, 2);
    QVERIFY(std::fabs(stacked - 100) < 1e-9);
    // The chart renders to an image of the requested size.
    const QPixmap pixmap = chart->plot()->toPixmap(800, 500);
    QCOMPARE(pixmap.size(), QSize(800, 500));
}

void TestMainWindow::badFileKeepsScenario()
{
    MainWindow w;
    const Scenario before = w.scenario();
    const QStringList problems =
        w.loadFile(test::sourcePath(QStringLiteral("tests/data/malformed/negative-queries.json")));
    QVERIFY(!problems.isEmpty());
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("/deployment/queries_per_day")));
    QVERIFY(w.scenario() == before);
}

void TestMainWindow::goodFileReplacesScenario()
{
    MainWindow w;
    const QString path = test::sourcePath(QStringLiteral("tests/validation/patterson-gpt3.json"));
    QVERIFY(w.loadFile(path).isEmpty());
    QCOMPARE(w.scenario().system.name, std::string("Patterson 2021: GPT-3"));
    QVERIFY(std::fabs(w.results().totals.energy_kwh / 1287000 - 1) < 0.03);
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
