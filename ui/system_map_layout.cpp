// SPDX-License-Identifier: GPL-3.0-or-later
#include "system_map_layout.h"

namespace mlimpact::ui {

const std::vector<SystemMapPlace> &systemMapLayout()
{
    // Six columns (x = 8, 25, 42, 59, 75, 92); rows chosen so that no edge crosses a box.
    static const std::vector<SystemMapPlace> places{
        {"techniques", "Efficiency techniques", 8, 7},
        {"compute", "Compute per query", 25, 7},
        {"device_time", "Device time per query", 42, 16},
        {"utilization", "Utilization", 25, 25},
        {"power", "Power per device", 42, 36},
        {"energy_per_query", "Energy per query", 59, 16},
        {"cost_per_query", "Cost per query", 59, 40},
        {"demand", "Queries served", 42, 56},
        {"deployment_energy", "Deployment energy", 75, 16},
        {"hardware", "Serving fleet", 59, 64},
        {"lifetime", "Hardware lifetime", 42, 76},
        {"grid", "Grid (serving)", 75, 38},
        {"training_run", "Training run", 8, 62},
        {"experiments", "Development runs", 8, 80},
        {"nas_search", "Architecture search", 25, 93},
        {"before_launch", "Energy before launch", 25, 72},
        {"training_grid", "Grid × schedule (training)", 59, 88},
        {"edge_fleet", "Edge fleet", 75, 80},
        {"operational", "Operational carbon", 92, 30},
        {"embodied", "Embodied carbon", 92, 64},
        {"carbon", "Total carbon", 92, 47},
        {"water", "Water", 92, 8},
        {"ewaste", "E-waste", 92, 88},
    };
    return places;
}

int systemMapIndex(std::string_view id)
{
    const auto &places = systemMapLayout();
    for (std::size_t i = 0; i < places.size(); ++i) {
        if (places[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace mlimpact::ui
