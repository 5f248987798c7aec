// `ml-impact-explorer compare`: a baseline and its variants side by side, with the bridge
// from the baseline to each variant (text or the JSON "ml-impact-explorer/comparison").
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mlimpact::cli {

int runCompare(const QStringList &args);

} // namespace mlimpact::cli
