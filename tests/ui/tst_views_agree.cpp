// The views tell one story: e-waste sits in the same phase in the results, the text and
// JSON reports, the timeline, the life-cycle chart, the timeline chart and the tiles
// (docs/model.md §7); a figure that counts an unpublished value as 0 wears a badge that
// names it; the time-place chart says when a region has no hourly data.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"
#include "format.h"
#include "kpi_tiles.h"
#include "lifecycle_chart.h"
#include "missing_data_badge.h"
#include "report.h"
#include "scenario_document.h"
#include "scenario_io.h"
#include "time_place_chart.h"
#include "timeline_chart.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace mlimpact;
using namespace mlimpact::ui;

namespace {

Scenario preset(const std::string &id)
{
    Diagnostics d;
    return *loadPreset(id, builtinCatalog(), d);
}

/// A document showing `scenario` on a dashboard.
struct Shown
{
    ScenarioDocument document;
    Dashboard dashboard{&document};
    explicit Shown(const Scenario &scenario)
    {
        document.reset(scenario);
        dashboard.resize(1600, 1000);
        dashboard.replotAll();
    }
    template <class T> T *chart(const char *id) const
    {
        return static_cast<T *>(dashboard.chart(QString::fromLatin1(id)));
    }
};

/// The text report's e-waste cell for a phase (the last column of its row).
QString textReportEwaste(const std::string &report, Phase phase)
{
    for (const QString &line : QString::fromStdString(report).split(QLatin1Char('\n'))) {
        if (line.startsWith(QString::fromUtf8(phaseLabel(phase).data()) + QLatin1Char(' '))) {
            const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            return cells.size() >= 2 ? cells[cells.size() - 2] + QLatin1Char(' ') + cells.last() : QString();
        }
    }
    return {};
}

bool near(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

} // namespace

class TestViewsAgree : public QObject
{
    Q_OBJECT
private slots:
    void ewasteSitsInOnePhaseEverywhere_data();
    void ewasteSitsInOnePhaseEverywhere();
    void badgesNameTheMissingValues();
    void timePlaceSaysNoHourlyData();
};

void TestViewsAgree::ewasteSitsInOnePhaseEverywhere_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<bool>("disposal");
    for (const auto &id : presetIds())
        QTest::newRow(id.c_str()) << QString::fromStdString(id) << true;
    QTest::newRow("phones, disposal excluded") << QStringLiteral("edge-vision-phones") << false;
}

void TestViewsAgree::ewasteSitsInOnePhaseEverywhere()
{
    QFETCH(QString, preset);
    QFETCH(bool, disposal);
    Scenario s = ::preset(preset.toStdString());
    s.disposal.enabled = disposal;
    const Shown shown(s);
    const Results &r = shown.document.results();
    const double total = r.totals.ewaste_kg;
    QCOMPARE(total > 0, disposal);

    const QJsonObject phases =
        QJsonDocument::fromJson(QByteArray::fromStdString(reportJson(s, r, shown.document.insights())))
            .object()[QStringLiteral("phases")]
            .toObject();
    const std::string text = reportText(s, r, shown.document.insights());
    auto *lifecycle = shown.chart<LifecycleChart>("lifecycle");
    auto *timelineChart = shown.chart<TimelineChart>("timeline");
    timelineChart->criterionPicker()->setCurrentIndex(3); // e-waste
    const double stackTop = timelineChart->finalStackedValue(Phase::Disposal);
    double below = 0;
    for (Phase p : kAllPhases) {
        const std::string key(phaseKey(p));
        // The rule: all of it in disposal, none anywhere else.
        const double kg = p == Phase::Disposal ? total : 0.0;
        QVERIFY2(near(r.phase(p).ewaste_kg, kg), key.c_str());
        QVERIFY2(near(phases[QString::fromStdString(key)][QStringLiteral("ewaste_kg")].toDouble(), kg), key.c_str());
        if (r.chain(p).enabled)
            QCOMPARE(textReportEwaste(text, p), QString::fromStdString(formatQuantity(kg, Quantity::MassKg)));
        const double share = total > 0 ? kg / total : 0.0;
        const double timelineTotal = r.timeline.totals.ewaste_kg;
        QVERIFY2(
            near(timelineTotal > 0 ? r.timeline.phaseTotals[static_cast<int>(p)].ewaste_kg / timelineTotal : 0, share),
            key.c_str());
        QVERIFY2(std::fabs(lifecycle->shownShare(p, 4) - 100 * share) < 1e-9, key.c_str());
        const double top = timelineChart->finalStackedValue(p);
        QVERIFY2(std::fabs((stackTop > 0 ? (top - below) / stackTop : 0) - share) < 1e-9, key.c_str());
        below = top;
    }
    QCOMPARE(shown.dashboard.tiles()->valueText(3), QString::fromStdString(formatQuantity(total, Quantity::MassKg)));
}

void TestViewsAgree::badgesNameTheMissingValues()
{
    Scenario s = preset("llm-chat-service");
    {
        // Every value published: no badge anywhere.
        const Shown shown(s);
        for (int tile = 0; tile < 6; ++tile)
            QVERIFY(!shown.dashboard.tiles()->badge(tile)->isVisibleTo(&shown.dashboard));
        for (auto *c : shown.dashboard.charts())
            QVERIFY2(!c->missingDataBadge()->isVisibleTo(&shown.dashboard), qPrintable(c->chartId()));
    }
    s.deployment.site.hardware = "nvidia-l4";
    const Shown shown(s);
    const MissingDataBadge *water = shown.dashboard.tiles()->badge(2);
    QVERIFY(water->isVisibleTo(&shown.dashboard));
    QCOMPARE(water->count(), 1);
    QVERIFY2(water->toolTip().contains(QStringLiteral("Manufacturing water of NVIDIA L4")),
             qPrintable(water->toolTip()));
    QVERIFY(!shown.dashboard.tiles()->badge(0)->isVisibleTo(&shown.dashboard)); // carbon is complete
    QVERIFY(shown.chart<LifecycleChart>("lifecycle")->missingDataBadge()->isVisibleTo(&shown.dashboard));
    QVERIFY(!shown.chart<TimePlaceChart>("time-place")->missingDataBadge()->isVisibleTo(&shown.dashboard));
}

void TestViewsAgree::timePlaceSaysNoHourlyData()
{
    const Shown germany(preset("academic-research"));
    auto *chart = germany.chart<TimePlaceChart>("time-place");
    QVERIFY(!chart->showsHourlyProfile()); // no flat line pretending to be data
    QVERIFY2(chart->hoursNotice().simplified().startsWith(QStringLiteral("No hourly data for Germany")),
             qPrintable(chart->hoursNotice()));
    QVERIFY(chart->placeSavingLabel().startsWith(QStringLiteral("Moving to")));

    const Shown california(preset("llm-chat-service"));
    chart = california.chart<TimePlaceChart>("time-place");
    QVERIFY(chart->showsHourlyProfile());
    QVERIFY(chart->hoursNotice().isEmpty());
    QVERIFY2(chart->timeSavingLabel().startsWith(QStringLiteral("Shifting in time saves")),
             qPrintable(chart->timeSavingLabel()));
}

QTEST_MAIN(TestViewsAgree)
#include "tst_views_agree.moc"
