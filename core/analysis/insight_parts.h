// The pieces of computeInsights() (insights.cpp), one file per family: the words they share
// (insight_text.cpp), the headline tiles (insight_headlines.cpp), the scenario's own charts
// (insight_scenario_charts.cpp) and the comparison and systems charts
// (insight_comparison_charts.cpp). Internal to core: not installed, not exported.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact::insight {

/// One of the insights' sentences in the window's language (context "insights"), its numbers and
/// names filled in after (text_translation.h); English, byte for byte, where no translator is set.
std::string phrased(const char *pattern, std::initializer_list<std::string_view> args = {});
/// A name from core's data (phase, technique, input) in the window's language (context "mlimpact").
std::string coreName(std::string_view name);
/// "training" from "Training" (NAS stays NAS).
std::string lowerFirst(std::string_view label);
/// A name inside a sentence: English lower-cases it ("training"); German keeps it as written.
std::string nameInSentence(std::string_view name);
/// A chart with nothing to show, and why (its takeaway says the same).
ChartInsight empty(std::string why);

std::vector<HeadlineFigure> headlineFigures(const Results &r);

// The charts, in the registry's order (insights.cpp).
ChartInsight lifecycleInsight(const Catalog &, const Results &r, const Analyses &);
ChartInsight triadInsight(const Catalog &, const Results &, const Analyses &a);
ChartInsight timePlaceInsight(const Catalog &catalog, const Results &r, const Analyses &a);
ChartInsight timelineInsight(const Catalog &, const Results &r, const Analyses &a);
ChartInsight reboundInsight(const Catalog &, const Results &r, const Analyses &);
ChartInsight breakEvenInsight(const Catalog &, const Results &r, const Analyses &a);
ChartInsight tornadoInsight(const Catalog &, const Results &, const Analyses &a);
ChartInsight systemInsight(const Catalog &, const Results &, const Analyses &a);
ChartInsight compareInsight(const Catalog &, const Results &, const Analyses &a);
ChartInsight bridgeInsight(const Catalog &, const Results &, const Analyses &a);
ChartInsight whatChangedInsight(const Catalog &, const Results &, const Analyses &a);

} // namespace mlimpact::insight
