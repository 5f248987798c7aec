// The command-line front end: evaluate, validate, catalog and presets
// subcommands, usable with no display. Kept out of main() so tests can call it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyses.h"
#include "catalog.h"
#include "diagnostics.h"
#include "scenario.h"
#include "variants.h"

#include <QCommandLineOption>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

class QCommandLineParser;

namespace mlimpact::cli {

/// Exit codes shared by every subcommand.
enum ExitCode { Ok = 0, Failure = 1, BadInput = 2 };

/// True if args[1] names a subcommand (evaluate, validate, catalog, presets, parameters).
bool isSubcommand(const QStringList &args);

/// Runs a subcommand; needs a QCoreApplication. Writes to stdout/stderr.
int runSubcommand(const QStringList &args);

/// The help text of the whole program (options plus subcommands).
QString programHelp();

// The one way every subcommand reads its arguments and its scenario.

/// Parses a subcommand's arguments; returns an exit code when there is nothing more to do
/// (a usage error, or --help printed), nullopt to go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args);

/// Whether --format is text or json (true), else prints "expected text or json" (false).
bool textOrJsonFormat(const QCommandLineParser &parser);

/// Adds the scenario input: the subcommand and FILE positionals, --preset ID, --set PATH=VALUE
/// (repeatable) and --catalog FILE (repeatable). `action` says what is done with it ("Evaluate").
void addScenarioInputOptions(QCommandLineParser &parser, const QString &subcommand, const QString &action);

/// --catalog FILE (repeatable): extra catalog files that add or override entries.
QCommandLineOption catalogOption();

/// The built-in catalog plus the --catalog files; their problems go to `diagnostics`.
Catalog catalogFromOptions(const QCommandLineParser &parser, Diagnostics &diagnostics);

/// What the options name, loaded and checked in one pass.
struct ScenarioInput
{
    Catalog catalog;                       ///< built-in plus --catalog files
    std::vector<std::string> catalogFiles; ///< as given
    Scenario scenario;                     ///< FILE or --preset, with every --set applied
    std::vector<Variant> variants;         ///< FILE's variants (format version 2), on `scenario`
    SamplingSpec uncertainty;              ///< FILE's "uncertainty" section (ranges, uncertain choices)
};

/// Loads the catalog, the scenario and its overrides; prints every problem on stderr as
/// "file: /json/pointer: error: ..." (notes too with `verbose`) and returns nullopt on any error.
std::optional<ScenarioInput> loadScenarioInput(const QCommandLineParser &parser, bool verbose);

/// Adds --triad TECHNIQUE[@HARDWARE] and --break-even ID: what the triad and break-even charts
/// analyse, named by the same keys as the window's pickers.
void addAnalysisOptions(QCommandLineParser &parser);

/// Applies --triad and --break-even to `request`; prints the problem (with the valid choices)
/// and returns false on a bad value.
bool applyAnalysisOptions(const QCommandLineParser &parser, const Catalog &catalog, const Results &results,
                          AnalysisRequest &request);

/// Prints each diagnostic's toString() on stderr, one a line (notes only with `includeNotes`).
void printDiagnostics(const Diagnostics &diagnostics, bool includeNotes);

/// Writes to standard output / standard error and flushes, so output and messages keep their order.
void out(const std::string &text);
void err(const std::string &text);

} // namespace mlimpact::cli
