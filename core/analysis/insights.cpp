// Insights: what each chart and headline figure means, computed once for the window, the CLI
// report and the slides. The registry of charts and the missing-data notes are here; the texts
// are in insight_*.cpp (insight_parts.h).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights.h"

#include "insight_parts.h"

#include <algorithm>
#include <array>

namespace mlimpact {
namespace {

using namespace insight;

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
    out.headlines = insight::headlineFigures(results);
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
