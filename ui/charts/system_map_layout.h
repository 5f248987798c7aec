// The systems map's designed layout, kept as data: where each node of core's systemGraph sits
// (on a 100 x 100 page, y down) and the short label its box shows. Causes on the left, the
// served query along the top, demand and the fleet in the middle, before-launch work at the
// bottom left, the criteria in the right-hand column.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace mlimpact::ui {

struct SystemMapPlace
{
    std::string_view id; ///< a node id of core's systemGraph
    std::string_view shortLabel;
    double x, y;
};

/// One place per node, in core's node order (a test checks both lists match).
const std::vector<SystemMapPlace> &systemMapLayout();

/// The index of node `id` in the layout, or -1.
int systemMapIndex(std::string_view id);

} // namespace mlimpact::ui
