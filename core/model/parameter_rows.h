// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the parameter registry (parameter_registry.cpp and parameter_rows_*.cpp): how one row
// of the table is written (Row, bound to its scenario field by bind()), and the groups of rows the
// registry is assembled from, in the order the forms and docs/parameters.md list them.
#pragma once

#include "parameter_registry.h"
#include "phases.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace mlimpact::parameter_rows {

/// The names an enum field takes in scenario files and --set, in the enum's order.
template <class E> struct EnumNames;
template <> struct EnumNames<ComputeMode>
{
    static constexpr std::string_view names[] = {"parameters_tokens", "total_flop", "accelerator_hours",
                                                 "measured_energy", "training_multiple"};
};
static_assert(std::size(EnumNames<ComputeMode>::names) == static_cast<std::size_t>(kComputeModeCount),
              "one name per ComputeMode");
template <> struct EnumNames<InferenceMode>
{
    static constexpr std::string_view names[] = {"model_flop", "energy_per_query", "roofline"};
};
static_assert(std::size(EnumNames<InferenceMode>::names) == static_cast<std::size_t>(kInferenceModeCount),
              "one name per InferenceMode");
template <> struct EnumNames<Precision>
{
    static constexpr std::string_view names[] = {"fp32", "fp16", "int8", "int4"};
};
static_assert(std::size(EnumNames<Precision>::names) == static_cast<std::size_t>(kPrecisionCount),
              "one name per Precision");

template <> struct EnumNames<SparsityKind>
{
    static constexpr std::string_view names[] = {"unstructured", "structured_2to4"};
};
static_assert(std::size(EnumNames<SparsityKind>::names) == static_cast<std::size_t>(kSparsityKindCount),
              "one name per SparsityKind");
template <> struct EnumNames<ScheduleMode>
{
    static constexpr std::string_view names[] = {"run_now", "flexible_start", "pause_resume"};
};
static_assert(std::size(EnumNames<ScheduleMode>::names) == static_cast<std::size_t>(kScheduleModeCount),
              "one name per ScheduleMode");
template <> struct EnumNames<Season>
{
    static constexpr std::string_view names[] = {"annual", "spring", "summer", "autumn", "winter"};
};
static_assert(std::size(EnumNames<Season>::names) == static_cast<std::size_t>(kSeasonCount), "one name per Season");
template <> struct EnumNames<IntensityKind>
{
    static constexpr std::string_view names[] = {"average", "marginal"};
};
static_assert(std::size(EnumNames<IntensityKind>::names) == static_cast<std::size_t>(kIntensityKindCount),
              "one name per IntensityKind");
/// The table text of one row; the accessor is attached by bind().
struct Row
{
    std::string path;
    std::string section;
    std::string label;
    std::string unit;
    double min = 0, max = 0, low = 0, high = 0;
    bool log = false;
    std::string explanation;
    std::string source;
};

/// The registry row of `row`, reading and writing the scenario field `acc` returns; its kind follows
/// the field's type (a string field is Text unless `stringKind` says it names a catalog entry).
template <class Acc>
Parameter bind(Row row, Acc acc, ParameterKind stringKind = ParameterKind::Text,
               std::optional<CatalogSection> choices = std::nullopt)
{
    using T = std::remove_cvref_t<decltype(acc(std::declval<Scenario &>()))>;
    Parameter p;
    p.path = std::move(row.path);
    p.section = std::move(row.section);
    p.label = std::move(row.label);
    p.unit = std::move(row.unit);
    p.min = row.min;
    p.max = row.max;
    p.low = row.low;
    p.high = row.high;
    p.logScale = row.log;
    p.explanation = std::move(row.explanation);
    p.source = std::move(row.source);
    // The getter only reads; the accessor is shared with the setter, hence the const_cast.
    auto read = [acc](const Scenario &s) -> const T & { return acc(const_cast<Scenario &>(s)); };
    if constexpr (std::is_same_v<T, double>) {
        p.kind = ParameterKind::Number;
        p.get = [read](const Scenario &s) { return ParameterValue(read(s)); };
        p.set = [acc](Scenario &s, const ParameterValue &v) { acc(s) = std::get<double>(v); };
    } else if constexpr (std::is_same_v<T, std::optional<double>>) {
        p.kind = ParameterKind::OptionalNumber;
        p.get = [read](const Scenario &s) {
            const auto &o = read(s);
            return o ? ParameterValue(*o) : ParameterValue(std::monostate{});
        };
        p.set = [acc](Scenario &s, const ParameterValue &v) {
            if (std::holds_alternative<double>(v))
                acc(s) = std::get<double>(v);
            else
                acc(s).reset();
        };
    } else if constexpr (std::is_same_v<T, bool>) {
        p.kind = ParameterKind::Flag;
        p.get = [read](const Scenario &s) { return ParameterValue(read(s)); };
        p.set = [acc](Scenario &s, const ParameterValue &v) { acc(s) = std::get<bool>(v); };
    } else if constexpr (std::is_same_v<T, std::string>) {
        p.kind = stringKind;
        p.choices = choices;
        p.get = [read](const Scenario &s) { return ParameterValue(read(s)); };
        p.set = [acc](Scenario &s, const ParameterValue &v) { acc(s) = std::get<std::string>(v); };
    } else {
        static_assert(std::is_enum_v<T>, "unsupported field type");
        p.kind = ParameterKind::Enum;
        for (auto name : EnumNames<T>::names)
            p.enumValues.emplace_back(name);
        p.get = [read](const Scenario &s) {
            return ParameterValue(std::string(EnumNames<T>::names[static_cast<int>(read(s))]));
        };
        p.set = [acc](Scenario &s, const ParameterValue &v) {
            const auto &name = std::get<std::string>(v);
            const auto &names = EnumNames<T>::names;
            const auto it = std::find(std::begin(names), std::end(names), name);
            if (it != std::end(names))
                acc(s) = static_cast<T>(it - std::begin(names));
        };
    }
    return p;
}

inline constexpr const char *kAssumption = "assumption: illustrative default for a generic system; set your own";

// The groups of rows, each appended to `r` (parameter_rows_phases.cpp, parameter_rows_levers.cpp).
void addScenarioRows(std::vector<Parameter> &r);
void addDevelopmentRows(std::vector<Parameter> &r);
void addNasRows(std::vector<Parameter> &r);
void addTrainingRows(std::vector<Parameter> &r);
void addDeploymentRows(std::vector<Parameter> &r);
void addEdgeRows(std::vector<Parameter> &r);
void addDisposalRows(std::vector<Parameter> &r);
void addEfficiencyRows(std::vector<Parameter> &r);
void addReboundRows(std::vector<Parameter> &r);
void addTrendRows(std::vector<Parameter> &r);
void addRefreshRows(std::vector<Parameter> &r);

} // namespace mlimpact::parameter_rows
