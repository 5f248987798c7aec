// The command-line front end: evaluate, validate, catalog and presets
// subcommands, usable with no display. Kept out of main() so tests can call it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

namespace mlimpact::cli {

/// Exit codes shared by every subcommand.
enum ExitCode { Ok = 0, Failure = 1, BadInput = 2 };

/// True if args[1] names a subcommand (evaluate, validate, catalog, presets, parameters).
bool isSubcommand(const QStringList &args);

/// Runs a subcommand; needs a QCoreApplication. Writes to stdout/stderr.
int runSubcommand(const QStringList &args);

/// The help text of the whole program (options plus subcommands).
QString programHelp();

} // namespace mlimpact::cli
