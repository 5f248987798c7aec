// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_intensity_command.h"

#include "cli.h"
#include "file_io.h"
#include "intensity_import.h"

#include <QCommandLineParser>

#include <string>

namespace mlimpact::cli {
namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Read a year of hourly carbon intensity into a grid region of a user catalog (load it with --catalog). "
        "Layouts: Electricity Maps' hourly export (\"Datetime (UTC)\", \"Carbon Intensity gCO₂eq/kWh (LCA)\" or "
        "\"(direct)\"; average intensity), WattTime's historical MOER (\"point_time\", \"value\" in lbs CO2/MWh, "
        "converted to gCO2/kWh; marginal intensity) or \"datetime,gco2_per_kwh\". 8,760 or 8,784 hours of one "
        "year in UTC; rows within an hour are averaged. An existing --out file is updated; nothing is written "
        "if the CSV is malformed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("import-intensity"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("CSV"), QStringLiteral("The hourly intensity file."));
    parser.addOption(
        {QStringLiteral("region"), QStringLiteral("Grid region id to attach the series to."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The user catalog to write (created or updated)."),
                      QStringLiteral("catalog.json")});
    parser.addOption({QStringLiteral("emissions"),
                      QStringLiteral("Electricity Maps column: lifecycle (default) or direct."),
                      QStringLiteral("SCOPE")});
    parser.addOption({QStringLiteral("kind"),
                      QStringLiteral("What a plain file's values are: average (default) or marginal."),
                      QStringLiteral("KIND")});
    parser.addOption(catalogOption());
}

std::optional<IntensityImportOptions> importOptions(const QCommandLineParser &parser)
{
    IntensityImportOptions options;
    const QString scope = parser.value(QStringLiteral("emissions"));
    const QString kind = parser.value(QStringLiteral("kind"));
    if (!scope.isEmpty() && scope != QLatin1String("lifecycle") && scope != QLatin1String("direct"))
        return std::nullopt;
    if (!kind.isEmpty() && kind != QLatin1String("average") && kind != QLatin1String("marginal"))
        return std::nullopt;
    options.scope = scope == QLatin1String("direct") ? EmissionScope::Direct : EmissionScope::LifeCycle;
    options.plainKind = kind == QLatin1String("marginal") ? IntensityKind::Marginal : IntensityKind::Average;
    return options;
}

} // namespace

int runImportIntensityCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (const auto done = parseArguments(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const auto options = importOptions(parser);
    if (positional.size() != 2 || !options || !parser.isSet(QStringLiteral("region")) ||
        parser.value(QStringLiteral("region")).isEmpty() || !parser.isSet(QStringLiteral("out"))) {
        err("error: usage: import-intensity FILE.csv --region ID --out catalog.json [--emissions lifecycle|direct] "
            "[--kind average|marginal]\n");
        return BadInput;
    }
    Diagnostics diagnostics;
    const Catalog catalog = catalogFromOptions(parser, diagnostics);
    const std::string outFile = parser.value(QStringLiteral("out")).toStdString();
    auto lines = hasErrors(diagnostics)
                     ? std::nullopt
                     : importHourlyIntensityFile(positional.at(1).toStdString(),
                                                 parser.value(QStringLiteral("region")).toStdString(), outFile,
                                                 *options, catalog, diagnostics);
    if (!lines) {
        printDiagnostics(diagnostics, false);
        return BadInput;
    }
    lines->back() += " (use it with --catalog " + outFile + ")";
    for (const auto &line : *lines)
        out(line + "\n");
    return Ok;
}

} // namespace mlimpact::cli
