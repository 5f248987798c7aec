// The one number formatter shared by the window, the command line and slides:
// three significant figures, units always shown, scale prefix chosen automatically.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mlimpact_core_export.h"

#include <string>

namespace mlimpact {

enum class Quantity {
    EnergyKwh,       ///< input in kWh -> Wh / kWh / MWh / GWh / TWh
    CarbonKg,        ///< input in kgCO2e -> g / kg / t / kt / Mt CO2e
    WaterL,          ///< input in litres -> mL / L / m³ / ML (thousand m³ shown as ML)
    MassKg,          ///< input in kg -> g / kg / t / kt (e-waste)
    Flop,            ///< input in FLOP -> FLOP, kFLOP ... ZFLOP, and 1.23e+24 FLOP beyond
    Hours,           ///< input in hours -> h, days, years
    Plain,           ///< plain number with thousands scaling (k, M, G)
    AdpeKgSbEq,      ///< input in kg Sb-eq -> µg / mg / g / kg / t Sb-eq
    PrimaryEnergyMj, ///< input in MJ -> kJ / MJ / GJ / TJ / PJ
};

/// Rounds to `digits` significant figures and prints without trailing zeros beyond them.
MLIMPACT_CORE_EXPORT std::string formatSignificant(double value, int digits = 3);

/// Shortest form that reads back exactly, for messages: 1, 0.25, -5, 1e+13, 1.0000001.
MLIMPACT_CORE_EXPORT std::string formatNumber(double value);

/// e.g. formatQuantity(1287000, Quantity::EnergyKwh) == "1.29 GWh".
MLIMPACT_CORE_EXPORT std::string formatQuantity(double value, Quantity quantity, int digits = 3);

/// Percentage with sensible precision, e.g. 0.873 -> "87.3%".
MLIMPACT_CORE_EXPORT std::string formatPercent(double fraction, int digits = 3);

/// How a number stored in `unit` is shown to people. Most units are shown as stored; a
/// fraction per year ("1/year", as the scenario file holds it: 0.5) is shown as a
/// percentage per year (50 %/year).
struct ShownUnit
{
    double factor = 1; ///< shown value = stored value x factor
    std::string unit;  ///< "%/year"; "" for a plain number
};
MLIMPACT_CORE_EXPORT ShownUnit shownUnit(const std::string &unit);

/// A stored value with its unit as people read it: (0.5, "1/year") -> "50 %/year",
/// (17, "h") -> "17 h", (0.35, "") -> "0.35". Three significant figures at most,
/// without trailing zeros (values typed by people, not results).
MLIMPACT_CORE_EXPORT std::string formatValueWithUnit(double value, const std::string &unit);

} // namespace mlimpact
