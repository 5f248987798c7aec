// The system over the years: a monthly simulation built from the static
// evaluation (docs/model.md §13). With growth and trends at zero its totals equal the
// static totals; the trends add grid decarbonization, edge adoption with
// replacement cohorts, and hardware refresh of the serving fleet.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate_detail.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace mlimpact::detail {
namespace {

constexpr double kDaysPerMonth = 365.0 / 12.0;

/// base^year for every year a month of the simulation falls in: the month loops would
/// otherwise call pow() every month for a value that changes once a year.
std::vector<double> yearlyPowers(double base, int months)
{
    std::vector<double> out(static_cast<std::size_t>((months - 1) / 12 + 1));
    for (std::size_t y = 0; y < out.size(); ++y)
        out[y] = std::pow(base, static_cast<int>(y));
    return out;
}

/// The grid's intensity relative to launch, per year of service.
std::vector<double> decarbFactors(double rate, int months)
{
    return rate == 0.0 ? std::vector<double>(static_cast<std::size_t>((months - 1) / 12 + 1), 1.0)
                       : yearlyPowers(1.0 - rate, months);
}

/// Multiplies operational carbon by the grid's decarbonization up to a month.
Impacts decarbonized(Impacts i, const std::vector<double> &factors, int month)
{
    i.operational_kgco2e *= factors[static_cast<std::size_t>(month / 12)];
    return i;
}

double regionRate(const Catalog &catalog, const std::string &region, const Scenario &s)
{
    const GridRegion *g = catalog.gridRegion(region);
    return g && g->decarbonization_per_year ? *g->decarbonization_per_year : s.trends.grid_decarbonization_per_year;
}

/// Share of the edge fleet in service at time t (years): logistic from the initial share,
/// reaching 95% after the adoption time. The rate is computed once per simulation.
class Adoption
{
public:
    explicit Adoption(const TrendSettings &trends)
        : m_a0(trends.edge_initial_share)
        , m_years(trends.edge_adoption_years)
        , m_k(m_a0 < 0.95 ? std::log(19.0 * (1.0 - m_a0) / m_a0) / m_years : 0.0)
    {}
    double at(double t) const
    {
        if (m_a0 >= 1.0)
            return 1.0;
        if (m_a0 >= 0.95)
            return std::min(1.0, m_a0 + (1.0 - m_a0) * t / m_years);
        return 1.0 / (1.0 + (1.0 - m_a0) / m_a0 * std::exp(-m_k * t));
    }

private:
    double m_a0, m_years, m_k;
};

void addEwaste(Impacts &disposal, double kg, const Scenario &s)
{
    if (!s.disposal.enabled || kg <= 0)
        return;
    disposal.ewaste_kg += kg;
    disposal.ewaste_unrecycled_kg += kg * (1.0 - s.disposal.formal_recycling_rate);
    disposal.embodied_kgco2e += kg * s.disposal.eol_kgco2e_per_kg;
}

/// Impacts::operator+= in the same field order, inlined: the totals add 2 x months x phases of them.
inline void add(Impacts &sum, const Impacts &i)
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

/// The timeline being filled, with which phases each month has been written to: the sums skip
/// the others, whose impacts are zero (adding zeros changes no sum; it was half the work).
struct Months
{
    Timeline &t;
    std::vector<std::uint8_t> written; // bit p: phase p of that month
};
static_assert(kPhaseCount <= 8, "one bit per phase in Months::written");

Impacts &at(Months &mt, int m, Phase p)
{
    mt.written[static_cast<std::size_t>(m)] |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(p));
    return mt.t.monthly[m][static_cast<int>(p)];
}

/// A month's share of a full month: the last one may be partial.
double monthWeight(const Timeline &t, int m, double years)
{
    return m == t.months - 1 ? years * 12.0 - (t.months - 1) : 1.0;
}

/// E-waste is counted once, when the hardware retires (see simulateTimeline).
Impacts ewasteFree(Impacts i)
{
    i.ewaste_kg = i.ewaste_unrecycled_kg = 0;
    return i;
}

/// Before launch (month 0): development, the search and the final training run; then retraining.
void simulateBeforeLaunch(const Scenario &s, const Catalog &catalog, const Results &r, Months &mt)
{
    Timeline &t = mt.t;
    const double years = s.system.service_years;
    const int last = t.months - 1;
    at(mt, 0, Phase::Development) = ewasteFree(r.phase(Phase::Development));
    at(mt, 0, Phase::Nas) = ewasteFree(r.phase(Phase::Nas));
    const PhaseChain &training = r.chain(Phase::Training);
    if (!training.enabled || training.run_equivalents <= 0)
        return;
    const Impacts perRun = ewasteFree(r.phase(Phase::Training)).scaled(1.0 / training.run_equivalents);
    at(mt, 0, Phase::Training) += perRun;
    // Retraining events spread over the service years, the last one possibly partial;
    // summed per month first (a daily cadence would otherwise cost one pass per event).
    const double rpy = s.training.retrains_per_year;
    if (rpy <= 0)
        return;
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
    const std::vector<double> trainingDecarb = decarbFactors(regionRate(catalog, s.training.site.region, s), t.months);
    for (int m = 0; m < t.months; ++m) {
        if (sizePerMonth[m] > 0)
            at(mt, m, Phase::Training) += decarbonized(perRun.scaled(sizePerMonth[m]), trainingDecarb, m);
    }
}

/// Deployment: per-query impacts times the month's queries, with refresh generations.
void simulateDeployment(const Scenario &s, const Catalog &catalog, const Results &r, Months &mt)
{
    Timeline &t = mt.t;
    const PhaseChain &dep = r.chain(Phase::Deployment);
    if (!dep.enabled || r.perQuery.queries <= 0)
        return;
    const double years = s.system.service_years;
    const Impacts perQuery = ewasteFree(r.phase(Phase::Deployment)).scaled(1.0 / r.perQuery.queries);
    const std::vector<double> decarb = decarbFactors(regionRate(catalog, s.deployment.site.region, s), t.months);
    const std::vector<double> growth = yearlyPowers(1.0 + s.deployment.query_growth_per_year, t.months);
    const double demand = r.deploymentRebound.demandMultiplier;
    const double interval = s.refresh.interval_years;
    const double fleet = dep.provisioned_device_hours / years / (8760.0 * dep.use_rate);
    const double stranded = interval > 0 ? std::max(0.0, 1.0 - interval / dep.lifetime_years) : 0.0;
    // The host servers retire with their accelerators; the unused part of their own life is stranded too.
    const double serverStranded =
        interval > 0 && dep.server_lifetime_years > 0 ? std::max(0.0, 1.0 - interval / dep.server_lifetime_years) : 0.0;
    double lastGeneration = 0.0;
    double efficiency = std::pow(1.0 - s.refresh.efficiency_gain_per_generation, lastGeneration);
    for (int m = 0; m < t.months; ++m) {
        const int year = m / 12;
        const double q = s.deployment.queries_per_day * demand * kDaysPerMonth *
                         growth[static_cast<std::size_t>(year)] * monthWeight(t, m, years);
        // Generations stay in double: an interval of a fraction of a month gives more
        // generations than an int holds, and the efficiency factor then simply reaches 0.
        const double generation = interval > 0 ? std::floor(m / (interval * 12.0) + 1e-9) : 0.0;
        if (generation != lastGeneration) { // pow once per refresh generation, not per month
            lastGeneration = generation;
            efficiency = std::pow(1.0 - s.refresh.efficiency_gain_per_generation, generation);
        }
        t.queries[m] = q;
        at(mt, m, Phase::Deployment) += decarbonized(perQuery.scaled(q * efficiency), decarb, m);
        // A refresh retires the fleet early: the unused part of its life is stranded.
        const bool refreshMonth = generation > 0 && std::floor((m - 1) / (interval * 12.0) + 1e-9) < generation;
        if (refreshMonth && stranded > 0) {
            at(mt, m, Phase::Deployment).embodied_kgco2e += fleet * dep.embodied_per_device_kgco2e * stranded;
            addEwaste(at(mt, m, Phase::Disposal), fleet * dep.mass_per_device_kg * stranded, s);
        }
        if (refreshMonth && serverStranded > 0) {
            at(mt, m, Phase::Deployment).embodied_kgco2e +=
                fleet * dep.serverEmbodiedPerDeviceKgco2e() * serverStranded;
            addEwaste(at(mt, m, Phase::Disposal), fleet * dep.serverMassPerDeviceKg() * serverStranded, s);
        }
    }
}

struct Cohort
{
    double due; // month its life ends
    double size;
};

/// Cohorts by end of life, earliest first. New cohorts almost always end after the ones in the
/// queue, so an insertion sort from the back is O(1) in practice; a binary heap cost more than
/// the rest of the edge simulation.
class CohortQueue
{
public:
    bool empty() const { return m_head == m_items.size(); }
    const Cohort &top() const { return m_items[m_head]; }
    void pop() { ++m_head; }
    void push(Cohort c)
    {
        auto it = m_items.end();
        while (it != m_items.begin() + static_cast<std::ptrdiff_t>(m_head) && (it - 1)->due > c.due)
            --it;
        m_items.insert(it, c);
    }

private:
    std::vector<Cohort> m_items;
    std::size_t m_head = 0;
};

/// Edge fleet: adoption, purchase cohorts, replacement at end of life.
void simulateEdge(const Scenario &s, const Catalog &catalog, const Results &r, Months &mt)
{
    Timeline &t = mt.t;
    if (!r.chain(Phase::Edge).enabled)
        return;
    const double years = s.system.service_years;
    const EdgeDetail &e = r.edgeDetail;
    const std::vector<double> decarb = decarbFactors(regionRate(catalog, s.edge.region, s), t.months);
    const Adoption adoption(s.trends);
    const double lifeMonths = e.lifetime_years * 12.0;
    // Earliest end of life first: each month only looks at cohorts that are due.
    CohortQueue cohorts;
    double inService = 0;
    // `when` is the exact purchase time in months, so replacement dates do not drift.
    auto buy = [&](int m, double when, double size) {
        cohorts.push({when + lifeMonths, size});
        inService += size;
        Impacts &out = at(mt, m, Phase::Edge);
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
            addEwaste(at(mt, m, Phase::Disposal), c.size * e.mass_per_unit_kg, s);
            inService -= c.size;
            buy(m, c.due, c.size);
        }
        const double target = e.devices * adoption.at(m / 12.0);
        if (target > inService + 1e-9)
            buy(m, m, target - inService);
        t.edgeDevicesInService[m] = inService;
        const double energy = inService * e.energy_per_device_day_kwh * kDaysPerMonth * monthWeight(t, m, years);
        Impacts &out = at(mt, m, Phase::Edge);
        out.energy_kwh += energy;
        out.operational_kgco2e += energy * e.intensity_g_per_kwh / 1000.0 * decarb[static_cast<std::size_t>(m / 12)];
        out.water_offsite_l += energy * e.ewif_l_per_kwh;
    }
    // At the end: either everything still in service is retired, or only the
    // cohorts whose life ends exactly with the system.
    for (; !cohorts.empty(); cohorts.pop()) {
        const Cohort &c = cohorts.top();
        if (s.disposal.retire_at_end || c.due <= spanMonths + 1e-9)
            addEwaste(at(mt, t.months - 1, Phase::Disposal), c.size * e.mass_per_unit_kg, s);
    }
}

} // namespace

Timeline simulateTimeline(const Scenario &s, const Catalog &catalog, const Results &r)
{
    Timeline t;
    const double years = s.system.service_years;
    t.months = std::max(1, static_cast<int>(std::ceil(years * 12.0 - 1e-9)));
    t.monthly.assign(t.months, {});
    t.queries.assign(t.months, 0.0);
    t.edgeDevicesInService.assign(t.months, 0.0);

    Months mt{t, std::vector<std::uint8_t>(static_cast<std::size_t>(t.months), 0)};
    simulateBeforeLaunch(s, catalog, r, mt);
    simulateDeployment(s, catalog, r, mt);
    simulateEdge(s, catalog, r, mt);
    // Data-centre hardware is retired with the system (its allocated share).
    addEwaste(at(mt, t.months - 1, Phase::Disposal), dataCentreEwasteKg(r), s);

    for (int m = 0; m < t.months; ++m) {
        const auto &month = t.monthly[m];
        const std::uint8_t written = mt.written[static_cast<std::size_t>(m)];
        for (int p = 0; p < kPhaseCount; ++p) {
            if (written & (1u << static_cast<unsigned>(p))) {
                add(t.phaseTotals[p], month[p]);
                add(t.totals, month[p]);
            }
        }
    }
    return t;
}

} // namespace mlimpact::detail
