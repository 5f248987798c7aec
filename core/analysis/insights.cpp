// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights.h"

#include "comparison_report.h"
#include "equivalents.h"
#include "payback.h"
#include "system_graph_report.h"
#include "text_translation.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

namespace mlimpact {
namespace {

/// One of this file's sentences in the window's language (context "insights"), its numbers and
/// names filled in after (text_translation.h); English, byte for byte, where no translator is set.
std::string phrased(const char *pattern, std::initializer_list<std::string_view> args = {})
{
    return translatedPattern("insights", pattern, args);
}

/// A name from core's data (phase, technique, input) in the window's language: the window's list
/// of those names is in context "mlimpact" (translations/core_texts.cpp).
std::string coreName(std::string_view name)
{
    return translatedText("mlimpact", std::string(name));
}

/// "training" from "Training" (NAS stays NAS).
std::string lowerFirst(std::string_view label)
{
    std::string out(label);
    if (out.size() > 1 && !std::isupper(static_cast<unsigned char>(out[1])))
        out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
}

/// Whether the language lower-cases a name inside a sentence ("of training carbon") or keeps it
/// as written (German nouns: "Training", the same word as in English, so comparing the names
/// cannot tell). The translation answers, the way Qt's own QT_LAYOUT_DIRECTION entry does. "keep"
/// suits nouns; German patterns put a name that may start with an adjective in quotes.
bool lowerCasesNames()
{
    //: Translate as "keep" if names inside a sentence keep their capital letter (German nouns).
    return translatedText("insights", MLI_TR("insights", "LOWER_CASE_NAMES_IN_SENTENCES")) != "keep";
}

/// A name inside a sentence: English lower-cases it ("training"); German keeps its translation
/// as written.
std::string nameInSentence(std::string_view name)
{
    return lowerCasesNames() ? lowerFirst(coreName(name)) : coreName(name);
}

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

/// The per-use tile's caption: carbon per cloud query, per on-device inference, or per either.
/// The window translates captions through coreText() (context "mlimpact"); they are marked here
/// because no preset serves both, so translations/core_texts.cpp never lists the mixed one.
const char *perUseCaption(const Results &r)
{
    const bool cloud = r.perQuery.queries > 0, edge = r.edge_inferences > 0;
    return cloud && edge ? MLI_TR("mlimpact", "Carbon per query or inference")
           : edge        ? MLI_TR("mlimpact", "Carbon per inference")
                         : MLI_TR("mlimpact", "Carbon per query");
}

/// Resource depletion and primary energy, split into electricity and manufacturing (docs/model.md §19).
void resourceFigures(const Results &r, std::vector<HeadlineFigure> &out)
{
    double adpeElectricity = 0, peElectricity = 0;
    for (const PhaseChain &c : r.chains) {
        if (!c.enabled)
            continue;
        adpeElectricity += c.facility_energy_kwh * c.adpe_kg_sb_eq_per_kwh;
        peElectricity += c.facility_energy_kwh * c.primary_energy_mj_per_kwh;
    }
    const Impacts &t = r.totals;
    const auto split = [](double electricity, double total, Quantity q) {
        return phrased(MLI_TR("insights", "Electricity %1, manufacturing %2"),
                       {formatQuantity(electricity, q), formatQuantity(std::max(0.0, total - electricity), q)});
    };
    out.push_back(figure("adpe", "Resource depletion", t.adpe_kg_sb_eq, "kg Sb-eq",
                         formatQuantity(t.adpe_kg_sb_eq, Quantity::AdpeKgSbEq)));
    out.back().detail = phrased(MLI_TR("insights", "minerals and metals mined (ADPe)"));
    out.back().breakdown = split(adpeElectricity, t.adpe_kg_sb_eq, Quantity::AdpeKgSbEq);
    out.push_back(figure("primary_energy", "Primary energy", t.primary_energy_mj, "MJ",
                         formatQuantity(t.primary_energy_mj, Quantity::PrimaryEnergyMj)));
    out.back().detail = phrased(MLI_TR("insights", "energy taken from nature"));
    out.back().breakdown = split(peElectricity, t.primary_energy_mj, Quantity::PrimaryEnergyMj);
}

/// The per-use tile's line when no equivalent pictures the figure: one whole phrase per noun.
std::string lifeCyclePerUse(const Results &r)
{
    const bool cloud = r.perQuery.queries > 0, edge = r.edge_inferences > 0;
    if (cloud && edge)
        return phrased(MLI_TR("insights", "life cycle, per query or inference"));
    return edge ? phrased(MLI_TR("insights", "life cycle, per inference"))
                : phrased(MLI_TR("insights", "life cycle, per query"));
}

/// What the per-use figure is spread over: one whole sentence for each mix of uses served
/// (uses > 0, so there are queries, inferences or both).
std::string perUseBreakdown(const Results &r)
{
    const std::string queries = formatQuantity(r.perQuery.queries, Quantity::Plain);
    const std::string inferences = formatQuantity(r.edge_inferences, Quantity::Plain);
    if (r.perQuery.queries > 0 && r.edge_inferences > 0)
        return phrased(MLI_TR("insights", "All phases, development to disposal, over %1 cloud queries and %2 "
                                          "on-device inferences"),
                       {queries, inferences});
    if (r.edge_inferences > 0)
        return phrased(MLI_TR("insights", "All phases, development to disposal, over %1 on-device inferences"),
                       {inferences});
    return phrased(MLI_TR("insights", "All phases, development to disposal, over %1 cloud queries"), {queries});
}

/// Life-cycle carbon per use: every phase, development to disposal, over the cloud queries and
/// on-device inferences served (docs/model.md §8).
HeadlineFigure perQueryFigure(const Results &r)
{
    if (r.perQuery.uses <= 0)
        return unavailable("carbon_per_query", "Carbon per query", "kgCO2e", phrased(MLI_TR("insights", "no queries")),
                           phrased(MLI_TR("insights", "no cloud deployment or edge fleet serves the model")));
    const double kg = r.perQuery.lifecycle_carbon_g_per_use / 1000.0;
    HeadlineFigure f =
        total("carbon_per_query", perUseCaption(r), kg, Quantity::CarbonKg, "kgCO2e", EquivalentQuantity::Carbon);
    if (f.detail.empty())
        f.detail = lifeCyclePerUse(r);
    if (r.perQuery.queries > 0)
        f.detail += " · " + phrased(MLI_TR("insights", "%1 per query served"),
                                    {formatQuantity(r.perQuery.energy_wh / 1000.0, Quantity::EnergyKwh)});
    if (r.edge_inferences > 0)
        f.detail +=
            " · " + phrased(MLI_TR("insights", "%1 of device energy per inference"),
                            {formatQuantity(r.perQuery.edge_energy_wh_per_inference / 1000.0, Quantity::EnergyKwh)});
    f.breakdown = perUseBreakdown(r);
    return f;
}

/// "3.44 : 1", "639k : 1", or for a small ratio the other way round ("1 : 133k", not "0.0000075 : 1").
std::string ratioText(double ratio)
{
    if (!(ratio > 0))
        return "0 : 1";
    if (ratio >= 1)
        return (ratio >= 1000 ? formatQuantity(ratio, Quantity::Plain) : formatSignificant(ratio)) + " : 1";
    return "1 : " + formatQuantity(1.0 / ratio, Quantity::Plain);
}

/// In use (cloud deployment + edge fleet) against before launch (development, NAS, training).
HeadlineFigure deploymentRatioFigure(const Results &r)
{
    if (r.in_use_to_development_carbon <= 0)
        return unavailable(
            "deployment_to_development", "Deployment : development", "ratio", "–",
            phrased(MLI_TR("insights", "needs a cloud deployment or edge fleet, and development or training")));
    HeadlineFigure f = figure("deployment_to_development", "Deployment : development", r.in_use_to_development_carbon,
                              "ratio", ratioText(r.in_use_to_development_carbon));
    f.detail = phrased(MLI_TR("insights", "carbon; energy %1. Inference is 80-90% of ML compute (NVIDIA, AWS)"),
                       {ratioText(r.in_use_to_development_energy)});
    f.source = phrased(MLI_TR("insights", "Patterson et al. 2021, quoting NVIDIA and AWS"));
    std::vector<std::string> use, before;
    for (Phase p : kInUsePhases) {
        if (r.chain(p).enabled)
            use.push_back(coreName(phaseLabel(p)));
    }
    for (Phase p : kBeforeLaunchPhases) {
        if (r.chain(p).enabled)
            before.push_back(coreName(phaseLabel(p)));
    }
    auto list = [](const std::vector<std::string> &names) {
        std::string out;
        for (const auto &n : names)
            out += (out.empty() ? "" : " + ") + n;
        return out;
    };
    f.breakdown = phrased(MLI_TR("insights", "Deployment = the model in use (%1); development = before launch (%2). "
                                             "Disposal is in neither."),
                          {list(use), list(before)});
    if (const std::string parity = parityText(r); !parity.empty())
        f.breakdown += " " + phrased(MLI_TR("insights", "Inference-training parity, the cloud queries whose own cost "
                                                        "equals everything before launch: %1."),
                                     {parity});
    return f;
}

std::vector<HeadlineFigure> headlineFigures(const Results &r)
{
    const Impacts &t = r.totals;
    const double carbon = t.carbon_kgco2e();
    std::vector<HeadlineFigure> out;
    out.push_back(
        total("total_carbon", "Total carbon", carbon, Quantity::CarbonKg, "kgCO2e", EquivalentQuantity::Carbon));
    out.back().breakdown = phrased(MLI_TR("insights", "Operational %1, embodied %2"),
                                   {formatQuantity(t.operational_kgco2e, Quantity::CarbonKg),
                                    formatQuantity(t.embodied_kgco2e, Quantity::CarbonKg)});
    out.push_back(total("energy", "Energy", t.energy_kwh, Quantity::EnergyKwh, "kWh", EquivalentQuantity::Energy));
    out.back().breakdown = energySplitText(r);
    out.push_back(total("water", "Water", t.water_l(), Quantity::WaterL, "L", EquivalentQuantity::Water));
    out.back().breakdown = phrased(MLI_TR("insights", "On-site %1, off-site %2, manufacturing %3"),
                                   {formatQuantity(t.water_onsite_l, Quantity::WaterL),
                                    formatQuantity(t.water_offsite_l, Quantity::WaterL),
                                    formatQuantity(t.water_manufacturing_l, Quantity::WaterL)});
    out.push_back(total("ewaste", "E-waste", t.ewaste_kg, Quantity::MassKg, "kg", EquivalentQuantity::Ewaste));
    const std::string unrecycled = formatQuantity(t.ewaste_unrecycled_kg, Quantity::MassKg);
    if (const std::string origin = ewasteOriginText(r); !origin.empty())
        out.back().breakdown =
            phrased(MLI_TR("insights", "%1 not formally recycled; counted at disposal, from %2"), {unrecycled, origin});
    else
        out.back().breakdown = phrased(MLI_TR("insights", "%1 not formally recycled"), {unrecycled});
    out.push_back(perQueryFigure(r));
    out.push_back(deploymentRatioFigure(r));
    const double embodiedShare = carbon > 0 ? t.embodied_kgco2e / carbon : 0;
    out.push_back(figure("embodied_share", "Embodied share of carbon", embodiedShare, "fraction",
                         formatPercent(embodiedShare, 2)));
    out.back().detail = phrased(MLI_TR("insights", "manufacturing, allocated by use"));
    if (const EmbodiedSplit &split = r.embodiedSplit; split.anyServer) {
        const double dc = split.accelerator_kgco2e + split.server_kgco2e;
        out.back().detail =
            phrased(MLI_TR("insights", "manufacturing, allocated by use; host servers %1 of the data centres'"),
                    {formatPercent(dc > 0 ? split.server_kgco2e / dc : 0.0, 2)});
        out.back().breakdown = phrased(MLI_TR("insights", "Data centres: %1"), {embodiedSplitText(r)});
    }
    resourceFigures(r, out); // after the embodied share's lines: it appends figures of its own
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

/// A launch share that rounds to 100% (two significant figures).
constexpr double kAllAtLaunch = 0.995;

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

/// Which figures an unpublished value undercounts: the criteria it enters, and for the
/// deployment : development ratio only the phases on its two sides.
bool headlineAffectedBy(const std::string &id, const MissingValue &m)
{
    using enum Criterion;
    if (id == "energy")
        return m.affects(Energy);
    if (id == "water")
        return m.affects(Water);
    if (id == "ewaste")
        return m.affects(Ewaste);
    if (id == "adpe")
        return m.affects(Adpe);
    if (id == "primary_energy")
        return m.affects(PrimaryEnergy);
    if (id == "deployment_to_development") {
        const bool sides = std::any_of(m.phases.begin(), m.phases.end(),
                                       [](Phase p) { return phaseInfo(p).inUse || phaseInfo(p).beforeLaunch; });
        return sides && (m.affects(Carbon) || m.affects(Energy));
    }
    return m.affects(Carbon); // total carbon, carbon per query, embodied share
}

/// Which charts show a number an unpublished value undercounts.
bool chartAffectedBy(const std::string &id, const MissingValue &m, const Results &, const Analyses &a)
{
    using enum Criterion;
    if (id == "lifecycle" || id == "timeline")
        return true; // every criterion, every phase
    if (id == "time-place")
        return m.affects(Carbon) && m.enters(a.request.regionPhase);
    if (id == "break-even")
        return m.affects(Carbon);
    // The triad sweeps one device (the scenario's serving device by default): only its values count.
    const bool servingHardware =
        m.entryId == a.triad.hardware && (m.enters(Phase::Deployment) || m.enters(Phase::Edge));
    if (id == "triad")
        return servingHardware && (m.affects(Energy) || m.affects(Carbon));
    if (id == "rebound")
        return m.enters(Phase::Deployment) && m.affects(Energy);
    return false;
}

/// Puts each unpublished value's caveat on the figures and charts it undercounts.
void attachMissingData(Insights &out, const Results &r, const Analyses &a)
{
    for (const MissingValue &m : r.missing) {
        const std::string text = m.text();
        for (auto &h : out.headlines) {
            if (h.available && headlineAffectedBy(h.id, m))
                h.missingData.push_back(text);
        }
        for (auto &c : out.charts) {
            if (!c.isEmpty() && chartAffectedBy(c.chartId, m, r, a))
                c.missingData.push_back(text);
        }
    }
}

// --- The comparison charts (docs/model.md §14): read from Analyses::comparison. ---

constexpr const char *kNoVariants =
    MLI_TR("insights", "This document has no variants: Variants ▸ New Variant… adds one, or open a comparison preset.");

ChartInsight noVariants()
{
    return empty(translatedText("insights", kNoVariants));
}

/// "Carbon" from "Carbon (operational + embodied)", in the window's language (the label is
/// translated where the window shows it, in context "mlimpact").
std::string shortCriterionLabel(Criterion criterion)
{
    const std::string label = translatedText("mlimpact", std::string(criterionInfo(criterion).label));
    return label.substr(0, label.find(" ("));
}

ChartInsight compareInsight(const Catalog &, const Results &, const Analyses &a)
{
    if (!a.comparison || a.comparison->variants.empty())
        return noVariants();
    const Criterion criterion = a.request.compareCriterion;
    const auto k = static_cast<std::size_t>(criterion);
    const Comparison &cmp = *a.comparison;
    const double base = cmp.baseline.totals[k];
    // The variant furthest below the baseline, and the one furthest above, name the spread.
    const VariantOutcome *low = &cmp.variants.front(), *high = &cmp.variants.front();
    for (const auto &v : cmp.variants) {
        if (v.totals[k] < low->totals[k])
            low = &v;
        if (v.totals[k] > high->totals[k])
            high = &v;
    }
    ChartInsight c;
    const std::string label = shortCriterionLabel(criterion);
    // Variant names hold commas ("50% unstructured, sparse kernels"): the patterns quote them.
    if (cmp.variants.size() == 1)
        c.takeaway = translatedPattern("insights", MLI_TR("insights", "%1: “%2” is %3."),
                                       {label, low->name, changeFromBaseline(base, low->totals[k], criterion)});
    else
        c.takeaway = translatedPattern("insights", MLI_TR("insights", "%1: lowest “%2” %3; highest “%4” %5."),
                                       {label, low->name, changeFromBaseline(base, low->totals[k], criterion),
                                        high->name, changeFromBaseline(base, high->totals[k], criterion)});
    c.numbers.push_back({"baseline_total", base, std::string(criterionInfo(criterion).unit)});
    for (const auto &v : cmp.variants)
        c.numbers.push_back({"change_" + v.name, v.deltas[k], std::string(criterionInfo(criterion).unit)});
    return c;
}

ChartInsight bridgeInsight(const Catalog &, const Results &, const Analyses &a)
{
    const VariantOutcome *v = bridgeVariantShown(a);
    if (!v)
        return noVariants();
    if (!v->bridge)
        return empty(translatedPattern("insights", MLI_TR("insights", "No bridge was computed for %1."), {v->name}));
    const Criterion criterion = a.request.bridgeCriterion;
    const std::string unit(criterionInfo(criterion).unit);
    ChartInsight c;
    c.takeaway = translatedPattern("insights", MLI_TR("insights", "Baseline → “%1”: %2"),
                                   {v->name, bridgeSummary(*v->bridge, criterion)});
    c.numbers.push_back({"change", v->bridge->change(criterion), unit});
    for (const auto &cause : causes()) {
        if (v->bridge->active[static_cast<std::size_t>(cause.cause)])
            c.numbers.push_back({std::string(cause.id), v->bridge->term(cause.cause, criterion), unit});
    }
    return c;
}

/// "“INT8” changes 3 parameters": one clause of the what-changed takeaway.
std::string variantChangesText(const std::string &name, std::size_t n)
{
    if (n == 0)
        return translatedPattern("insights", MLI_TR("insights", "“%1” changes nothing"), {name});
    if (n == 1)
        return translatedPattern("insights", MLI_TR("insights", "“%1” changes 1 parameter"), {name});
    return translatedPattern("insights", MLI_TR("insights", "“%1” changes %2 parameters"), {name, std::to_string(n)});
}

ChartInsight whatChangedInsight(const Catalog &, const Results &, const Analyses &a)
{
    if (!a.comparison || a.comparison->variants.empty())
        return noVariants();
    ChartInsight c;
    std::size_t total = 0;
    std::string clauses;
    for (const auto &v : a.comparison->variants) {
        const std::size_t n = v.changes.size();
        total += n;
        clauses += (clauses.empty() ? "" : "; ") + variantChangesText(v.name, n);
        c.numbers.push_back({"changes_" + v.name, static_cast<double>(n), "parameters"});
    }
    c.takeaway = translatedPattern("insights", MLI_TR("insights", "%1 from the baseline."), {clauses});
    c.numbers.push_back({"changes_total", static_cast<double>(total), "parameters"});
    return c;
}

// --- The systems map (docs/model.md §16): read from Analyses::system. ---

/// "Total carbon follows operational carbon (0.94) more than embodied carbon (0.06)".
std::string carbonSplitText(const SystemGraph &g)
{
    const SystemEdge *op = g.edge("operational", "carbon");
    const SystemEdge *em = g.edge("embodied", "carbon");
    if (!op || !em || !op->elasticity || !em->elasticity)
        return {};
    const bool operationalLeads = *op->elasticity >= *em->elasticity;
    const SystemEdge *lead = operationalLeads ? op : em;
    const SystemEdge *other = operationalLeads ? em : op;
    // One pattern per order: German declines the two kinds of carbon differently.
    const char *pattern =
        operationalLeads
            ? MLI_TR("insights", "a 1% change in operational carbon moves total carbon %1%, in embodied carbon %2%")
            : MLI_TR("insights", "a 1% change in embodied carbon moves total carbon %1%, in operational carbon %2%");
    return translatedPattern("insights", pattern,
                             {formatSignificant(*lead->elasticity, 2), formatSignificant(*other->elasticity, 2)});
}

/// What the rebound loop does to a cut in energy per query; "" if it is not in this scenario.
std::string reboundLoopText(const SystemLoop *loop)
{
    if (!loop || !loop->active() || !(loop->directGain.value_or(0) > 0))
        return {};
    const double takenBack = -*loop->feedbackGain / *loop->directGain;
    if (std::abs(takenBack) < 1e-6)
        return translatedText(
            "insights", MLI_TR("insights", "demand does not answer the cost of a query here (elasticity 0), so the "
                                           "rebound loop is open"));
    const char *pattern =
        takenBack > 1 ? MLI_TR("insights", "the rebound loop takes back %1 of any cut in energy per query (backfire)")
                      : MLI_TR("insights", "the rebound loop takes back %1 of any cut in energy per query");
    return translatedPattern("insights", pattern, {formatPercent(takenBack, 2)});
}

ChartInsight systemInsight(const Catalog &, const Results &, const Analyses &a)
{
    const SystemGraph &g = a.system;
    const auto defined = std::count_if(g.edges.begin(), g.edges.end(), [](const auto &e) { return e.elasticity; });
    if (defined == 0)
        return empty(translatedText(
            "insights", MLI_TR("insights", "No causal link of the model has a local elasticity in this scenario.")));
    ChartInsight c;
    std::string text = carbonSplitText(g);
    const std::string rebound = reboundLoopText(g.loop("rebound"));
    if (!rebound.empty())
        text += (text.empty() ? "" : "; ") + rebound;
    if (!g.comparedVariant.empty()) {
        const auto up =
            std::count_if(g.nodes.begin(), g.nodes.end(), [](const auto &n) { return n.change && *n.change > 0.005; });
        const auto down =
            std::count_if(g.nodes.begin(), g.nodes.end(), [](const auto &n) { return n.change && *n.change < -0.005; });
        text += (text.empty() ? "" : "; ") +
                translatedPattern("insights", MLI_TR("insights", "in “%1” %2 quantities rise and %3 fall"),
                                  {g.comparedVariant, std::to_string(up), std::to_string(down)});
        c.numbers.push_back({"quantities_up", static_cast<double>(up), "count"});
        c.numbers.push_back({"quantities_down", static_cast<double>(down), "count"});
    }
    if (text.empty())
        text = translatedPattern("insights", MLI_TR("insights", "%1 causal links are active in this scenario"),
                                 {std::to_string(defined)});
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    c.takeaway = text + ".";
    c.numbers.push_back({"links_with_elasticity", static_cast<double>(defined), "count"});
    for (const auto &l : g.loops) {
        if (l.active())
            c.numbers.push_back({"loop_" + l.id + "_net_gain", l.netGain(), "elasticity"});
    }
    return c;
}

using InsightFunction = ChartInsight (*)(const Catalog &, const Results &, const Analyses &);

struct ChartRow
{
    ChartDescriptor descriptor;
    InsightFunction compute;
};

const std::array<ChartRow, 11> &chartRows()
{
    static const std::array<ChartRow, 11> rows{{
        {{"lifecycle", "Where does the impact come from?", AnalysisParts::None}, lifecycleInsight},
        {{"triad", "Does saving compute save energy and carbon?", AnalysisParts::Sweep}, triadInsight},
        {{"time-place", "When and where should training run?", AnalysisParts::Regions}, timePlaceInsight},
        {{"timeline", "How do impacts build up over the years?", AnalysisParts::None}, timelineInsight},
        {{"rebound", "Will the efficiency saving survive more use?", AnalysisParts::Rebound}, reboundInsight},
        {{"break-even", "Does the one-off investment pay back?", AnalysisParts::BreakEven}, breakEvenInsight},
        {{"tornado", "Which inputs matter most, for which criterion?", AnalysisParts::Tornado}, tornadoInsight},
        {{"system", "How do the parts of the system push each other?", AnalysisParts::System}, systemInsight},
        {{"compare", "How do the variants compare with the baseline?", AnalysisParts::Comparison}, compareInsight},
        {{"bridge", "What moves the total from the baseline to a variant?", AnalysisParts::Comparison}, bridgeInsight},
        {{"what-changed", "What does each variant change?", AnalysisParts::Comparison}, whatChangedInsight},
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

namespace {
std::string panelText(const std::vector<std::pair<std::string, std::string>> &panels, std::string_view panel)
{
    for (const auto &[id, text] : panels) {
        if (id == panel)
            return text;
    }
    return {};
}
} // namespace

std::string ChartInsight::panelEmptyReason(std::string_view panel) const
{
    return panelText(emptyPanels, panel);
}

std::string ChartInsight::panelCaption(std::string_view panel) const
{
    return panelText(panelCaptions, panel);
}

std::string parityText(const Results &r)
{
    if (!(r.queries_to_parity_carbon > 0) && !(r.queries_to_parity_energy > 0))
        return "";
    auto after = [](double queries) {
        return queries > 0 ? translatedPattern("insights", MLI_TR("insights", "after %1 queries"),
                                               {formatQuantity(queries, Quantity::Plain)})
                           : translatedText("insights", MLI_TR("insights", "never"));
    };
    std::string out = translatedPattern("insights", MLI_TR("insights", "%1 for carbon (energy: %2)"),
                                        {after(r.queries_to_parity_carbon), after(r.queries_to_parity_energy)});
    if (r.queries_to_parity_carbon > 0 && r.perQuery.queries > 0)
        out = translatedPattern("insights", MLI_TR("insights", "%1, %2 of the %3 served"),
                                {out, formatPercent(r.queries_to_parity_carbon / r.perQuery.queries, 2),
                                 formatQuantity(r.perQuery.queries, Quantity::Plain)});
    return out;
}

std::string ewasteOriginText(const Results &r)
{
    const double total = r.phase(Phase::Disposal).ewaste_kg;
    if (!(total > 0))
        return {};
    std::vector<std::pair<double, Phase>> parts;
    for (Phase p : kAllPhases) {
        const PhaseChain &chain = r.chain(p);
        if (p != Phase::Disposal && chain.enabled && chain.ewaste_source_kg > 0)
            parts.push_back({chain.ewaste_source_kg, p});
    }
    std::sort(parts.begin(), parts.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    std::string out;
    for (const auto &[kg, p] : parts) {
        const std::string name = nameInSentence(phaseLabel(p));
        const double share = kg / total;
        out += (out.empty() ? "" : ", ") + name + " " + formatQuantity(kg, Quantity::MassKg) + " (" +
               (share < 0.01                       ? std::string("<1%")
                : share > 0.99 && parts.size() > 1 ? std::string(">99%")
                                                   : formatPercent(share, 2)) +
               ")";
    }
    return out;
}

std::string energySplitText(const Results &r)
{
    const EnergySplit &e = r.energySplit;
    if (!(e.dynamic.energy_kwh + e.idle.energy_kwh + e.infrastructure.energy_kwh > 0))
        return {};
    const auto part = [](const EnergyPart &p) {
        return formatQuantity(p.energy_kwh, Quantity::EnergyKwh) + " (" + formatPercent(p.share, 2) + ")";
    };
    // The life-cycle chart breaks the lines at " · ": the translation keeps them.
    return translatedPattern(
        "insights",
        MLI_TR("insights", "Data-centre energy: at work %1 · allocated but idle %2 · shared infrastructure %3"),
        {part(e.dynamic), part(e.idle), part(e.infrastructure)});
}

std::string embodiedSplitText(const Results &r)
{
    const EmbodiedSplit &s = r.embodiedSplit;
    if (!s.anyServer)
        return {};
    const auto part = [](double value, double total, Quantity q) {
        return formatQuantity(value, q) + (total > 0 ? " (" + formatPercent(value / total, 2) + ")" : std::string());
    };
    const double carbon = s.accelerator_kgco2e + s.server_kgco2e;
    const double mass = s.accelerator_ewaste_kg + s.server_ewaste_kg;
    return translatedPattern(
        "insights",
        MLI_TR("insights", "accelerators %1, servers %2 of the data centres' embodied carbon; "
                           "retired mass: accelerators %3, servers %4"),
        {part(s.accelerator_kgco2e, carbon, Quantity::CarbonKg), part(s.server_kgco2e, carbon, Quantity::CarbonKg),
         part(s.accelerator_ewaste_kg, mass, Quantity::MassKg), part(s.server_ewaste_kg, mass, Quantity::MassKg)});
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
    attachMissingData(out, results, analyses);
    return out;
}

} // namespace mlimpact
