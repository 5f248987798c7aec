// SPDX-License-Identifier: GPL-3.0-or-later
#include "system_map_layout.h"

namespace mlimpact::ui {

const std::vector<SystemMapPlace> &systemMapLayout()
{
    // Six columns (x = 8, 25, 42, 59, 76, 92); rows chosen so that no edge runs through a box. The
    // rebound is a square at the top right: energy per query, cost per query, queries, deployment energy.
    static const std::vector<SystemMapPlace> places{
        {"techniques", "Efficiency techniques", 8, 10},
        {"compute", "Compute per query", 25, 10},
        {"device_time", "Device time per query", 42, 10},
        {"utilization", "Utilization", 25, 28},
        {"power", "Power per device", 42, 28},
        {"energy_per_query", "Energy per query", 59, 10},
        {"cost_per_query", "Cost per query", 59, 30},
        {"demand", "Queries served", 76, 30},
        {"deployment_energy", "Deployment energy", 76, 10},
        {"hardware", "Serving fleet", 59, 62},
        {"lifetime", "Hardware lifetime", 59, 84},
        {"grid", "Grid (serving)", 78, 43},
        {"training_run", "Training run", 8, 58},
        {"experiments", "Development runs", 8, 80},
        {"nas_search", "Architecture search", 25, 87},
        {"before_launch", "Energy before launch", 25, 70},
        {"training_grid", "Grid × schedule (training)", 78, 53},
        {"edge_fleet", "Edge fleet", 76, 90},
        {"operational", "Operational carbon", 92, 28},
        {"embodied", "Embodied carbon", 92, 62},
        {"carbon", "Total carbon", 92, 45},
        {"water", "Water", 92, 8},
        {"ewaste", "E-waste", 92, 86},
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
