// Profiling driver: runs evaluate() on one preset (or the 10-year timeline case of
// bench_evaluate) a fixed number of times and nothing else, so an instruction count is
// repeatable on a shared machine where wall time is not:
//   valgrind --tool=callgrind build/tests/profile_evaluate llm-chat-service 1000
// It times nothing: divide callgrind's count by RUNS.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"
#include "scenario_io.h"
#include "uncertainty.h"

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace mlimpact;

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: profile_evaluate PRESET|timeline-10y|monte-carlo|monte-carlo-static [RUNS]\n");
        return 2;
    }
    const std::string id = argv[1];
    const int runs = argc > 2 ? std::atoi(argv[2]) : 1000;
    const Catalog &catalog = builtinCatalog();
    Diagnostics d;
    const bool monteCarlo = id.rfind("monte-carlo", 0) == 0;
    auto scenario = loadPreset(id == "timeline-10y" || monteCarlo ? "llm-chat-service" : id, catalog, d);
    if (!scenario) {
        std::fprintf(stderr, "unknown preset %s\n", id.c_str());
        return 1;
    }
    if (id == "timeline-10y") { // the same case as bench_evaluate's timeline-10y
        scenario->system.service_years = 10;
        scenario->edge.enabled = true;
        scenario->trends.edge_initial_share = 0.1;
        scenario->trends.grid_decarbonization_per_year = 0.03;
        scenario->refresh.interval_years = 3;
    }
    double sink = 0;
    if (monteCarlo) { // bench_evaluate's Monte Carlo of the LLM preset, on one thread, RUNS samples
        UncertaintyOptions o;
        o.samples = static_cast<std::size_t>(runs);
        o.timeline = id == "monte-carlo";
        RunControl control;
        control.threads = 1;
        sink = runUncertainty(*scenario, catalog, o, control, d).totals[0].p50;
        std::printf("%d samples, p50 %.17g\n", runs, sink);
        return 0;
    }
    for (int i = 0; i < runs; ++i)
        sink += evaluate(*scenario, catalog).totals.carbon_kgco2e();
    std::printf("%d runs, sum %.17g\n", runs, sink);
    return 0;
}
