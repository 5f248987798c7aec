// SPDX-License-Identifier: GPL-3.0-or-later
#include "py_values.h"

#include "scenario_io.h"

#include <string>
#include <utility>
#include <variant>

namespace py = pybind11;

namespace mlimpact::python {
namespace {

/// The JSON Pointer of a dotted path, also for a path the registry does not know.
std::string pointerOf(std::string_view path)
{
    std::string pointer = "/";
    for (char c : path)
        pointer += c == '.' ? '/' : c;
    return pointer;
}

Diagnostic problemAt(const Parameter &parameter, std::string message)
{
    return {Severity::Error, std::string(kPythonLabel), parameter.jsonPointer(), std::move(message)};
}

/// The value as the parameter's kind, or an error saying what was expected and what was found.
std::optional<ParameterValue> valueFromPython(const Parameter &p, const py::handle &value, Diagnostics &problems)
{
    const bool numeric = p.kind == ParameterKind::Number || p.kind == ParameterKind::OptionalNumber;
    if (value.is_none() && p.kind == ParameterKind::OptionalNumber)
        return ParameterValue{std::monostate{}};
    // bool before int: Python's True is an int too, but a flag is not a number.
    if (py::isinstance<py::bool_>(value) && p.kind == ParameterKind::Flag)
        return ParameterValue{value.cast<bool>()};
    if (!py::isinstance<py::bool_>(value) && (py::isinstance<py::int_>(value) || py::isinstance<py::float_>(value)) &&
        numeric)
        return ParameterValue{value.cast<double>()};
    if (py::isinstance<py::str>(value)) {
        const auto text = value.cast<std::string>();
        if (numeric || p.kind == ParameterKind::Flag) {
            auto parsed = parseValueText(p, text, problems);
            for (auto &problem : problems)
                problem.file = std::string(kPythonLabel);
            return parsed;
        }
        return ParameterValue{text};
    }
    const std::string found = py::str(py::type::handle_of(value).attr("__name__"));
    problems.push_back(problemAt(p, describeExpected(p) + ", found a Python " + found));
    return std::nullopt;
}

} // namespace

void registerScenarioError(py::module_ &module)
{
    static py::exception<DiagnosticsError> error(module, "ScenarioError", PyExc_ValueError);
    error.doc() = "Bad input: a scenario, a value or an option. str(e) has one line per problem "
                  "('file: /json/pointer: error: message'); e.diagnostics lists them as dicts with "
                  "severity, file, pointer, message and text.";
    py::register_exception_translator([](std::exception_ptr thrown) {
        try {
            if (thrown)
                std::rethrow_exception(thrown);
        } catch (const DiagnosticsError &e) {
            std::string text;
            py::list diagnostics;
            for (const auto &d : e.diagnostics) {
                text += (text.empty() ? "" : "\n") + d.toString();
                diagnostics.append(diagnosticDict(d));
            }
            py::object instance = py::reinterpret_borrow<py::object>(error)(text);
            instance.attr("diagnostics") = diagnostics;
            PyErr_SetObject(error.ptr(), instance.ptr());
        }
    });
}

void raiseOnErrors(const Diagnostics &diagnostics)
{
    if (hasErrors(diagnostics))
        throw DiagnosticsError{diagnostics};
    for (const auto &d : diagnostics) {
        if (d.severity == Severity::Warning && PyErr_WarnEx(PyExc_UserWarning, d.toString().c_str(), 2) != 0)
            throw py::error_already_set(); // warnings turned into errors by the caller's filter
    }
}

py::dict diagnosticDict(const Diagnostic &d)
{
    py::dict dict;
    dict["severity"] = severityName(d.severity);
    dict["file"] = d.file;
    dict["pointer"] = d.jsonPath;
    dict["message"] = d.message;
    dict["text"] = d.toString();
    return dict;
}

py::object valueToPython(const ParameterValue &value)
{
    return std::visit(
        [](const auto &v) -> py::object {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return py::none();
            else
                return py::cast(v);
        },
        value);
}

void setChecked(Scenario &scenario, std::string_view path, const py::handle &value, const Catalog &catalog)
{
    const Parameter *p = findParameter(path);
    if (!p)
        throw DiagnosticsError{
            {{Severity::Error, std::string(kPythonLabel), pointerOf(path),
              "unknown parameter \"" + std::string(path) + "\" (mlimpact.parameters() lists them)"}}};
    Diagnostics problems;
    const auto parsed = valueFromPython(*p, value, problems);
    if (!parsed)
        throw DiagnosticsError{problems};
    problems = validateValue(*p, *parsed, catalog);
    Scenario changed = scenario;
    if (problems.empty()) {
        p->set(changed, *parsed);
        problems = consistencyProblems(changed, catalog);
    }
    for (auto &problem : problems)
        problem.file = std::string(kPythonLabel);
    if (!problems.empty())
        throw DiagnosticsError{problems};
    scenario = std::move(changed);
}

py::object jsonToPython(const std::string &text)
{
    return py::module_::import("json").attr("loads")(text);
}

} // namespace mlimpact::python
