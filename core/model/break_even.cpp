// Break-even of one-off costs (NAS, distillation, quantization, pruning) against
// the savings they buy, and the payback of refreshing the serving fleet (docs/model.md §12).
// Everything is compared with demand responding as the scenario says (its rebound
// elasticities), as the rebound chart and the totals do: a payback is never claimed where
// more use takes the saving back.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate_detail.h"

#include <cmath>
#include <limits>
#include <optional>

namespace mlimpact::detail {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr EvaluateOptions kDemandResponds{false, false, true, {}, false};

double carbonOf(const Results &r, std::initializer_list<Phase> phases)
{
    double sum = 0;
    for (Phase p : phases)
        sum += r.phase(p).carbon_kgco2e();
    return sum;
}

/// breakEvenSavedBy() of one break-even at many times: the demand curve and the queries of the
/// service life are worked out once (the timing's bisection asks about a hundred times).
class SavingsCurve
{
public:
    SavingsCurve(const BreakEven &b, const Scenario &s)
        : m_b(b)
        , m_span(s.system.service_years)
        , m_queries(s.deployment.queries_per_day, s.deployment.query_growth_per_year)
        , m_totalQ(s.deployment.enabled ? m_queries.at(m_span) : 0.0)
    {}

    double at(double years) const
    {
        const double t = std::max(0.0, years);
        const double dep =
            m_totalQ > 0 ? m_b.deployment_saving_kgco2e * m_queries.at(std::min(t, m_span)) / m_totalQ : 0;
        const double edge = m_b.edge_saving_kgco2e * std::min(t, m_span) / m_span;
        // Past the service life the savings continue at their average rate.
        const double beyond =
            t > m_span ? (m_b.deployment_saving_kgco2e + m_b.edge_saving_kgco2e) / m_span * (t - m_span) : 0.0;
        return m_b.one_time_saving_kgco2e + dep + edge + beyond;
    }

private:
    const BreakEven &m_b;
    double m_span;
    QueryCurve m_queries;
    double m_totalQ;
};

/// When the cumulative saving first reaches `netCost` (years), by halving: for savings of
/// opposite signs, whose sum over time can rise and fall.
template <typename SavedBy> double bisectTimeToSave(const SavedBy &savedBy, double netCost, double years)
{
    double lo = 0, hi = years;
    while (savedBy(hi) < netCost)
        hi *= 2;
    for (int i = 0; i < 60; ++i) { // 2^-60 of the bracket: far below a day
        const double mid = 0.5 * (lo + hi);
        (savedBy(mid) < netCost ? lo : hi) = mid;
    }
    return hi;
}

/// When the cumulative saving first reaches `netCost` (years), for savings that never decrease.
/// Queries grow once a year and are counted pro rata within it, and the edge saving accrues
/// evenly, so the saving is linear within each year of service and after it: find the year in
/// which it reaches the cost (at most one per service year) and solve that line.
double timeToSave(const SavingsCurve &curve, const BreakEven &b, double netCost, const Scenario &s)
{
    const double span = s.system.service_years;
    const auto savedBy = [&](double t) { return curve.at(t) - b.one_time_saving_kgco2e; };
    double from = 0, savedFrom = 0;
    while (from < span) {
        const double to = std::min(std::floor(from) + 1.0, span);
        const double savedTo = savedBy(to);
        if (savedTo >= netCost) // linear between from and to
            return from + (to - from) * (netCost - savedFrom) / (savedTo - savedFrom);
        from = to;
        savedFrom = savedTo;
    }
    // Past the service life the savings continue at their average rate.
    return span + (netCost - savedFrom) / ((b.deployment_saving_kgco2e + b.edge_saving_kgco2e) / span);
}

/// Fills the timing of a break-even: savings accrue with cloud queries (deployment) and
/// evenly over the years (edge); past the service life they continue at the average rate.
/// `demand` is the rebound's demand multiplier with the investment: the queries it serves.
void solveTiming(BreakEven &b, double deploymentSaving, double edgeSaving, const Scenario &s, double demand)
{
    const double years = s.system.service_years;
    const double qpd = s.deployment.queries_per_day * demand, growth = s.deployment.query_growth_per_year;
    const double totalQ = s.deployment.enabled ? totalQueries(qpd, growth, years) : 0.0;
    b.deployment_saving_kgco2e = deploymentSaving;
    b.edge_saving_kgco2e = edgeSaving;
    b.lifetime_saving_kgco2e = deploymentSaving + edgeSaving + b.one_time_saving_kgco2e;
    b.payback_ratio = b.one_off_kgco2e > 0 ? b.lifetime_saving_kgco2e / b.one_off_kgco2e : kInf;
    b.saving_per_query_kgco2e = totalQ > 0 ? deploymentSaving / totalQ : 0.0;
    const double netCost = b.one_off_kgco2e - b.one_time_saving_kgco2e;
    if (netCost <= 0) {
        b.queries_to_break_even = 0;
        b.days_to_break_even = 0;
        return;
    }
    const SavingsCurve curve(b, s);
    auto savedBy = [&](double t) { return curve.at(t) - b.one_time_saving_kgco2e; };
    if (deploymentSaving + edgeSaving <= 0) {
        b.queries_to_break_even = kInf;
        b.days_to_break_even = kInf;
        return;
    }
    const double hi = deploymentSaving >= 0 && edgeSaving >= 0 ? timeToSave(curve, b, netCost, s)
                                                               : bisectTimeToSave(savedBy, netCost, years);
    b.days_to_break_even = hi * 365.0;
    if (totalQ > 0) {
        const double beyondQueries =
            hi > years ? qpd * 365.0 * std::pow(1 + growth, std::floor(years)) * (hi - years) : 0;
        b.queries_to_break_even = totalQueries(qpd, growth, std::min(hi, years)) + beyondQueries;
    } else {
        b.queries_to_break_even = 0;
    }
}

} // namespace

} // namespace mlimpact::detail

namespace mlimpact {

double breakEvenSavedBy(const BreakEven &b, const Scenario &s, double years)
{
    return detail::SavingsCurve(b, s).at(years);
}

} // namespace mlimpact

namespace mlimpact::detail {

double yearsToServe(double queries, double queriesPerDay, double growthPerYear)
{
    if (queries <= 0)
        return 0;
    if (queriesPerDay <= 0)
        return kInf;
    double lo = 0, hi = 1;
    while (totalQueries(queriesPerDay, growthPerYear, hi) < queries) {
        hi *= 2;
        if (hi > 1e6)
            return kInf;
    }
    for (int i = 0; i < 60; ++i) { // 2^-60 of the bracket: far below a day
        const double mid = 0.5 * (lo + hi);
        (totalQueries(queriesPerDay, growthPerYear, mid) < queries ? lo : hi) = mid;
    }
    return hi;
}

void computeBreakEvens(const Scenario &s, const Catalog &catalog, Results &r, const Results *withGiven)
{
    const bool anyTechnique = s.efficiency.distillation_ratio < 1 || s.efficiency.sparsity > 0 ||
                              s.deployment.precision == Precision::Int8 || s.deployment.precision == Precision::Int4;
    const bool refresh = s.deployment.enabled && s.refresh.candidate_hardware != s.deployment.site.hardware &&
                         catalog.accelerator(s.refresh.candidate_hardware);
    if (!s.nas.enabled && !refresh && !(anyTechnique && s.development.enabled && s.deployment.enabled))
        return;
    std::optional<Results> evaluated;
    if (!withGiven)
        evaluated = evaluateWith(s, catalog, kDemandResponds);
    const Results &with = withGiven ? *withGiven : *evaluated;
    auto compare = [&](const char *id, const char *label, const Scenario &without, bool nas) {
        const Results base = evaluateWith(without, catalog, kDemandResponds);
        BreakEven b;
        b.id = id;
        b.label = label;
        const double devTrainWith = carbonOf(with, {Phase::Development, Phase::Training});
        const double devTrainBase = carbonOf(base, {Phase::Development, Phase::Training});
        if (nas) {
            b.one_off_kgco2e = with.phase(Phase::Nas).carbon_kgco2e();
            b.one_time_saving_kgco2e = devTrainBase - devTrainWith;
        } else {
            // The technique's one-off run is the whole difference in development.
            b.one_off_kgco2e =
                with.phase(Phase::Development).carbon_kgco2e() - base.phase(Phase::Development).carbon_kgco2e();
            b.one_time_saving_kgco2e =
                base.phase(Phase::Training).carbon_kgco2e() - with.phase(Phase::Training).carbon_kgco2e();
        }
        const double depSaving =
            base.phase(Phase::Deployment).carbon_kgco2e() - with.phase(Phase::Deployment).carbon_kgco2e();
        const double edgeSaving = base.phase(Phase::Edge).carbon_kgco2e() - with.phase(Phase::Edge).carbon_kgco2e();
        solveTiming(b, depSaving, edgeSaving, s, with.deploymentRebound.demandMultiplier);
        r.breakEvens.push_back(b);
    };
    if (s.nas.enabled) {
        Scenario without = s;
        without.nas.enabled = false;
        compare("nas", "Architecture search", without, true);
    }
    if (s.development.enabled && s.deployment.enabled) {
        if (s.efficiency.distillation_ratio < 1) {
            Scenario without = s;
            without.efficiency.distillation_ratio = 1;
            compare("distillation", "Distillation", without, false);
        }
        if (s.deployment.precision == Precision::Int8 || s.deployment.precision == Precision::Int4) {
            Scenario without = s;
            without.deployment.precision = Precision::Fp16;
            compare("quantization", "Quantization", without, false);
        }
        if (s.efficiency.sparsity > 0) {
            Scenario without = s;
            without.efficiency.sparsity = 0;
            compare("pruning", "Pruning", without, false);
        }
    }

    // Refresh or keep: the candidate fleet is bought outright; the current one is sunk.
    if (refresh) {
        Scenario candidate = s;
        candidate.deployment.site.hardware = s.refresh.candidate_hardware;
        candidate.deployment.site.avg_power_w.reset(); // a measured power belongs to the old hardware
        candidate.deployment.site.embodied_kgco2e.reset();
        // The same techniques on other hardware: the same cost factor, so the same demand.
        const Results &now = with;
        const Results next = evaluateWith(candidate, catalog, kDemandResponds);
        const double years = s.system.service_years;
        RefreshPayback &p = r.refresh;
        p.evaluated = true;
        p.candidate = s.refresh.candidate_hardware;
        const PhaseChain &c = next.chain(Phase::Deployment);
        p.fleet_devices = c.provisioned_device_hours / years / (8760.0 * c.use_rate);
        p.embodied_kgco2e = p.fleet_devices * (c.embodied_per_device_kgco2e + c.serverEmbodiedPerDeviceKgco2e());
        p.annual_operational_now_kgco2e = now.phase(Phase::Deployment).operational_kgco2e / years;
        p.annual_operational_candidate_kgco2e = next.phase(Phase::Deployment).operational_kgco2e / years;
        const double saving = p.annual_operational_now_kgco2e - p.annual_operational_candidate_kgco2e;
        p.payback_years = saving > 0 ? p.embodied_kgco2e / saving : kInf;
    }
}

} // namespace mlimpact::detail
