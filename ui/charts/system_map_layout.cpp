// SPDX-License-Identifier: GPL-3.0-or-later
#include "system_map_layout.h"

#include <QtGlobal> // QT_TRANSLATE_NOOP: the labels are translated where they are drawn

namespace mlimpact::ui {

const std::vector<SystemMapPlace> &systemMapLayout()
{
    // Six columns (x = 8, 25, 42, 59, 76, 92); rows chosen so that no edge runs through a box. The
    // rebound is a square at the top right: energy per query, cost per query, queries, deployment energy.
    static const std::vector<SystemMapPlace> places{
        {"techniques", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Efficiency techniques"), 8, 10},
        {"compute", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Compute per query"), 25, 10},
        {"device_time", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Device time per query"), 42, 10},
        {"utilization", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Utilization"), 25, 28},
        {"power", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Power per device"), 42, 28},
        {"energy_per_query", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Energy per query"), 59, 10},
        {"cost_per_query", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Cost per query"), 59, 30},
        {"demand", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Queries served"), 76, 30},
        {"deployment_energy", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Deployment energy"), 76, 10},
        {"hardware", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Serving fleet"), 59, 62},
        {"lifetime", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Hardware lifetime"), 59, 84},
        {"grid", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Grid (serving)"), 78, 43},
        {"training_run", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Training run"), 8, 58},
        {"experiments", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Development runs"), 8, 80},
        {"nas_search", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Architecture search"), 25, 87},
        {"before_launch", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Energy before launch"), 25, 70},
        {"training_grid", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Grid × schedule (training)"), 78, 53},
        {"edge_fleet", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Edge fleet"), 76, 90},
        {"operational", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Operational carbon"), 92, 28},
        {"embodied", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Embodied carbon"), 92, 62},
        {"carbon", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Total carbon"), 92, 45},
        {"water", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "Water"), 92, 8},
        {"ewaste", QT_TRANSLATE_NOOP("mlimpact::ui::SystemMapChart", "E-waste"), 92, 86},
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
