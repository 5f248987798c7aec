// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty_report.h"

#include "format.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mlimpact {
namespace {

using ojson = nlohmann::ordered_json;

ojson number(double value)
{
    return std::isfinite(value) ? ojson(value) : ojson(nullptr);
}

ojson bandJson(const Band &b)
{
    return {{"p5", number(b.p5)}, {"p50", number(b.p50)}, {"p95", number(b.p95)}, {"mean", number(b.mean)}};
}

ojson criteriaList()
{
    ojson list = ojson::array();
    for (const auto &info : criteria())
        list.push_back({{"id", info.id}, {"key", info.jsonKey}, {"label", info.label}, {"unit", info.unit}});
    return list;
}

ojson inputJson(const UncertainInput &in)
{
    ojson out = {{"path", in.parameter->path},
                 {"label", in.parameter->label},
                 {"unit", in.parameter->unit},
                 {"distribution", distributionName(in.distribution)}};
    if (in.distribution == Distribution::Choice) {
        out["value"] = in.pointChoice;
        out["choices"] = in.choices;
    } else {
        out["value"] = number(in.value);
        out["low"] = number(in.low);
        out["high"] = number(in.high);
    }
    return out;
}

ojson inputsJson(const std::vector<UncertainInput> &inputs)
{
    ojson list = ojson::array();
    for (const auto &in : inputs)
        list.push_back(inputJson(in));
    return list;
}

ojson criterionBands(const std::array<Band, kCriterionCount> &bands, const CriterionValues *point)
{
    ojson out = ojson::object();
    for (const auto &info : criteria()) {
        const auto c = static_cast<std::size_t>(info.criterion);
        ojson b = bandJson(bands[c]);
        if (point)
            b["point"] = number((*point)[c]);
        out[std::string(info.jsonKey)] = b;
    }
    return out;
}

/// Cumulative series per criterion (not compute): {"carbon_kgco2e": {"p5": [...], ...}}.
ojson timelineJson(const UncertaintyResult &r)
{
    ojson out = ojson::object();
    if (r.timeline.empty())
        return nullptr;
    out["months"] = r.timeline.size();
    for (const auto &info : criteria()) {
        if (info.criterion == Criterion::Compute)
            continue;
        ojson p5 = ojson::array(), p50 = ojson::array(), p95 = ojson::array();
        for (const auto &month : r.timeline) {
            const Band &b = month[static_cast<std::size_t>(info.criterion)];
            p5.push_back(number(b.p5));
            p50.push_back(number(b.p50));
            p95.push_back(number(b.p95));
        }
        out[std::string(info.jsonKey)] = {{"p5", p5}, {"p50", p50}, {"p95", p95}};
    }
    return out;
}

std::string phaseLine(const std::string &label, const Band &b, double point, Quantity q)
{
    // A label as long as the column ("Resource depletion (ADPe)") keeps one space; 22 - size would wrap.
    const std::size_t gap = label.size() < 22 ? 22 - label.size() : 1;
    return "  " + label + std::string(gap, ' ') + formatQuantity(point, q) + "   90%: " + formatQuantity(b.p5, q) +
           " – " + formatQuantity(b.p95, q) + "   median " + formatQuantity(b.p50, q) + "\n";
}

std::string padded(std::string text, std::size_t width)
{
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    return text;
}

} // namespace

std::string bandText(const Band &band, double point, Criterion criterion)
{
    const Quantity q = criterionInfo(criterion).quantity;
    return formatQuantity(point, q) + ", 90%: " + formatQuantity(band.p5, q) + "–" + formatQuantity(band.p95, q);
}

std::string intervalText(const Band &band, Criterion criterion)
{
    const Quantity q = criterionInfo(criterion).quantity;
    return "90%: " + formatQuantity(band.p5, q) + " – " + formatQuantity(band.p95, q);
}

std::string uncertaintyJson(const Scenario &scenario, const UncertaintyResult &r)
{
    ojson out;
    out["format"] = "ml-impact-explorer/uncertainty";
    out["version"] = 1;
    out["scenario"] = scenario.system.name;
    out["method"] = "latin_hypercube";
    out["samples"] = r.samplesRun;
    out["samples_requested"] = r.samplesRequested;
    out["cancelled"] = r.cancelled;
    out["seed"] = r.seed;
    out["criteria"] = criteriaList();
    out["inputs"] = inputsJson(r.inputs);
    out["totals"] = criterionBands(r.totals, &r.point);
    ojson phases = ojson::object();
    for (const PhaseInfo &p : kPhases)
        phases[std::string(p.key)] = criterionBands(r.phases[static_cast<std::size_t>(p.phase)], nullptr);
    out["phases"] = phases;
    ojson perQuery = ojson::object();
    for (int f = 0; f < kPerQueryFigureCount; ++f)
        perQuery[std::string(perQueryFigureKey(static_cast<PerQueryFigure>(f)))] = bandJson(r.perQuery[f]);
    out["per_query"] = perQuery;
    out["timeline"] = timelineJson(r);
    return out.dump(2) + "\n";
}

std::string uncertaintyText(const Scenario &scenario, const UncertaintyResult &r)
{
    std::string text = "UNCERTAINTY — " + scenario.system.name + "\n";
    text += std::to_string(r.samplesRun) + " Latin hypercube samples (seed " + std::to_string(r.seed) + ") over " +
            std::to_string(r.inputs.size()) + " uncertain inputs" + (r.cancelled ? " (cancelled)" : "") + "\n\n";
    text += "TOTALS (point estimate, 90% interval p5–p95, median)\n";
    for (const auto &info : criteria())
        text += phaseLine(std::string(info.label), r.totals[static_cast<std::size_t>(info.criterion)],
                          r.point[static_cast<std::size_t>(info.criterion)], info.quantity);
    text += "\nCARBON BY PHASE (median, 90% interval)\n";
    for (const PhaseInfo &p : kPhases) {
        const Band &b = r.phase(p.phase, Criterion::Carbon);
        if (b.p95 <= 0)
            continue;
        text += "  " + padded(std::string(p.label), 22) + formatQuantity(b.p50, Quantity::CarbonKg) +
                "   90%: " + formatQuantity(b.p5, Quantity::CarbonKg) + " – " +
                formatQuantity(b.p95, Quantity::CarbonKg) + "\n";
    }
    return text;
}

std::string tornadoJson(const Scenario &scenario, const Tornado &t)
{
    ojson out;
    out["format"] = "ml-impact-explorer/sensitivity";
    out["version"] = 1;
    out["scenario"] = scenario.system.name;
    out["method"] = "oat";
    out["criteria"] = criteriaList();
    ojson base = ojson::object();
    for (const auto &info : criteria())
        base[std::string(info.jsonKey)] = number(t.base[static_cast<std::size_t>(info.criterion)]);
    out["base"] = base;
    ojson inputs = ojson::array();
    for (const TornadoBar &bar : t.bars) {
        ojson entry = inputJson(t.inputs[bar.input]);
        ojson low = ojson::object(), high = ojson::object();
        for (const auto &info : criteria()) {
            low[std::string(info.jsonKey)] = number(bar.atLow[static_cast<std::size_t>(info.criterion)]);
            high[std::string(info.jsonKey)] = number(bar.atHigh[static_cast<std::size_t>(info.criterion)]);
        }
        entry["at_low"] = low;
        entry["at_high"] = high;
        inputs.push_back(entry);
    }
    out["inputs"] = inputs;
    ojson ranking = ojson::object();
    for (const auto &info : criteria()) {
        ojson order = ojson::array();
        for (std::size_t i : t.ranking(info.criterion))
            order.push_back(t.inputs[t.bars[i].input].parameter->path);
        ranking[std::string(info.jsonKey)] = order;
    }
    out["ranking"] = ranking;
    return out.dump(2) + "\n";
}

std::string tornadoText(const Scenario &scenario, const Tornado &t, int top)
{
    std::string text = "SENSITIVITY (one at a time) — " + scenario.system.name + "\n";
    text += "Each input moved alone to the low and high end of its plausible range.\n";
    for (Criterion c : {Criterion::Energy, Criterion::Carbon, Criterion::Water}) {
        const CriterionInfo &info = criterionInfo(c);
        text += "\n" + std::string(info.label) + " (base " +
                formatQuantity(t.base[static_cast<std::size_t>(c)], info.quantity) + ")\n";
        const auto order = t.ranking(c);
        for (std::size_t n = 0; n < order.size() && n < static_cast<std::size_t>(top); ++n) {
            const TornadoBar &bar = t.bars[order[n]];
            const UncertainInput &in = t.inputs[bar.input];
            text += "  " + padded(in.parameter->path, 44) +
                    formatQuantity(bar.atLow[static_cast<std::size_t>(c)], info.quantity) + " … " +
                    formatQuantity(bar.atHigh[static_cast<std::size_t>(c)], info.quantity) + "   (" +
                    formatSignificant(in.low) + " … " + formatSignificant(in.high) + ")\n";
        }
    }
    return text;
}

std::string sobolJson(const Scenario &scenario, const SobolResult &r, const SobolOptions &options)
{
    ojson out;
    out["format"] = "ml-impact-explorer/sensitivity";
    out["version"] = 1;
    out["scenario"] = scenario.system.name;
    out["method"] = "sobol";
    out["base_samples"] = options.baseSamples;
    out["evaluations"] = r.estimates.evaluations;
    out["seed"] = options.seed;
    out["bootstrap"] = options.bootstrap;
    out["confidence"] = options.confidence;
    out["log_outputs"] = options.logOutputs;
    out["cancelled"] = r.estimates.cancelled;
    out["criteria"] = criteriaList();
    ojson inputs = ojson::array();
    for (std::size_t i = 0; i < r.inputs.size(); ++i) {
        ojson entry = inputJson(r.inputs[i]);
        ojson indices = ojson::object();
        for (const auto &info : criteria()) {
            if (r.estimates.indices.empty())
                break;
            const SobolIndex &s = r.index(i, info.criterion);
            indices[std::string(info.jsonKey)] = {{"first", number(s.first)},
                                                  {"first_ci", {number(s.firstLow), number(s.firstHigh)}},
                                                  {"total", number(s.total)},
                                                  {"total_ci", {number(s.totalLow), number(s.totalHigh)}}};
        }
        entry["indices"] = indices;
        inputs.push_back(entry);
    }
    out["inputs"] = inputs;
    return out.dump(2) + "\n";
}

std::string sobolText(const Scenario &scenario, const SobolResult &r, int top)
{
    std::string text = "SENSITIVITY (Sobol indices) — " + scenario.system.name + "\n";
    if (r.estimates.indices.empty())
        return text + "cancelled\n";
    text += "Share of the variance of each total's logarithm (its order of magnitude): first order (alone) and "
            "total (with interactions), 95% bootstrap interval.\n";
    for (Criterion c : {Criterion::Energy, Criterion::Carbon, Criterion::Water}) {
        const CriterionInfo &info = criterionInfo(c);
        text += "\n" + std::string(info.label) + "\n";
        std::vector<std::size_t> order(r.inputs.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return r.index(a, c).total > r.index(b, c).total; });
        for (std::size_t n = 0; n < order.size() && n < static_cast<std::size_t>(top); ++n) {
            const SobolIndex &s = r.index(order[n], c);
            char line[160];
            std::snprintf(line, sizeof line, "S1 %5.2f [%5.2f, %5.2f]   ST %5.2f [%5.2f, %5.2f]\n", s.first, s.firstLow,
                          s.firstHigh, s.total, s.totalLow, s.totalHigh);
            text += "  " + padded(r.inputs[order[n]].parameter->path, 44) + line;
        }
    }
    return text;
}

} // namespace mlimpact
