// The system over the years: a monthly simulation built from the static
// evaluation (docs/model.md §13). With growth and trends at zero its totals equal the
// static totals; the trends add grid decarbonization, edge adoption with
// replacement cohorts, and hardware refresh of the serving fleet.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate_detail.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <vector>

namespace mlimpact::detail {
namespace {

constexpr double kDaysPerMonth = 365.0 / 12.0;

/// base^year for every year a month of the simulation falls in: the month loops would
/// otherwise call pow() every month for a value that changes once a year. The deployment,
/// edge and retraining loops usually share a base (one decarbonization rate), so each distinct
/// base is tabulated once per simulation.
class YearlyPowers
{
public:
    explicit YearlyPowers(int months)
        : m_years(static_cast<std::size_t>((months - 1) / 12 + 1))
    {
        m_tables.reserve(4); // growth and three regions: references handed out stay valid
    }

    const std::vector<double> &of(double base)
    {
        for (const auto &[b, table] : m_tables) {
            if (b == base)
                return table;
        }
        std::vector<double> out(m_years, 1.0); // pow(1, y) is exactly 1: no grid trend
        if (base != 1.0) {
            for (std::size_t y = 0; y < out.size(); ++y)
                out[y] = std::pow(base, static_cast<int>(y));
        }
        m_tables.emplace_back(base, std::move(out));
        return m_tables.back().second;
    }

    /// The grid's intensity relative to launch, per year of service.
    const std::vector<double> &decarbonization(double rate) { return of(1.0 - rate); }

private:
    std::size_t m_years;
    std::vector<std::pair<double, std::vector<double>>> m_tables;
};

double regionRate(const Catalog &catalog, const std::string &region, const Scenario &s)
{
    const GridRegion *g = catalog.gridRegion(region);
    return g && g->decarbonization_per_year ? *g->decarbonization_per_year : s.trends.grid_decarbonization_per_year;
}

/// Share of the edge fleet in service, month by month: logistic from the initial share,
/// reaching 95% after the adoption time. The logistic needs exp(-k t) at t = m / 12; instead of
/// an exp per month, exp(-k y) is computed exactly at the start of each year y and multiplied by
/// exp(-k / 12) month by month within it. At most 11 multiplications by a rounded factor: each
/// month's exp(-k t) is within 24 units in the last place (2.7e-15 relative) of the exp() call,
/// whatever the horizon, and the share 1 / (1 + c e) moves by less than e does
/// (tst_exact_shortcuts checks it against the closed form over 30 years, the longest service).
class Adoption
{
public:
    explicit Adoption(const TrendSettings &trends)
        : m_a0(trends.edge_initial_share)
        , m_years(trends.edge_adoption_years)
        , m_k(m_a0 < 0.95 ? std::log(19.0 * (1.0 - m_a0) / m_a0) / m_years : 0.0)
        , m_c(m_a0 < 0.95 ? (1.0 - m_a0) / m_a0 : 0.0)
        , m_monthFactor(m_a0 < 0.95 ? std::exp(-m_k / 12.0) : 1.0)
    {}
    /// The share in month m; months are asked for in order 0, 1, 2, ...
    double month(int m)
    {
        if (m_a0 >= 1.0)
            return 1.0;
        const double t = m / 12.0;
        if (m_a0 >= 0.95)
            return std::min(1.0, m_a0 + (1.0 - m_a0) * t / m_years);
        m_decay = m % 12 == 0 ? std::exp(-m_k * (m / 12)) : m_decay * m_monthFactor;
        return 1.0 / (1.0 + m_c * m_decay);
    }

private:
    double m_a0, m_years, m_k, m_c, m_monthFactor;
    double m_decay = 1.0;
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
    sum.adpe_kg_sb_eq += i.adpe_kg_sb_eq;
    sum.primary_energy_mj += i.primary_energy_mj;
}

/// sum += i x f, its operational carbon also x the grid's decarbonization, with the roundings of
/// scaling a copy first, without the copies (the deployment and retraining loops do it every month).
inline void addScaled(Impacts &sum, const Impacts &i, double f, double decarbonization)
{
    sum.energy_kwh += i.energy_kwh * f;
    sum.operational_kgco2e += i.operational_kgco2e * f * decarbonization;
    sum.embodied_kgco2e += i.embodied_kgco2e * f;
    sum.water_onsite_l += i.water_onsite_l * f;
    sum.water_offsite_l += i.water_offsite_l * f;
    sum.water_manufacturing_l += i.water_manufacturing_l * f;
    sum.ewaste_kg += i.ewaste_kg * f;
    sum.ewaste_unrecycled_kg += i.ewaste_unrecycled_kg * f;
    sum.adpe_kg_sb_eq += i.adpe_kg_sb_eq * f;
    sum.primary_energy_mj += i.primary_energy_mj * f;
}

/// The timeline being filled, with which phases each month has been written to: the sums skip
/// the others, whose impacts are zero (adding zeros changes no sum; it was half the work).
struct Months
{
    Timeline &t;
    std::vector<std::uint8_t> written; // bit p: phase p of that month
    YearlyPowers powers;
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

/// Retraining events spread over the service years, the last one possibly partial, summed per
/// month (a daily cadence would otherwise cost one pass per event). Event k falls in month
/// floor((k + 0.5) / rate x 12), which never decreases with k: each month's events are consecutive,
/// so the month is worked out (by that same formula) only near where it changes, and the events in
/// between are added one by one as before (the same sums, bit for bit).
std::vector<double> retrainingPerMonth(const Scenario &s, int months)
{
    const double rpy = s.training.retrains_per_year;
    const int last = months - 1;
    std::vector<double> sizePerMonth(static_cast<std::size_t>(months), 0.0);
    const double events = rpy * s.system.service_years;
    const int whole = static_cast<int>(std::floor(events + 1e-9));
    // Clamped in double first: a rare event (1e-9 per year) lies billions of
    // months out, beyond int, and belongs to the last month if it happens at all.
    const auto monthOf = [&](int k) {
        return static_cast<int>(std::min(static_cast<double>(last), std::floor((k + 0.5) / rpy * 12.0)));
    };
    const double full = std::max(0.0, 1.0 * s.training.retrain_fraction);
    for (int k = 0; k < whole;) {
        const int m = monthOf(k);
        // The first event of a later month: a guess from the inverse, corrected by the formula.
        const double guess = std::ceil((m + 1) / 12.0 * rpy - 0.5);
        int end = m == last ? whole : static_cast<int>(std::clamp(guess, k + 1.0, static_cast<double>(whole)));
        while (end > k + 1 && monthOf(end - 1) > m)
            --end;
        while (end < whole && monthOf(end) == m)
            ++end;
        for (double &month = sizePerMonth[static_cast<std::size_t>(m)]; k < end; ++k)
            month += full;
    }
    sizePerMonth[static_cast<std::size_t>(monthOf(whole))] +=
        std::max(0.0, (events - whole) * s.training.retrain_fraction);
    return sizePerMonth;
}

/// Before launch (month 0): development, the search and the final training run; then retraining.
void simulateBeforeLaunch(const Scenario &s, const Catalog &catalog, const Results &r, Months &mt)
{
    Timeline &t = mt.t;
    at(mt, 0, Phase::Development) = ewasteFree(r.phase(Phase::Development));
    at(mt, 0, Phase::Nas) = ewasteFree(r.phase(Phase::Nas));
    const PhaseChain &training = r.chain(Phase::Training);
    if (!training.enabled || training.run_equivalents <= 0)
        return;
    const Impacts perRun = ewasteFree(r.phase(Phase::Training)).scaled(1.0 / training.run_equivalents);
    at(mt, 0, Phase::Training) += perRun;
    if (s.training.retrains_per_year <= 0)
        return;
    const std::vector<double> sizePerMonth = retrainingPerMonth(s, t.months);
    const std::vector<double> &trainingDecarb =
        mt.powers.decarbonization(regionRate(catalog, s.training.site.region, s));
    for (int m = 0; m < t.months; ++m) {
        if (sizePerMonth[m] > 0)
            addScaled(at(mt, m, Phase::Training), perRun, sizePerMonth[m],
                      trainingDecarb[static_cast<std::size_t>(m / 12)]);
    }
}

/// The serving fleet's refresh generation by month: floor(m / (interval x 12) + 1e-9), which never
/// decreases, worked out (by that formula) only near the months where it changes rather than
/// every month (a division and a floor each).
class Generations
{
public:
    Generations(double intervalYears, int months)
        : m_interval(intervalYears)
        , m_months(months)
    {}
    double at(int m) const { return m_interval > 0 ? std::floor(m / (m_interval * 12.0) + 1e-9) : 0.0; }
    /// The first month after m whose generation differs from m's (`m_months` if none).
    int nextChange(int m, double generation) const
    {
        if (m_interval <= 0)
            return m_months;
        const double guess = std::ceil((generation + 1.0) * m_interval * 12.0);
        int next = static_cast<int>(std::clamp(guess, m + 1.0, static_cast<double>(m_months)));
        while (next > m + 1 && at(next - 1) != generation)
            --next;
        while (next < m_months && at(next) == generation)
            ++next;
        return next;
    }

private:
    double m_interval;
    int m_months;
};

/// Deployment: per-query impacts times the month's queries, with refresh generations.
void simulateDeployment(const Scenario &s, const Catalog &catalog, const Results &r, Months &mt)
{
    Timeline &t = mt.t;
    const PhaseChain &dep = r.chain(Phase::Deployment);
    if (!dep.enabled || r.perQuery.queries <= 0)
        return;
    const double years = s.system.service_years;
    const Impacts perQuery = ewasteFree(r.phase(Phase::Deployment)).scaled(1.0 / r.perQuery.queries);
    const std::vector<double> &decarb = mt.powers.decarbonization(regionRate(catalog, s.deployment.site.region, s));
    const std::vector<double> &growth = mt.powers.of(1.0 + s.deployment.query_growth_per_year);
    const double fleet = dep.provisioned_device_hours / years / (8760.0 * dep.use_rate);
    const double stranded =
        s.refresh.interval_years > 0 ? std::max(0.0, 1.0 - s.refresh.interval_years / dep.lifetime_years) : 0.0;
    // The host servers retire with their accelerators; the unused part of their own life is stranded too.
    const double serverStranded = s.refresh.interval_years > 0 && dep.server_lifetime_years > 0
                                      ? std::max(0.0, 1.0 - s.refresh.interval_years / dep.server_lifetime_years)
                                      : 0.0;
    // The queries of a full month of year y are perMonth x growth[y], multiplied in that order as
    // one expression did; only the last month can be partial (a full month's weight is 1: exact).
    const double perMonth = s.deployment.queries_per_day * r.deploymentRebound.demandMultiplier * kDaysPerMonth;
    const Generations generations(s.refresh.interval_years, t.months);
    double generation = generations.at(0);
    double efficiency = std::pow(1.0 - s.refresh.efficiency_gain_per_generation, generation);
    int change = generations.nextChange(0, generation);
    for (int m = 0; m < t.months; ++m) {
        const auto year = static_cast<std::size_t>(m / 12);
        const double full = perMonth * growth[year];
        const double q = m == t.months - 1 ? full * monthWeight(t, m, years) : full;
        const bool refreshMonth = m == change; // a generation later than the month before's
        if (refreshMonth) {                    // pow once per refresh generation, not per month
            generation = generations.at(m);
            efficiency = std::pow(1.0 - s.refresh.efficiency_gain_per_generation, generation);
            change = generations.nextChange(m, generation);
        }
        t.queries[m] = q;
        Impacts &month = at(mt, m, Phase::Deployment);
        addScaled(month, perQuery, q * efficiency, decarb[year]);
        // A refresh retires the fleet early: the unused part of its life is stranded.
        if (refreshMonth && stranded > 0) {
            month.embodied_kgco2e += fleet * dep.embodied_per_device_kgco2e * stranded;
            month.adpe_kg_sb_eq += fleet * dep.manufacturing_adpe_per_device_kg_sb_eq * stranded;
            month.primary_energy_mj += fleet * dep.manufacturing_primary_energy_per_device_mj * stranded;
            addEwaste(at(mt, m, Phase::Disposal), fleet * dep.mass_per_device_kg * stranded, s);
        }
        if (refreshMonth && serverStranded > 0) {
            month.embodied_kgco2e += fleet * dep.serverEmbodiedPerDeviceKgco2e() * serverStranded;
            addEwaste(at(mt, m, Phase::Disposal), fleet * dep.serverMassPerDeviceKg() * serverStranded, s);
        }
    }
}

struct Cohort
{
    double due; // month its life ends
    double size;
};

/// Cohorts by end of life, earliest first, in a ring allocated once. At most one cohort is bought
/// a month beyond replacements, and a replacement is bought only after its cohort left the
/// ring, so no more than `months` cohorts are ever in it. New cohorts almost always end after the
/// ones in the ring, so an insertion from the back is O(1) in practice.
class CohortRing
{
public:
    explicit CohortRing(std::size_t capacity)
        : m_items(std::bit_ceil(capacity))
        , m_mask(m_items.size() - 1)
    {}
    bool empty() const { return m_head == m_tail; }
    const Cohort &top() const { return m_items[m_head & m_mask]; }
    void pop() { ++m_head; }
    void push(Cohort c)
    {
        std::size_t i = m_tail++;
        for (; i != m_head && m_items[(i - 1) & m_mask].due > c.due; --i) // after every cohort due no later
            m_items[i & m_mask] = m_items[(i - 1) & m_mask];
        m_items[i & m_mask] = c;
    }

private:
    std::vector<Cohort> m_items;
    std::size_t m_mask;
    std::size_t m_head = 0, m_tail = 0;
};

/// The edge phase of one month, summed in locals in the order the purchases and the use add to it.
struct EdgeMonth
{
    double embodied = 0, waterManufacturing = 0, adpe = 0, primaryEnergy = 0;
};

/// Edge fleet: adoption, purchase cohorts, replacement at end of life.
void simulateEdge(const Scenario &s, const Catalog &catalog, const Results &r, Months &mt)
{
    Timeline &t = mt.t;
    if (!r.chain(Phase::Edge).enabled)
        return;
    const double years = s.system.service_years;
    const EdgeDetail &e = r.edgeDetail;
    const std::vector<double> &decarb = mt.powers.decarbonization(regionRate(catalog, s.edge.region, s));
    Adoption adoption(s.trends);
    const double lifeMonths = e.lifetime_years * 12.0;
    CohortRing cohorts(static_cast<std::size_t>(t.months) + 1);
    double inService = 0;
    // `when` is the exact purchase time in months, so replacement dates do not drift.
    const auto buy = [&](EdgeMonth &out, double when, double size) {
        cohorts.push({when + lifeMonths, size});
        inService += size;
        out.embodied += size * e.embodied_per_unit_kgco2e;
        out.waterManufacturing += size * e.water_per_unit_l;
        out.adpe += size * e.adpe_per_unit_kg_sb_eq;
        out.primaryEnergy += size * e.primary_energy_per_unit_mj;
    };
    const double spanMonths = years * 12.0;
    for (int m = 0; m < t.months; ++m) {
        EdgeMonth bought;
        // Cohorts reaching end of life during this month (and before the system ends)
        // retire as e-waste and are replaced.
        while (!cohorts.empty() && cohorts.top().due < m + 1 - 1e-9 && cohorts.top().due < spanMonths - 1e-9) {
            const Cohort c = cohorts.top();
            cohorts.pop();
            addEwaste(at(mt, m, Phase::Disposal), c.size * e.mass_per_unit_kg, s);
            inService -= c.size;
            buy(bought, c.due, c.size);
        }
        const double target = e.devices * adoption.month(m);
        if (target > inService + 1e-9)
            buy(bought, m, target - inService);
        t.edgeDevicesInService[m] = inService;
        const double energy = inService * e.energy_per_device_day_kwh * kDaysPerMonth * monthWeight(t, m, years);
        Impacts &out = at(mt, m, Phase::Edge); // written by nothing else: its fields start at 0
        out.energy_kwh = energy;
        out.operational_kgco2e = energy * e.intensity_g_per_kwh / 1000.0 * decarb[static_cast<std::size_t>(m / 12)];
        out.embodied_kgco2e = bought.embodied;
        out.water_offsite_l = energy * e.ewif_l_per_kwh;
        out.water_manufacturing_l = bought.waterManufacturing;
        out.adpe_kg_sb_eq = bought.adpe + energy * e.adpe_kg_sb_eq_per_kwh;
        out.primary_energy_mj = bought.primaryEnergy + energy * e.primary_energy_mj_per_kwh;
    }
    // At the end: either everything still in service is retired, or only the
    // cohorts whose life ends exactly with the system.
    for (; !cohorts.empty(); cohorts.pop()) {
        const Cohort &c = cohorts.top();
        if (s.disposal.retire_at_end || c.due <= spanMonths + 1e-9)
            addEwaste(at(mt, t.months - 1, Phase::Disposal), c.size * e.mass_per_unit_kg, s);
    }
}

/// The phase totals and the grand total in one pass over the months: each phase total is summed
/// month by month and the grand total month by month in phase order, the orders they always had
/// (the same sums, bit for bit), over the phases written to only (adding zeros changes no sum).
void sumMonths(Months &mt)
{
    Timeline &t = mt.t;
    std::array<Impacts, kPhaseCount> phases{};
    Impacts total;
    for (int m = 0; m < t.months; ++m) {
        const auto &month = t.monthly[m];
        for (unsigned written = mt.written[static_cast<std::size_t>(m)]; written != 0; written &= written - 1) {
            const int p = std::countr_zero(written);
            add(phases[static_cast<std::size_t>(p)], month[p]);
            add(total, month[p]);
        }
    }
    t.phaseTotals = phases;
    t.totals = total;
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

    Months mt{t, std::vector<std::uint8_t>(static_cast<std::size_t>(t.months), 0), YearlyPowers(t.months)};
    simulateBeforeLaunch(s, catalog, r, mt);
    simulateDeployment(s, catalog, r, mt);
    simulateEdge(s, catalog, r, mt);
    // Data-centre hardware is retired with the system (its allocated share).
    addEwaste(at(mt, t.months - 1, Phase::Disposal), dataCentreEwasteKg(r), s);

    sumMonths(mt);
    return t;
}

} // namespace mlimpact::detail
