// The window's uncertainty views: the tornado chart ranks inputs per criterion from core's
// Analyses; with View > Uncertainty Bands on, a Monte Carlo runs off the UI thread after every
// edit and its 90% intervals reach the KPI tiles, the life-cycle and the timeline chart.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"
#include "kpi_tiles.h"
#include "main_window.h"
#include "parameter_registry.h"
#include "scenario_document.h"
#include "scenario_io.h"
#include "timeline_chart.h"
#include "tornado_chart.h"
#include "uncertainty_bands.h"
#include "uncertainty_runner.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace mlimpact;
using namespace mlimpact::ui;

class TestUncertaintyWindow : public QObject
{
    Q_OBJECT
private slots:
    void tornadoFollowsTheCriterion()
    {
        MainWindow w;
        Diagnostics d;
        w.document()->reset(*loadPreset("llm-chat-service", w.document()->catalog(), d));
        w.document()->flush();
        auto *chart = qobject_cast<TornadoChart *>(w.dashboard()->chart(QStringLiteral("tornado")));
        QVERIFY(chart);
        QVERIFY(!chart->shownInputs().isEmpty());
        QVERIFY(chart->shownInputs().size() <= 10);
        // The bars are core's ranking for the criterion picked.
        const Tornado &t = w.document()->analyses().tornado;
        for (int i = 0; i < chart->criterionPicker()->count(); ++i) {
            chart->criterionPicker()->setCurrentIndex(i);
            const auto c = static_cast<Criterion>(chart->criterionPicker()->currentData().toInt());
            const auto order = t.ranking(c);
            QVERIFY(!order.empty() || chart->shownInputs().isEmpty());
            if (!order.empty())
                QCOMPARE(chart->shownInputs().first(),
                         QString::fromStdString(t.inputs[t.bars[order.front()].input].parameter->path));
        }
        QVERIFY(!chart->takeaway().isEmpty());
    }

    void bandsFollowEdits()
    {
        MainWindow w;
        UncertaintyBands *bands = w.uncertaintyBands();
        QVERIFY(bands);
        QSignalSpy finished(bands->runner(), &UncertaintyRunner::finished);
        bands->setEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 20000);
        QVERIFY(w.dashboard()->tiles()->bandText(0).startsWith(QStringLiteral("90%: ")));
        auto *timeline = qobject_cast<TimelineChart *>(w.dashboard()->chart(QStringLiteral("timeline")));
        const auto [low, high] = timeline->finalBand();
        const double point = w.document()->results().timeline.totals.carbon_kgco2e();
        QVERIFY2(low <= point && point <= high, qPrintable(QStringLiteral("%1 %2 %3").arg(low).arg(point).arg(high)));
        // An edit restarts the run; the new bands are those of the edited scenario.
        const auto before = bands->runner()->result();
        const Parameter *queries = findParameter("deployment.queries_per_day");
        QVERIFY(w.document()->setValue(*queries, 10 * w.document()->scenario().deployment.queries_per_day).empty());
        w.document()->flush();
        QTRY_VERIFY_WITH_TIMEOUT(bands->runner()->result() != before && !bands->runner()->isRunning(), 20000);
        QVERIFY(bands->runner()->result()->total(Criterion::Energy).p50 > before->total(Criterion::Energy).p50);
        // Off: the intervals go away.
        bands->setEnabled(false);
        QCOMPARE(w.dashboard()->tiles()->bandText(0), QString());
        QCOMPARE(timeline->finalBand().second, 0.0);
    }
};

QTEST_MAIN(TestUncertaintyWindow)
#include "tst_uncertainty_window.moc"
