// `ml-impact-explorer uncertainty` (Monte Carlo bands of every total) and `sensitivity`
// (one-at-a-time tornado or Sobol indices per criterion), text or JSON (docs/report-format.md),
// with progress on stderr for long runs.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sampling.h"

#include <QStringList>

namespace mlimpact::cli {

int runUncertaintyCommand(const QStringList &args);
int runSensitivityCommand(const QStringList &args);

/// A run control for `threads` workers (0: all cores) that prints progress on stderr
/// ("samples 4000/10000") once the run has taken more than a second.
RunControl progressOnStderr(int threads, const char *what);

} // namespace mlimpact::cli
