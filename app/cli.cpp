// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "analyses.h"
#include "compare_command.h"
#include "import_intensity_command.h"
#include "import_runs_command.h"
#include "lesson_command.h"
#include "system_command.h"
#include "uncertainty_command.h"

#include "catalog.h"
#include "evaluate.h"
#include "format.h"
#include "parameter_registry.h"
#include "report.h"
#include "scenario_io.h"
#include "variants_io.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <string>

namespace mlimpact::cli {
namespace {

const QStringList kSubcommands{
    QStringLiteral("evaluate"),    QStringLiteral("validate"),    QStringLiteral("catalog"),
    QStringLiteral("presets"),     QStringLiteral("parameters"),  QStringLiteral("compare"),
    QStringLiteral("lessons"),     QStringLiteral("uncertainty"), QStringLiteral("sensitivity"),
    QStringLiteral("import-runs"), QStringLiteral("system"),      QStringLiteral("import-intensity")};

} // namespace

void out(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

void err(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

void printDiagnostics(const Diagnostics &diagnostics, bool includeNotes)
{
    for (const auto &d : diagnostics) {
        if (d.severity == Severity::Note && !includeNotes)
            continue;
        err(d.toString() + "\n");
    }
}

QCommandLineOption catalogOption()
{
    return {QStringLiteral("catalog"),
            QStringLiteral("Extra catalog file that adds or overrides entries (repeatable)."), QStringLiteral("FILE")};
}

Catalog catalogFromOptions(const QCommandLineParser &parser, Diagnostics &diagnostics)
{
    std::vector<std::string> paths;
    for (const auto &p : parser.values(QStringLiteral("catalog")))
        paths.push_back(p.toStdString());
    return catalogWithUserFiles(paths, diagnostics);
}

namespace {

/// Builds the catalog from built-ins plus --catalog files; false on bad files.
bool buildCatalog(const QCommandLineParser &parser, Catalog &catalog)
{
    Diagnostics diagnostics;
    catalog = catalogFromOptions(parser, diagnostics);
    printDiagnostics(diagnostics, false);
    return !hasErrors(diagnostics);
}

/// Loads FILE or --preset ID with the catalog given; nullopt (diagnostics printed) on bad input.
std::optional<Scenario> loadScenarioArgument(const QCommandLineParser &parser, const Catalog &catalog, bool verbose,
                                             std::vector<Variant> &variants, SamplingSpec &uncertainty)
{
    Diagnostics diagnostics;
    std::optional<Scenario> scenario;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("preset")) && positional.size() > 1) {
        err("error: give either a scenario FILE or --preset ID, not both\n");
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("preset"))) {
        scenario = loadPreset(parser.value(QStringLiteral("preset")).toStdString(), catalog, diagnostics);
        if (!scenario && !hasErrors(diagnostics))
            diagnostics.push_back(
                {Severity::Error, parser.value(QStringLiteral("preset")).toStdString(), "", "no such preset"});
    } else if (positional.size() == 2) {
        // The whole file is checked, variants too (version 2); what follows uses its baseline.
        const std::string path = positional.at(1).toStdString();
        if (auto document = loadDocumentFile(path, catalog, diagnostics)) {
            if (!document->variants.empty())
                diagnostics.push_back({Severity::Note, path, "/variants",
                                       std::to_string(document->variants.size()) +
                                           " variant(s) checked; this reads the baseline ('compare FILE' compares "
                                           "them)"});
            scenario = std::move(document->baseline);
            variants = std::move(document->variants);
            uncertainty = std::move(document->uncertainty);
        }
    } else {
        err("error: expected one scenario FILE or --preset ID (see --help)\n");
        return std::nullopt;
    }
    printDiagnostics(diagnostics, verbose);
    return scenario;
}

} // namespace

/// Parses a subcommand's arguments; returns an exit code when there is nothing more
/// to do (a usage error, or --help printed), nullopt to go on.
bool textOrJsonFormat(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("text") || format == QLatin1String("json"))
        return true;
    err("error: --format: expected text or json, found \"" + format.toStdString() + "\"\n");
    return false;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        err("error: " + parser.errorText().toStdString() + "\n");
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText().toStdString());
        return Ok;
    }
    return std::nullopt;
}

void addScenarioInputOptions(QCommandLineParser &parser, const QString &subcommand, const QString &action)
{
    parser.addPositionalArgument(subcommand, QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Scenario file (JSON, format_version 1)."));
    parser.addOption({QStringLiteral("preset"), QStringLiteral("%1 a built-in preset instead of a file.").arg(action),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("set"),
                      QStringLiteral("Override one parameter, e.g. deployment.queries_per_day=2e6 (repeatable)."),
                      QStringLiteral("PATH=VALUE")});
    parser.addOption(catalogOption());
}

std::optional<ScenarioInput> loadScenarioInput(const QCommandLineParser &parser, bool verbose)
{
    ScenarioInput input;
    for (const auto &p : parser.values(QStringLiteral("catalog")))
        input.catalogFiles.push_back(p.toStdString());
    if (!buildCatalog(parser, input.catalog))
        return std::nullopt;
    auto scenario = loadScenarioArgument(parser, input.catalog, verbose, input.variants, input.uncertainty);
    if (!scenario)
        return std::nullopt;
    for (const auto &assignment : parser.values(QStringLiteral("set"))) {
        if (const auto problems = applyOverride(*scenario, assignment.toStdString(), input.catalog);
            !problems.empty()) {
            printDiagnostics(problems, false);
            return std::nullopt;
        }
    }
    input.scenario = std::move(*scenario);
    return input;
}

void addAnalysisOptions(QCommandLineParser &parser)
{
    QStringList techniques;
    for (const auto &c : triadTechniqueChoices())
        techniques << QString::fromStdString(c.key);
    parser.addOption(
        {QStringLiteral("triad"),
         QStringLiteral("What the triad chart sweeps: TECHNIQUE (%1), optionally @HARDWARE, an accelerator or edge "
                        "device id (see `catalog`); default unstructured-sparse on the scenario's serving hardware.")
             .arg(techniques.join(QStringLiteral(", "))),
         QStringLiteral("TECHNIQUE[@HARDWARE]")});
    parser.addOption({QStringLiteral("break-even"),
                      QStringLiteral("The investment the break-even chart shows: nas, distillation, quantization or "
                                     "pruning, as the scenario has them (default: the first)."),
                      QStringLiteral("ID")});
}

bool applyAnalysisOptions(const QCommandLineParser &parser, const Catalog &catalog, const Results &results,
                          AnalysisRequest &request)
{
    Diagnostics problems;
    if (parser.isSet(QStringLiteral("triad")))
        problems = chooseTriad(parser.value(QStringLiteral("triad")).toStdString(), catalog, request);
    if (problems.empty() && parser.isSet(QStringLiteral("break-even")))
        problems = chooseBreakEven(parser.value(QStringLiteral("break-even")).toStdString(), results, request);
    printDiagnostics(problems, false);
    return problems.empty();
}

namespace {

int runEvaluate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Evaluate a scenario and print its life-cycle impacts."));
    parser.addHelpOption();
    addScenarioInputOptions(parser, QStringLiteral("evaluate"), QStringLiteral("Evaluate"));
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format: text (default) or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    addAnalysisOptions(parser);
    if (const auto done = parseArguments(parser, args))
        return *done;
    if (!textOrJsonFormat(parser))
        return BadInput;
    const QString format = parser.value(QStringLiteral("format"));
    const auto input = loadScenarioInput(parser, false);
    if (!input)
        return BadInput;
    const Scenario &scenario = input->scenario;
    const Catalog &catalog = input->catalog;
    const Results results = evaluate(scenario, catalog);
    AnalysisRequest request;
    if (!applyAnalysisOptions(parser, catalog, results, request))
        return BadInput;
    const Insights insights = computeInsights(catalog, results, computeAnalyses(scenario, catalog, results, request));
    out(format == QLatin1String("json") ? reportJson(scenario, results, insights)
                                        : reportText(scenario, results, insights));
    return Ok;
}

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check a scenario file: types, ranges, catalog ids and unknown keys, all in one pass."));
    parser.addHelpOption();
    addScenarioInputOptions(parser, QStringLiteral("validate"), QStringLiteral("Check"));
    parser.addOption({QStringLiteral("canonical"),
                      QStringLiteral("Print the scenario in canonical form: every parameter, registry order.")});
    if (const auto done = parseArguments(parser, args))
        return *done;
    const auto input = loadScenarioInput(parser, !parser.isSet(QStringLiteral("canonical")));
    if (!input)
        return BadInput;
    if (parser.isSet(QStringLiteral("canonical")))
        out(scenarioToJsonText(input->scenario));
    else
        out("ok: " + input->scenario.system.name + "\n");
    return Ok;
}

template <class Entry, class Describe>
void listSection(const std::vector<Entry> &entries, const std::string &title, Describe describe)
{
    out(title + "\n");
    for (const auto &e : entries) {
        out("  " + e.id + " — " + e.name + "\n      " + describe(e) + "\n");
        for (const auto &[field, citation] : e.sources)
            out("      " + field + ": " + citation + "\n");
        if (!e.note.empty())
            out("      note: " + e.note + "\n");
    }
}

int runCatalog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List catalog entries with their key figures and sources."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("catalog"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("SECTION"),
                                 QStringLiteral("hardware, servers, edge, grids or datacenters (default: all)."));
    parser.addOption(catalogOption());
    if (const auto done = parseArguments(parser, args))
        return *done;
    Catalog catalog;
    if (!buildCatalog(parser, catalog))
        return BadInput;
    const QStringList pos = parser.positionalArguments();
    const QString section = pos.size() > 1 ? pos.at(1) : QString();
    const QStringList known{QStringLiteral("hardware"), QStringLiteral("servers"), QStringLiteral("edge"),
                            QStringLiteral("grids"), QStringLiteral("datacenters")};
    if (!section.isEmpty() && !known.contains(section)) {
        err("error: unknown catalog section \"" + section.toStdString() +
            "\": expected hardware, servers, edge, grids or datacenters\n");
        return BadInput;
    }
    auto opt = [](const std::optional<double> &v, Quantity q) {
        return v ? formatQuantity(*v, q) : std::string("unknown");
    };
    if (section.isEmpty() || section == QLatin1String("hardware"))
        listSection(catalog.accelerators(), "Accelerators (data centre)", [&](const Accelerator &a) {
            std::string peaks;
            for (int i = 0; i < kPrecisionCount; ++i) {
                if (a.peak_tflops[i])
                    peaks += std::string(precisionKey(static_cast<Precision>(i))) + " " +
                             formatSignificant(*a.peak_tflops[i]) + " ";
            }
            return a.hardwareClass + ", " + std::to_string(a.year) + ", TDP " + formatSignificant(a.tdp_w) +
                   " W + host " + formatSignificant(a.host_power_w) + " W, peak TFLOP/s: " + peaks + "| embodied " +
                   opt(a.embodied_kgco2e, Quantity::CarbonKg) + " (board alone " +
                   opt(a.board_embodied_kgco2e, Quantity::CarbonKg) + "), " + formatSignificant(a.lifetime_years) +
                   " years at " + formatPercent(a.use_rate) + " use";
        });
    if (section.isEmpty() || section == QLatin1String("servers"))
        listSection(catalog.servers(), "Host servers (without their accelerators)", [&](const Server &v) {
            return std::to_string(static_cast<int>(v.accelerators_per_server)) + " accelerators per server, embodied " +
                   formatQuantity(v.embodied_kgco2e, Quantity::CarbonKg) + ", " + formatSignificant(v.lifetime_years) +
                   " years at " + formatPercent(v.use_rate) + " use, mass " + opt(v.mass_kg, Quantity::MassKg);
        });
    if (section.isEmpty() || section == QLatin1String("edge"))
        listSection(catalog.edgeDevices(), "Edge devices", [&](const EdgeDevice &d) {
            return d.deviceClass + ", " +
                   (d.avg_power_w ? formatSignificant(*d.avg_power_w) + " W" : std::string("power unknown")) +
                   ", embodied " + opt(d.embodied_kgco2e, Quantity::CarbonKg) + ", " +
                   formatSignificant(d.lifetime_years) + " years, mass " + opt(d.mass_kg, Quantity::MassKg);
        });
    if (section.isEmpty() || section == QLatin1String("grids"))
        listSection(catalog.gridRegions(), "Grid regions", [&](const GridRegion &g) {
            return formatSignificant(g.intensity_g_per_kwh) + " gCO₂e/kWh (" + std::to_string(g.data_year) +
                   "), off-site water " +
                   (g.ewif_l_per_kwh ? formatSignificant(*g.ewif_l_per_kwh) + " L/kWh" : std::string("unknown"));
        });
    if (section.isEmpty() || section == QLatin1String("datacenters"))
        listSection(catalog.datacenterTypes(), "Data-centre types", [&](const DatacenterType &d) {
            return "PUE " + formatSignificant(d.pue) + ", on-site WUE " + formatSignificant(d.wue_l_per_kwh) + " L/kWh";
        });
    return Ok;
}

int runPresets(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the built-in preset scenarios."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("presets"), QStringLiteral("The subcommand."));
    if (!parser.parse(args) || parser.positionalArguments().size() > 1) {
        err("error: " +
            (parser.errorText().isEmpty() ? std::string("presets takes no arguments")
                                          : parser.errorText().toStdString()) +
            "\n");
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText().toStdString());
        return Ok;
    }
    for (const auto &id : presetIds()) {
        Diagnostics diagnostics;
        const auto scenario = loadPreset(id, builtinCatalog(), diagnostics);
        out(id + (scenario ? "  — " + scenario->system.name : std::string("  (invalid)")) + "\n");
    }
    out("\nComparisons (ml-impact-explorer compare --preset ID):\n");
    for (const auto &id : comparisonPresetIds()) {
        Diagnostics diagnostics;
        const auto document = loadComparisonPreset(id, builtinCatalog(), diagnostics);
        out(id + (document ? "  — " + document->baseline.system.name : std::string("  (invalid)")) + "\n");
    }
    return Ok;
}

/// Escapes a table cell for Markdown.
std::string cell(std::string text)
{
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += ' ';
        else
            out += c;
    }
    return out;
}

int runParameters(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List every scenario parameter: path, unit, default, valid and plausible range, source."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("parameters"), QStringLiteral("The subcommand."));
    parser.addOption({QStringLiteral("format"), QStringLiteral("text (default) or markdown."), QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    if (const auto done = parseArguments(parser, args))
        return *done;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("markdown")) {
        err("error: --format: expected text or markdown, found \"" + format.toStdString() + "\"\n");
        return BadInput;
    }
    const bool md = format == QLatin1String("markdown");
    std::string section;
    for (const auto &p : parameterRegistry()) {
        const std::string def = valueToText(p, p.defaultValue());
        std::string range;
        if (p.kind == ParameterKind::Number || p.kind == ParameterKind::OptionalNumber)
            range = formatNumber(p.min) + " … " + formatNumber(p.max) + (p.integer ? ", whole" : "");
        else if (p.kind == ParameterKind::Enum) {
            for (const auto &v : p.enumValues)
                range += (range.empty() ? "" : ", ") + v;
        } else if (p.kind == ParameterKind::Choice)
            range = "id in " + std::string(sectionKey(*p.choices)) + " catalog";
        else if (p.kind == ParameterKind::Flag)
            range = "true, false";
        const std::string plausible =
            p.low < p.high ? formatNumber(p.low) + " … " + formatNumber(p.high) : std::string();
        if (p.section != section) {
            section = p.section;
            out(md ? "\n### " + section +
                         "\n\n| Path | Label | Unit | Default | Valid | Plausible | Explanation | Source |\n"
                         "|---|---|---|---|---|---|---|---|\n"
                   : "\n" + section + "\n");
        }
        if (md)
            out("| `" + p.path + "` | " + cell(p.label) + " | " + cell(p.unit) + " | " + cell(def) + " | " +
                cell(range) + " | " + cell(plausible) + " | " + cell(p.explanation) + " | " + cell(p.source) + " |\n");
        else
            out("  " + p.path + " = " + def + "  [" + range + "]  " + p.label + "\n");
    }
    return Ok;
}

} // namespace

int dispatch(const QStringList &args);

bool isSubcommand(const QStringList &args)
{
    return args.size() > 1 && kSubcommands.contains(args.at(1));
}

int runSubcommand(const QStringList &args)
{
    // Core reports problems as values; anything thrown is a bug, reported rather than aborting.
    try {
        return dispatch(args);
    } catch (const std::exception &e) {
        err(std::string("internal error: ") + e.what() + "\n");
        return Failure;
    }
}

int dispatch(const QStringList &args)
{
    const QString command = args.at(1);
    if (command == QLatin1String("evaluate"))
        return runEvaluate(args);
    if (command == QLatin1String("validate"))
        return runValidate(args);
    if (command == QLatin1String("catalog"))
        return runCatalog(args);
    if (command == QLatin1String("parameters"))
        return runParameters(args);
    if (command == QLatin1String("compare"))
        return runCompare(args);
    if (command == QLatin1String("lessons"))
        return runLessons(args);
    if (command == QLatin1String("uncertainty"))
        return runUncertaintyCommand(args);
    if (command == QLatin1String("sensitivity"))
        return runSensitivityCommand(args);
    if (command == QLatin1String("import-runs"))
        return runImportRunsCommand(args);
    if (command == QLatin1String("system"))
        return runSystem(args);
    if (command == QLatin1String("import-intensity"))
        return runImportIntensityCommand(args);
    return runPresets(args);
}

QString programHelp()
{
    return QStringLiteral(
        "Subcommands (work without a display):\n"
        "  evaluate FILE|--preset ID [--set PATH=VALUE]... [--format text|json] [--catalog FILE]...\n"
        "           [--triad TECHNIQUE[@HARDWARE]] [--break-even ID]\n"
        "                        Evaluate a scenario and print its impacts.\n"
        "  validate FILE|--preset ID [--canonical] [--catalog FILE]...\n"
        "                        Check a scenario file and list every problem.\n"
        "  catalog [hardware|edge|grids|datacenters] [--catalog FILE]...\n"
        "                        List catalog entries with key figures and sources.\n"
        "  presets               List the built-in preset scenarios and comparisons.\n"
        "  compare FILE | BASE.json OTHER.json... | --preset ID [--set PATH=VALUE]... [--format text|json]\n"
        "          [--criterion carbon|energy|water] [--catalog FILE]... | --list\n"
        "                        Variants side by side, with the bridge from the baseline to each.\n"
        "  uncertainty FILE|--preset ID [--samples N] [--seed S] [--range PATH=LOW:HIGH]... [--format text|json]\n"
        "                        Monte Carlo: 90% intervals of every total, phase and the timeline.\n"
        "  sensitivity FILE|--preset ID [--method oat|sobol] [--samples N] [--format text|json]\n"
        "                        Which inputs matter for which criterion: tornado or Sobol indices.\n"
        "  system FILE|--preset ID [--variant NAME] [--set PATH=VALUE]... [--format text|json]\n"
        "                        The systems map: quantities, causal links with their elasticities, loops.\n"
        "  export FILE|--preset ID --out DIR|deck.pdf [--format png|svg|pdf] [--charts LIST]\n"
        "         [--size WxH] [--scale N] [--slides] [--triad TECHNIQUE[@HARDWARE]] [--break-even ID]\n"
        "                        Charts or a 16:9 slide deck, without a display.\n"
        "  lessons [FILE...] [--check]\n"
        "                        List the lessons, one per claim of the paper (open one with --lesson ID).\n"
        "  export --lesson ID|FILE --out deck.pdf\n"
        "                        A lesson's slides: one per step, a question slide before its answer.\n"
        "  import-runs emissions.csv --phase development|training --into SCENARIO.json --out FILE\n"
        "                        Sum CodeCarbon's measured runs into a phase: energy, power, devices, region.\n"
        "  import-intensity FILE.csv --region ID --out catalog.json [--emissions lifecycle|direct]\n"
        "                   [--kind average|marginal] [--catalog FILE]...\n"
        "                        A year of hourly carbon intensity (Electricity Maps, WattTime or plain CSV)\n"
        "                        into a region of a user catalog, for scheduling over days and seasons.\n"
        "  parameters [--format text|markdown]\n"
        "                        List every scenario parameter (paths for --set), with ranges and sources.\n"
        "Run 'ml-impact-explorer SUBCOMMAND --help' for details.\n"
        "Exit codes: 0 ok, 1 failure, 2 bad input (message on stderr).\n");
}

} // namespace mlimpact::cli
