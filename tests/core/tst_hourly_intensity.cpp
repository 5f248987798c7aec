// A year of hourly carbon intensity: the importer's three layouts and its errors, the user catalog it
// writes, and scheduling over days on the hour-of-year series (hand-computed cases).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "evaluate.h"
#include "intensity_import.h"
#include "schedule.h"
#include "test_support.h"

#include <QTest>

#include <cmath>
#include <cstdio>
#include <string>

using namespace mlimpact;

namespace {

/// "2023-01-01 05:00:00" style time of an hour of `year` (hours counted from 1 January 00:00).
std::string timeOf(int year, int hour, char separator = ' ', const char *zone = "")
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = year % 4 == 0;
    int day = hour / 24, month = 0;
    while (day >= kDays[month] + (month == 1 && leap ? 1 : 0)) {
        day -= kDays[month] + (month == 1 && leap ? 1 : 0);
        ++month;
    }
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d%c%02d:00:00%s", year, month + 1, day + 1, separator, hour % 24,
                  zone);
    return text;
}

/// The value of hour h in the generated files: 100 + (h mod 24), so each day repeats 100..123.
double valueOf(int hour)
{
    return 100.0 + hour % 24;
}

std::string electricityMapsCsv(int year, int hours)
{
    std::string csv = "Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),"
                      "Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,Data Source,"
                      "Data Estimated,Data Estimation Method\n";
    for (int h = 0; h < hours; ++h)
        csv += timeOf(year, h) + ",Denmark,Denmark,DK," + std::to_string(valueOf(h) - 50) + "," +
               std::to_string(valueOf(h)) + ",60,50,example,false,\n";
    return csv;
}

/// WattTime: newest first, every 30 minutes, lbs CO2/MWh.
std::string wattTimeCsv(int year, int hours)
{
    std::string csv = "point_time,value,frequency,market,version,region\n";
    for (int h = hours - 1; h >= 0; --h) {
        for (const char *minute : {"30", "00"}) {
            std::string t = timeOf(year, h, 'T', "+00:00");
            t.replace(14, 2, minute);
            csv += t + "," + std::to_string(1000.0 + (minute[0] == '3' ? 2.0 : 0.0)) + ",300,RTM,3.2,CAISO_NORTH\n";
        }
    }
    return csv;
}

std::string plainCsv(int year, int hours)
{
    std::string csv = "datetime,gco2_per_kwh\n";
    for (int h = 0; h < hours; ++h)
        csv += timeOf(year, h, 'T', "Z") + "," + std::to_string(static_cast<int>(valueOf(h))) + "\n";
    return csv;
}

std::optional<ImportedIntensity> import(const std::string &csv, Diagnostics &d, IntensityImportOptions o = {})
{
    return readHourlyIntensity(csv, "hours.csv", o, d);
}

/// The one error's text (file, line, column and message).
QString onlyError(const Diagnostics &d)
{
    return d.size() == 1 ? QString::fromStdString(d.front().toString())
                         : QStringLiteral("%1 diagnostics").arg(d.size());
}

/// A region with a flat-ish year: 100 g/kWh everywhere except `low` in hours [from, from + count).
GridRegion regionWithYear(IntensityKind kind, double low, int from, int count, double annual = 100)
{
    GridRegion g;
    g.id = "test";
    g.name = "Test grid";
    g.intensity_g_per_kwh = annual;
    HourOfYearSeries s;
    s.year = 2023;
    s.g_per_kwh.assign(8760, 100.0);
    for (int h = from; h < from + count; ++h)
        s.g_per_kwh[static_cast<std::size_t>(h)] = low;
    g.hourOfYear[static_cast<std::size_t>(kind)] = s;
    return g;
}

} // namespace

class TestHourlyIntensity : public QObject
{
    Q_OBJECT
private slots:
    void readsElectricityMapsLifeCycleAndDirect()
    {
        Diagnostics d;
        const auto lca = import(electricityMapsCsv(2023, 8760), d);
        QVERIFY2(lca, qPrintable(onlyError(d)));
        QCOMPARE(lca->layout, IntensityLayout::ElectricityMaps);
        QCOMPARE(lca->kind, IntensityKind::Average);
        QCOMPARE(lca->series.year, 2023);
        QCOMPARE(lca->series.g_per_kwh.size(), std::size_t{8760});
        QCOMPARE(lca->series.g_per_kwh[0], 100.0);
        QCOMPARE(lca->series.g_per_kwh[8759], 123.0); // 31 December 23:00
        IntensityImportOptions direct;
        direct.scope = EmissionScope::Direct;
        const auto dir = import(electricityMapsCsv(2023, 8760), d, direct);
        QVERIFY(dir);
        QCOMPARE(dir->series.g_per_kwh[5], 55.0);
    }

    void readsWattTimeMarginalInGramsAndAveragesWithinHours()
    {
        // 2024 is a leap year: 8,784 hours. Two rows per hour (1000 and 1002 lbs/MWh), newest first.
        Diagnostics d;
        const auto w = import(wattTimeCsv(2024, 8784), d);
        QVERIFY2(w, qPrintable(onlyError(d)));
        QCOMPARE(w->layout, IntensityLayout::WattTime);
        QCOMPARE(w->kind, IntensityKind::Marginal);
        QCOMPARE(w->rows, 2 * 8784);
        QCOMPARE(w->series.g_per_kwh.size(), std::size_t{8784});
        // (1000 + 1002) / 2 lbs/MWh x 453.59237 g/lb / 1000 kWh/MWh = 454.0459... g/kWh
        QVERIFY(std::fabs(w->series.g_per_kwh[1416] - 454.04596237) < 1e-9); // 29 February 00:00
    }

    void readsPlainFilesOfEitherKind()
    {
        Diagnostics d;
        const auto p = import(plainCsv(2023, 8760), d);
        QVERIFY2(p, qPrintable(onlyError(d)));
        QCOMPARE(p->layout, IntensityLayout::Plain);
        QCOMPARE(p->kind, IntensityKind::Average);
        IntensityImportOptions marginal;
        marginal.plainKind = IntensityKind::Marginal;
        QCOMPARE(import(plainCsv(2023, 8760), d, marginal)->kind, IntensityKind::Marginal);
        // An offset moves a row to its UTC hour: 01:00+01:00 is 00:00 UTC.
        std::string shifted = plainCsv(2023, 8760);
        const auto at = shifted.find("2023-01-01T00:00:00Z,100");
        QVERIFY(at != std::string::npos);
        shifted.replace(at, 24, "2023-01-01T01:00:00+01:00,100");
        QVERIFY(import(shifted, d));
    }

    void rejectsMalformedFilesWithLineAndColumn_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("expected");
        const std::string good = plainCsv(2023, 8760);
        auto replaced = [&](const std::string &from, const std::string &to) {
            std::string s = good;
            s.replace(s.find(from), from.size(), to);
            return QString::fromStdString(s);
        };
        QTest::newRow("wrong header") << replaced("datetime,gco2_per_kwh", "time,co2")
                                      << QStringLiteral("line 1, column 1: expected the header of Electricity Maps'");
        QTest::newRow("not a number") << replaced("2023-01-02T03:00:00Z,103", "2023-01-02T03:00:00Z,abc")
                                      << QStringLiteral("line 29, column 2: intensity is 'abc'; expected a number");
        QTest::newRow("negative") << replaced("2023-01-02T03:00:00Z,103", "2023-01-02T03:00:00Z,-5")
                                  << QStringLiteral("line 29, column 2: intensity is -5; expected a value from 0");
        QTest::newRow("bad time") << replaced("2023-01-02T03:00:00Z", "2023-01-02 3h")
                                  << QStringLiteral("line 29, column 1: time is '2023-01-02 3h'; expected an ISO 8601");
        QTest::newRow("duplicated hour") << replaced("2023-01-02T03:00:00Z", "2023-01-02T02:00:00Z")
                                         << QStringLiteral("line 29, column 1: the time of this row repeats line 28");
        std::string missing = good;
        const auto row = missing.find("2023-03-12T02:00:00Z");
        missing.erase(row, missing.find('\n', row) - row + 1);
        QTest::newRow("missing hour") << QString::fromStdString(missing)
                                      << QStringLiteral(
                                             "line 1683, column 1: no row for 2023-03-12 02:00 UTC, the hour "
                                             "after this row's (1 of the 8760 hours of 2023 missing)");
        QTest::newRow("two years") << replaced("2023-12-31T23:00:00Z", "2024-01-01T00:00:00Z")
                                   << QStringLiteral(
                                          "line 8761, column 1: this row is in 2024 (UTC); expected every row "
                                          "in 2023");
        QTest::newRow("no rows") << QStringLiteral("datetime,gco2_per_kwh\n")
                                 << QStringLiteral("line 2, column 1: no rows");
    }

    void rejectsMalformedFilesWithLineAndColumn()
    {
        QFETCH(QString, csv);
        QFETCH(QString, expected);
        Diagnostics d;
        QVERIFY(!import(csv.toStdString(), d));
        QVERIFY2(onlyError(d).contains(QStringLiteral("hours.csv")), qPrintable(onlyError(d)));
        QVERIFY2(onlyError(d).contains(expected), qPrintable(onlyError(d)));
    }

    void writesACatalogThatLoadsAndKeepsTheBuiltInFields()
    {
        Diagnostics d;
        const auto lca = import(electricityMapsCsv(2023, 8760), d);
        std::vector<std::string> lines;
        const auto text = addHourlyIntensityToCatalog("", "out.json", "us-california", *lca, "/tmp/DK_2023_hourly.csv",
                                                      builtinCatalog(), d, &lines);
        QVERIFY2(text, qPrintable(onlyError(d)));
        Catalog c = builtinCatalog();
        c.addFromJson(*text, "out.json", d);
        QVERIFY2(!hasErrors(d), qPrintable(onlyError(d)));
        const GridRegion *g = c.gridRegion("us-california");
        const GridRegion *before = builtinCatalog().gridRegion("us-california");
        QVERIFY(g && before);
        QCOMPARE(g->intensity_g_per_kwh, before->intensity_g_per_kwh);
        QVERIFY(g->hourly[0].has_value()); // the 24-hour profile is kept
        QCOMPARE(g->hourOfYear[0]->g_per_kwh.size(), std::size_t{8760});
        QVERIFY(!g->hourOfYear[1]);
        QVERIFY(g->sourceOf("hour_of_year.average").find("DK_2023_hourly.csv") != std::string::npos);

        // A second import of the other kind into the same file keeps the first.
        const auto w = import(wattTimeCsv(2024, 8784), d);
        const auto both =
            addHourlyIntensityToCatalog(*text, "out.json", "us-california", *w, "moer.csv", builtinCatalog(), d);
        QVERIFY(both);
        Catalog c2 = builtinCatalog();
        c2.addFromJson(*both, "out.json", d);
        QVERIFY(c2.gridRegion("us-california")->hourOfYear[0] && c2.gridRegion("us-california")->hourOfYear[1]);
    }

    void anUnknownRegionIsCreatedWithTheSeriesMean()
    {
        Diagnostics d;
        const auto p = import(plainCsv(2023, 8760), d);
        const auto text = addHourlyIntensityToCatalog("", "out.json", "my-site", *p, "p.csv", builtinCatalog(), d);
        QVERIFY(text);
        Catalog c;
        c.addFromJson(*text, "out.json", d);
        QVERIFY2(!hasErrors(d), qPrintable(onlyError(d)));
        QCOMPARE(c.gridRegion("my-site")->intensity_g_per_kwh, 111.5); // mean of 100..123
        QCOMPARE(c.gridRegion("my-site")->data_year, 2023);
    }

    void flexibleStartFindsTheCleanHoursDaysAhead()
    {
        // 2 (now) everywhere except six hours at 0.5 on day 3 (hours 48-53). A 4-hour job ready at
        // day 1 00:00 with a 72-hour window starts at hour 48: mean 0.5 against 2 now, 75% saved.
        std::vector<double> f(8760, 2.0);
        for (int h = 48; h < 54; ++h)
            f[static_cast<std::size_t>(h)] = 0.5;
        const auto flexible = scheduleJobOnYear(f, 4, 0, 72, ScheduleMode::FlexibleStart);
        QCOMPARE(flexible.nowFactor, 2.0);
        QCOMPARE(flexible.usedFactor, 0.5);
        QCOMPARE(flexible.saving(), 0.75);
        QCOMPARE(flexible.intervals.size(), std::size_t{1});
        QCOMPARE(flexible.intervals.front().first, 48.0);
        // A 48-hour window closes before day 3: nothing to gain.
        QCOMPARE(scheduleJobOnYear(f, 4, 0, 48, ScheduleMode::FlexibleStart).saving(), 0.0);
    }

    void pauseAndResumeTakesTheCleanestHoursOfTheWindow()
    {
        // An 8-hour job in the same series: the six hours at 0.5 and two at 2 (the first two of the
        // window, ties going to the earlier hour): (6 x 0.5 + 2 x 2) / 8 = 0.875, saving 1 - 0.875/2.
        std::vector<double> f(8760, 2.0);
        for (int h = 48; h < 54; ++h)
            f[static_cast<std::size_t>(h)] = 0.5;
        const auto pause = scheduleJobOnYear(f, 8, 0, 72, ScheduleMode::PauseResume);
        QCOMPARE(pause.usedFactor, 0.875);
        QCOMPARE(pause.saving(), 0.5625);
        QCOMPARE(pause.intervals.size(), std::size_t{2});
        QCOMPARE(pause.intervals[0], std::make_pair(0.0, 2.0));
        QCOMPARE(pause.intervals[1], std::make_pair(48.0, 6.0));
    }

    void theWindowWrapsAtTheEndOfTheYear()
    {
        // Ready on 31 December 22:00 (hour 8758) with 48 hours: the clean hours 2-5 of 1 January count.
        std::vector<double> f(8760, 1.0);
        for (int h = 2; h < 6; ++h)
            f[static_cast<std::size_t>(h)] = 0.25;
        const auto flexible = scheduleJobOnYear(f, 4, 8758, 48, ScheduleMode::FlexibleStart);
        QCOMPARE(flexible.usedFactor, 0.25);
        QCOMPARE(flexible.intervals.front().first, 4.0); // 22:00 + 4 h = 1 January 02:00
        // Day 366 of a 365-day year is hour 8760, that is 1 January 00:00.
        QCOMPARE(scheduleJobOnYear(f, 1, 8760, 1, ScheduleMode::RunNow).startHourOfYear, 0);
    }

    void averageSeriesAreShapesAndMarginalSeriesKeepTheirLevel()
    {
        // Average: 100 everywhere but 24 hours at 50 -> a whole-year run averages exactly 1.
        const GridRegion avg = regionWithYear(IntensityKind::Average, 50, 1000, 24);
        const auto a = hourOfYearFactors(avg, IntensityKind::Average);
        QVERIFY(a && !a->substituted);
        const auto year = scheduleJobOnYear(a->factors, 8760, 0, 8760, ScheduleMode::RunNow);
        QVERIFY(std::fabs(year.nowFactor - 1.0) < 1e-12);
        // Marginal: 100 g/kWh against an annual average of 250 -> factor 0.4 (the marginal level).
        const GridRegion marg = regionWithYear(IntensityKind::Marginal, 100, 0, 0, 250);
        const auto m = hourOfYearFactors(marg, IntensityKind::Marginal);
        QCOMPARE(m->factors[0], 0.4);
        // Asking for average where only marginal exists uses it and says so.
        Schedule s;
        s.intensity_kind = IntensityKind::Average;
        std::vector<std::string> caveats;
        const auto out = scheduleOnRegion(marg, s, 2, 250, caveats);
        QVERIFY(out.hourOfYear);
        QCOMPARE(out.seriesKind, IntensityKind::Marginal);
        QCOMPARE(out.nowFactor, 0.4);
        QCOMPARE(caveats.size(), std::size_t{1});
        QVERIFY(caveats.front().find("no average hourly intensity") != std::string::npos);
    }

    void startDayAndHourPickTheHours()
    {
        // Day 3, 05:00 is hour 53: a 1-hour job run now there sees the low value.
        const GridRegion g = regionWithYear(IntensityKind::Average, 10, 53, 1);
        Schedule s;
        s.start_day = 3;
        s.start_hour = 5;
        std::vector<std::string> caveats;
        const auto out = scheduleOnRegion(g, s, 1, 100, caveats);
        QCOMPARE(out.startHourOfYear, 53);
        QVERIFY(out.nowFactor < 0.11);
        QCOMPARE(out.windowIntensity_g_per_kwh.front(), 100 * out.nowFactor);
        QVERIFY(caveats.empty());
    }

    void rangeEdgesGiveFiniteSchedules()
    {
        const GridRegion g = regionWithYear(IntensityKind::Average, 10, 4000, 100);
        for (double day : {1.0, 366.0})
            for (double window : {1.0, 8760.0})
                for (double duration : {0.0, 0.25, 5000.0, 1e7})
                    for (auto mode : {ScheduleMode::RunNow, ScheduleMode::FlexibleStart, ScheduleMode::PauseResume}) {
                        Schedule s;
                        s.start_day = day;
                        s.start_hour = 23;
                        s.window_hours = window;
                        s.mode = mode;
                        std::vector<std::string> caveats;
                        const auto out = scheduleOnRegion(g, s, duration, 100, caveats);
                        QVERIFY(std::isfinite(out.nowFactor) && std::isfinite(out.usedFactor));
                        QVERIFY(out.usedFactor <= out.nowFactor + 1e-12);
                        QVERIFY(out.saving() >= 0 && out.saving() < 1);
                        QVERIFY(out.windowIntensity_g_per_kwh.size() <= 721);
                    }
    }

    void presetsWithoutYearDataAreUnchanged()
    {
        // The built-in regions have no year of hourly data: the schedule is the 24-hour one.
        for (const GridRegion &g : builtinCatalog().gridRegions())
            QVERIFY(!g.hourOfYear[0] && !g.hourOfYear[1]);
        const GridRegion *ca = builtinCatalog().gridRegion("us-california");
        QVERIFY(ca);
        Schedule s;
        s.mode = ScheduleMode::FlexibleStart;
        s.start_hour = 17;
        s.start_day = 200; // ignored without a year of data
        std::vector<std::string> caveats;
        const auto out = scheduleOnRegion(*ca, s, 4, 100, caveats);
        const auto before = scheduleJob(hourlyFactors(*ca, Season::Annual), 4, 17, 24, ScheduleMode::FlexibleStart);
        QVERIFY(!out.hourOfYear);
        QCOMPARE(out.usedFactor, before.usedFactor);
        QCOMPARE(out.nowFactor, before.nowFactor);
        QVERIFY(out.windowIntensity_g_per_kwh.empty());
    }
};

QTEST_GUILESS_MAIN(TestHourlyIntensity)
#include "tst_hourly_intensity.moc"
