// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights.h"

#include "equivalents.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace mlimpact {
namespace {

std::string equivalentText(EquivalentQuantity quantity, double amount, std::string *source)
{
    const auto e = describeEquivalent(quantity, amount);
    if (source)
        *source = e ? e->source : std::string();
    return e ? e->text : std::string();
}

HeadlineFigure figure(std::string id, std::string caption, double value, std::string unit, std::string text)
{
    HeadlineFigure f;
    f.id = std::move(id);
    f.caption = std::move(caption);
    f.value = value;
    f.unit = std::move(unit);
    f.text = std::move(text);
    return f;
}

/// A total with its unit, formatted, and its equivalent.
HeadlineFigure total(std::string id, std::string caption, double value, Quantity quantity, std::string unit,
                     EquivalentQuantity equivalent)
{
    HeadlineFigure f =
        figure(std::move(id), std::move(caption), value, std::move(unit), formatQuantity(value, quantity));
    f.detail = equivalentText(equivalent, value, &f.source);
    return f;
}

HeadlineFigure unavailable(std::string id, std::string caption, std::string unit, std::string text, std::string why)
{
    HeadlineFigure f = figure(std::move(id), std::move(caption), 0, std::move(unit), std::move(text));
    f.available = false;
    f.detail = std::move(why);
    return f;
}

HeadlineFigure perQueryFigure(const Results &r)
{
    if (r.perQuery.queries <= 0)
        return unavailable("carbon_per_query", "Carbon per query", "kgCO2e", "no queries", "cloud deployment excluded");
    const double kg = r.perQuery.lifecycle_carbon_g / 1000.0;
    HeadlineFigure f =
        total("carbon_per_query", "Carbon per query", kg, Quantity::CarbonKg, "kgCO2e", EquivalentQuantity::Carbon);
    if (f.detail.empty())
        f.detail = "life cycle, per query";
    f.detail += " · " + formatQuantity(r.perQuery.energy_wh / 1000.0, Quantity::EnergyKwh) + " per query served";
    return f;
}

/// "3.44 : 1", or for a small ratio the other way round ("1 : 133k", not "0.0000075 : 1").
std::string ratioText(double ratio)
{
    return ratio >= 1 ? formatSignificant(ratio) + " : 1" : "1 : " + formatQuantity(1.0 / ratio, Quantity::Plain);
}

HeadlineFigure deploymentRatioFigure(const Results &r)
{
    if (r.deployment_to_development_carbon <= 0)
        return unavailable("deployment_to_development", "Deployment : development", "ratio", "–",
                           "needs both deployment and development or training");
    HeadlineFigure f =
        figure("deployment_to_development", "Deployment : development", r.deployment_to_development_carbon, "ratio",
               ratioText(r.deployment_to_development_carbon));
    f.detail = "carbon; energy " + ratioText(r.deployment_to_development_energy) +
               ". Inference is 80-90% of ML compute (NVIDIA, AWS)";
    f.source = "Patterson et al. 2021, quoting NVIDIA and AWS";
    return f;
}

std::vector<HeadlineFigure> headlineFigures(const Results &r)
{
    const Impacts &t = r.totals;
    const double carbon = t.carbon_kgco2e();
    std::vector<HeadlineFigure> out;
    out.push_back(
        total("total_carbon", "Total carbon", carbon, Quantity::CarbonKg, "kgCO2e", EquivalentQuantity::Carbon));
    out.back().breakdown = "Operational " + formatQuantity(t.operational_kgco2e, Quantity::CarbonKg) + ", embodied " +
                           formatQuantity(t.embodied_kgco2e, Quantity::CarbonKg);
    out.push_back(total("energy", "Energy", t.energy_kwh, Quantity::EnergyKwh, "kWh", EquivalentQuantity::Energy));
    out.push_back(total("water", "Water", t.water_l(), Quantity::WaterL, "L", EquivalentQuantity::Water));
    out.back().breakdown = "On-site " + formatQuantity(t.water_onsite_l, Quantity::WaterL) + ", off-site " +
                           formatQuantity(t.water_offsite_l, Quantity::WaterL) + ", manufacturing " +
                           formatQuantity(t.water_manufacturing_l, Quantity::WaterL);
    out.push_back(total("ewaste", "E-waste", t.ewaste_kg, Quantity::MassKg, "kg", EquivalentQuantity::Ewaste));
    out.back().breakdown = formatQuantity(t.ewaste_unrecycled_kg, Quantity::MassKg) + " not formally recycled";
    out.push_back(perQueryFigure(r));
    out.push_back(deploymentRatioFigure(r));
    const double embodiedShare = carbon > 0 ? t.embodied_kgco2e / carbon : 0;
    out.push_back(figure("embodied_share", "Embodied share of carbon", embodiedShare, "fraction",
                         formatPercent(embodiedShare, 2)));
    out.back().detail = "manufacturing, allocated by use";
    return out;
}

ChartInsight empty(std::string why)
{
    ChartInsight c;
    c.takeaway = why;
    c.emptyReason = std::move(why);
    return c;
}

ChartInsight lifecycleInsight(const Catalog &, const Results &r, const Analyses &)
{
    const double carbon = r.totals.carbon_kgco2e();
    if (carbon <= 0)
        return empty("This scenario has no impact to break down: every phase is excluded.");
    Phase top = Phase::Development;
    for (Phase phase : kAllPhases) {
        if (r.phase(phase).carbon_kgco2e() > r.phase(top).carbon_kgco2e())
            top = phase;
    }
    const double topShare = r.phase(top).carbon_kgco2e() / carbon;
    const double embodiedShare = r.totals.embodied_kgco2e / carbon;
    ChartInsight c;
    c.takeaway = std::string(phaseLabel(top)) + " is " + formatPercent(topShare, 2) +
                 " of lifetime carbon; embodied carbon is " + formatPercent(embodiedShare, 2) + " of the total.";
    c.numbers = {{"top_phase_carbon_share", topShare, "fraction"},
                 {"embodied_carbon_share", embodiedShare, "fraction"}};
    return c;
}

const SweepPoint *sweepPointNear(const Analyses &a, double want)
{
    const SweepPoint *at = nullptr;
    for (const auto &pt : a.sweep) {
        if (!at || std::abs(pt.x - want) < std::abs(at->x - want))
            at = &pt;
    }
    return at;
}

ChartInsight triadInsight(const Catalog &catalog, const Results &, const Analyses &a)
{
    const Technique t = a.request.technique;
    const bool quant = t == Technique::Quantization;
    // At the scenario's own setting, or mid-range if it has none.
    const SweepPoint *at = sweepPointNear(a, quant || a.currentStrength > 0 ? a.currentStrength : 0.5);
    if (!at)
        return empty("No sweep: the chosen accelerator is not in the catalog.");
    const Accelerator *acc = catalog.accelerator(a.sweepHardware);
    static constexpr std::array<const char *, 4> precisions{"FP32", "FP16", "INT8", "INT4"};
    const std::string level = quant ? precisions[static_cast<std::size_t>(std::clamp(static_cast<int>(at->x), 0, 3))]
                              : t == Technique::Distillation ? formatSignificant(100 * at->x, 2) + "% less compute"
                                                             : formatSignificant(100 * at->x, 2) + "% pruned";
    ChartInsight c;
    c.takeaway = std::string(techniqueLabel(t)) + " (" + level + ") on " + (acc ? acc->name : a.sweepHardware) +
                 ": compute ×" + formatSignificant(at->compute, 2) + ", energy ×" + formatSignificant(at->energy, 2) +
                 ", carbon ×" + formatSignificant(at->carbon, 2) + " per query.";
    c.numbers = {{"strength", at->x, quant ? "precision index" : "fraction"},
                 {"compute_factor", at->compute, "ratio"},
                 {"energy_factor", at->energy, "ratio"},
                 {"carbon_factor", at->carbon, "ratio"}};
    return c;
}

ChartInsight timePlaceInsight(const Catalog &, const Results &r, const Analyses &a)
{
    if (a.regions.empty())
        return empty("No grid regions to compare.");
    const RegionImpact &cleanest = a.regions.front(), &dirtiest = a.regions.back();
    const double fold =
        cleanest.phase_carbon_kgco2e > 0 ? dirtiest.phase_carbon_kgco2e / cleanest.phase_carbon_kgco2e : 0;
    ChartInsight c;
    c.takeaway = "Scheduling saves " + formatPercent(r.schedule.saving(), 2) +
                 " of training carbon here; moving from " + dirtiest.name + " to " + cleanest.name +
                 " would change it " + formatSignificant(fold, 2) + "-fold.";
    c.numbers = {{"scheduling_saving", r.schedule.saving(), "fraction"}, {"dirtiest_to_cleanest", fold, "ratio"}};
    return c;
}

/// A launch share that rounds to 100% (two significant figures).
constexpr double kAllAtLaunch = 0.995;

ChartInsight timelineInsight(const Catalog &, const Results &r, const Analyses &a)
{
    const Timeline &tl = r.timeline;
    if (tl.months <= 0 || tl.totals.carbon_kgco2e() <= 0)
        return empty("Nothing accrues over the years in this scenario.");
    // How much of the lifetime carbon is already there at launch?
    double launch = 0;
    for (const auto &phase : tl.monthly.front())
        launch += phase.carbon_kgco2e();
    const double share = launch / tl.totals.carbon_kgco2e();
    // All of it at launch (a project that is barely used): the chart is one flat block,
    // nothing builds up over the years.
    if (share >= kAllAtLaunch)
        return empty("All of this scenario's carbon is emitted before or at launch (development, search and "
                     "training); nothing builds up over the " +
                     formatSignificant(a.serviceYears, 2) + " years in service.");
    ChartInsight c;
    c.takeaway = formatPercent(share, 2) +
                 " of lifetime carbon is emitted before or at launch; the rest accrues over " +
                 formatSignificant(a.serviceYears, 2) + " years.";
    c.numbers = {{"carbon_share_at_launch", share, "fraction"}, {"service_years", a.serviceYears, "years"}};
    return c;
}

ChartInsight reboundInsight(const Catalog &, const Results &r, const Analyses &)
{
    const ReboundOutcome &now = r.deploymentRebound;
    if (std::abs(now.costFactor - 1) < 1e-9)
        return empty("The scenario has no efficiency change, so there is nothing for demand to take back. Choose "
                     "a technique under Efficiency techniques to see the rebound.");
    ChartInsight c;
    c.takeaway = "An expected saving of " + formatPercent(now.expectedSaving, 2) + " becomes " +
                 formatPercent(now.realizedSaving, 2) + " at elasticity " + formatSignificant(now.elasticity, 2) +
                 (now.backfire() ? ": backfire" : "") + ".";
    c.numbers = {{"expected_saving", now.expectedSaving, "fraction"},
                 {"realized_saving", now.realizedSaving, "fraction"},
                 {"elasticity", now.elasticity, ""}};
    return c;
}

/// The investment the break-even chart shows: the requested one, or the first.
const BreakEven *shownInvestment(const Results &r, const Analyses &a)
{
    for (const auto &b : r.breakEvens) {
        if (b.id == a.request.breakEvenId)
            return &b;
    }
    return r.breakEvens.empty() ? nullptr : &r.breakEvens.front();
}

ChartInsight breakEvenInsight(const Catalog &, const Results &r, const Analyses &a)
{
    const BreakEven *b = shownInvestment(r, a);
    if (!b)
        return empty("No one-off investment to pay back in this scenario: enable NAS, distillation, pruning or "
                     "INT8/INT4 serving to see its payback.");
    ChartInsight c;
    if (!b->breaksEven())
        c.takeaway = b->label + " never pays back here: it costs " +
                     formatQuantity(b->one_off_kgco2e, Quantity::CarbonKg) + " and saves nothing.";
    else if (b->days_to_break_even == 0)
        c.takeaway =
            b->label + " pays back at once, " + formatSignificant(b->payback_ratio, 2) + ":1 over the service life.";
    else
        c.takeaway = b->label + " pays back after " + formatQuantity(b->days_to_break_even * 24, Quantity::Hours) +
                     " of deployment, " + formatSignificant(b->payback_ratio, 2) + ":1 over the service life.";
    c.numbers = {{"one_off_kgco2e", b->one_off_kgco2e, "kgCO2e"},
                 {"days_to_break_even", b->breaksEven() ? b->days_to_break_even : -1, "days (-1: never)"},
                 {"payback_ratio", b->payback_ratio, "ratio"}};
    return c;
}

using InsightFunction = ChartInsight (*)(const Catalog &, const Results &, const Analyses &);

struct ChartRow
{
    ChartDescriptor descriptor;
    InsightFunction compute;
};

const std::array<ChartRow, 6> &chartRows()
{
    static const std::array<ChartRow, 6> rows{{
        {{"lifecycle", "Where does the impact come from?", AnalysisParts::None}, lifecycleInsight},
        {{"triad", "Does saving compute save energy and carbon?", AnalysisParts::Sweep}, triadInsight},
        {{"time-place", "When and where should training run?", AnalysisParts::Regions}, timePlaceInsight},
        {{"timeline", "How do impacts build up over the years?", AnalysisParts::None}, timelineInsight},
        {{"rebound", "Will the efficiency saving survive more use?", AnalysisParts::Rebound}, reboundInsight},
        {{"break-even", "Does the one-off investment pay back?", AnalysisParts::BreakEven}, breakEvenInsight},
    }};
    return rows;
}

} // namespace

const HeadlineFigure *Insights::headline(std::string_view id) const &
{
    const auto it = std::find_if(headlines.begin(), headlines.end(), [id](const auto &h) { return h.id == id; });
    return it == headlines.end() ? nullptr : &*it;
}

const ChartInsight *Insights::chart(std::string_view id) const &
{
    const auto it = std::find_if(charts.begin(), charts.end(), [id](const auto &c) { return c.chartId == id; });
    return it == charts.end() ? nullptr : &*it;
}

const std::vector<ChartDescriptor> &chartDescriptors()
{
    static const std::vector<ChartDescriptor> descriptors = [] {
        std::vector<ChartDescriptor> out;
        for (const auto &row : chartRows())
            out.push_back(row.descriptor);
        return out;
    }();
    return descriptors;
}

const ChartDescriptor *findChartDescriptor(std::string_view id)
{
    const auto &all = chartDescriptors();
    const auto it = std::find_if(all.begin(), all.end(), [id](const auto &d) { return d.id == id; });
    return it == all.end() ? nullptr : &*it;
}

Insights computeInsights(const Catalog &catalog, const Results &results, const Analyses &analyses)
{
    Insights out;
    out.headlines = headlineFigures(results);
    for (const auto &row : chartRows()) {
        // A chart whose analyses were not computed (not shown) has nothing to say yet.
        if ((static_cast<unsigned>(row.descriptor.needs) & ~static_cast<unsigned>(analyses.request.parts)) != 0)
            continue;
        ChartInsight c = row.compute(catalog, results, analyses);
        c.chartId = row.descriptor.id;
        c.title = row.descriptor.title;
        out.charts.push_back(std::move(c));
    }
    return out;
}

} // namespace mlimpact
