// SPDX-License-Identifier: GPL-3.0-or-later
#include "system_command.h"

#include "cli.h"

#include "system_graph.h"
#include "system_graph_report.h"
#include "variants.h"
#include "variants_io.h"

#include <QCommandLineParser>

#include <algorithm>

namespace mlimpact::cli {
namespace {

/// The variant the nodes' changes lead to: --variant NAME, else the first; nullptr without variants.
const Variant *comparedVariant(const std::vector<Variant> &variants, const QString &name, bool &unknown)
{
    unknown = false;
    if (variants.empty())
        return nullptr;
    if (name.isEmpty())
        return &variants.front();
    const auto it =
        std::find_if(variants.begin(), variants.end(), [&](const Variant &v) { return v.name == name.toStdString(); });
    unknown = it == variants.end();
    return unknown ? nullptr : &*it;
}

/// A built-in comparison (`--preset` of `compare --list`) read as a scenario with variants.
std::optional<ScenarioInput> comparisonPresetInput(const QString &id)
{
    const auto ids = comparisonPresetIds();
    if (std::find(ids.begin(), ids.end(), id.toStdString()) == ids.end())
        return std::nullopt;
    Diagnostics diagnostics;
    ScenarioInput input;
    input.catalog = builtinCatalog();
    auto document = loadComparisonPreset(id.toStdString(), input.catalog, diagnostics);
    printDiagnostics(diagnostics, false);
    if (!document)
        return std::nullopt;
    input.scenario = std::move(document->baseline);
    input.variants = std::move(document->variants);
    return input;
}

} // namespace

int runSystem(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print the systems map of a scenario: the model's quantities, the causal links between them with their "
        "local elasticity (∂ln y/∂ln x), and the loops. A file with variants (or a comparison preset) also gives "
        "each quantity's change from the baseline to a variant."));
    parser.addHelpOption();
    addScenarioInputOptions(parser, QStringLiteral("system"), QStringLiteral("Map"));
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format: text (default) or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("variant"),
                      QStringLiteral("The variant whose change from the baseline the quantities carry (default: the "
                                     "first)."),
                      QStringLiteral("NAME")});
    if (const auto done = parseArguments(parser, args))
        return *done;
    if (!textOrJsonFormat(parser))
        return BadInput;
    std::optional<ScenarioInput> input;
    if (parser.isSet(QStringLiteral("preset")) && parser.values(QStringLiteral("set")).isEmpty() &&
        parser.values(QStringLiteral("catalog")).isEmpty())
        input = comparisonPresetInput(parser.value(QStringLiteral("preset")));
    if (!input)
        input = loadScenarioInput(parser, false);
    if (!input)
        return BadInput;
    bool unknown = false;
    const Variant *variant = comparedVariant(input->variants, parser.value(QStringLiteral("variant")), unknown);
    if (unknown) {
        err("error: --variant: no variant named \"" + parser.value(QStringLiteral("variant")).toStdString() +
            "\" in this document\n");
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("variant")) && input->variants.empty()) {
        err("error: --variant: this scenario has no variants\n");
        return BadInput;
    }
    SystemGraph graph = systemGraph(input->scenario, input->catalog);
    if (variant)
        attachComparison(graph, input->scenario, resolveVariant(input->scenario, *variant), variant->name,
                         input->catalog);
    out(parser.value(QStringLiteral("format")) == QLatin1String("json") ? systemGraphJson(graph)
                                                                        : systemGraphText(graph));
    return Ok;
}

} // namespace mlimpact::cli
