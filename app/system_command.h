// `ml-impact-explorer system`: the systems map of a scenario (docs/model.md §16) as text or the
// JSON "ml-impact-explorer/system-map" (docs/report-format.md): nodes with values, edges with
// polarity, formula and local elasticity, loops with their gains.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mlimpact::cli {

int runSystem(const QStringList &args);

} // namespace mlimpact::cli
