// The system over the years: a monthly simulation built from the static
// evaluation (docs/model.md §13). With growth and trends at zero its totals equal the
// static totals; the trends add grid decarbonization, edge adoption with
// replacement cohorts, and hardware refresh of the serving fleet.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate_detail.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <vector>

namespace mlimpact::detail {
namespace {

constexpr double kDaysPerMonth = 365.0 / 12.0;

/// The grid's intensity relative to launch, in the year a month falls in.
double decarbFactor(double rate, int month)
{
    return rate == 0.0 ? 1.0 : std::pow(1.0 - rate, month / 12);
}

/// Multiplies operational carbon by the grid's decarbonization up to a month.
Impacts decarbonized(Impacts i, double rate, int month)
{
    i.operational_kgco2e *= decarbFactor(rate, month);
    return i;
}

double regionRate(const Catalog &catalog, const std::string &region, const Scenario &s)
{
    const GridRegion *g = catalog.gridRegion(region);
    return g && g->decarbonization_per_year ? *g->decarbonization_per_year : s.trends.grid_decarbonization_per_year;
}

/// Share of the edge fleet in service at time t (years): logistic from the initial share,
/// reaching 95% after the adoption time.
double adoption(double t, const TrendSettings &trends)
{
    const double a0 = trends.edge_initial_share;
    if (a0 >= 1.0)
        return 1.0;
    if (a0 >= 0.95)
        return std::min(1.0, a0 + (1.0 - a0) * t / trends.edge_adoption_years);
    const double k = std::log(19.0 * (1.0 - a0) / a0) / trends.edge_adoption_years;
    return 1.0 / (1.0 + (1.0 - a0) / a0 * std::exp(-k * t));
}

void addEwaste(Impacts &disposal, double kg, const Scenario &s)
{
    if (!s.disposal.enabled || kg <= 0)
        return;
    disposal.ewaste_kg += kg;
    disposal.ewaste_unrecycled_kg += kg * (1.0 - s.disposal.formal_recycling_rate);
    disposal.embodied_kgco2e += kg * s.disposal.eol_kgco2e_per_kg;
}

} // namespace

Timeline simulateTimeline(const Scenario &s, const Catalog &catalog, const Results &r)
{
    Timeline t;
    const double years = s.system.service_years;
    t.months = std::max(1, static_cast<int>(std::ceil(years * 12.0 - 1e-9)));
    const double lastWeight = years * 12.0 - (t.months - 1);
    auto weight = [&](int m) { return m == t.months - 1 ? lastWeight : 1.0; };
    t.monthly.assign(t.months, {});
    t.queries.assign(t.months, 0.0);
    t.edgeDevicesInService.assign(t.months, 0.0);
    auto at = [&t](int m, Phase p) -> Impacts & { return t.monthly[m][static_cast<int>(p)]; };
    const int last = t.months - 1;
    const auto ewasteFree = [](Impacts i) {
        i.ewaste_kg = i.ewaste_unrecycled_kg = 0;
        return i;
    };

    // Before launch (month 0): development, the search and the final training run.
    const double trainingRate = regionRate(catalog, s.training.site.region, s);
    at(0, Phase::Development) = ewasteFree(r.phase(Phase::Development));
    at(0, Phase::Nas) = ewasteFree(r.phase(Phase::Nas));
    const PhaseChain &training = r.chain(Phase::Training);
    if (training.enabled && training.run_equivalents > 0) {
        const Impacts perRun = ewasteFree(r.phase(Phase::Training)).scaled(1.0 / training.run_equivalents);
        at(0, Phase::Training) += perRun;
        // Retraining events spread over the service years, the last one possibly partial;
        // summed per month first (a daily cadence would otherwise cost one pass per event).
        const double rpy = s.training.retrains_per_year;
        if (rpy > 0) {
            std::vector<double> sizePerMonth(t.months, 0.0);
            const double events = rpy * years;
            const int whole = static_cast<int>(std::floor(events + 1e-9));
            for (int k = 0; k <= whole; ++k) {
                const double size = (k < whole ? 1.0 : events - whole) * s.training.retrain_fraction;
                // Clamped in double first: a rare event (1e-9 per year) lies billions of
                // months out, beyond int, and belongs to the last month if it happens at all.
                const double month = std::floor((k + 0.5) / rpy * 12.0);
                const int m = static_cast<int>(std::min(static_cast<double>(last), month));
                sizePerMonth[m] += std::max(0.0, size);
            }
            for (int m = 0; m < t.months; ++m) {
                if (sizePerMonth[m] > 0)
                    at(m, Phase::Training) += decarbonized(perRun.scaled(sizePerMonth[m]), trainingRate, m);
            }
        }
    }

    // Deployment: per-query impacts times the month's queries, with refresh generations.
    const PhaseChain &dep = r.chain(Phase::Deployment);
    if (dep.enabled && r.perQuery.queries > 0) {
        const Impacts perQuery = ewasteFree(r.phase(Phase::Deployment)).scaled(1.0 / r.perQuery.queries);
        const double rate = regionRate(catalog, s.deployment.site.region, s);
        const double demand = r.deploymentRebound.demandMultiplier;
        const double interval = s.refresh.interval_years;
        const double fleet = dep.provisioned_device_hours / years / (8760.0 * dep.use_rate);
        const double stranded = interval > 0 ? std::max(0.0, 1.0 - interval / dep.lifetime_years) : 0.0;
        for (int m = 0; m < t.months; ++m) {
            const int year = m / 12;
            const double q = s.deployment.queries_per_day * demand * kDaysPerMonth *
                             std::pow(1.0 + s.deployment.query_growth_per_year, year) * weight(m);
            // Generations stay in double: an interval of a fraction of a month gives more
            // generations than an int holds, and the efficiency factor then simply reaches 0.
            const double generation = interval > 0 ? std::floor(m / (interval * 12.0) + 1e-9) : 0.0;
            const double efficiency = std::pow(1.0 - s.refresh.efficiency_gain_per_generation, generation);
            t.queries[m] = q;
            at(m, Phase::Deployment) += decarbonized(perQuery.scaled(q * efficiency), rate, m);
            // A refresh retires the fleet early: the unused part of its life is stranded.
            const bool refreshMonth = generation > 0 && std::floor((m - 1) / (interval * 12.0) + 1e-9) < generation;
            if (refreshMonth && stranded > 0) {
                at(m, Phase::Deployment).embodied_kgco2e += fleet * dep.embodied_per_device_kgco2e * stranded;
                addEwaste(at(m, Phase::Disposal), fleet * dep.mass_per_device_kg * stranded, s);
            }
        }
    }

    // Edge fleet: adoption, purchase cohorts, replacement at end of life.
    const PhaseChain &edge = r.chain(Phase::Edge);
    if (edge.enabled) {
        const EdgeDetail &e = r.edgeDetail;
        const double rate = regionRate(catalog, s.edge.region, s);
        const double lifeMonths = e.lifetime_years * 12.0;
        struct Cohort
        {
            double due; // month its life ends
            double size;
            bool operator>(const Cohort &o) const { return due > o.due; }
        };
        // Earliest end of life first: each month only looks at cohorts that are due.
        std::priority_queue<Cohort, std::vector<Cohort>, std::greater<>> cohorts;
        double inService = 0;
        // `when` is the exact purchase time in months, so replacement dates do not drift.
        auto buy = [&](int m, double when, double size) {
            cohorts.push({when + lifeMonths, size});
            inService += size;
            Impacts &out = at(m, Phase::Edge);
            out.embodied_kgco2e += size * e.embodied_per_unit_kgco2e;
            out.water_manufacturing_l += size * e.water_per_unit_l;
        };
        const double spanMonths = years * 12.0;
        for (int m = 0; m < t.months; ++m) {
            // Cohorts reaching end of life during this month (and before the system ends)
            // retire as e-waste and are replaced.
            while (!cohorts.empty() && cohorts.top().due < m + 1 - 1e-9 && cohorts.top().due < spanMonths - 1e-9) {
                const Cohort c = cohorts.top();
                cohorts.pop();
                addEwaste(at(m, Phase::Disposal), c.size * e.mass_per_unit_kg, s);
                inService -= c.size;
                buy(m, c.due, c.size);
            }
            const double target = e.devices * adoption(m / 12.0, s.trends);
            if (target > inService + 1e-9)
                buy(m, m, target - inService);
            t.edgeDevicesInService[m] = inService;
            const double energy = inService * e.energy_per_device_day_kwh * kDaysPerMonth * weight(m);
            Impacts &out = at(m, Phase::Edge);
            out.energy_kwh += energy;
            out.operational_kgco2e += energy * e.intensity_g_per_kwh / 1000.0 * decarbFactor(rate, m);
            out.water_offsite_l += energy * e.ewif_l_per_kwh;
        }
        // At the end: either everything still in service is retired, or only the
        // cohorts whose life ends exactly with the system.
        for (; !cohorts.empty(); cohorts.pop()) {
            const Cohort &c = cohorts.top();
            if (s.disposal.retire_at_end || c.due <= spanMonths + 1e-9)
                addEwaste(at(last, Phase::Disposal), c.size * e.mass_per_unit_kg, s);
        }
    }

    // Data-centre hardware is retired with the system (its allocated share).
    double dataCentre = 0;
    for (Phase p : {Phase::Development, Phase::Nas, Phase::Training, Phase::Deployment})
        dataCentre += r.chain(p).enabled ? r.chain(p).ewaste_source_kg : 0.0;
    addEwaste(at(last, Phase::Disposal), dataCentre, s);

    for (const auto &month : t.monthly) {
        for (int p = 0; p < kPhaseCount; ++p) {
            t.phaseTotals[p] += month[p];
            t.totals += month[p];
        }
    }
    return t;
}

} // namespace mlimpact::detail
