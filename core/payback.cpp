// SPDX-License-Identifier: GPL-3.0-or-later
#include "payback.h"

#include "format.h"

#include <algorithm>

namespace mlimpact {
namespace {

std::string carbon(double kg)
{
    return formatQuantity(kg, Quantity::CarbonKg);
}

std::string duration(double days)
{
    return formatQuantity(days * 24, Quantity::Hours);
}

/// "3.2:1", or below 1 "31% of its cost" (a ratio under 1 reads as a payback otherwise).
std::string ratioText(double ratio)
{
    return ratio >= 1 ? trimmedNumber(ratio, 2) + ":1" : "it recovers " + formatPercent(ratio, 2) + " of its cost";
}

/// The assumption about demand, as a closing clause.
std::string demandClause(double elasticity)
{
    return elasticity > 0 ? ", with demand responding at elasticity " + trimmedNumber(elasticity, 2)
                          : ", at fixed demand";
}

/// Why the savings after launch are not positive.
std::string neverTakeaway(const BreakEven &b, const PaybackVerdict &v, const std::string &years, double elasticity)
{
    const double recurring = b.deployment_saving_kgco2e + b.edge_saving_kgco2e;
    const std::string demand =
        elasticity > 0 ? " once demand responds (elasticity " + trimmedNumber(elasticity, 2) + ")" : "";
    const std::string worse = recurring < 0 ? "serving with it emits " + carbon(-recurring) +
                                                  " more than without it over the service" + demand
                                            : "it saves nothing after launch";
    if (b.one_time_saving_kgco2e >= b.one_off_kgco2e)
        return b.label + " does not pay back over the " + years + " service: its one-time saving covers the cost at " +
               "first, but " + worse + ", leaving it " + carbon(v.shortfallKgco2e) + " short at the end.";
    return b.label + " never pays back: it costs " + carbon(b.one_off_kgco2e) + " and " + worse + ".";
}

} // namespace

std::string trimmedNumber(double value, int digits)
{
    std::string out = formatSignificant(value, digits);
    if (out.find('.') == std::string::npos || out.find_first_of("eE") != std::string::npos)
        return out;
    while (out.back() == '0')
        out.pop_back();
    if (out.back() == '.')
        out.pop_back();
    return out;
}

PaybackVerdict paybackVerdict(const BreakEven &b, double serviceYears, double demandElasticity)
{
    PaybackVerdict v;
    v.serviceDays = serviceYears * 365.0;
    v.savedByServiceEndKgco2e = b.lifetime_saving_kgco2e;
    v.shortfallKgco2e = std::max(0.0, b.one_off_kgco2e - v.savedByServiceEndKgco2e);
    const std::string years = trimmedNumber(serviceYears, 2) + "-year";
    const bool recurringPositive = b.deployment_saving_kgco2e + b.edge_saving_kgco2e > 0;
    if (v.shortfallKgco2e <= 0 && b.breaksEven())
        v.status = PaybackStatus::PaysBack;
    else if (recurringPositive && b.breaksEven())
        v.status = PaybackStatus::AfterService;
    const std::string serviceEnd = "end of service (" + duration(v.serviceDays) + ")";
    switch (v.status) {
    case PaybackStatus::PaysBack:
        if (b.days_to_break_even <= 0) {
            v.takeaway = b.label + " pays back at once: its one-time saving (" + carbon(b.one_time_saving_kgco2e) +
                         ") covers its cost (" + carbon(b.one_off_kgco2e) + "); " + ratioText(b.payback_ratio) +
                         " over the " + years + " service" + demandClause(demandElasticity) + ".";
            v.crossingLabel = "pays back at once";
        } else {
            v.takeaway = b.label + " pays back after " + duration(b.days_to_break_even) +
                         " of deployment, within the " + years + " service; " + ratioText(b.payback_ratio) +
                         " by its end" + demandClause(demandElasticity) + ".";
            v.crossingLabel = "pays back after " + duration(b.days_to_break_even);
        }
        v.serviceEndLabel = serviceEnd;
        break;
    case PaybackStatus::AfterService:
        v.takeaway = b.label + " does not pay back within the " + years + " service: by its end it has saved " +
                     carbon(v.savedByServiceEndKgco2e) + " of the " + carbon(b.one_off_kgco2e) + " it cost, " +
                     carbon(v.shortfallKgco2e) + " short; at the same rate it would take " +
                     duration(b.days_to_break_even) + demandClause(demandElasticity) + ".";
        v.crossingLabel = "would pay back after " + duration(b.days_to_break_even) + ", after the service ends";
        v.serviceEndLabel = serviceEnd + ": " + carbon(v.shortfallKgco2e) + " short";
        break;
    case PaybackStatus::Never:
        v.takeaway = neverTakeaway(b, v, years, demandElasticity);
        v.serviceEndLabel = serviceEnd + (v.shortfallKgco2e > 0 ? ": " + carbon(v.shortfallKgco2e) + " short" : "");
        break;
    }
    return v;
}

} // namespace mlimpact
