// SPDX-License-Identifier: GPL-3.0-or-later
#include "payback.h"

#include "format.h"
#include "number_locale.h"
#include "text_translation.h"

#include <algorithm>

namespace mlimpact {
namespace {

std::string carbon(double kg)
{
    return formatQuantity(kg, Quantity::CarbonKg);
}

/// "41.2 days" with its unit word in the window's language ("41,2 Tage").
std::string withUnitWord(const std::string &number, const std::string &unit)
{
    if (unit == "days")
        return translatedPattern("payback", MLI_TR("payback", "%1 days"), {number});
    if (unit == "years")
        return translatedPattern("payback", MLI_TR("payback", "%1 years"), {number});
    return number + " " + unit;
}

/// "3" from "3.00", "2.5" from "2.50", at the display separator ("," in the German window);
/// exponent forms are left as they are.
std::string withoutTrailingZeros(std::string number)
{
    const std::string &point = displayDecimalSeparator();
    const auto at = number.find(point);
    if (at == std::string::npos || number.find_first_of("eE") != std::string::npos)
        return number;
    while (number.back() == '0')
        number.pop_back();
    if (number.size() == at + point.size())
        number.erase(at);
    return number;
}

/// "41.2 days", "3 years" (not "3.00 years").
std::string duration(double days)
{
    const std::string text = formatQuantity(days * 24, Quantity::Hours);
    const auto space = text.find(' ');
    if (space == std::string::npos)
        return text;
    return withUnitWord(withoutTrailingZeros(text.substr(0, space)), text.substr(space + 1));
}

/// The assumption about demand, in brackets at the end of a takeaway.
std::string demandNote(double elasticity)
{
    return elasticity > 0 ? translatedPattern("payback", MLI_TR("payback", " (demand elasticity %1)"),
                                              {trimmedNumber(elasticity, 2)})
                          : translatedText("payback", MLI_TR("payback", " (fixed demand)"));
}

/// The investment's name as the window's break-even picker shows it ("Quantisierung").
std::string investment(const BreakEven &b)
{
    return translatedText("mlimpact", b.label);
}

/// Why the savings after launch are not positive.
std::string neverTakeaway(const BreakEven &b, const PaybackVerdict &v, const std::string &years, double elasticity)
{
    const double recurring = b.deployment_saving_kgco2e + b.edge_saving_kgco2e;
    const std::string worse =
        recurring < 0
            ? translatedPattern("payback", MLI_TR("payback", "serving with it emits %1 more than without it%2"),
                                {carbon(-recurring), demandNote(elasticity)})
            : translatedText("payback", MLI_TR("payback", "it saves nothing after launch"));
    if (b.one_time_saving_kgco2e >= b.one_off_kgco2e)
        return translatedPattern("payback",
                                 MLI_TR("payback", "%1 does not pay back over the %2-year service: its one-time saving "
                                                   "covers the cost at first, but %3, leaving it %4 short."),
                                 {investment(b), years, worse, carbon(v.shortfallKgco2e)});
    return translatedPattern("payback", MLI_TR("payback", "%1 never pays back: it costs %2, and %3."),
                             {investment(b), carbon(b.one_off_kgco2e), worse});
}

} // namespace

std::string trimmedNumber(double value, int digits)
{
    return withoutTrailingZeros(formatSignificant(value, digits));
}

PaybackVerdict paybackVerdict(const BreakEven &b, double serviceYears, double demandElasticity)
{
    PaybackVerdict v;
    v.serviceDays = serviceYears * 365.0;
    v.savedByServiceEndKgco2e = b.lifetime_saving_kgco2e;
    v.shortfallKgco2e = std::max(0.0, b.one_off_kgco2e - v.savedByServiceEndKgco2e);
    const std::string years = trimmedNumber(serviceYears, 2); // "3" of "3-year service"
    const bool recurringPositive = b.deployment_saving_kgco2e + b.edge_saving_kgco2e > 0;
    if (v.shortfallKgco2e <= 0 && b.breaksEven())
        v.status = PaybackStatus::PaysBack;
    else if (recurringPositive && b.breaksEven())
        v.status = PaybackStatus::AfterService;
    const std::string serviceEnd =
        translatedPattern("payback", MLI_TR("payback", "end of service (%1)"), {duration(v.serviceDays)});
    const std::string ratio = trimmedNumber(b.payback_ratio, 2);
    switch (v.status) {
    case PaybackStatus::PaysBack:
        if (b.days_to_break_even <= 0) {
            v.takeaway = translatedPattern(
                "payback",
                MLI_TR("payback", "%1 pays back at once: its one-time saving (%2) covers its %3 cost; %4:1 over the "
                                  "%5-year service%6."),
                {investment(b), carbon(b.one_time_saving_kgco2e), carbon(b.one_off_kgco2e), ratio, years,
                 demandNote(demandElasticity)});
            v.crossingLabel = translatedText("payback", MLI_TR("payback", "pays back at once"));
        } else {
            v.takeaway = translatedPattern(
                "payback",
                MLI_TR("payback",
                       "%1 pays back after %2 of deployment, within the %3-year service; %4:1 by its end%5."),
                {investment(b), duration(b.days_to_break_even), years, ratio, demandNote(demandElasticity)});
            v.crossingLabel =
                translatedPattern("payback", MLI_TR("payback", "pays back after %1"), {duration(b.days_to_break_even)});
        }
        break;
    case PaybackStatus::AfterService:
        v.takeaway = translatedPattern(
            "payback",
            MLI_TR("payback", "%1 does not pay back within the %2-year service: it ends %3 short of its %4 cost and "
                              "would need %5%6."),
            {investment(b), years, carbon(v.shortfallKgco2e), carbon(b.one_off_kgco2e), duration(b.days_to_break_even),
             demandNote(demandElasticity)});
        v.crossingLabel = translatedPattern("payback", MLI_TR("payback", "would pay back after %1"),
                                            {duration(b.days_to_break_even)});
        break;
    case PaybackStatus::Never:
        v.takeaway = neverTakeaway(b, v, years, demandElasticity);
        break;
    }
    v.serviceEndLabel = serviceEnd;
    if (v.shortfallKgco2e > 0)
        v.shortfallLabel = translatedPattern("payback", MLI_TR("payback", "%1 short"), {carbon(v.shortfallKgco2e)});
    return v;
}

} // namespace mlimpact
