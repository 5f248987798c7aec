// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyses.h"

#include "evaluate.h"
#include "rebound.h"
#include "resolved_site.h"
#include "schedule.h"

#include <algorithm>
#include <cmath>

namespace mlimpact {

double techniqueStrength(const Scenario &s, Technique t)
{
    switch (t) {
    case Technique::UnstructuredMasked:
    case Technique::UnstructuredSparseKernels:
        return s.efficiency.sparsity_kind == SparsityKind::Unstructured ? s.efficiency.sparsity : 0.0;
    case Technique::Structured2to4:
        return s.efficiency.sparsity_kind == SparsityKind::Structured2to4 ? std::min(s.efficiency.sparsity, 0.5) : 0.0;
    case Technique::Quantization:
        return static_cast<double>(static_cast<int>(s.deployment.precision));
    case Technique::Distillation:
        return 1.0 - s.efficiency.distillation_ratio;
    }
    return 0;
}

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

BreakEvenCurve breakEvenCurve(const BreakEven &b, const Scenario &s)
{
    BreakEvenCurve c;
    c.id = b.id;
    c.label = b.label;
    c.oneOffKgco2e = b.one_off_kgco2e;
    c.breakEvenDays = b.days_to_break_even;
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
    // breakEvenId only chooses which computed curve is shown.
    return static_cast<AnalysisParts>(static_cast<unsigned>(parts) & static_cast<unsigned>(after.parts));
}

void refreshAnalyses(Analyses &analyses, const Scenario &scenario, const Catalog &catalog, const Results &results,
                     const AnalysisRequest &request, AnalysisParts parts)
{
    AnalysisRequest partial = request;
    partial.parts = parts;
    Analyses fresh = computeAnalyses(scenario, catalog, results, partial);
    if (has(parts, AnalysisParts::Sweep)) {
        analyses.sweep = std::move(fresh.sweep);
        analyses.sweepHardware = fresh.sweepHardware;
        analyses.currentStrength = fresh.currentStrength;
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
    analyses.request = request;
}

Analyses computeAnalyses(const Scenario &s, const Catalog &catalog, const Results &r, const AnalysisRequest &request)
{
    Analyses a;
    a.request = request;
    a.serviceYears = s.system.service_years;
    a.trainingSchedule = s.training.schedule.mode;
    a.sweepHardware = request.hardware.empty() ? s.deployment.site.hardware : request.hardware;
    a.currentStrength = techniqueStrength(s, request.technique);
    if (has(request.parts, AnalysisParts::Sweep) && catalog.accelerator(a.sweepHardware))
        a.sweep = sweepTechnique(s, catalog, request.technique, a.sweepHardware, request.sweepPoints);
    if (has(request.parts, AnalysisParts::Regions))
        addRegions(a, s, catalog);
    if (has(request.parts, AnalysisParts::Rebound))
        addReboundCurve(a, r);
    if (has(request.parts, AnalysisParts::BreakEven)) {
        for (const auto &b : r.breakEvens)
            a.breakEvenCurves.push_back(breakEvenCurve(b, s));
    }
    return a;
}

} // namespace mlimpact
