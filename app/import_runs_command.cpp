// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_runs_command.h"

#include "cli.h"
#include "file_io.h"
#include "measured_runs.h"
#include "variants_io.h"

#include <QCommandLineParser>

#include <string>

namespace mlimpact::cli {

int runImportRunsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sum the runs of CodeCarbon's emissions.csv into a phase of a scenario: measured energy "
                       "at the IT equipment (the pue CodeCarbon applied is divided out), power per device, devices "
                       "and grid region. Nothing is written if the file is malformed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("import-runs"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("CSV"), QStringLiteral("CodeCarbon's emissions.csv."));
    parser.addOption({QStringLiteral("phase"), QStringLiteral("development or training."), QStringLiteral("PHASE")});
    parser.addOption(
        {QStringLiteral("into"), QStringLiteral("The scenario file to start from."), QStringLiteral("SCENARIO.json")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where to write the result (may be the same file)."),
                      QStringLiteral("FILE")});
    parser.addOption(catalogOption());
    if (const auto done = parseArguments(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const auto phase = measuredPhaseFromKey(parser.value(QStringLiteral("phase")).toStdString());
    if (positional.size() != 2 || !phase || !parser.isSet(QStringLiteral("into")) ||
        !parser.isSet(QStringLiteral("out"))) {
        err("error: usage: import-runs emissions.csv --phase development|training --into SCENARIO.json --out "
            "FILE\n");
        return BadInput;
    }
    Diagnostics diagnostics;
    const Catalog catalog = catalogFromOptions(parser, diagnostics);
    const std::string into = parser.value(QStringLiteral("into")).toStdString();
    auto document = hasErrors(diagnostics) ? std::nullopt : loadDocumentFile(into, catalog, diagnostics);
    const std::string csvFile = positional.at(1).toStdString();
    std::string csv;
    if (document) {
        for (auto d : readTextFile(csvFile, csv))
            diagnostics.push_back(std::move(d));
    }
    const auto imported = document && !hasErrors(diagnostics)
                              ? importMeasuredRuns(csv, csvFile, *phase, document->baseline, catalog, diagnostics)
                              : std::nullopt;
    if (!imported) {
        printDiagnostics(diagnostics, false);
        return BadInput;
    }
    document->baseline = imported->scenario;
    if (const auto problems = saveDocumentFile(parser.value(QStringLiteral("out")).toStdString(), *document);
        !problems.empty()) {
        printDiagnostics(problems, false);
        return Failure;
    }
    for (const auto &line : imported->lines)
        out(line + "\n");
    return Ok;
}

} // namespace mlimpact::cli
