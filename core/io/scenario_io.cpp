// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario_io.h"

#include "sampling_spec_io.h"

#include "embedded_data.h"
#include "format.h"
#include "json_reader.h"
#include "json_writer.h"
#include "parameter_registry.h"
#include "variants_io.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace mlimpact {

using nlohmann::json;

namespace {

/// Splits "deployment.site.region" into its keys.
std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> keys;
    std::size_t start = 0;
    while (true) {
        const auto dot = path.find('.', start);
        keys.push_back(path.substr(start, dot - start));
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    return keys;
}

/// Warns about keys that no parameter uses; errors where an object was expected. `variants`
/// (format version 2) is read by core/io/variants_io.cpp.
void checkStructure(const json &node, const std::string &pointer, const std::string &dotted, JsonReader &reader,
                    bool withVariants)
{
    for (const auto &[key, value] : node.items()) {
        const std::string childDotted = dotted.empty() ? key : dotted + "." + key;
        const std::string childPointer = pointer + "/" + jsonPointerEscape(key);
        // "uncertainty" is read by core/io/sampling_spec_io.cpp (through variants_io.cpp).
        if (dotted.empty() &&
            (key == "format_version" || key == kUncertaintyKey || (withVariants && key == kVariantsKey)))
            continue;
        if (findParameter(childDotted))
            continue;
        // Is it a group (a prefix of some parameter path)?
        bool isGroup = false;
        for (const auto &p : parameterRegistry()) {
            if (p.path.size() > childDotted.size() && p.path.compare(0, childDotted.size(), childDotted) == 0 &&
                p.path[childDotted.size()] == '.') {
                isGroup = true;
                break;
            }
        }
        if (!isGroup) {
            reader.warning(childPointer, "unknown key \"" + key + "\" is ignored");
            continue;
        }
        if (!value.is_object()) {
            reader.error(childPointer, "expected an object (a group of parameters), found " + jsonTypeName(value));
            continue;
        }
        checkStructure(value, childPointer, childDotted, reader, false);
    }
}

bool hasAnyPeak(const Catalog &catalog, const std::string &hardware)
{
    const Accelerator *a = catalog.accelerator(hardware);
    if (!a)
        return true; // reported as an unknown id elsewhere
    for (const auto &peak : a->peak_tflops) {
        if (peak)
            return true;
    }
    return false;
}

/// Notes the defaulted parameters that matter: those of phases switched off, or of compute
/// modes not chosen, would only bury the few that change the result.
void noteDefaulted(const std::vector<const Parameter *> &defaulted, const Scenario &scenario, JsonReader &reader)
{
    std::string list;
    std::size_t count = 0;
    for (const Parameter *p : defaulted) {
        if (!isParameterUsed(*p, scenario))
            continue;
        list += (list.empty() ? "" : ", ") + p->path;
        ++count;
    }
    if (count > 0)
        reader.note("", std::to_string(count) +
                            " parameter(s) used by this scenario are not in the file and take their defaults: " + list);
}

/// A file written before the roofline mode gives one tokens_per_query: split it into prompt and
/// generated tokens in the default request's proportion (docs/scenario-format.md).
void splitOldTokensPerQuery(const json &doc, Scenario &scenario, std::vector<const Parameter *> &defaulted)
{
    const auto dep = doc.find("deployment");
    if (dep == doc.end() || !dep->is_object() || !dep->contains("tokens_per_query") || dep->contains("prompt_tokens") ||
        dep->contains("generated_tokens"))
        return;
    const DeploymentPhase defaults;
    const double tokens = scenario.deployment.tokens_per_query;
    const double generatedShare = defaults.generated_tokens / (defaults.prompt_tokens + defaults.generated_tokens);
    scenario.deployment.generated_tokens = std::max(1.0, std::round(tokens * generatedShare));
    scenario.deployment.prompt_tokens = std::max(0.0, tokens - scenario.deployment.generated_tokens);
    std::erase_if(defaulted, [](const Parameter *p) {
        return p->path == "deployment.prompt_tokens" || p->path == "deployment.generated_tokens";
    });
}

} // namespace

Diagnostics consistencyProblems(const Scenario &s, const Catalog &catalog)
{
    Diagnostics problems;
    const auto add = [&problems](std::string pointer, std::string message) {
        problems.push_back({Severity::Error, {}, std::move(pointer), std::move(message)});
    };
    auto flopMode = [](ComputeMode m) {
        return m == ComputeMode::ParametersTokens || m == ComputeMode::TotalFlop || m == ComputeMode::TrainingMultiple;
    };
    const std::string why = " has no peak throughput in the catalog, so compute given as FLOP cannot be turned "
                            "into device time; give it as accelerator_hours or measured_energy, or choose other "
                            "hardware";
    const bool trainingNeeded = s.training.enabled || s.development.enabled ||
                                (s.nas.enabled && s.nas.workload.mode == ComputeMode::TrainingMultiple);
    if (trainingNeeded && !hasAnyPeak(catalog, s.training.site.hardware)) {
        if (flopMode(s.training.workload.mode))
            add("/training/site/hardware", "\"" + s.training.site.hardware + "\"" + why);
        else if (s.nas.enabled && s.nas.workload.mode == ComputeMode::TrainingMultiple)
            add("/nas/workload/mode",
                "training_multiple needs the training run's FLOP, but \"" + s.training.site.hardware + "\"" + why);
    }
    if (s.nas.enabled && flopMode(s.nas.workload.mode) && !hasAnyPeak(catalog, s.nas.site.hardware))
        add("/nas/site/hardware", "\"" + s.nas.site.hardware + "\"" + why);
    if (s.deployment.enabled && s.deployment.mode == InferenceMode::ModelFlop &&
        !hasAnyPeak(catalog, s.deployment.site.hardware))
        add("/deployment/site/hardware",
            "\"" + s.deployment.site.hardware +
                "\" has no peak throughput in the catalog; give query compute as energy_per_query "
                "or choose other hardware");
    if (s.deployment.enabled && s.deployment.mode == InferenceMode::Roofline) {
        const Accelerator *a = catalog.accelerator(s.deployment.site.hardware);
        if (a && (!a->memory_bandwidth_gbps || !hasAnyPeak(catalog, s.deployment.site.hardware)))
            add("/deployment/site/hardware",
                "\"" + s.deployment.site.hardware +
                    "\" has no memory bandwidth or peak throughput in the catalog, which the roofline mode needs; "
                    "choose model_flop or energy_per_query, or other hardware");
    }
    // The simulation steps by month: a refresh more often than monthly cannot be represented.
    if (s.refresh.interval_years > 0 && s.refresh.interval_years < kMinRefreshIntervalYears)
        add("/refresh/interval_years", "expected 0 (no refresh) or at least one month (" +
                                           formatNumber(kMinRefreshIntervalYears) +
                                           " years): the simulation of the years in service steps by month");
    return problems;
}

std::optional<Scenario> loadScenarioFromText(std::string_view text, const std::string &fileLabel,
                                             const Catalog &catalog, Diagnostics &diagnostics)
{
    // A file with a bad variant is a bad file, whoever reads it: the variants are checked too.
    auto document = loadDocumentFromText(text, fileLabel, catalog, diagnostics);
    return document ? std::optional<Scenario>(std::move(document->baseline)) : std::nullopt;
}

std::optional<Scenario> detail::loadBaselineFromText(std::string_view text, const std::string &fileLabel,
                                                     const Catalog &catalog, Diagnostics &diagnostics)
{
    const std::size_t errorsBefore = diagnostics.size();
    const auto doc = parseJsonText(text, fileLabel, diagnostics);
    if (!doc)
        return std::nullopt;
    JsonReader reader(fileLabel, diagnostics);
    if (!doc->is_object()) {
        reader.error("", "expected a scenario object with \"format_version\": 1, found " + jsonTypeName(*doc));
        return std::nullopt;
    }
    const auto version = doc->find("format_version");
    if (version == doc->end()) {
        reader.error("/format_version", "missing: expected \"format_version\": 1");
    } else if (!version->is_number_integer()) {
        reader.error("/format_version", "expected the integer 1, found " + jsonTypeName(*version));
    } else if (*version != kScenarioFormatVersion && *version != kVariantsFormatVersion) {
        reader.error("/format_version",
                     "this build reads scenario format versions 1 and 2, the file has version " + version->dump());
        return std::nullopt; // a newer format: the rest would only produce noise
    }
    const bool withVariants = version != doc->end() && *version == kVariantsFormatVersion;
    checkStructure(*doc, "", "", reader, withVariants);

    Scenario scenario;
    std::vector<const Parameter *> defaulted;
    for (const auto &p : parameterRegistry()) {
        const json *node = &*doc;
        for (const auto &key : splitPath(p.path)) {
            if (!node->is_object()) {
                node = nullptr;
                break;
            }
            const auto it = node->find(key);
            node = it == node->end() ? nullptr : &*it;
            if (!node)
                break;
        }
        if (!node) {
            // An absent override is its normal, documented state ("use the catalog").
            if (p.kind != ParameterKind::OptionalNumber)
                defaulted.push_back(&p);
            continue;
        }
        const auto value = detail::parameterValueFromJson(p, *node, p.jsonPointer(), reader);
        if (!value)
            continue;
        if (const auto problems = validateValue(p, *value, catalog); !problems.empty()) {
            for (const auto &problem : problems)
                reader.error(problem.jsonPath, problem.message);
            continue;
        }
        p.set(scenario, *value);
    }
    bool failed = hasErrors(Diagnostics(diagnostics.begin() + static_cast<long>(errorsBefore), diagnostics.end()));
    if (failed)
        return std::nullopt;
    splitOldTokensPerQuery(*doc, scenario, defaulted);
    for (const auto &problem : consistencyProblems(scenario, catalog)) {
        reader.error(problem.jsonPath, problem.message);
        failed = true;
    }
    if (failed)
        return std::nullopt;
    noteDefaulted(defaulted, scenario, reader);
    return scenario;
}

std::optional<Scenario> loadScenarioFile(const std::string &path, const Catalog &catalog, Diagnostics &diagnostics)
{
    std::string text;
    if (auto problems = readTextFile(path, text); !problems.empty()) {
        diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
        return std::nullopt;
    }
    return loadScenarioFromText(text, path, catalog, diagnostics);
}

std::string scenarioToJsonText(const Scenario &scenario)
{
    nlohmann::ordered_json doc;
    doc["format_version"] = kScenarioFormatVersion;
    for (const auto &p : parameterRegistry()) {
        const ParameterValue value = p.get(scenario);
        if (std::holds_alternative<std::monostate>(value))
            continue; // unset override: the catalog value applies
        nlohmann::ordered_json *node = &doc;
        const auto keys = splitPath(p.path);
        for (std::size_t i = 0; i + 1 < keys.size(); ++i)
            node = &(*node)[keys[i]];
        auto &leaf = (*node)[keys.back()];
        if (const auto *d = std::get_if<double>(&value))
            leaf = *d;
        else if (const auto *b = std::get_if<bool>(&value))
            leaf = *b;
        else
            leaf = std::get<std::string>(value);
    }
    return writeJson(doc) + "\n";
}

Diagnostics saveScenarioFile(const std::string &path, const Scenario &scenario)
{
    return writeTextFileAtomically(path, scenarioToJsonText(scenario));
}

Diagnostics applyOverride(Scenario &scenario, std::string_view assignment, const Catalog &catalog)
{
    const auto failure = [](std::string message) {
        return Diagnostics{{Severity::Error, std::string(kCommandLineLabel), {}, std::move(message)}};
    };
    const auto eq = assignment.find('=');
    if (eq == std::string_view::npos)
        return failure("--set " + std::string(assignment) +
                       ": expected path=value, e.g. deployment.queries_per_day=2e6");
    const std::string path(assignment.substr(0, eq));
    const Parameter *p = findParameter(path);
    if (!p)
        return failure("--set " + path + ": unknown parameter (see docs/scenario-format.md for the list)");
    Diagnostics problems;
    const auto value = parseValueText(*p, assignment.substr(eq + 1), problems);
    Scenario changed = scenario;
    if (value) {
        problems = validateValue(*p, *value, catalog);
        if (problems.empty()) {
            p->set(changed, *value);
            problems = consistencyProblems(changed, catalog);
        }
    }
    for (auto &problem : problems) {
        problem.file = std::string(kCommandLineLabel);
        problem.message = "--set " + path + ": " + problem.message;
    }
    if (problems.empty())
        scenario = changed;
    return problems;
}

std::vector<std::string> presetIds()
{
    std::vector<std::string> ids;
    for (const auto &file : data::embeddedFiles()) {
        if (file.path.starts_with("presets/") && file.path.ends_with(".json")) {
            const auto name = file.path.substr(8, file.path.size() - 8 - 5);
            ids.emplace_back(name);
        }
    }
    return ids;
}

std::optional<Scenario> loadPreset(std::string_view id, const Catalog &catalog, Diagnostics &diagnostics)
{
    const std::string path = "presets/" + std::string(id) + ".json";
    const auto text = data::embeddedFile(path);
    if (!text) {
        std::string list;
        for (const auto &known : presetIds())
            list += (list.empty() ? "" : ", ") + known;
        diagnostics.push_back(
            {Severity::Error, std::string(id), "", "no built-in preset with this id; expected one of: " + list});
        return std::nullopt;
    }
    return loadScenarioFromText(*text, "<built-in>/" + path, catalog, diagnostics);
}

std::optional<ParameterValue> detail::parameterValueFromJson(const Parameter &p, const json &v,
                                                             const std::string &pointer, JsonReader &reader)
{
    switch (p.kind) {
    case ParameterKind::OptionalNumber:
        if (v.is_null())
            return ParameterValue(std::monostate{});
        [[fallthrough]];
    case ParameterKind::Number:
        if (v.is_number())
            return ParameterValue(v.get<double>());
        break;
    case ParameterKind::Flag:
        if (v.is_boolean())
            return ParameterValue(v.get<bool>());
        break;
    case ParameterKind::Text:
    case ParameterKind::Enum:
    case ParameterKind::Choice:
        if (v.is_string())
            return ParameterValue(v.get<std::string>());
        break;
    }
    reader.error(pointer, describeExpected(p) + ", found " + jsonTypeName(v));
    return std::nullopt;
}

} // namespace mlimpact
