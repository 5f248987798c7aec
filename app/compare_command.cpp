// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare_command.h"

#include "cli.h"
#include "comparison_report.h"
#include "scenario_io.h"
#include "variants_io.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>
#include <string>

namespace mlimpact::cli {
namespace {

void addCompareOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Compare a baseline with its variants: totals per criterion, the change from the baseline, the bridge "
        "(which causes make the change) and what changed.\n"
        "compare FILE compares the variants of a version 2 scenario file; compare BASE.json OTHER.json... makes "
        "each OTHER a variant (its differences from BASE); compare --preset ID uses a built-in comparison."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("compare"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Scenario file (format_version 1 or 2)."));
    parser.addPositionalArgument(QStringLiteral("OTHER"), QStringLiteral("Scenario files to compare with FILE."),
                                 QStringLiteral("[OTHER...]"));
    parser.addOption({QStringLiteral("preset"), QStringLiteral("Compare a built-in comparison instead of files."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("List the built-in comparisons.")});
    parser.addOption({QStringLiteral("set"),
                      QStringLiteral("Override one parameter of the baseline (it flows into every variant that does "
                                     "not change it), e.g. deployment.queries_per_day=2e6 (repeatable)."),
                      QStringLiteral("PATH=VALUE")});
    parser.addOption(catalogOption());
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format: text (default) or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("criterion"),
                      QStringLiteral("Criterion of the text bridge: carbon (default), energy, water, operational, "
                                     "embodied, ewaste, adpe, primary_energy or compute (JSON has them all)."),
                      QStringLiteral("CRITERION"), QStringLiteral("carbon")});
}

/// The built-in comparisons, one a line with the baseline's name.
void listComparisons()
{
    for (const auto &id : comparisonPresetIds()) {
        Diagnostics diagnostics;
        const auto document = loadComparisonPreset(id, builtinCatalog(), diagnostics);
        out(id +
            (document ? "  — " + document->baseline.system.name + " (" + std::to_string(document->variants.size()) +
                            " variants)"
                      : std::string("  (invalid)")) +
            "\n");
    }
}

/// BASE (with its own variants, if any) plus each OTHER as a variant; nullopt on any error.
std::optional<VariantDocument> loadFiles(const QStringList &files, const Catalog &catalog)
{
    Diagnostics diagnostics;
    auto document = loadDocumentFile(files.front().toStdString(), catalog, diagnostics);
    bool ok = document.has_value();
    for (qsizetype i = 1; i < files.size(); ++i) {
        const std::string path = files.at(i).toStdString();
        const auto other = loadDocumentFile(path, catalog, diagnostics);
        if (!other) {
            ok = false;
            continue;
        }
        if (!other->variants.empty())
            diagnostics.push_back({Severity::Warning, path, "/variants",
                                   "only this file's baseline is compared; its own variants are left out"});
        if (!document)
            continue;
        // Named after its scenario, or after the file where that says nothing new.
        std::string name = other->baseline.system.name;
        if (name == document->baseline.system.name)
            name = QFileInfo(files.at(i)).completeBaseName().toStdString();
        document->variants.push_back(
            variantFromScenario(*document, {name, other->baseline.system.description, other->baseline}));
    }
    printDiagnostics(diagnostics, false);
    return ok ? document : std::nullopt;
}

/// The document the arguments name, with --set applied to its baseline and checked again.
std::optional<VariantDocument> loadComparisonInput(const QCommandLineParser &parser, const Catalog &catalog)
{
    const QStringList files = parser.positionalArguments().mid(1);
    std::optional<VariantDocument> document;
    std::string label;
    if (parser.isSet(QStringLiteral("preset"))) {
        if (!files.isEmpty()) {
            err("error: give either scenario files or --preset ID, not both\n");
            return std::nullopt;
        }
        Diagnostics diagnostics;
        document = loadComparisonPreset(parser.value(QStringLiteral("preset")).toStdString(), catalog, diagnostics);
        printDiagnostics(diagnostics, false);
        label = "<built-in>";
    } else if (!files.isEmpty()) {
        document = loadFiles(files, catalog);
        label = files.front().toStdString();
    } else {
        err("error: expected a scenario FILE, BASE.json OTHER.json..., or --preset ID (see --help)\n");
        return std::nullopt;
    }
    if (!document)
        return std::nullopt;
    const QStringList assignments = parser.values(QStringLiteral("set"));
    for (const auto &assignment : assignments) {
        if (const auto problems = applyOverride(document->baseline, assignment.toStdString(), catalog);
            !problems.empty()) {
            printDiagnostics(problems, false);
            return std::nullopt;
        }
    }
    // The variants are checked again: a baseline changed by --set, or more files than variants allowed.
    Diagnostics problems = validateDocument(*document, catalog);
    for (auto &problem : problems) {
        problem.file = assignments.isEmpty() ? label : std::string(kCommandLineLabel);
        if (!assignments.isEmpty())
            problem.message = "with --set: " + problem.message;
    }
    printDiagnostics(problems, false);
    return hasErrors(problems) ? std::nullopt : document;
}

} // namespace

int runCompare(const QStringList &args)
{
    QCommandLineParser parser;
    addCompareOptions(parser);
    if (const auto done = parseArguments(parser, args))
        return *done;
    if (parser.isSet(QStringLiteral("list"))) {
        listComparisons();
        return Ok;
    }
    if (!textOrJsonFormat(parser))
        return BadInput;
    const QString format = parser.value(QStringLiteral("format"));
    const std::string criterionId = parser.value(QStringLiteral("criterion")).toStdString();
    const auto criterion = findCriterion(criterionId);
    if (!criterion) {
        err("error: --criterion: expected carbon, energy, water, operational, embodied, ewaste, adpe, primary_energy "
            "or compute, found \"" +
            criterionId + "\"\n");
        return BadInput;
    }
    Diagnostics catalogProblems;
    const Catalog catalog = catalogFromOptions(parser, catalogProblems);
    printDiagnostics(catalogProblems, false);
    if (hasErrors(catalogProblems))
        return BadInput;
    const auto document = loadComparisonInput(parser, catalog);
    if (!document)
        return BadInput;
    const Comparison comparison = compareDocument(*document, catalog);
    out(format == QLatin1String("json") ? comparisonJson(comparison) : comparisonText(comparison, *criterion));
    return Ok;
}

} // namespace mlimpact::cli
