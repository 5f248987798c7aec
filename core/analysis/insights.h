// The interpretation of a result, computed once: headline figures with their unit and
// source, each chart's one-sentence takeaway with the numbers behind it, and why a
// chart has nothing to show. The window, the command-line report, the JSON report and
// the slides all read these, so they can never say different things.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyses.h"
#include "catalog.h"
#include "format.h"
#include "mlimpact_core_export.h"
#include "results.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mlimpact {

/// One headline figure (a KPI tile, a box on the title slide).
struct HeadlineFigure
{
    std::string id;        ///< "total_carbon", "energy", ...: the JSON key
    std::string caption;   ///< "Total carbon"
    bool available = true; ///< false: the scenario has no such figure (`text` is "–")
    double value = 0;      ///< in the base unit of `quantity` (kgCO2e, kWh, L, kg), or a ratio
    std::string unit;      ///< "kgCO2e", "kWh", "L", "kg", "ratio", "fraction"
    std::string text;      ///< "1.42 kt CO₂e", "3.44 : 1"
    std::string detail;    ///< an equivalent, what the figure means, or why it is not available
    std::string source;    ///< of the equivalent or claim in `detail`; "" if none
    std::string breakdown; ///< e.g. "Operational 1.1 kt CO₂e, embodied 320 t CO₂e"; "" if none
    /// Unpublished catalog values counted as 0 in this figure (MissingValue::text()); shown as a badge.
    std::vector<std::string> missingData;
};

/// A number a takeaway rests on, named and with its unit.
struct InsightNumber
{
    std::string name; ///< "top_phase_carbon_share"
    double value = 0;
    std::string unit; ///< "fraction", "kgCO2e", "days", "ratio", ...
};

/// What one chart says.
struct MLIMPACT_CORE_EXPORT ChartInsight
{
    std::string chartId;  ///< "lifecycle", "triad", ...
    std::string title;    ///< the question the chart answers
    std::string takeaway; ///< one sentence; when the chart is empty, its empty-state reason
    std::vector<InsightNumber> numbers;
    std::string emptyReason; ///< why there is nothing to show; "" when there is
    /// One part of the chart with nothing to show while the rest has (e.g. the time-place
    /// chart's hours panel for a region without hourly data): panel id -> why.
    std::vector<std::pair<std::string, std::string>> emptyPanels;
    /// Short statements over one part of a chart (the time-place chart's "Shifting in time
    /// saves 12%" over its hours panel): panel id -> text.
    std::vector<std::pair<std::string, std::string>> panelCaptions;
    /// Unpublished catalog values counted as 0 in what the chart shows; shown as a badge.
    std::vector<std::string> missingData;

    /// Why `panel` has nothing to show, or "" when it has.
    std::string panelEmptyReason(std::string_view panel) const;
    /// The caption over `panel`, or "".
    std::string panelCaption(std::string_view panel) const;

    bool isEmpty() const { return !emptyReason.empty(); }
};

struct MLIMPACT_CORE_EXPORT Insights
{
    std::vector<HeadlineFigure> headlines;
    std::vector<ChartInsight> charts; ///< in chartDescriptors() order

    // Pointers into the Insights: never taken from a temporary.
    const HeadlineFigure *headline(std::string_view id) const &;
    const ChartInsight *chart(std::string_view id) const &;
    const HeadlineFigure *headline(std::string_view id) const && = delete;
    const ChartInsight *chart(std::string_view id) const && = delete;
};

/// The charts core knows how to interpret, in display order: the one list of chart ids
/// and titles that the window's chart registry, `export --charts` and the reports follow.
struct ChartDescriptor
{
    std::string_view id;
    std::string_view title;
    /// Which analyses the chart needs (so only shown charts cost model runs).
    AnalysisParts needs = AnalysisParts::None;
};
MLIMPACT_CORE_EXPORT const std::vector<ChartDescriptor> &chartDescriptors();
MLIMPACT_CORE_EXPORT const ChartDescriptor *findChartDescriptor(std::string_view id);

/// Where the e-waste comes from: "edge fleet 1.85 kt (99%), training 12 kg (<1%)". E-waste is
/// counted in the disposal phase in every view (docs/model.md §7); this says whose hardware it was.
MLIMPACT_CORE_EXPORT std::string ewasteOriginText(const Results &results);

/// The data-centre embodied carbon and retired mass split into accelerators and host servers:
/// "accelerators 3.64 t CO₂e (32%), servers 7.57 t CO₂e (68%) of the data centres' embodied carbon; retired
/// mass ..."; "" when no included phase names a server (docs/model.md, "Host servers").
MLIMPACT_CORE_EXPORT std::string embodiedSplitText(const Results &results);

/// Inference-training parity in words: "after 1.2M queries for carbon (energy: after 900k), 4% of
/// the 30M served"; "" when undefined (no cloud queries, or nothing before launch).
MLIMPACT_CORE_EXPORT std::string parityText(const Results &results);

/// The data-centre energy by what draws it, at the facility (docs/model.md §17): "Data-centre energy:
/// at work 3.1 GWh (87%) · allocated but idle 470 MWh (13%) · shared infrastructure 0 kWh (0%)";
/// "" when no data-centre phase uses energy.
MLIMPACT_CORE_EXPORT std::string energySplitText(const Results &results);

/// Interprets a result. `catalog` is the one the scenario was evaluated with (user files
/// included), for the names of hardware and regions.
MLIMPACT_CORE_EXPORT Insights computeInsights(const Catalog &catalog, const Results &results, const Analyses &analyses);

} // namespace mlimpact
