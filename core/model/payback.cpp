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

/// "41.2 days", "3 years" (not "3.00 years").
std::string duration(double days)
{
    std::string text = formatQuantity(days * 24, Quantity::Hours);
    const auto space = text.find(' ');
    const auto dot = text.find('.');
    if (space == std::string::npos || dot == std::string::npos || dot > space)
        return text;
    std::size_t end = space;
    while (end > dot + 1 && text[end - 1] == '0')
        --end;
    if (end == dot + 1)
        --end; // "3." -> "3"
    return text.erase(end, space - end);
}

/// The assumption about demand, in brackets at the end of a takeaway.
std::string demandNote(double elasticity)
{
    return elasticity > 0 ? " (demand elasticity " + trimmedNumber(elasticity, 2) + ")" : " (fixed demand)";
}

/// Why the savings after launch are not positive.
std::string neverTakeaway(const BreakEven &b, const PaybackVerdict &v, const std::string &years, double elasticity)
{
    const double recurring = b.deployment_saving_kgco2e + b.edge_saving_kgco2e;
    const std::string worse =
        recurring < 0 ? "serving with it emits " + carbon(-recurring) + " more than without it" + demandNote(elasticity)
                      : "it saves nothing after launch";
    if (b.one_time_saving_kgco2e >= b.one_off_kgco2e)
        return b.label + " does not pay back over the " + years + " service: its one-time saving covers the cost at " +
               "first, but " + worse + ", leaving it " + carbon(v.shortfallKgco2e) + " short.";
    return b.label + " never pays back: it costs " + carbon(b.one_off_kgco2e) + ", and " + worse + ".";
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
                         ") covers its " + carbon(b.one_off_kgco2e) + " cost; " + trimmedNumber(b.payback_ratio, 2) +
                         ":1 over the " + years + " service" + demandNote(demandElasticity) + ".";
            v.crossingLabel = "pays back at once";
        } else {
            v.takeaway = b.label + " pays back after " + duration(b.days_to_break_even) +
                         " of deployment, within the " + years + " service; " + trimmedNumber(b.payback_ratio, 2) +
                         ":1 by its end" + demandNote(demandElasticity) + ".";
            v.crossingLabel = "pays back after " + duration(b.days_to_break_even);
        }
        break;
    case PaybackStatus::AfterService:
        v.takeaway = b.label + " does not pay back within the " + years + " service: it ends " +
                     carbon(v.shortfallKgco2e) + " short of its " + carbon(b.one_off_kgco2e) + " cost and would need " +
                     duration(b.days_to_break_even) + demandNote(demandElasticity) + ".";
        v.crossingLabel = "would pay back after " + duration(b.days_to_break_even);
        break;
    case PaybackStatus::Never:
        v.takeaway = neverTakeaway(b, v, years, demandElasticity);
        break;
    }
    v.serviceEndLabel = serviceEnd;
    if (v.shortfallKgco2e > 0)
        v.shortfallLabel = carbon(v.shortfallKgco2e) + " short";
    return v;
}

} // namespace mlimpact
