// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling_spec_io.h"

#include "json_reader.h"
#include "parameter_registry.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace mlimpact {
namespace {

const std::string kPointer = std::string("/") + kUncertaintyKey;

bool expectObject(const nlohmann::json &value, const std::string &pointer, const char *what, JsonReader &reader)
{
    if (value.is_object())
        return true;
    reader.error(pointer, std::string("expected an object (") + what + "), found " + jsonTypeName(value));
    return false;
}

/// One range: {"low": L, "high": H, "distribution": NAME (optional)}.
std::optional<RangeOverride> readRange(const std::string &path, const nlohmann::json &value, JsonReader &reader)
{
    const std::string pointer = kPointer + "/ranges/" + jsonPointerEscape(path);
    if (!expectObject(value, pointer, "low, high and an optional distribution", reader))
        return std::nullopt;
    bool ok = true;
    for (const auto &[key, unused] : value.items()) {
        if (key != "low" && key != "high" && key != "distribution") {
            reader.error(pointer + "/" + jsonPointerEscape(key),
                         "unknown key \"" + key + "\": expected low, high and an optional distribution");
            ok = false;
        }
    }
    const double big = std::numeric_limits<double>::max();
    const auto low = reader.number(value, "low", pointer, -big, big);
    const auto high = reader.number(value, "high", pointer, -big, big);
    std::optional<Distribution> distribution;
    if (value.contains("distribution")) {
        const auto name = reader.string(value, "distribution", pointer);
        distribution = name ? findDistribution(*name) : std::nullopt;
        if (name && (!distribution || *distribution == Distribution::Choice)) {
            reader.error(pointer + "/distribution", "unknown distribution \"" + *name +
                                                        "\": expected uniform, log_uniform, triangular or "
                                                        "log_triangular");
            distribution.reset();
            ok = false;
        }
        ok = ok && name.has_value();
    }
    if (!ok || !low || !high)
        return std::nullopt;
    return RangeOverride{path, *low, *high, distribution};
}

} // namespace

std::optional<SamplingSpec> readSamplingSpec(const nlohmann::json &section, JsonReader &reader)
{
    if (!expectObject(section, kPointer, "ranges and uncertain_choices", reader))
        return std::nullopt;
    SamplingSpec spec;
    bool ok = true;
    for (const auto &[key, value] : section.items()) {
        const std::string pointer = kPointer + "/" + jsonPointerEscape(key);
        if (key == "ranges") {
            if (!expectObject(value, pointer, "parameter paths, each with its low and high", reader)) {
                ok = false;
                continue;
            }
            for (const auto &[path, range] : value.items()) {
                if (auto r = readRange(path, range, reader))
                    spec.ranges.push_back(std::move(*r));
                else
                    ok = false;
            }
        } else if (key == "uncertain_choices") {
            if (!value.is_array()) {
                reader.error(pointer, "expected an array of parameter paths, found " + jsonTypeName(value));
                ok = false;
                continue;
            }
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (!value[i].is_string()) {
                    reader.error(pointer + "/" + std::to_string(i),
                                 "expected a parameter path (a string), found " + jsonTypeName(value[i]));
                    ok = false;
                    continue;
                }
                spec.uncertainChoices.push_back(value[i].get<std::string>());
            }
        } else {
            reader.error(pointer, "unknown key \"" + key + "\": expected ranges and uncertain_choices");
            ok = false;
        }
    }
    return ok ? std::optional<SamplingSpec>(std::move(spec)) : std::nullopt;
}

Diagnostics samplingSpecProblems(const Scenario &scenario, const Catalog &catalog, const SamplingSpec &spec)
{
    Diagnostics problems;
    uncertainInputs(scenario, catalog, spec, problems);
    problems.erase(std::remove_if(problems.begin(), problems.end(),
                                  [](const Diagnostic &d) { return d.severity != Severity::Error; }),
                   problems.end());
    return problems;
}

std::string samplingSpecToJsonText(const SamplingSpec &spec)
{
    nlohmann::ordered_json section = nlohmann::ordered_json::object();
    if (!spec.ranges.empty()) {
        // Registry order, so a file saved twice reads the same.
        std::vector<const RangeOverride *> ranges;
        for (const auto &r : spec.ranges)
            ranges.push_back(&r);
        auto rank = [](const RangeOverride *r) {
            const auto &rows = parameterRegistry();
            const auto it =
                std::find_if(rows.begin(), rows.end(), [r](const Parameter &p) { return p.path == r->path; });
            return it - rows.begin();
        };
        std::stable_sort(ranges.begin(), ranges.end(),
                         [&](const RangeOverride *a, const RangeOverride *b) { return rank(a) < rank(b); });
        auto &out = section["ranges"] = nlohmann::ordered_json::object();
        for (const RangeOverride *r : ranges) {
            nlohmann::ordered_json range;
            range["low"] = r->low;
            range["high"] = r->high;
            if (r->distribution)
                range["distribution"] = std::string(distributionName(*r->distribution));
            out[r->path] = std::move(range);
        }
    }
    if (!spec.uncertainChoices.empty())
        section["uncertain_choices"] = spec.uncertainChoices;
    return section.dump(2);
}

} // namespace mlimpact
