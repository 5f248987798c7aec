// The window's uncertainty views: the tornado chart ranks inputs per criterion from core's
// Analyses; with View > Uncertainty Bands on, a Monte Carlo runs off the UI thread after every
// edit and its 90% intervals reach the KPI tiles, the life-cycle and the timeline chart.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"
#include "kpi_tiles.h"
#include "main_window.h"
#include "parameter_registry.h"
#include "plot_widget.h"
#include "scenario_document.h"
#include "scenario_io.h"
#include "timeline_chart.h"
#include "tornado_chart.h"
#include "uncertainty_bands.h"
#include "uncertainty_runner.h"
#include "variants_io.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

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

    void bandsFollowTheVariantShown()
    {
        // Showing a variant restarts the run on that variant: its bands hold its own point estimate.
        MainWindow w;
        Diagnostics d;
        w.document()->reset(*loadComparisonPreset("pruning-for-the-gpu", w.document()->catalog(), d));
        w.document()->flush();
        UncertaintyBands *bands = w.uncertaintyBands();
        bands->setEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(bands->runner()->result() && !bands->runner()->isRunning(), 20000);
        const auto baseline = bands->runner()->result();
        for (int v = 0; v < static_cast<int>(w.document()->variantDocument().variants.size()); ++v) {
            const auto before = bands->runner()->result();
            w.document()->selectVariant(v);
            w.document()->flush();
            QTRY_VERIFY_WITH_TIMEOUT(bands->runner()->result() != before && !bands->runner()->isRunning(), 20000);
            const auto shown = bands->runner()->result();
            const double point = w.document()->results().totals.carbon_kgco2e();
            QCOMPARE(shown->point[static_cast<int>(Criterion::Carbon)], point);
            QVERIFY(shown->total(Criterion::Carbon).contains(point));
        }
        QVERIFY(bands->runner()->result()->point != baseline->point);
    }

    void bandsSampleTheFilesRanges()
    {
        // The document's "uncertainty" section (from its file) is what the window's Monte Carlo samples.
        MainWindow w;
        Diagnostics d;
        VariantDocument doc{*loadPreset("llm-chat-service", w.document()->catalog(), d), {}};
        const double queries = doc.baseline.deployment.queries_per_day;
        doc.uncertainty.ranges.push_back({"deployment.queries_per_day", queries, queries, std::nullopt}); // held
        w.document()->reset(doc);
        w.document()->flush();
        UncertaintyBands *bands = w.uncertaintyBands();
        bands->setEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(bands->runner()->result() && !bands->runner()->isRunning(), 20000);
        const auto &inputs = bands->runner()->result()->inputs;
        const auto held = std::find_if(inputs.begin(), inputs.end(), [](const UncertainInput &in) {
            return in.parameter->path == "deployment.queries_per_day";
        });
        QVERIFY(held != inputs.end());
        QCOMPARE(held->low, queries);
        QCOMPARE(held->high, queries);
        QCOMPARE(w.document()->variantDocument().uncertainty, doc.uncertainty);
        // Saved and opened again, the section is still there.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ranges.json"));
        QVERIFY(w.document()->save(path).empty());
        ScenarioDocument reopened;
        QVERIFY(reopened.load(path).empty());
        QCOMPARE(reopened.variantDocument().uncertainty, doc.uncertainty);
    }

    void timelineAxisHoldsTheBand()
    {
        // The LLM preset's p95 is two orders above its point estimate: the axis must reach it and
        // still show the stack (it was clipped at 3x the point estimate, the band running off the top).
        MainWindow w;
        Diagnostics d;
        w.document()->reset(*loadPreset("llm-chat-service", w.document()->catalog(), d));
        w.document()->flush();
        UncertaintyBands *bands = w.uncertaintyBands();
        QSignalSpy finished(bands->runner(), &UncertaintyRunner::finished);
        bands->setEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1 && !bands->runner()->isRunning(), 20000);
        auto *timeline = qobject_cast<TimelineChart *>(w.dashboard()->chart(QStringLiteral("timeline")));
        QCustomPlot *p = timeline->plot();
        const QCPGraph *high = nullptr;
        for (int i = 0; i < p->graphCount(); ++i)
            if (p->graph(i)->name().startsWith(QStringLiteral("90%")))
                high = p->graph(i);
        QVERIFY(high && high->dataCount() > 0);
        const QCPRange range = p->yAxis->range();
        const double bandTop = high->data()->at(high->dataCount() - 1)->value;
        const double stackTop = timeline->finalStackedValue(Phase::Disposal);
        QVERIFY2(bandTop > 10 * stackTop, "the case this test is about: a p95 far above the point estimate");
        QVERIFY2(bandTop <= range.upper, qPrintable(QStringLiteral("%1 > %2").arg(bandTop).arg(range.upper)));
        // The stack is not a line on the floor: on the log axis its top sits well inside the range.
        QCOMPARE(p->yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(stackTop > range.lower && stackTop < range.upper);
        QVERIFY(std::log(stackTop / range.lower) > 0.2 * std::log(range.upper / range.lower));
        // Bands off: the linear axis of the stack alone comes back.
        bands->setEnabled(false);
        QCOMPARE(p->yAxis->scaleType(), QCPAxis::stLinear);
        QCOMPARE(p->yAxis->range().lower, 0.0);
    }
};

QTEST_MAIN(TestUncertaintyWindow)
#include "tst_uncertainty_window.moc"
