// What the Python module shares between its bindings: problems raised as
// mlimpact.ScenarioError with every diagnostic, parameter values to and from Python, and
// the one checked way a value is set (the registry's kind, range and catalog checks).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "diagnostics.h"
#include "parameter_registry.h"
#include "scenario.h"

#include <pybind11/pybind11.h>

#include <string>
#include <string_view>

namespace mlimpact::python {

/// The file label of diagnostics about values given from Python (as "<command line>" is --set's).
inline constexpr std::string_view kPythonLabel = "<python>";

/// Thrown by the bindings, raised in Python as mlimpact.ScenarioError: its message is every
/// diagnostic's toString(), one a line; its `diagnostics` attribute lists them as dicts.
struct DiagnosticsError
{
    Diagnostics diagnostics;
};

/// Registers mlimpact.ScenarioError (a ValueError) and the translator that raises it.
void registerScenarioError(pybind11::module_ &module);

/// Throws DiagnosticsError when `diagnostics` holds an error; otherwise issues each warning
/// (an unknown key, say) as a Python UserWarning and returns.
void raiseOnErrors(const Diagnostics &diagnostics);

/// One diagnostic as {"severity", "file", "pointer", "message", "text"}.
pybind11::dict diagnosticDict(const Diagnostic &diagnostic);

/// A parameter value as Python: None (unset override), float, bool or str.
pybind11::object valueToPython(const ParameterValue &value);

/// Sets `path` to a Python value after the same checks as --set: the value's type for the
/// parameter's kind (a str is read as --set reads it, so "2e6" and "catalog" work), its range or
/// catalog id, and the scenario's consistency. Throws DiagnosticsError naming the JSON Pointer.
void setChecked(Scenario &scenario, std::string_view path, const pybind11::handle &value, const Catalog &catalog);

/// JSON text as Python objects (the standard library's json.loads: numbers read back exactly).
pybind11::object jsonToPython(const std::string &text);

} // namespace mlimpact::python
