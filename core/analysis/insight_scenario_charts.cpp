// The scenario's own charts: life cycle, the compute/energy/carbon triad, time and place, the
// timeline, rebound, tornado and break-even.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight_parts.h"

#include "payback.h"
#include "text_translation.h"

#include <algorithm>
#include <cmath>

namespace mlimpact::insight {

ChartInsight lifecycleInsight(const Catalog &, const Results &r, const Analyses &)
{
    const double carbon = r.totals.carbon_kgco2e();
    if (carbon <= 0)
        return empty(
            phrased(MLI_TR("insights", "This scenario has no impact to break down: every phase is excluded.")));
    Phase top = Phase::Development;
    for (Phase phase : kAllPhases) {
        if (r.phase(phase).carbon_kgco2e() > r.phase(top).carbon_kgco2e())
            top = phase;
    }
    const double topShare = r.phase(top).carbon_kgco2e() / carbon;
    const double embodiedShare = r.totals.embodied_kgco2e / carbon;
    ChartInsight c;
    c.takeaway = phrased(MLI_TR("insights", "%1 is %2 of lifetime carbon; embodied carbon is %3 of the total."),
                         {coreName(phaseLabel(top)), formatPercent(topShare, 2), formatPercent(embodiedShare, 2)});
    c.numbers = {{"top_phase_carbon_share", topShare, "fraction"},
                 {"embodied_carbon_share", embodiedShare, "fraction"}};
    // With named host servers, whose embodied carbon it is (docs/model.md §20).
    if (const EmbodiedSplit &split = r.embodiedSplit; split.anyServer) {
        const double dc = split.accelerator_kgco2e + split.server_kgco2e;
        const double serverShare = dc > 0 ? split.server_kgco2e / dc : 0.0;
        c.takeaway +=
            " " + phrased(MLI_TR("insights", "Host servers are %1 of the data centres' embodied carbon (%2), "
                                             "the accelerators %3."),
                          {formatPercent(serverShare, 2), formatQuantity(split.server_kgco2e, Quantity::CarbonKg),
                           formatQuantity(split.accelerator_kgco2e, Quantity::CarbonKg)});
        c.numbers.push_back({"server_embodied_share", serverShare, "fraction"});
    }
    return c;
}

namespace {

/// The strength from which the technique saves energy for good (interpolated), or -1 if it
/// never does; the curve's first point when it saves from the start.
double energyCrossover(const TechniqueSweep &w)
{
    const auto &p = w.points;
    std::size_t first = p.size();
    while (first > 0 && p[first - 1].energy < 1)
        --first;
    if (first == p.size())
        return -1;
    const std::size_t start = w.curveStartsAtBaseline ? 0 : 1; // x = 0 is the dense model then
    if (first <= start)
        return p[std::min(start, p.size() - 1)].x;
    const SweepPoint &a = p[first - 1], &b = p[first];
    return a.x + (b.x - a.x) * (a.energy - 1) / (a.energy - b.energy);
}

const SweepPoint *lowestEnergy(const TechniqueSweep &w)
{
    const SweepPoint *best = nullptr;
    for (const auto &pt : w.points) {
        if (!best || pt.energy < best->energy)
            best = &pt;
    }
    return best;
}

/// "×0.66"; near 1 with a third digit, so a small change does not read as none ("×0.998").
std::string factor(double value)
{
    return "×" + trimmedNumber(value, std::abs(value - 1) < 0.05 ? 3 : 2);
}

std::string factors(const SweepPoint &p)
{
    return phrased(MLI_TR("insights", "compute %1, energy %2, carbon %3"),
                   {factor(p.compute), factor(p.energy), factor(p.carbon)});
}

/// Quantization: the other precisions against the scenario's own.
std::string precisionComparison(const TechniqueSweep &w)
{
    std::string energy, carbon;
    for (const auto &p : w.points) {
        if (static_cast<int>(p.x) == static_cast<int>(w.baselinePrecision))
            continue;
        const std::string sep = energy.empty() ? "" : ", ";
        energy += sep + phrased(MLI_TR("insights", "%1 at %2"), {factor(p.energy), strengthText(w.technique, p.x)});
        carbon += sep + factor(p.carbon);
    }
    return phrased(MLI_TR("insights", "At this scenario's %1 on %2, energy %3 would be %4 (carbon %5)."),
                   {precisionLabel(w.baselinePrecision), w.hardwareName, coreName(perUnitText(w)), energy, carbon});
}

/// A technique the scenario does not use: what the curve says, without inventing a setting.
std::string unusedTechnique(const TechniqueSweep &w)
{
    const SweepPoint *best = lowestEnergy(w);
    const double crossover = energyCrossover(w);
    double largestChange = 0;
    for (std::size_t i = w.curveStartsAtBaseline ? 0 : 1; i < w.points.size(); ++i)
        largestChange = std::max(largestChange, std::abs(w.points[i].energy - 1));
    const SweepPoint &last = w.points.back();
    // One whole sentence per shape of the curve, so a translation can order each its own way.
    const std::string name = nameInSentence(techniqueLabel(w.technique)), perUnit = coreName(perUnitText(w));
    if (crossover < 0 || !best || best->energy >= 1)
        return phrased(MLI_TR("insights", "This scenario does not use %1; on %2 it cuts compute (%3 at %4%) but never "
                                          "saves energy %5."),
                       {name, w.hardwareName, factor(last.compute), trimmedNumber(100 * last.x, 2), perUnit});
    if (largestChange < 0.01) // e.g. at the edge, where the device's own draw dominates
        return phrased(MLI_TR("insights", "This scenario does not use %1; on %2 it cuts compute (%3 at %4%) but "
                                          "changes energy %5 by under 1%."),
                       {name, w.hardwareName, factor(last.compute), trimmedNumber(100 * last.x, 2), perUnit});
    if (crossover > w.points[w.curveStartsAtBaseline ? 0 : 1].x)
        return phrased(MLI_TR("insights", "This scenario does not use %1; on %2 it saves energy %3 only beyond %4."),
                       {name, w.hardwareName, perUnit, strengthText(w.technique, crossover)});
    return phrased(MLI_TR("insights", "This scenario does not use %1; on %2 it saves energy %3 at every strength "
                                      "(%4 at %5%)."),
                   {name, w.hardwareName, perUnit, factor(best->energy), trimmedNumber(100 * best->x, 2)});
}

/// Which variant of a technique, in brackets after its strength.
std::string techniqueQualifier(Technique t)
{
    switch (t) {
    case Technique::UnstructuredMasked:
        return phrased(MLI_TR("insights", "masked dense kernels"));
    case Technique::UnstructuredSparseKernels:
        return phrased(MLI_TR("insights", "sparse kernels"));
    case Technique::Structured2to4:
        return phrased(MLI_TR("insights", "2:4 structured"));
    case Technique::Quantization:
        return phrased(MLI_TR("insights", "quantization"));
    case Technique::Distillation:
        return phrased(MLI_TR("insights", "distillation"));
    case Technique::BatchSize:
        return phrased(MLI_TR("insights", "batching"));
    }
    return {};
}

/// The batch sweep's takeaway: energy per generated token against latency (docs/model.md §3.2).
ChartInsight batchInsight(const TechniqueSweep &w)
{
    ChartInsight c;
    const double maxBatch = w.points.back().x;
    const auto last = w.points.size() - 1;
    c.takeaway = phrased(MLI_TR("insights",
                                "On %1, a full replica at batch %2 uses %3 the energy per generated token of batch 1 "
                                "(%4 J vs %5 J) while a response takes %6 as long; this scenario's %7: %8 energy, "
                                "%9 latency."),
                         {w.hardwareName, std::to_string(std::llround(maxBatch)), factor(w.points.back().energy),
                          formatSignificant(w.energyPerTokenJ.back()), formatSignificant(w.energyPerTokenJ.front()),
                          factor(w.latencyFactor.back()), strengthText(w.technique, w.own.x), factor(w.own.energy),
                          factor(w.ownLatencyFactor)}) +
                 " " +
                 (w.memoryBound[last]
                      ? phrased(MLI_TR("insights", "Decode stays memory-bound up to the largest batch that fits."))
                      : phrased(MLI_TR("insights", "At the largest batch the decode step is compute-bound.")));
    c.numbers = {{"energy_per_token_batch1_j", w.energyPerTokenJ.front(), "J"},
                 {"energy_per_token_largest_batch_j", w.energyPerTokenJ.back(), "J"},
                 {"largest_batch", maxBatch, "sequences"},
                 {"scenario_batch", w.own.x, "sequences"},
                 {"energy_factor", w.own.energy, "ratio"},
                 {"latency_factor", w.ownLatencyFactor, "ratio"},
                 {"energy_per_token_scenario_j", w.ownEnergyPerTokenJ, "J"},
                 {"latency_scenario_s", w.ownLatencyS, "s"}};
    return c;
}

} // namespace

ChartInsight triadInsight(const Catalog &, const Results &, const Analyses &a)
{
    const TechniqueSweep &w = a.triad;
    if (!w.emptyReason.empty())
        return empty(w.emptyReason);
    if (w.points.empty())
        return empty(phrased(MLI_TR("insights", "No sweep for this technique and device.")));
    if (w.technique == Technique::BatchSize)
        return batchInsight(w);
    const bool quant = w.technique == Technique::Quantization;
    ChartInsight c;
    if (quant)
        c.takeaway = precisionComparison(w);
    else if (w.scenarioUses)
        c.takeaway = phrased(MLI_TR("insights", "At this scenario's %1 (%2) on %3: %4 vs %5."),
                             {strengthText(w.technique, w.own.x), techniqueQualifier(w.technique), w.hardwareName,
                              factors(w.own), baselineName(w)});
    else
        c.takeaway = unusedTechnique(w);
    const SweepPoint *best = lowestEnergy(w);
    c.numbers = {{"scenario_uses_technique", w.scenarioUses ? 1.0 : 0.0, "boolean"},
                 {"scenario_strength", w.own.x, quant ? "precision index (0 FP32 .. 3 INT4)" : "fraction"},
                 {"compute_factor", w.own.compute, "ratio"},
                 {"energy_factor", w.own.energy, "ratio"},
                 {"carbon_factor", w.own.carbon, "ratio"},
                 {"lowest_energy_factor", best->energy, "ratio"},
                 {"lowest_energy_strength", best->x, quant ? "precision index (0 FP32 .. 3 INT4)" : "fraction"}};
    if (!quant)
        c.numbers.push_back({"energy_saving_from_strength", energyCrossover(w), "fraction (-1: never)"});
    return c;
}

namespace {

std::string scheduleModeText(ScheduleMode mode)
{
    switch (mode) {
    case ScheduleMode::RunNow:
        return phrased(MLI_TR("insights", "run now"));
    case ScheduleMode::FlexibleStart:
        return phrased(MLI_TR("insights", "flexible start"));
    case ScheduleMode::PauseResume:
        return phrased(MLI_TR("insights", "pause and resume"));
    }
    return "";
}

/// The first half of the time-place takeaway: what shifting in time does (or why it cannot be shown).
std::string timeShiftText(const Results &r, const Analyses &a, const std::string &region)
{
    if (a.hourlyIsFlat)
        return phrased(MLI_TR("insights", "No hourly data for %1, so shifting in time cannot be shown"), {region});
    if (a.trainingSchedule == ScheduleMode::RunNow)
        return phrased(MLI_TR("insights", "Training runs now, as scheduled (no window to shift in)"));
    if (r.schedule.windowTooShort)
        return phrased(
            MLI_TR("insights", "The run (%1) is longer than its %2 window, so it runs now and saves nothing"),
            {formatQuantity(r.schedule.durationHours, Quantity::Hours),
             formatQuantity(r.schedule.windowHours, Quantity::Hours)});
    return phrased(MLI_TR("insights", "Shifting in time (%1) saves %2 of training's operational carbon in %3"),
                   {scheduleModeText(a.trainingSchedule), formatPercent(r.schedule.saving(), 2), region});
}

/// The caption over the hours panel; "" when the region has no hourly data (the panel says why).
std::string timeShiftCaption(const Results &r, const Analyses &a)
{
    if (a.hourlyIsFlat)
        return {};
    if (a.trainingSchedule == ScheduleMode::RunNow)
        return phrased(MLI_TR("insights", "Runs now: no shift in time"));
    if (r.schedule.windowTooShort)
        return phrased(MLI_TR("insights", "Longer than its window: runs now"));
    return phrased(MLI_TR("insights", "Shifting in time saves %1 of operational carbon"),
                   {formatPercent(r.schedule.saving(), 2)});
}

} // namespace

/// When and where (docs/model.md §10): the saving of the schedule in time, and of moving to the
/// cleanest region compared, each as a share of what training emits here.
ChartInsight timePlaceInsight(const Catalog &catalog, const Results &r, const Analyses &a)
{
    if (a.regions.empty())
        return empty(phrased(MLI_TR("insights", "No grid regions to compare.")));
    const GridRegion *grid = catalog.gridRegion(a.trainingRegion);
    const std::string region = grid ? grid->name : a.trainingRegion;
    const RegionImpact &cleanest = a.regions.front(), &dirtiest = a.regions.back();
    const auto here = std::find_if(a.regions.begin(), a.regions.end(),
                                   [&](const RegionImpact &x) { return x.id == a.trainingRegion; });
    const double fold =
        cleanest.phase_carbon_kgco2e > 0 ? dirtiest.phase_carbon_kgco2e / cleanest.phase_carbon_kgco2e : 0;
    const double placeSaving = here != a.regions.end() && here->phase_carbon_kgco2e > 0
                                   ? 1.0 - cleanest.phase_carbon_kgco2e / here->phase_carbon_kgco2e
                                   : 0.0;
    const double timeSaving = a.hourlyIsFlat ? 0.0 : r.schedule.saving();
    ChartInsight c;
    c.takeaway = timeShiftText(r, a, region) + "; ";
    if (here == a.regions.end())
        c.takeaway += phrased(MLI_TR("insights", "moving from %1 to %2 would change training carbon %3-fold."),
                              {dirtiest.name, cleanest.name, formatSignificant(fold, 2)});
    else if (placeSaving <= 0)
        c.takeaway += phrased(MLI_TR("insights", "%1 is already the cleanest region compared."), {region});
    else
        c.takeaway += phrased(MLI_TR("insights", "moving training to %1 would save %2 of its carbon."),
                              {cleanest.name, formatPercent(placeSaving, 2)});
    if (std::string caption = timeShiftCaption(r, a); !caption.empty())
        c.panelCaptions.push_back({"hours", std::move(caption)});
    if (here != a.regions.end())
        c.panelCaptions.push_back(
            {"places", placeSaving > 0 ? phrased(MLI_TR("insights", "Moving to %1 saves %2 of %3 carbon"),
                                                 {cleanest.name, formatPercent(placeSaving, 2),
                                                  nameInSentence(phaseLabel(a.request.regionPhase))})
                                       : phrased(MLI_TR("insights", "Already the cleanest region compared"))});
    if (a.hourlyIsFlat)
        c.emptyPanels.push_back(
            {"hours", phrased(MLI_TR("insights", "No hourly data for %1: only its annual average (%2 gCO₂e/kWh) is "
                                                 "known, so there is no time of day to shift to."),
                              {region, formatSignificant(a.hourlyIntensity[0])})});
    c.numbers = {{"scheduling_saving", timeSaving, "fraction"},
                 {"place_shift_saving", placeSaving, "fraction"},
                 {"dirtiest_to_cleanest", fold, "ratio"},
                 {"hourly_data", a.hourlyIsFlat ? 0.0 : 1.0, "boolean"}};
    return c;
}

namespace {

/// A launch share that rounds to 100% (two significant figures).
constexpr double kAllAtLaunch = 0.995;

} // namespace

ChartInsight timelineInsight(const Catalog &, const Results &r, const Analyses &a)
{
    const Timeline &tl = r.timeline;
    if (tl.months <= 0 || tl.totals.carbon_kgco2e() <= 0)
        return empty(phrased(MLI_TR("insights", "Nothing accrues over the years in this scenario.")));
    // How much of the lifetime carbon is already there at launch?
    double launch = 0;
    for (const auto &phase : tl.monthly.front())
        launch += phase.carbon_kgco2e();
    const double share = launch / tl.totals.carbon_kgco2e();
    // All of it at launch (a project that is barely used): the chart is one flat block,
    // nothing builds up over the years.
    if (share >= kAllAtLaunch)
        return empty(phrased(MLI_TR("insights", "All of this scenario's carbon is emitted before or at launch "
                                                "(development, search and training); nothing builds up over the %1 "
                                                "years in service."),
                             {formatSignificant(a.serviceYears, 2)}));
    ChartInsight c;
    c.takeaway = phrased(
        MLI_TR("insights", "%1 of lifetime carbon is emitted before or at launch; the rest accrues over %2 years."),
        {formatPercent(share, 2), formatSignificant(a.serviceYears, 2)});
    c.numbers = {{"carbon_share_at_launch", share, "fraction"}, {"service_years", a.serviceYears, "years"}};
    return c;
}

ChartInsight reboundInsight(const Catalog &, const Results &r, const Analyses &)
{
    const ReboundOutcome &now = r.deploymentRebound;
    if (!r.chain(Phase::Deployment).enabled)
        return empty(
            phrased(MLI_TR("insights", "No cloud deployment: the model's rebound applies to cloud queries, not "
                                       "to an edge fleet's inferences.")));
    if (std::abs(now.costFactor - 1) < 1e-9)
        return empty(phrased(MLI_TR("insights", "The techniques leave energy per query unchanged (×1), so there is "
                                                "nothing for demand to take back; choose one under Efficiency "
                                                "techniques.")));
    // A negative saving reads as an increase (backfire), not as "-30%"; one whole sentence for each
    // case, so that a translation can word the increase its own way.
    const std::string expected = formatPercent(now.expectedSaving, 2), elasticity = trimmedNumber(now.elasticity, 2);
    const std::string realized = formatPercent(now.realizedSaving >= 0 ? now.realizedSaving : -now.realizedSaving, 2);
    ChartInsight c;
    if (now.realizedSaving >= 0) // a saving that survives: never backfire
        c.takeaway = phrased(MLI_TR("insights", "An expected saving of %1 in deployment energy becomes %2 at "
                                                "demand elasticity %3."),
                             {expected, realized, elasticity});
    else
        c.takeaway = now.backfire()
                         ? phrased(MLI_TR("insights", "An expected saving of %1 in deployment energy becomes a %2 "
                                                      "increase at demand elasticity %3: backfire, serving uses more "
                                                      "energy than without the techniques."),
                                   {expected, realized, elasticity})
                         : phrased(MLI_TR("insights", "An expected saving of %1 in deployment energy becomes a %2 "
                                                      "increase at demand elasticity %3."),
                                   {expected, realized, elasticity});
    c.numbers = {{"expected_saving", now.expectedSaving, "fraction"},
                 {"realized_saving", now.realizedSaving, "fraction"},
                 {"elasticity", now.elasticity, ""}};
    return c;
}

namespace {

/// The input that moves a criterion most, one at a time: its swing as a share of the base, and
/// the lower and higher of its two ends as multiples of the base (what the chart's log axis shows).
struct TopInput
{
    const UncertainInput *input = nullptr;
    double swing = 0, lowFactor = 0, highFactor = 0;
};

TopInput topInput(const Tornado &t, Criterion c)
{
    const auto order = t.ranking(c);
    if (order.empty())
        return {};
    const auto i = static_cast<std::size_t>(c);
    const double base = std::abs(t.base[i]);
    const TornadoBar &bar = t.bars[order.front()];
    if (base <= 0)
        return {&t.inputs[bar.input], 0.0, 0.0, 0.0};
    const double a = bar.atLow[i] / base, b = bar.atHigh[i] / base;
    return {&t.inputs[bar.input], bar.swing(c) / base, std::min(a, b), std::max(a, b)};
}

} // namespace

ChartInsight tornadoInsight(const Catalog &, const Results &, const Analyses &a)
{
    const Tornado &t = a.tornado;
    const TopInput energy = topInput(t, Criterion::Energy);
    const TopInput carbon = topInput(t, Criterion::Carbon);
    const TopInput water = topInput(t, Criterion::Water);
    if (!energy.input && !carbon.input && !water.input)
        return empty(
            phrased(MLI_TR("insights", "No input of this scenario has a plausible range that moves its totals.")));
    // A swing can be hundreds of times the total, so it is said as the ends' multiples of the
    // point estimate (as the chart's axis reads), never as a percentage of it.
    auto driver = [](const TopInput &top) {
        if (!top.input)
            return phrased(MLI_TR("insights", "nothing here"));
        return phrased(MLI_TR("insights", "%1 (×%2 to ×%3)"),
                       {nameInSentence(top.input->parameter->label), formatSignificant(top.lowFactor),
                        formatSignificant(top.highFactor)});
    };
    ChartInsight c;
    const bool same = energy.input && carbon.input && water.input &&
                      energy.input->parameter == carbon.input->parameter &&
                      carbon.input->parameter == water.input->parameter;
    c.takeaway = same ? phrased(MLI_TR("insights", "Moved one at a time across its plausible range, energy is driven "
                                                   "most by %1, carbon by %2, water by %3: one input dominates every "
                                                   "criterion."),
                                {driver(energy), driver(carbon), driver(water)})
                      : phrased(MLI_TR("insights", "Moved one at a time across its plausible range, energy is driven "
                                                   "most by %1, carbon by %2, water by %3: different criteria, "
                                                   "different levers."),
                                {driver(energy), driver(carbon), driver(water)});
    c.numbers = {{"energy_top_swing", energy.swing, "fraction"},
                 {"carbon_top_swing", carbon.swing, "fraction"},
                 {"water_top_swing", water.swing, "fraction"},
                 {"inputs", static_cast<double>(t.inputs.size()), "count"}};
    return c;
}

namespace {

/// The investment the break-even chart shows: the requested one, or the first.
const BreakEven *shownInvestment(const Results &r, const Analyses &a)
{
    for (const auto &b : r.breakEvens) {
        if (b.id == a.request.breakEvenId)
            return &b;
    }
    return r.breakEvens.empty() ? nullptr : &r.breakEvens.front();
}

} // namespace

ChartInsight breakEvenInsight(const Catalog &, const Results &r, const Analyses &a)
{
    const BreakEven *b = shownInvestment(r, a);
    if (!b)
        return empty(phrased(MLI_TR("insights", "No one-off investment to pay back in this scenario: enable NAS, "
                                                "distillation, pruning or INT8/INT4 serving to see one.")));
    // Worded once (core/model/payback.h): the chart's marks say the same.
    const PaybackVerdict v = paybackVerdict(*b, a.serviceYears, r.deploymentRebound.elasticity);
    ChartInsight c;
    c.takeaway = v.takeaway;
    c.numbers = {{"one_off_kgco2e", b->one_off_kgco2e, "kgCO2e"},
                 {"days_to_break_even", b->breaksEven() ? b->days_to_break_even : -1, "days (-1: never)"},
                 {"service_days", v.serviceDays, "days"},
                 {"pays_back_within_service", v.paysBackWithinService() ? 1.0 : 0.0, "boolean"},
                 {"saved_by_service_end_kgco2e", v.savedByServiceEndKgco2e, "kgCO2e"},
                 {"shortfall_kgco2e", v.shortfallKgco2e, "kgCO2e"},
                 {"payback_ratio", b->payback_ratio, "ratio"},
                 {"demand_elasticity", r.deploymentRebound.elasticity, "elasticity (0: fixed demand)"}};
    return c;
}

} // namespace mlimpact::insight
