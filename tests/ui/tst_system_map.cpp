// The systems map view: its layout places every node core's map has; it says core's takeaway;
// an edge's tooltip gives its formula and source; the rebound loop is highlighted by default
// when demand answers; clicking a node in the window opens its parameter in the dock; in a
// comparison the nodes carry the change from the baseline.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"
#include "main_window.h"
#include "parameter_editor.h"
#include "plot_widget.h"
#include "scenario_document.h"
#include "scenario_io.h"
#include "scenario_panel.h"
#include "system_graph.h"
#include "system_map_chart.h"
#include "system_map_layout.h"
#include "test_support.h"
#include "variants_io.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolBox>

#include <algorithm>
#include <set>

using namespace mlimpact;
using namespace mlimpact::ui;

namespace {

Scenario preset(const std::string &id)
{
    Diagnostics d;
    return *loadPreset(id, builtinCatalog(), d);
}

SystemMapChart *systemChart(const Dashboard *dashboard)
{
    return qobject_cast<SystemMapChart *>(dashboard->chart(QStringLiteral("system")));
}

} // namespace

class TestSystemMap : public QObject
{
    Q_OBJECT
private slots:
    void layoutPlacesEveryNode();
    void saysCoreTakeawayAndFormulas();
    void clickOpensParameterInDock();
    void comparisonColoursByChange();
};

void TestSystemMap::layoutPlacesEveryNode()
{
    std::set<std::string> core, placed;
    for (const auto &n : systemNodes(Scenario{}, Results{}))
        core.insert(n.id);
    for (const auto &p : systemMapLayout()) {
        placed.insert(std::string(p.id));
        QVERIFY(p.x >= 0 && p.x <= 100 && p.y >= 0 && p.y <= 100);
    }
    QCOMPARE(placed, core);
}

void TestSystemMap::saysCoreTakeawayAndFormulas()
{
    ScenarioDocument document;
    document.reset(preset("llm-chat-service"));
    document.flush();
    Dashboard dashboard(&document);
    dashboard.resize(1600, 1000);
    dashboard.replotAll();
    SystemMapChart *chart = systemChart(&dashboard);
    QVERIFY(chart);
    QCOMPARE(chart->takeaway(), QString::fromStdString(document.insights().chart("system")->takeaway));
    // The LLM preset's demand answers the cost of a query (elasticity 0.4): the rebound is shown.
    QCOMPARE(chart->highlightedLoop(), QStringLiteral("rebound"));
    const QString tip = chart->edgeTooltip(QStringLiteral("cost_per_query"), QStringLiteral("demand"));
    QVERIFY2(tip.contains(QStringLiteral("r^(−e)")) && tip.contains(QStringLiteral("§11")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("−0.4")), qPrintable(tip));
    chart->highlightLoop(QStringLiteral("use_costs_twice"));
    QCOMPARE(chart->highlightedLoop(), QStringLiteral("use_costs_twice"));
    QVERIFY(!chart->nodeRect(QStringLiteral("demand")).isEmpty());
}

void TestSystemMap::clickOpensParameterInDock()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.document()->reset(preset("recommender-system"));
    window.document()->flush();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.dashboard()->replotAll();
    SystemMapChart *chart = systemChart(window.dashboard());
    QVERIFY(chart);
    QSignalSpy spy(chart, &ChartView::parameterRequested);
    const QRect box = chart->nodeRect(QStringLiteral("demand"));
    QVERIFY(!box.isEmpty());
    QTest::mouseClick(chart->plot(), Qt::LeftButton, {}, box.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.front().front().toString(), QStringLiteral("deployment.queries_per_day"));
    ParameterEditor *editor = window.scenarioPanel()->editor("deployment.queries_per_day");
    QVERIFY(editor);
    QVERIFY(window.scenarioPanel()->sections()->currentWidget()->isAncestorOf(editor));
}

void TestSystemMap::comparisonColoursByChange()
{
    Diagnostics d;
    const auto doc = loadComparisonPreset("quantize-and-meet-rebound", builtinCatalog(), d);
    QVERIFY(doc);
    ScenarioDocument document;
    document.reset(*doc);
    document.flush();
    const SystemGraph &g = document.analyses().system;
    QCOMPARE(g.comparedVariant, doc->variants.front().name);
    QVERIFY(g.node("carbon")->change.has_value());
    Dashboard dashboard(&document);
    dashboard.resize(1600, 1000);
    dashboard.replotAll();
    QVERIFY(systemChart(&dashboard)->takeaway().contains(QString::fromStdString(g.comparedVariant)));
    // The counts in the takeaway are of the quantities that have a change (a node not in the
    // scenario has none, and is neither up nor down).
    int down = 0;
    for (const auto &n : g.nodes)
        down += n.change && *n.change < -0.005 ? 1 : 0;
    const auto *insight = document.insights().chart("system");
    QVERIFY(insight);
    const auto it = std::find_if(insight->numbers.begin(), insight->numbers.end(),
                                 [](const auto &x) { return x.name == "quantities_down"; });
    QVERIFY(it != insight->numbers.end());
    QCOMPARE(static_cast<int>(it->value), down);
}

QTEST_MAIN(TestSystemMap)
#include "tst_system_map.moc"
