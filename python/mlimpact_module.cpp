// The Python module `mlimpact`: the core's public API where ML researchers work (notebooks,
// pipelines). Every result is the core's own JSON report parsed by Python's json module, so
// the numbers are exactly those of `ml-impact-explorer evaluate --format json` and the window.
// Model runs release the GIL. docs/python.md is the tutorial.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "py_values.h"

#include "analyses.h"
#include "comparison.h"
#include "comparison_report.h"
#include "embedded_data.h"
#include "evaluate.h"
#include "file_io.h"
#include "insights.h"
#include "json_writer.h"
#include "measured_runs.h"
#include "report.h"
#include "sampling.h"
#include "scenario_io.h"
#include "sensitivity.h"
#include "system_graph.h"
#include "system_graph_report.h"
#include "uncertainty.h"
#include "uncertainty_report.h"
#include "variants_io.h"

#include <pybind11/stl.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace py = pybind11;
using namespace mlimpact;
using mlimpact::python::DiagnosticsError;
using mlimpact::python::jsonToPython;
using mlimpact::python::kPythonLabel;
using mlimpact::python::raiseOnErrors;

namespace {

const Catalog &catalog()
{
    return builtinCatalog();
}

/// A source as a document: a dict (read as the JSON it dumps to), JSON text (a str starting
/// with "{"), or a file path (str or os.PathLike). Raises ScenarioError with every problem.
VariantDocument loadDocument(const py::handle &source)
{
    Diagnostics diagnostics;
    std::optional<VariantDocument> document;
    const py::module_ os = py::module_::import("os");
    if (py::isinstance<py::dict>(source)) {
        const auto text = py::module_::import("json").attr("dumps")(source).cast<std::string>();
        document = loadDocumentFromText(text, "<dict>", catalog(), diagnostics);
    } else if (py::isinstance(source, os.attr("PathLike"))) {
        document = loadDocumentFile(os.attr("fspath")(source).cast<std::string>(), catalog(), diagnostics);
    } else if (py::isinstance<py::str>(source)) {
        const auto text = source.cast<std::string>();
        const auto first = text.find_first_not_of(" \t\r\n");
        if (first != std::string::npos && text[first] == '{')
            document = loadDocumentFromText(text, "<json>", catalog(), diagnostics);
        else
            document = loadDocumentFile(text, catalog(), diagnostics);
    } else {
        throw DiagnosticsError{{{Severity::Error, std::string(kPythonLabel), "",
                                 "expected a dict, JSON text or a file path, found a Python " +
                                     py::str(py::type::handle_of(source).attr("__name__")).cast<std::string>()}}};
    }
    raiseOnErrors(diagnostics);
    return std::move(*document);
}

/// CodeCarbon's emissions.csv summed into a phase, as `ml-impact-explorer import-runs`: the changed
/// scenario and one line per change or input left out. Errors name the file, line and column.
py::tuple importRuns(const std::string &csvPath, const std::string &phaseKey, const Scenario &scenario)
{
    const auto phase = measuredPhaseFromKey(phaseKey);
    if (!phase)
        throw DiagnosticsError{{{Severity::Error, std::string(kPythonLabel), "",
                                 "phase: expected \"development\" or \"training\", found \"" + phaseKey + "\""}}};
    std::string text;
    Diagnostics problems = readTextFile(csvPath, text);
    raiseOnErrors(problems);
    auto imported = importMeasuredRuns(text, csvPath, *phase, scenario, catalog(), problems);
    raiseOnErrors(problems);
    return py::make_tuple(std::move(imported->scenario), imported->lines);
}

Scenario loadScenario(const py::handle &source)
{
    return loadDocument(source).baseline;
}

Scenario preset(const std::string &id)
{
    Diagnostics diagnostics;
    auto scenario = loadPreset(id, catalog(), diagnostics);
    if (!scenario && !hasErrors(diagnostics)) {
        std::string known;
        for (const auto &p : presetIds())
            known += (known.empty() ? "" : ", ") + p;
        diagnostics.push_back({Severity::Error, id, "", "no such preset; expected one of " + known});
    }
    raiseOnErrors(diagnostics);
    return std::move(*scenario);
}

/// The report of `evaluate --format json`, with --triad and --break-even as keywords.
py::object evaluateReport(const Scenario &scenario, const std::optional<std::string> &triad,
                          const std::optional<std::string> &breakEven)
{
    const Scenario copy = scenario; // the caller's object may change in another thread
    Diagnostics problems;
    std::string text;
    {
        py::gil_scoped_release release;
        const Results results = evaluate(copy, catalog());
        AnalysisRequest request;
        if (triad)
            problems = chooseTriad(*triad, catalog(), request);
        if (problems.empty() && breakEven)
            problems = chooseBreakEven(*breakEven, results, request);
        if (problems.empty())
            text = reportJson(copy, results,
                              computeInsights(catalog(), results, computeAnalyses(copy, catalog(), results, request)));
    }
    for (auto &p : problems)
        p.file = std::string(kPythonLabel);
    raiseOnErrors(problems);
    return jsonToPython(text);
}

/// A report value as Python: numbers, null (a figure that is "never"), text; arrays and objects whole.
py::object reportValue(const nlohmann::ordered_json &value)
{
    if (value.is_number())
        return py::float_(value.get<double>());
    if (value.is_null())
        return py::none();
    if (value.is_boolean())
        return py::bool_(value.get<bool>());
    if (value.is_string())
        return py::str(value.get<std::string>());
    return jsonToPython(writeJson(value));
}

/// Many scenarios on every core with the GIL released: for each field, a JSON Pointer into the
/// report ("/totals/carbon_kgco2e"), the list of its values in scenario order (None where a
/// scenario's report has no such key). The report is evaluate()'s without "insights": the
/// charts' analyses are what make a full report cost milliseconds.
py::dict evaluateMany(const std::vector<Scenario> &scenarios, const std::vector<std::string> &fields, int threads)
{
    std::vector<nlohmann::ordered_json::json_pointer> pointers;
    for (const auto &field : fields) {
        const bool bad = field.starts_with("/insights") || (!field.empty() && field[0] != '/');
        if (!bad) {
            try {
                pointers.emplace_back(field);
                continue;
            } catch (const nlohmann::json::exception &) {
            }
        }
        throw DiagnosticsError{{{Severity::Error, std::string(kPythonLabel), field,
                                 "expected a JSON Pointer into the report (e.g. /totals/carbon_kgco2e) outside "
                                 "/insights (evaluate() has the insights)"}}};
    }
    const bool timeline =
        std::any_of(fields.begin(), fields.end(), [](const std::string &f) { return f.starts_with("/timeline"); });
    std::vector<std::vector<nlohmann::ordered_json>> values(pointers.size(),
                                                            std::vector<nlohmann::ordered_json>(scenarios.size()));
    {
        py::gil_scoped_release release;
        RunControl control;
        control.threads = threads;
        parallelFor(scenarios.size(), 64, control, [&](std::size_t i) {
            const auto document = reportDocument(scenarios[i], evaluate(scenarios[i], catalog()), nullptr, timeline);
            for (std::size_t f = 0; f < pointers.size(); ++f) {
                if (document.contains(pointers[f]))
                    values[f][i] = document.at(pointers[f]);
            }
        });
    }
    py::dict columns;
    for (std::size_t f = 0; f < fields.size(); ++f) {
        py::list column(scenarios.size());
        for (std::size_t i = 0; i < scenarios.size(); ++i)
            column[i] = reportValue(values[f][i]);
        columns[py::str(fields[f])] = column;
    }
    return columns;
}

/// A built-in comparison's id, a version 2 document (dict, JSON, path), or a baseline Scenario
/// with `variants` (a list of Scenarios or a dict name -> Scenario), as `compare BASE OTHER...`.
VariantDocument comparisonDocument(const py::handle &source, const py::handle &variants)
{
    if (py::isinstance<py::str>(source)) {
        const auto id = source.cast<std::string>();
        for (const auto &known : comparisonPresetIds()) {
            if (known == id) {
                Diagnostics diagnostics;
                auto document = loadComparisonPreset(id, catalog(), diagnostics);
                raiseOnErrors(diagnostics);
                return std::move(*document);
            }
        }
    }
    VariantDocument document =
        py::isinstance<Scenario>(source) ? VariantDocument{source.cast<Scenario>(), {}} : loadDocument(source);
    const auto add = [&](std::string name, const py::handle &other) {
        const auto scenario = other.cast<Scenario>();
        if (name.empty())
            name = scenario.system.name;
        document.variants.push_back(variantFromScenario(document, {name, scenario.system.description, scenario}));
    };
    if (py::isinstance<py::dict>(variants)) {
        for (const auto &[name, other] : variants.cast<py::dict>())
            add(py::str(name), other);
    } else if (!variants.is_none()) {
        for (const auto &other : variants)
            add("", other);
    }
    Diagnostics problems = validateDocument(document, catalog());
    for (auto &p : problems)
        p.file = p.file.empty() ? std::string(kPythonLabel) : p.file;
    raiseOnErrors(problems);
    return document;
}

py::object compare(const py::handle &source, const py::handle &variants)
{
    const VariantDocument document = comparisonDocument(source, variants);
    std::string text;
    {
        py::gil_scoped_release release;
        text = comparisonJson(compareDocument(document, catalog()));
    }
    return jsonToPython(text);
}

/// The systems map as `ml-impact-explorer system --format json`; with `variant`, each quantity also
/// carries its change from `scenario` (the baseline) to it, as the CLI's --variant does.
py::object systemMap(const Scenario &scenario, const std::optional<Scenario> &variant, const std::string &variantName)
{
    std::string text;
    {
        py::gil_scoped_release release;
        SystemGraph graph = systemGraph(scenario, catalog());
        if (variant)
            attachComparison(graph, scenario, *variant, variantName, catalog());
        text = systemGraphJson(graph);
    }
    return jsonToPython(text);
}

/// {path: (low, high) or (low, high, distribution)} as the CLI's --range; choices as --uncertain-choice.
SamplingSpec samplingSpec(const py::dict &ranges, const std::vector<std::string> &uncertainChoices)
{
    SamplingSpec spec;
    for (const auto &[key, value] : ranges) {
        const auto path = py::str(key).cast<std::string>();
        const auto parts = value.cast<py::sequence>();
        std::optional<Distribution> distribution;
        if (parts.size() == 3)
            distribution = findDistribution(parts[2].cast<std::string>());
        if ((parts.size() != 2 && parts.size() != 3) || (parts.size() == 3 && !distribution))
            throw DiagnosticsError{{{Severity::Error, std::string(kPythonLabel), "",
                                     "ranges[\"" + path +
                                         "\"]: expected (low, high) or (low, high, distribution) with "
                                         "uniform, log_uniform, triangular or log_triangular"}}};
        spec.ranges.push_back({path, parts[0].cast<double>(), parts[1].cast<double>(), distribution});
    }
    spec.uncertainChoices = uncertainChoices;
    return spec;
}

/// Problems of a sampling run, named as from Python, raised if any is an error.
void raiseSamplingProblems(Diagnostics problems)
{
    for (auto &p : problems)
        p.file = std::string(kPythonLabel);
    raiseOnErrors(problems);
}

py::object uncertainty(const Scenario &scenario, int samples, std::uint64_t seed, bool timeline, int threads,
                       const py::dict &ranges, const std::vector<std::string> &uncertainChoices)
{
    if (samples < 2)
        throw DiagnosticsError{{{Severity::Error, std::string(kPythonLabel), "", "samples: expected 2 or more"}}};
    UncertaintyOptions options;
    options.samples = static_cast<std::size_t>(samples);
    options.seed = seed;
    options.timeline = timeline;
    options.spec = samplingSpec(ranges, uncertainChoices);
    RunControl control;
    control.threads = threads;
    const Scenario copy = scenario;
    Diagnostics problems;
    std::string text;
    {
        py::gil_scoped_release release;
        const UncertaintyResult result = runUncertainty(copy, catalog(), options, control, problems);
        if (!hasErrors(problems))
            text = uncertaintyJson(copy, result);
    }
    raiseSamplingProblems(problems);
    return jsonToPython(text);
}

py::object sensitivity(const Scenario &scenario, const std::string &method, int samples, int inputs, std::uint64_t seed,
                       int threads, const py::dict &ranges, const std::vector<std::string> &uncertainChoices)
{
    if ((method != "oat" && method != "sobol") || samples < 2 || inputs < 1)
        throw DiagnosticsError{{{Severity::Error, std::string(kPythonLabel), "",
                                 "expected method \"oat\" or \"sobol\", samples >= 2 and inputs >= 1"}}};
    const SamplingSpec spec = samplingSpec(ranges, uncertainChoices);
    RunControl control;
    control.threads = threads;
    const Scenario copy = scenario;
    Diagnostics problems;
    std::string text;
    {
        py::gil_scoped_release release;
        if (method == "oat") {
            const Tornado tornado = oneAtATime(copy, catalog(), spec, control, problems);
            text = tornadoJson(copy, tornado);
        } else {
            SensitivityOptions options;
            options.sobol.baseSamples = static_cast<std::size_t>(samples);
            options.sobol.seed = seed;
            options.maxInputs = static_cast<std::size_t>(inputs);
            options.spec = spec;
            text = sobolJson(copy, sobolSensitivity(copy, catalog(), options, control, problems), options.sobol);
        }
    }
    raiseSamplingProblems(problems);
    return jsonToPython(text);
}

std::string kindName(ParameterKind kind)
{
    switch (kind) {
    case ParameterKind::Number:
        return "number";
    case ParameterKind::OptionalNumber:
        return "optional_number";
    case ParameterKind::Flag:
        return "flag";
    case ParameterKind::Choice:
        return "choice";
    case ParameterKind::Enum:
        return "enum";
    case ParameterKind::Text:
        return "text";
    }
    return "text";
}

/// The registry: one dict per parameter (units as `ml-impact-explorer parameters` shows them).
py::list parameters()
{
    py::list rows;
    for (const auto &p : parameterRegistry()) {
        py::dict row;
        row["path"] = p.path;
        row["pointer"] = p.jsonPointer();
        row["section"] = p.section;
        row["label"] = p.label;
        row["unit"] = p.unit;
        row["kind"] = kindName(p.kind);
        const bool numeric = p.kind == ParameterKind::Number || p.kind == ParameterKind::OptionalNumber;
        row["min"] = numeric ? py::cast(p.min) : py::none();
        row["max"] = numeric ? py::cast(p.max) : py::none();
        row["plausible"] = p.low < p.high ? py::cast(std::pair{p.low, p.high}) : py::none();
        row["log_scale"] = p.logScale;
        row["integer"] = p.integer;
        row["default"] = python::valueToPython(p.defaultValue());
        row["choices"] = p.choices ? py::cast(std::string(sectionKey(*p.choices))) : py::none();
        row["enum_values"] = p.enumValues;
        row["enabled_by"] = p.enabledBy.empty() ? py::none() : py::cast(p.enabledBy);
        row["explanation"] = p.explanation;
        row["source"] = p.source;
        rows.append(row);
    }
    return rows;
}

/// The built-in catalog files (resources/catalog) as the model reads them: section -> entries,
/// each with its figures, `sources` per field and `note`.
py::dict catalogs()
{
    py::dict sections;
    for (const auto &file : data::embeddedFiles()) {
        if (!file.path.starts_with("catalog/"))
            continue;
        const py::dict document = jsonToPython(std::string(file.text));
        for (const auto &[key, value] : document) {
            if (py::isinstance<py::list>(value))
                sections[key] = value;
        }
    }
    return sections;
}

void bindScenario(py::module_ &m)
{
    py::class_<Scenario>(m, "Scenario",
                         "A scenario: every parameter of the registry. Read with get(path), change with "
                         "set(path, value) (checked as --set checks it); to_dict()/to_json() give the file format.")
        .def_property_readonly("name", [](const Scenario &s) { return s.system.name; })
        .def(
            "get",
            [](const Scenario &s, const std::string &path) {
                const Parameter *p = findParameter(path);
                if (!p)
                    throw py::key_error("unknown parameter \"" + path + "\" (mlimpact.parameters() lists them)");
                return python::valueToPython(p->get(s));
            },
            py::arg("path"), "The value at a dotted registry path (None: an override left to the catalog).")
        .def(
            "set",
            [](Scenario &s, const std::string &path, const py::handle &value) -> Scenario & {
                python::setChecked(s, path, value, catalog());
                return s;
            },
            py::arg("path"), py::arg("value"), py::return_value_policy::reference_internal,
            "Sets a parameter in place (returns the scenario); raises ScenarioError with its JSON Pointer "
            "on a wrong type, an out-of-range value or an unknown catalog id.")
        .def("copy", [](const Scenario &s) { return s; })
        .def("__copy__", [](const Scenario &s) { return s; })
        .def("__deepcopy__", [](const Scenario &s, const py::dict &) { return s; })
        .def("to_json", &scenarioToJsonText, "Canonical scenario file text (format_version 1).")
        .def(
            "to_dict", [](const Scenario &s) { return jsonToPython(scenarioToJsonText(s)); },
            "The scenario file as a dict (every parameter).")
        .def("__eq__", [](const Scenario &a, const Scenario &b) { return a == b; })
        .def("__repr__", [](const Scenario &s) { return "<mlimpact.Scenario \"" + s.system.name + "\">"; });
}

} // namespace

PYBIND11_MODULE(mlimpact, m)
{
    m.doc() = "ML Impact Explorer's life-cycle model of an ML system (energy, carbon, water, e-waste) from "
              "Python: the same core and the same numbers as the window and the command line. "
              "See docs/python.md.";
    m.attr("__version__") = MLIMPACT_VERSION;
    python::registerScenarioError(m);
    bindScenario(m);

    m.def("load", &loadScenario, py::arg("source"),
          "A scenario from a dict, JSON text or a file path (a version 2 file gives its baseline). Raises "
          "ScenarioError with every problem located by file and JSON Pointer.");
    m.def("preset", &preset, py::arg("id"), "A built-in preset scenario by id (see presets()).");
    m.def("presets", &presetIds, "The ids of the built-in preset scenarios.");
    m.def("comparisons", &comparisonPresetIds, "The ids of the built-in comparisons (for compare()).");
    m.def(
        "set",
        [](const Scenario &s, const std::string &path, const py::handle &value) {
            Scenario changed = s;
            python::setChecked(changed, path, value, catalog());
            return changed;
        },
        py::arg("scenario"), py::arg("path"), py::arg("value"),
        "A copy of the scenario with one parameter changed, checked as Scenario.set checks it.");
    m.def("evaluate", &evaluateReport, py::arg("scenario"), py::kw_only(), py::arg("triad") = py::none(),
          py::arg("break_even") = py::none(),
          "The report of `ml-impact-explorer evaluate --format json` as a dict (docs/report-format.md); "
          "triad and break_even as the CLI's --triad and --break-even.");
    m.def("evaluate_many", &evaluateMany, py::arg("scenarios"), py::kw_only(),
          py::arg("fields") = std::vector<std::string>{"/totals/carbon_kgco2e"}, py::arg("threads") = 0,
          "Evaluates many scenarios in parallel (GIL released): {field: [value per scenario]} for each field, "
          "a JSON Pointer into evaluate()'s report outside /insights (default: total carbon, kgCO2e).");
    m.def("compare", &compare, py::arg("source"), py::arg("variants") = py::none(),
          "The report of `ml-impact-explorer compare --format json`: of a built-in comparison id, a version 2 "
          "document (dict, JSON, path), or a baseline Scenario with variants (a list of Scenarios, or a dict "
          "name -> Scenario).");
    m.def("uncertainty", &uncertainty, py::arg("scenario"), py::kw_only(), py::arg("samples") = 1000,
          py::arg("seed") = 1, py::arg("timeline") = true, py::arg("threads") = 0, py::arg("ranges") = py::dict(),
          py::arg("uncertain_choices") = std::vector<std::string>{},
          "Monte Carlo as `ml-impact-explorer uncertainty --format json`; ranges = {path: (low, high[, "
          "distribution])} as --range.");
    m.def("sensitivity", &sensitivity, py::arg("scenario"), py::kw_only(), py::arg("method") = "oat",
          py::arg("samples") = 1000, py::arg("inputs") = 12, py::arg("seed") = 1, py::arg("threads") = 0,
          py::arg("ranges") = py::dict(), py::arg("uncertain_choices") = std::vector<std::string>{},
          "Tornado (method='oat') or Sobol indices (method='sobol') as `ml-impact-explorer sensitivity "
          "--format json`.");
    m.def("system", &systemMap, py::arg("scenario"), py::kw_only(), py::arg("variant") = py::none(),
          py::arg("variant_name") = "variant",
          "The systems map as `ml-impact-explorer system --format json` (docs/report-format.md): quantities, "
          "links with polarity, formula and local elasticity, loops; with variant (a Scenario), each quantity's "
          "change from scenario to it.");
    m.def("import_runs", &importRuns, py::arg("csv"), py::arg("phase"), py::arg("scenario"),
          "CodeCarbon's emissions.csv summed into the 'development' or 'training' phase of a copy of the "
          "scenario, as `ml-impact-explorer import-runs`: (scenario, lines saying what changed and what "
          "was not applied).");
    m.def("parameters", &parameters,
          "Every parameter of the registry: path, pointer, unit, kind, valid range (min, max), plausible "
          "range, default, explanation and source.");
    m.def("catalogs", &catalogs,
          "The built-in catalogs: section -> entries with their figures and a source per field.");
}
