// SPDX-License-Identifier: GPL-3.0-or-later
#include "variants_io.h"

#include "sampling_spec_io.h"

#include "embedded_data.h"
#include "file_io.h"
#include "json_reader.h"
#include "scenario_io.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace mlimpact {

using nlohmann::json;

namespace {

/// The changes object of variant `index`. Unknown paths are kept (as text) so that
/// validateVariant reports them with the rest; values of the wrong type are reported here.
std::vector<ParameterChange> readChanges(const json &changes, const std::string &pointer, const std::string &name,
                                         JsonReader &reader)
{
    Diagnostics typeProblems;
    JsonReader typeReader(reader.file(), typeProblems);
    std::vector<ParameterChange> out;
    for (const auto &[path, value] : changes.items()) {
        const std::string at = pointer + "/" + jsonPointerEscape(path);
        const Parameter *p = findParameter(path);
        if (!p) {
            out.push_back({path, ParameterValue(std::monostate{})});
            continue;
        }
        if (auto parsed = detail::parameterValueFromJson(*p, value, at, typeReader))
            out.push_back({path, std::move(*parsed)});
    }
    // Each message names the variant, as validateVariant's do.
    for (const auto &problem : typeProblems)
        reader.error(problem.jsonPath,
                     (name.empty() ? std::string() : "variant \"" + printableExcerpt(name) + "\": ") + problem.message);
    return out;
}

/// One element of "variants", as far as it can be read (so the next ones keep their index);
/// `ok` false (and errors) if it is not an object with a string name.
Variant readVariant(const json &node, std::size_t index, JsonReader &reader, bool &ok)
{
    const std::string pointer = "/variants/" + std::to_string(index);
    Variant variant;
    if (!node.is_object()) {
        reader.error(pointer,
                     "expected a variant object {\"name\", \"description\", \"changes\"}, found " + jsonTypeName(node));
        ok = false;
        return variant;
    }
    if (const auto name = reader.string(node, "name", pointer))
        variant.name = *name;
    else
        ok = false;
    if (const auto description = reader.string(node, "description", pointer, false))
        variant.description = *description;
    else if (node.contains("description"))
        ok = false;
    if (const auto changes = node.find("changes"); changes != node.end()) {
        if (changes->is_object())
            for (auto &change : readChanges(*changes, pointer + "/changes", variant.name, reader))
                variant = withChange(std::move(variant), change.path, std::move(change.value)); // registry order
        else {
            reader.error(pointer + "/changes",
                         "expected an object of changes keyed by parameter path, e.g. {\"deployment.precision\": "
                         "\"int8\"}, found " +
                             jsonTypeName(*changes));
            ok = false;
        }
    }
    for (const auto &[key, value] : node.items()) {
        if (key != "name" && key != "description" && key != "changes")
            reader.warning(pointer + "/" + jsonPointerEscape(key),
                           "unknown key \"" + key + "\" is ignored (a variant has name, description and changes)");
    }
    return variant;
}

/// The "variants" array of a version 2 file (absent: none); `ok` false on a structural error.
std::vector<Variant> readVariants(const json &doc, JsonReader &reader, bool &ok)
{
    std::vector<Variant> variants;
    const auto it = doc.find(kVariantsKey);
    if (it == doc.end())
        return variants;
    if (!it->is_array()) {
        reader.error("/variants", "expected an array of variants, found " + jsonTypeName(*it));
        ok = false;
        return variants;
    }
    for (std::size_t i = 0; i < it->size(); ++i)
        variants.push_back(readVariant((*it)[i], i, reader, ok));
    return variants;
}

/// Whether the text is a version 2 file; the baseline's loader has reported any other problem.
bool isVariantsVersion(const json &doc)
{
    const auto version = doc.find("format_version");
    return version != doc.end() && version->is_number_integer() && *version == kVariantsFormatVersion;
}

/// A change's value as JSON (null: use the catalog value).
json changeToJson(const ParameterValue &value)
{
    if (const auto *d = std::get_if<double>(&value))
        return *d;
    if (const auto *b = std::get_if<bool>(&value))
        return *b;
    if (const auto *text = std::get_if<std::string>(&value))
        return *text;
    return nullptr;
}

/// Each line of `text` but the first indented by two spaces (a nested value in a dump(2) object).
std::string indented(const std::string &text)
{
    std::string out;
    for (char c : text) {
        out += c;
        if (c == '\n')
            out += "  ";
    }
    return out;
}

} // namespace

namespace {

/// The "uncertainty" section, if any: its shape, then what it means for the baseline (when there
/// is one to check against). Clears `ok` on an error.
SamplingSpec readUncertainty(const nlohmann::json &doc, const std::optional<Scenario> &baseline, const Catalog &catalog,
                             JsonReader &reader, bool &ok)
{
    const auto it = doc.find(kUncertaintyKey);
    if (it == doc.end())
        return {};
    auto spec = readSamplingSpec(*it, reader);
    if (!spec) {
        ok = false;
        return {};
    }
    if (baseline) {
        for (const auto &problem : samplingSpecProblems(*baseline, catalog, *spec)) {
            reader.error(problem.jsonPath, problem.message);
            ok = false;
        }
    }
    return *spec;
}

} // namespace

std::optional<VariantDocument> loadDocumentFromText(std::string_view text, const std::string &fileLabel,
                                                    const Catalog &catalog, Diagnostics &diagnostics)
{
    const std::size_t before = diagnostics.size();
    auto baseline = detail::loadBaselineFromText(text, fileLabel, catalog, diagnostics);
    // The baseline's loader has reported syntax errors and the version; read the text again
    // for the variants only when it is well-formed version 2.
    Diagnostics scratch;
    const auto doc = parseJsonText(text, fileLabel, scratch);
    JsonReader reader(fileLabel, diagnostics);
    bool ok = true;
    const SamplingSpec uncertainty =
        doc && doc->is_object() ? readUncertainty(*doc, baseline, catalog, reader, ok) : SamplingSpec{};
    if (!doc || !doc->is_object() || !isVariantsVersion(*doc))
        return baseline && ok ? std::optional<VariantDocument>(VariantDocument{std::move(*baseline), {}, uncertainty})
                              : std::nullopt;
    VariantDocument document{baseline.value_or(Scenario{}), readVariants(*doc, reader, ok), uncertainty};
    // Every variant's own problems are worth reporting even when the baseline failed; the
    // consistency of its resolved scenario only with a baseline to resolve against.
    if (document.variants.size() > kMaxVariants)
        reader.error("/variants", "at most " + std::to_string(kMaxVariants) + " variants, found " +
                                      std::to_string(document.variants.size()));
    for (std::size_t i = 0; i < document.variants.size(); ++i) {
        const Diagnostics problems =
            baseline ? validateVariant(document, i, catalog) : variantChangeProblems(document, i, catalog);
        for (const auto &problem : problems) {
            // A name that could not be read has been reported at its pointer already.
            const bool reported =
                std::any_of(diagnostics.begin() + static_cast<long>(before), diagnostics.end(),
                            [&problem](const Diagnostic &d) { return d.jsonPath == problem.jsonPath; });
            if (!reported)
                reader.error(problem.jsonPath, problem.message);
        }
    }
    if (!ok || !baseline || hasErrors(Diagnostics(diagnostics.begin() + static_cast<long>(before), diagnostics.end())))
        return std::nullopt;
    return document;
}

std::optional<VariantDocument> loadDocumentFile(const std::string &path, const Catalog &catalog,
                                                Diagnostics &diagnostics)
{
    std::string text;
    if (auto problems = readTextFile(path, text); !problems.empty()) {
        diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
        return std::nullopt;
    }
    return loadDocumentFromText(text, path, catalog, diagnostics);
}

std::string documentToJsonText(const VariantDocument &document)
{
    std::string text = scenarioToJsonText(document.baseline);
    if (!document.uncertainty.empty()) {
        // Spliced in after the parameters (and before any variants), as the variants are.
        text.erase(text.rfind('}'));
        while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
            text.pop_back();
        text += ",\n  \"" + std::string(kUncertaintyKey) +
                "\": " + indented(samplingSpecToJsonText(document.uncertainty)) + "\n}\n";
    }
    if (document.variants.empty())
        return text;
    // The baseline keeps its version 1 text (and number writer); the version and the variants
    // are spliced into it.
    nlohmann::ordered_json variants = nlohmann::ordered_json::array();
    for (const auto &variant : document.variants) {
        nlohmann::ordered_json v;
        v["name"] = variant.name;
        if (!variant.description.empty())
            v["description"] = variant.description;
        v["changes"] = nlohmann::ordered_json::object();
        for (const auto &change : variant.changes)
            v["changes"][change.path] = changeToJson(change.value);
        variants.push_back(std::move(v));
    }
    const std::string v1 = "\"format_version\": " + std::to_string(kScenarioFormatVersion);
    const auto at = text.find(v1);
    const auto close = text.rfind('}');
    if (at == std::string::npos || close == std::string::npos) {
        // Not the layout this splice expects: rebuild the whole text (numbers as nlohmann writes them).
        auto doc = nlohmann::ordered_json::parse(text);
        doc["format_version"] = kVariantsFormatVersion;
        doc[kVariantsKey] = std::move(variants);
        return doc.dump(2) + "\n";
    }
    text.replace(at, v1.size(), "\"format_version\": " + std::to_string(kVariantsFormatVersion));
    text.erase(text.rfind('}'));
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text + ",\n  \"" + kVariantsKey + "\": " + indented(variants.dump(2)) + "\n}\n";
}

Diagnostics saveDocumentFile(const std::string &path, const VariantDocument &document)
{
    return writeTextFileAtomically(path, documentToJsonText(document));
}

Variant variantFromScenario(const VariantDocument &document, const NamedScenario &other)
{
    // A scenario's name may be longer than a column label or hold line breaks: fit it.
    std::string name = other.name;
    std::replace_if(
        name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }, ' ');
    std::size_t cut = std::min(name.size(), kMaxVariantNameLength - 5); // room for " (2)"
    while (cut > 0 && cut < name.size() && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    name.resize(cut);
    Variant variant;
    variant.name = uniqueVariantName(document, name.find_first_not_of(' ') == std::string::npos ? "Variant" : name);
    variant.description = other.description;
    variant.changes = differences(document.baseline, other.scenario);
    return variant;
}

std::vector<std::string> comparisonPresetIds()
{
    std::vector<std::string> ids;
    const std::string prefix = "comparisons/";
    for (const auto &file : data::embeddedFiles()) {
        if (file.path.starts_with(prefix) && file.path.ends_with(".json"))
            ids.emplace_back(file.path.substr(prefix.size(), file.path.size() - prefix.size() - 5));
    }
    return ids;
}

std::optional<VariantDocument> loadComparisonPreset(std::string_view id, const Catalog &catalog,
                                                    Diagnostics &diagnostics)
{
    const std::string path = "comparisons/" + std::string(id) + ".json";
    const auto text = data::embeddedFile(path);
    if (!text) {
        std::string list;
        for (const auto &known : comparisonPresetIds())
            list += (list.empty() ? "" : ", ") + known;
        diagnostics.push_back(
            {Severity::Error, std::string(id), "", "no built-in comparison with this id; expected one of: " + list});
        return std::nullopt;
    }
    return loadDocumentFromText(*text, "<built-in>/" + path, catalog, diagnostics);
}

} // namespace mlimpact
