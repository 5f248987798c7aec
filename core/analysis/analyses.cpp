// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyses.h"

#include "evaluate.h"
#include "rebound.h"
#include "resolved_site.h"
#include "scenario_io.h"
#include "schedule.h"

#include <algorithm>
#include <cmath>

namespace mlimpact {

namespace {

void addRegions(Analyses &a, const Scenario &s, const Catalog &catalog)
{
    a.regions = compareRegions(s, catalog, a.request.regionPhase);
    const Site &trainingSite = *phaseSite(s, Phase::Training);
    a.trainingRegion = trainingSite.region;
    const ResolvedSite resolved = resolveSite(trainingSite, catalog);
    if (const GridRegion *g = resolved.grid) {
        const HourlyFactors &f = hourlyFactors(*g, s.training.schedule.season, &a.hourlyIsFlat);
        const double annual = resolved.intensity_g_per_kwh.value; // as the model uses it
        for (int h = 0; h < 24; ++h)
            a.hourlyIntensity[h] = annual * f[h];
        // A year of hourly data (import-intensity) is hourly data too: the chart draws its hours.
        a.hourlyIsFlat = a.hourlyIsFlat && !g->hourOfYear[0] && !g->hourOfYear[1];
    }
}

void addReboundCurve(Analyses &a, const Results &r)
{
    const double r0 = r.deploymentRebound.costFactor;
    for (int i = 0; i <= 60; ++i) {
        const double e = 3.0 * i / 60; // the whole valid range of the elasticity
        const ReboundOutcome o = reboundOutcome(r0, e);
        a.reboundCurve.push_back({e, o.expectedSaving, o.realizedSaving});
    }
}

BreakEvenCurve breakEvenCurve(const BreakEven &b, const Scenario &s, const Results &r)
{
    BreakEvenCurve c;
    c.id = b.id;
    c.label = b.label;
    c.oneOffKgco2e = b.one_off_kgco2e;
    c.breakEvenDays = b.days_to_break_even;
    c.serviceDays = s.system.service_years * 365.0;
    c.verdict = paybackVerdict(b, s.system.service_years, r.deploymentRebound.elasticity);
    // Show the service life, or up to the crossing if it comes later (capped at 4x).
    const double spanDays = s.system.service_years * 365.0;
    double maxDays = spanDays;
    if (std::isfinite(b.days_to_break_even))
        maxDays = std::clamp(b.days_to_break_even * 1.25, spanDays, 4 * spanDays);
    // Linear samples over the range, plus log-spaced ones near the start so an early
    // break-even can be shown on a logarithmic axis.
    std::vector<double> days;
    for (int i = 0; i <= 100; ++i)
        days.push_back(maxDays * i / 100);
    for (int i = 0; i < 60; ++i)
        days.push_back(maxDays * std::pow(10.0, -4.0 + 4.0 * i / 60));
    std::sort(days.begin(), days.end());
    for (double day : days) {
        c.days.push_back(day);
        c.savedKgco2e.push_back(breakEvenSavedBy(b, s, day / 365.0));
    }
    return c;
}

/// The map of the scenario shown; with variants, each node's change from the baseline to the
/// variant shown (or the first, when the baseline is shown).
void addSystemGraph(Analyses &a, const Scenario &s, const Catalog &catalog, const VariantDocument *document,
                    int selectedVariant)
{
    a.system = systemGraph(s, catalog); // 2 runs per edge without break-even or timeline: about 1 ms
    if (!document || document->variants.empty())
        return;
    const int n = static_cast<int>(document->variants.size());
    const Variant &v =
        document->variants[static_cast<std::size_t>(selectedVariant >= 0 && selectedVariant < n ? selectedVariant : 0)];
    attachComparison(a.system, document->baseline, resolveVariant(document->baseline, v), v.name, catalog);
}

} // namespace

AnalysisParts partsChangedBy(const AnalysisRequest &before, const AnalysisRequest &after)
{
    AnalysisParts parts = static_cast<AnalysisParts>(static_cast<unsigned>(after.parts) &
                                                     ~static_cast<unsigned>(before.parts)); // newly wanted
    if (after.technique != before.technique || after.hardware != before.hardware ||
        after.sweepPoints != before.sweepPoints)
        parts = parts | AnalysisParts::Sweep;
    if (after.regionPhase != before.regionPhase)
        parts = parts | AnalysisParts::Regions;
    // breakEvenId, compareCriterion and the bridge's variant and criterion only choose what is shown.
    return static_cast<AnalysisParts>(static_cast<unsigned>(parts) & static_cast<unsigned>(after.parts));
}

void refreshAnalyses(Analyses &analyses, const Scenario &scenario, const Catalog &catalog, const Results &results,
                     const AnalysisRequest &request, AnalysisParts parts, const VariantDocument *document,
                     int selectedVariant)
{
    AnalysisRequest partial = request;
    partial.parts = parts;
    Analyses fresh = computeAnalyses(scenario, catalog, results, partial, document, selectedVariant);
    if (has(parts, AnalysisParts::Sweep)) {
        analyses.triad = std::move(fresh.triad);
    }
    if (has(parts, AnalysisParts::Regions)) {
        analyses.regions = std::move(fresh.regions);
        analyses.trainingRegion = fresh.trainingRegion;
        analyses.hourlyIntensity = fresh.hourlyIntensity;
        analyses.hourlyIsFlat = fresh.hourlyIsFlat;
    }
    if (has(parts, AnalysisParts::Rebound))
        analyses.reboundCurve = std::move(fresh.reboundCurve);
    if (has(parts, AnalysisParts::BreakEven))
        analyses.breakEvenCurves = std::move(fresh.breakEvenCurves);
    if (has(parts, AnalysisParts::Comparison)) {
        analyses.comparison = std::move(fresh.comparison);
        analyses.selectedVariant = fresh.selectedVariant;
    }
    if (has(parts, AnalysisParts::Tornado))
        analyses.tornado = std::move(fresh.tornado);
    if (has(parts, AnalysisParts::System))
        analyses.system = std::move(fresh.system);
    analyses.request = request;
}

std::vector<AnalysisChoice> triadTechniqueChoices()
{
    std::vector<AnalysisChoice> out;
    for (int i = 0; i < kTechniqueCount; ++i) {
        const auto t = static_cast<Technique>(i);
        out.push_back({std::string(techniqueKey(t)), std::string(techniqueLabel(t))});
    }
    return out;
}

std::vector<AnalysisChoice> triadHardwareChoices(const Catalog &catalog)
{
    std::vector<AnalysisChoice> out;
    for (const auto &a : catalog.accelerators())
        out.push_back({a.id, a.name});
    for (const auto &d : catalog.edgeDevices())
        out.push_back({d.id, d.name});
    return out;
}

std::vector<AnalysisChoice> breakEvenChoices(const Results &results)
{
    std::vector<AnalysisChoice> out;
    for (const auto &b : results.breakEvens)
        out.push_back({b.id, b.label});
    return out;
}

std::vector<AnalysisChoice> compareCriterionChoices()
{
    std::vector<AnalysisChoice> out;
    for (const auto &info : criteria())
        out.push_back({std::string(info.id), std::string(info.label)});
    return out;
}

std::vector<AnalysisChoice> bridgeCriterionChoices()
{
    std::vector<AnalysisChoice> out;
    for (Criterion c : {Criterion::Carbon, Criterion::Energy, Criterion::Water}) {
        const CriterionInfo &info = criterionInfo(c);
        out.push_back({std::string(info.id), std::string(info.label)});
    }
    return out;
}

std::vector<AnalysisChoice> bridgeVariantChoices(const Analyses &analyses)
{
    std::vector<AnalysisChoice> out;
    if (analyses.comparison) {
        for (const auto &v : analyses.comparison->variants)
            out.push_back({v.name, v.name});
    }
    return out;
}

const VariantOutcome *bridgeVariantShown(const Analyses &a)
{
    if (!a.comparison || a.comparison->variants.empty())
        return nullptr;
    const auto &variants = a.comparison->variants;
    for (const auto &v : variants) {
        if (v.name == a.request.bridgeVariant)
            return &v;
    }
    if (a.selectedVariant >= 0 && a.selectedVariant < static_cast<int>(variants.size()))
        return &variants[static_cast<std::size_t>(a.selectedVariant)];
    return &variants.front();
}

namespace {

std::string keyList(const std::vector<AnalysisChoice> &choices)
{
    std::string out;
    for (const auto &c : choices)
        out += (out.empty() ? "" : ", ") + c.key;
    return out;
}

Diagnostics choiceError(std::string message)
{
    return {{Severity::Error, std::string(kCommandLineLabel), {}, std::move(message)}};
}

} // namespace

Diagnostics chooseTriad(std::string_view text, const Catalog &catalog, AnalysisRequest &request)
{
    const auto at = text.find('@');
    const std::string technique(text.substr(0, at));
    const std::string hardware = at == std::string_view::npos ? std::string() : std::string(text.substr(at + 1));
    const auto techniques = triadTechniqueChoices();
    const auto t =
        std::find_if(techniques.begin(), techniques.end(), [&](const auto &c) { return c.key == technique; });
    if (t == techniques.end())
        return choiceError("--triad: unknown technique \"" + technique + "\"; expected TECHNIQUE[@HARDWARE] with " +
                           "TECHNIQUE one of " + keyList(techniques));
    const auto devices = triadHardwareChoices(catalog);
    if (at != std::string_view::npos &&
        std::none_of(devices.begin(), devices.end(), [&](const auto &c) { return c.key == hardware; }))
        return choiceError("--triad: unknown hardware \"" + hardware + "\"; expected an accelerator or edge " +
                           "device id (or none, for the scenario's serving hardware): " + keyList(devices));
    request.technique = static_cast<Technique>(t - techniques.begin());
    request.hardware = hardware;
    return {};
}

Diagnostics chooseBreakEven(std::string_view id, const Results &results, AnalysisRequest &request)
{
    const auto choices = breakEvenChoices(results);
    if (std::none_of(choices.begin(), choices.end(), [&](const auto &c) { return c.key == id; }))
        return choiceError("--break-even: \"" + std::string(id) + "\" is not an investment of this scenario; " +
                           (choices.empty() ? std::string("it has none (enable NAS, distillation, pruning or "
                                                          "INT8/INT4 serving)")
                                            : "expected one of " + keyList(choices)));
    request.breakEvenId = std::string(id);
    return {};
}

Diagnostics chooseCompare(std::string_view id, AnalysisRequest &request)
{
    const auto criterion = findCriterion(id);
    if (!criterion)
        return choiceError("--compare: unknown criterion \"" + std::string(id) + "\"; expected one of " +
                           keyList(compareCriterionChoices()));
    request.compareCriterion = *criterion;
    return {};
}

Diagnostics chooseBridge(std::string_view text, const VariantDocument &document, AnalysisRequest &request)
{
    const auto at = text.find('@');
    const std::string variant(text.substr(0, at));
    const std::string criterionId = at == std::string_view::npos ? std::string() : std::string(text.substr(at + 1));
    std::string names;
    for (const auto &v : document.variants)
        names += (names.empty() ? "" : ", ") + v.name;
    if (!variant.empty() && std::none_of(document.variants.begin(), document.variants.end(),
                                         [&](const Variant &v) { return v.name == variant; }))
        return choiceError("--bridge: \"" + variant + "\" is not a variant of this document; " +
                           (names.empty() ? std::string("it has none") : "expected one of " + names));
    const auto choices = bridgeCriterionChoices();
    if (at != std::string_view::npos &&
        std::none_of(choices.begin(), choices.end(), [&](const auto &c) { return c.key == criterionId; }))
        return choiceError("--bridge: unknown criterion \"" + criterionId + "\"; expected VARIANT[@CRITERION] with " +
                           "CRITERION one of " + keyList(choices));
    request.bridgeVariant = variant;
    if (at != std::string_view::npos)
        request.bridgeCriterion = *findCriterion(criterionId);
    return {};
}

Analyses computeAnalyses(const Scenario &s, const Catalog &catalog, const Results &r, const AnalysisRequest &request,
                         const VariantDocument *document, int selectedVariant)
{
    Analyses a;
    a.request = request;
    a.serviceYears = s.system.service_years;
    a.trainingSchedule = s.training.schedule.mode;
    if (has(request.parts, AnalysisParts::Sweep))
        a.triad = techniqueSweep(s, catalog, request.technique, request.hardware, request.sweepPoints);
    if (has(request.parts, AnalysisParts::Regions))
        addRegions(a, s, catalog);
    if (has(request.parts, AnalysisParts::Rebound))
        addReboundCurve(a, r);
    if (has(request.parts, AnalysisParts::BreakEven)) {
        for (const auto &b : r.breakEvens)
            a.breakEvenCurves.push_back(breakEvenCurve(b, s, r));
    }
    // A document without variants has nothing to compare: the charts say so
    // (core/analysis/insight_comparison_charts.cpp).
    if (has(request.parts, AnalysisParts::Comparison) && document && !document->variants.empty()) {
        a.comparison = compareDocument(*document, catalog);
        a.selectedVariant = selectedVariant;
    }
    if (has(request.parts, AnalysisParts::Tornado)) {
        // Two runs per input without break-even or timeline (about 0.5 ms): on the caller's thread.
        Diagnostics ignored; // the registry's own ranges cannot be invalid
        RunControl oneThread;
        oneThread.threads = 1;
        a.tornado = oneAtATime(s, catalog, {}, oneThread, ignored);
    }
    if (has(request.parts, AnalysisParts::System))
        addSystemGraph(a, s, catalog, document, selectedVariant);
    return a;
}

} // namespace mlimpact
