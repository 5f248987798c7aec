// SPDX-License-Identifier: GPL-3.0-or-later
#include "random_scenarios.h"

#include "catalog.h"
#include "scenario_io.h"

#include <algorithm>
#include <cmath>

namespace mlimpact::test {

ParameterValue randomValue(const Parameter &p, std::mt19937_64 &rng)
{
    std::uniform_real_distribution<double> u(0, 1);
    auto number = [&] {
        const double pick = u(rng);
        if (pick < 0.1)
            return u(rng) < 0.5 ? p.min : p.max; // the edges of the valid range
        if (pick < 0.15 && p.min == 0)           // tiny positive values: a rate of 1e-9, an interval of 1e-300
            return std::min(p.max, std::pow(10.0, -1.0 - 299.0 * u(rng)));
        const bool useLog = p.logScale || (p.min > 0 && p.max / p.min > 1000);
        const double lo = u(rng) < 0.7 && p.low < p.high ? p.low : p.min;
        const double hi = lo == p.low ? p.high : p.max;
        if (useLog && lo > 0)
            return std::exp(std::log(lo) + u(rng) * (std::log(hi) - std::log(lo)));
        return lo + u(rng) * (hi - lo);
    };
    switch (p.kind) {
    case ParameterKind::Number:
        return p.integer ? std::round(number()) : number();
    case ParameterKind::OptionalNumber:
        return u(rng) < 0.6 ? ParameterValue(std::monostate{}) : ParameterValue(number());
    case ParameterKind::Flag:
        return u(rng) < 0.5;
    case ParameterKind::Enum:
        return p.enumValues[std::uniform_int_distribution<std::size_t>(0, p.enumValues.size() - 1)(rng)];
    case ParameterKind::Choice: {
        auto ids = builtinCatalog().ids(*p.choices);
        if (choiceMayBeNone(*p.choices))
            ids.emplace_back(); // "" = none (no host server): as likely as each entry
        return ids[std::uniform_int_distribution<std::size_t>(0, ids.size() - 1)(rng)];
    }
    case ParameterKind::Text:
        return p.get(Scenario{});
    }
    return {};
}

Scenario randomScenario(std::mt19937_64 &rng)
{
    while (true) {
        Scenario s;
        for (const auto &p : parameterRegistry()) {
            // A site's host server draws from a copy of the stream, which it does not advance: the
            // scenarios every existing seed gives keep their other values (docs/model.md §20).
            if (p.kind == ParameterKind::Choice && p.choices && choiceMayBeNone(*p.choices)) {
                std::mt19937_64 side = rng;
                side.discard(101);
                p.set(s, randomValue(p, side));
                continue;
            }
            p.set(s, randomValue(p, rng));
        }
        s.system.service_years = std::min(s.system.service_years, 12.0);
        if (consistencyProblems(s, builtinCatalog()).empty())
            return s;
    }
}

} // namespace mlimpact::test
