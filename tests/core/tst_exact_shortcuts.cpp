// The shortcuts evaluate() takes for speed (docs/performance.md) give the plain computation's
// numbers: retraining events counted by hand per month, the timeline's totals equal to the
// month-by-month sums bit for bit, a remembered schedule never answers a different job, and the
// edge adoption's recurrence stays within its bound of the logistic.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria.h"
#include "evaluate.h"
#include "scenario_io.h"
#include "schedule.h"
#include "totals_only.h"

#include "random_scenarios.h"

#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using namespace mlimpact;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

constexpr int kTraining = static_cast<int>(Phase::Training);

bool near(double a, double b, double rel = 1e-12)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

/// Training alone, retrained `perYear` times a year at half a run each, on a grid without trend.
Scenario retraining(double perYear, double years)
{
    Scenario s;
    s.development.enabled = false;
    s.deployment.enabled = false;
    s.disposal.enabled = false;
    s.system.service_years = years;
    s.training.retrains_per_year = perYear;
    s.training.retrain_fraction = 0.5;
    s.trends.grid_decarbonization_per_year = 0;
    return s;
}

bool sameBits(const Impacts &a, const Impacts &b)
{
    return a.energy_kwh == b.energy_kwh && a.operational_kgco2e == b.operational_kgco2e &&
           a.embodied_kgco2e == b.embodied_kgco2e && a.water_onsite_l == b.water_onsite_l &&
           a.water_offsite_l == b.water_offsite_l && a.water_manufacturing_l == b.water_manufacturing_l &&
           a.ewaste_kg == b.ewaste_kg && a.ewaste_unrecycled_kg == b.ewaste_unrecycled_kg;
}

/// The same additions as Impacts::operator+=, written out here so the test does not use the code it checks.
void addTo(Impacts &sum, const Impacts &i)
{
    sum.energy_kwh += i.energy_kwh;
    sum.operational_kgco2e += i.operational_kgco2e;
    sum.embodied_kgco2e += i.embodied_kgco2e;
    sum.water_onsite_l += i.water_onsite_l;
    sum.water_offsite_l += i.water_offsite_l;
    sum.water_manufacturing_l += i.water_manufacturing_l;
    sum.ewaste_kg += i.ewaste_kg;
    sum.ewaste_unrecycled_kg += i.ewaste_unrecycled_kg;
}

/// A flat profile with four clean hours (factor 0.5) from `from`.
HourlyFactors cleanHoursFrom(int from)
{
    HourlyFactors f;
    f.fill(1.0);
    for (int h = from; h < from + 4; ++h)
        f[static_cast<std::size_t>(h % 24)] = 0.5;
    return f;
}

} // namespace

class TestExactShortcuts : public QObject
{
    Q_OBJECT
private slots:
    void retrainingEventsPerMonth_data();
    void retrainingEventsPerMonth();
    void timelineTotalsAreTheMonthlySums();
    void rememberedScheduleAnswersOnlyItsJob();
    void adoptionRecurrenceStaysOnTheLogistic_data();
    void adoptionRecurrenceStaysOnTheLogistic();
    void breakEvenSolvedOnItsLine();
    void totalsOnlyAreTheFullTotals();
};

void TestExactShortcuts::retrainingEventsPerMonth_data()
{
    QTest::addColumn<double>("perYear");
    QTest::addColumn<double>("years");
    QTest::addColumn<std::vector<double>>("events"); // retraining events (in runs of the cadence) per month
    // Event k falls in month floor((k + 0.5) / perYear x 12); the last one is the partial rest.
    QTest::newRow("monthly") << 12.0 << 1.0 << std::vector<double>(12, 1.0);
    // Daily: the months of a 365-day year, 365/12 days long, starting at day 0.
    QTest::newRow("daily") << 365.0 << 1.0 << std::vector<double>{30, 31, 30, 31, 30, 30, 31, 30, 31, 30, 31, 30};
    // Weekly over three years: 52/12 = 4.33 a month, so every third month holds a fifth.
    std::vector<double> weekly;
    for (int m = 0; m < 36; ++m)
        weekly.push_back(m % 3 == 1 ? 5 : 4);
    QTest::newRow("weekly, 3 years") << 52.0 << 3.0 << weekly;
    // Hourly for half a year: 730 a month exactly.
    QTest::newRow("hourly, half a year") << 8760.0 << 0.5 << std::vector<double>(6, 730.0);
    // 2.5 a year: months 2 (2.4) and 7 (7.2), then the half event at month 12, the last month's end.
    QTest::newRow("2.5 a year") << 2.5 << 1.0 << std::vector<double>{0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0.5};
    // Rare: 2e-9 of an event in two years, far beyond the last month, so counted in it.
    std::vector<double> rare(24, 0.0);
    rare.back() = 2e-9;
    QTest::newRow("rare") << 1e-9 << 2.0 << rare;
}

void TestExactShortcuts::retrainingEventsPerMonth()
{
    QFETCH(double, perYear);
    QFETCH(double, years);
    QFETCH(std::vector<double>, events);
    const Results r = evaluate(retraining(perYear, years), builtinCatalog());
    QCOMPARE(r.timeline.months, static_cast<int>(events.size()));
    const double perRun = r.phase(Phase::Training).energy_kwh / r.chain(Phase::Training).run_equivalents;
    for (int m = 0; m < r.timeline.months; ++m) {
        const double runs = (m == 0 ? 1.0 : 0.0) + 0.5 * events[static_cast<std::size_t>(m)];
        const double got = r.timeline.monthly[m][kTraining].energy_kwh;
        QVERIFY2(
            near(got, perRun * runs),
            qPrintable(
                QStringLiteral("month %1: %2 kWh, expected %3 runs of %4 kWh").arg(m).arg(got).arg(runs).arg(perRun)));
    }
}

void TestExactShortcuts::timelineTotalsAreTheMonthlySums()
{
    // The totals are summed phase by phase and then month by month in locals; they must equal
    // the plain sums in month order exactly, not just closely (the preset files compare at 1e-15).
    std::mt19937_64 rng(15);
    for (int i = 0; i < 300; ++i) {
        Scenario s = test::randomScenario(rng);
        s.system.service_years = 1 + i % 10;
        s.trends.edge_initial_share = 0.05 + (i % 7) * 0.15;
        s.refresh.interval_years = (i % 4) * 0.75;
        const Timeline t = evaluate(s, builtinCatalog()).timeline;
        std::array<Impacts, kPhaseCount> phases{};
        Impacts total;
        for (int m = 0; m < t.months; ++m) {
            for (int p = 0; p < kPhaseCount; ++p) {
                addTo(phases[static_cast<std::size_t>(p)], t.monthly[m][p]);
                addTo(total, t.monthly[m][p]);
            }
        }
        for (int p = 0; p < kPhaseCount; ++p)
            QVERIFY2(sameBits(t.phaseTotals[static_cast<std::size_t>(p)], phases[static_cast<std::size_t>(p)]),
                     qPrintable(QStringLiteral("scenario %1, phase %2").arg(i).arg(p)));
        QVERIFY2(sameBits(t.totals, total), qPrintable(QStringLiteral("scenario %1").arg(i)));
    }
}

void TestExactShortcuts::rememberedScheduleAnswersOnlyItsJob()
{
    // A 4-hour job ready at 0:00 with two days to run takes the four clean hours.
    const HourlyFactors early = cleanHoursFrom(2), late = cleanHoursFrom(20);
    const auto a = scheduleJob(early, 4, 0, 48, ScheduleMode::FlexibleStart);
    QCOMPARE(a.usedFactor, 0.5);
    QCOMPARE(a.intervals.front().first, 2.0);
    // Another profile, the same job: the remembered outcome must not be returned.
    const auto b = scheduleJob(late, 4, 0, 48, ScheduleMode::FlexibleStart);
    QCOMPARE(b.usedFactor, 0.5);
    QCOMPARE(b.intervals.front().first, 20.0);
    // Each other input changes the answer too.
    QCOMPARE(scheduleJob(early, 4, 1, 48, ScheduleMode::FlexibleStart).intervals.front().first, 1.0);
    QCOMPARE(scheduleJob(early, 4, 0, 48, ScheduleMode::RunNow).usedFactor, 0.75); // hours 0-3: 1, 1, 0.5, 0.5
    QCOMPARE(scheduleJob(early, 2, 0, 48, ScheduleMode::FlexibleStart).usedFactor, 0.5);
    QCOMPARE(scheduleJob(early, 8, 0, 48, ScheduleMode::FlexibleStart).usedFactor, 0.75); // 4 clean of 8
    QCOMPARE(scheduleJob(early, 4, 0, 5, ScheduleMode::FlexibleStart).usedFactor, 0.625); // offsets 0-1 only
    // And the first job again gives the first answer.
    const auto again = scheduleJob(early, 4, 0, 48, ScheduleMode::FlexibleStart);
    QCOMPARE(again.usedFactor, a.usedFactor);
    QCOMPARE(again.intervals, a.intervals);
}

void TestExactShortcuts::adoptionRecurrenceStaysOnTheLogistic_data()
{
    QTest::addColumn<double>("initialShare");
    QTest::addColumn<double>("adoptionYears");
    for (double share : {0.001, 0.1, 0.5, 0.9, 0.949})
        for (double years : {0.1, 2.0, 20.0})
            QTest::addRow("share %g over %g years", share, years) << share << years;
}

void TestExactShortcuts::adoptionRecurrenceStaysOnTheLogistic()
{
    // The fleet in service follows the logistic share month by month; the timeline multiplies
    // exp(-k t) by exp(-k / 12) within each year instead of calling exp (docs/performance.md).
    // Over 30 years, the longest service life, every month must stay within 5e-15 of the closed
    // form: the recurrence's bound is 2.7e-15, the fleet's own addition and this test's
    // exp() about 1e-15 more. (The logistic damps the drift: a share near 1 hardly moves with
    // exp(-k t), so even an unanchored recurrence passes; the yearly anchor is what makes the
    // bound hold by construction. This catches a wrong factor or month.)
    QFETCH(double, initialShare);
    QFETCH(double, adoptionYears);
    Scenario s;
    s.development.enabled = false;
    s.training.enabled = false;
    s.deployment.enabled = false;
    s.edge.enabled = true;
    s.edge.devices = 1e6;
    s.edge.lifetime_years = 50; // no replacement within the service life: the fleet is the share
    s.system.service_years = 30;
    s.trends.edge_initial_share = initialShare;
    s.trends.edge_adoption_years = adoptionYears;
    const Timeline t = evaluate(s, builtinCatalog()).timeline;
    QCOMPARE(t.months, 360);
    // The logistic through the initial share reaching 95% after the adoption time, by hand.
    const double c = (1 - initialShare) / initialShare;
    const double k = std::log(19 * c) / adoptionYears;
    for (int m = 0; m < t.months; ++m) {
        const double expected = 1e6 / (1 + c * std::exp(-k * m / 12.0));
        const double got = t.edgeDevicesInService[static_cast<std::size_t>(m)];
        QVERIFY2(near(got, expected, 5e-15), qPrintable(QStringLiteral("month %1: %2 devices, expected %3")
                                                            .arg(m)
                                                            .arg(got, 0, 'g', 17)
                                                            .arg(expected, 0, 'g', 17)));
    }
}

void TestExactShortcuts::breakEvenSolvedOnItsLine()
{
    // Savings that never decrease are solved on the line of the year they reach the cost in,
    // not by halving (docs/performance.md): at the time found, the cumulative saving must be the
    // net cost, and a millionth earlier (or a day, whichever is less) it must still fall short.
    std::mt19937_64 rng(16);
    int solved = 0, beyond = 0;
    for (int i = 0; i < 2000; ++i) {
        Scenario s = test::randomScenario(rng);
        s.system.service_years = 0.25 + (i % 12) * 2.5;
        for (const BreakEven &b : evaluate(s, builtinCatalog()).breakEvens) {
            const double net = b.one_off_kgco2e - b.one_time_saving_kgco2e;
            if (net <= 0 || b.deployment_saving_kgco2e < 0 || b.edge_saving_kgco2e < 0 ||
                b.days_to_break_even > 1000 * 365.0) // beyond: the cumulative sum itself cancels
                continue;
            const double years = b.days_to_break_even / 365.0;
            const double saved = breakEvenSavedBy(b, s, years) - b.one_time_saving_kgco2e;
            QVERIFY2(near(saved, net, 1e-12),
                     qPrintable(QStringLiteral("scenario %1, %2: %3 saved after %4 years, cost %5")
                                    .arg(i)
                                    .arg(QString::fromStdString(b.id))
                                    .arg(saved, 0, 'g', 17)
                                    .arg(years, 0, 'g', 17)
                                    .arg(net, 0, 'g', 17)));
            const double earlier = years - std::min(years * 1e-6, 1.0 / 365.0);
            QVERIFY2(
                breakEvenSavedBy(b, s, earlier) - b.one_time_saving_kgco2e < net,
                qPrintable(QStringLiteral("scenario %1: paid back before %2 years").arg(i).arg(years, 0, 'g', 17)));
            ++solved;
            beyond += years > s.system.service_years ? 1 : 0;
        }
    }
    // Both branches must have been exercised: within the service life and after it.
    QVERIFY2(solved > 100 && beyond > 10, qPrintable(QStringLiteral("%1 solved, %2 beyond").arg(solved).arg(beyond)));
}

void TestExactShortcuts::totalsOnlyAreTheFullTotals()
{
    // A variant's baseline and the sensitivity samples skip break-even, the timeline and the
    // missing-value records: the totals must be those of the full evaluation, bit for bit.
    const Catalog &catalog = builtinCatalog();
    std::vector<Scenario> scenarios;
    for (const std::string &id : presetIds()) {
        Diagnostics d;
        scenarios.push_back(*loadPreset(id, catalog, d));
    }
    std::mt19937_64 rng(17);
    for (int i = 0; i < 300; ++i)
        scenarios.push_back(test::randomScenario(rng));
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const CriterionValues full = criterionTotals(evaluate(scenarios[i], catalog));
        const CriterionValues only = evaluateCriterionTotals(scenarios[i], catalog);
        for (std::size_t c = 0; c < full.size(); ++c)
            QVERIFY2(full[c] == only[c] || (std::isnan(full[c]) && std::isnan(only[c])),
                     qPrintable(QStringLiteral("scenario %1, criterion %2: %3 and %4")
                                    .arg(i)
                                    .arg(c)
                                    .arg(full[c], 0, 'g', 17)
                                    .arg(only[c], 0, 'g', 17)));
    }
}

QTEST_APPLESS_MAIN(TestExactShortcuts)
#include "tst_exact_shortcuts.moc"
