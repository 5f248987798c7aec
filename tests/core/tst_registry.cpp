// Tests for the parameter registry: every Scenario field has exactly one
// registry row and every row maps to its own field; rows are complete and
// their defaults valid.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameter_registry.h"

#include <QTest>

#include <map>
#include <set>
#include <tuple>

using namespace mlimpact;

namespace {

// Structured bindings name every member; if a field is added to a struct the
// binding no longer compiles, so this test must be updated with the registry.
auto fields(const Site &s)
{
    const auto &[a, b, c, d, e, f, g, h, i, j, k, l, m] = s;
    return std::tie(a, b, c, d, e, f, g, h, i, j, k, l, m);
}
auto fields(const Workload &w)
{
    const auto &[a, b, c, d, e, f, g, h, i, j, k] = w;
    return std::tie(a, b, c, d, e, f, g, h, i, j, k);
}
auto fields(const Schedule &s)
{
    const auto &[a, b, c, d, e, f] = s;
    return std::tie(a, b, c, d, e, f);
}
auto fields(const EfficiencySettings &s)
{
    const auto &[a, b, c, d, e, f, g] = s;
    return std::tie(a, b, c, d, e, f, g);
}
auto fields(const ReboundSettings &s)
{
    const auto &[a, b] = s;
    return std::tie(a, b);
}
auto fields(const TrendSettings &s)
{
    const auto &[a, b, c] = s;
    return std::tie(a, b, c);
}
auto fields(const RefreshSettings &s)
{
    const auto &[a, b, c] = s;
    return std::tie(a, b, c);
}
auto fields(const SystemSettings &s)
{
    const auto &[a, b, c] = s;
    return std::tie(a, b, c);
}
auto fields(const DevelopmentPhase &p)
{
    const auto &[a, b, c, d, e, f, pf, ip, ifr] = p;
    return std::tie(a, b, c, d, e, f, pf, ip, ifr);
}
auto fields(const NasPhase &p)
{
    const auto &[a, b, c, d, e, f, pf, ip, ifr] = p;
    return std::tie(a, b, c, d, e, f, pf, ip, ifr);
}
auto fields(const TrainingPhase &p)
{
    const auto &[a, b, c, d, e, f, pf, ip, ifr] = p;
    return std::tie(a, b, c, d, e, f, pf, ip, ifr);
}
auto fields(const DeploymentPhase &p)
{
    const auto &[a, b, c, d, e, f, g, h, i, j, k, l, wp, pt, gt, tp, ly, kv, hd, ex, ek, mb, rp, dr, pe, de, me, ih, m,
                 ifr] = p;
    return std::tie(a, b, c, d, e, f, g, h, i, j, k, l, wp, pt, gt, tp, ly, kv, hd, ex, ek, mb, rp, dr, pe, de, me, ih,
                    m, ifr);
}
auto fields(const EdgePhase &p)
{
    const auto &[a, b, c, d, e, f, g, h, i, j, k, l] = p;
    return std::tie(a, b, c, d, e, f, g, h, i, j, k, l);
}
auto fields(const DisposalPhase &p)
{
    const auto &[a, b, c, d] = p;
    return std::tie(a, b, c, d);
}
auto fields(const Scenario &s)
{
    const auto &[a, b, c, d, e, f, g, h, i, j, k] = s;
    return std::tie(a, b, c, d, e, f, g, h, i, j, k);
}

template <class T>
concept HasFields = requires(const T &t)
{
    fields(t);
};

/// Appends the index path of every leaf field where x and y differ.
template <class T> void diffLeaves(const T &x, const T &y, const std::string &prefix, std::vector<std::string> &out)
{
    if constexpr (HasFields<T>) {
        auto fx = fields(x);
        auto fy = fields(y);
        [&]<std::size_t... I>(std::index_sequence<I...>)
        {
            (diffLeaves(std::get<I>(fx), std::get<I>(fy), prefix + "." + std::to_string(I), out), ...);
        }
        (std::make_index_sequence<std::tuple_size_v<decltype(fx)>>{});
    } else if (!(x == y)) {
        out.push_back(prefix);
    }
}

/// Every leaf path of T.
template <class T> void allLeaves(const T &x, const std::string &prefix, std::vector<std::string> &out)
{
    if constexpr (HasFields<T>) {
        auto fx = fields(x);
        [&]<std::size_t... I>(std::index_sequence<I...>)
        {
            (allLeaves(std::get<I>(fx), prefix + "." + std::to_string(I), out), ...);
        }
        (std::make_index_sequence<std::tuple_size_v<decltype(fx)>>{});
    } else {
        out.push_back(prefix);
    }
}

/// A value different from the current one, whatever the kind.
ParameterValue otherValue(const Parameter &p, const ParameterValue &current)
{
    switch (p.kind) {
    case ParameterKind::Number:
        return std::get<double>(current) * 1.5 + 1.0; // +1 alone is lost on 1e23
    case ParameterKind::OptionalNumber:
        return std::holds_alternative<double>(current) ? ParameterValue(std::monostate{}) : ParameterValue(4.25);
    case ParameterKind::Flag:
        return !std::get<bool>(current);
    case ParameterKind::Enum:
        for (const auto &v : p.enumValues) {
            if (v != std::get<std::string>(current))
                return v;
        }
        return current;
    case ParameterKind::Text:
    case ParameterKind::Choice:
        return std::get<std::string>(current) + "-changed";
    }
    return current;
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT
private slots:
    void everyFieldHasExactlyOneRow();
    void pathsAreUniqueAndFindable();
    void rowsAreComplete();
    void defaultsAreValid();
    void parseValueText();
    void usedDependsOnPhaseAndMode();
};

void TestRegistry::everyFieldHasExactlyOneRow()
{
    const Scenario defaults;
    std::vector<std::string> leaves;
    allLeaves(defaults, "", leaves);
    std::map<std::string, std::string> owner; // leaf -> registry path
    for (const auto &p : parameterRegistry()) {
        Scenario changed = defaults;
        p.set(changed, otherValue(p, p.get(defaults)));
        std::vector<std::string> diff;
        diffLeaves(defaults, changed, "", diff);
        QVERIFY2(diff.size() == 1, (p.path + " changes " + std::to_string(diff.size()) + " fields").c_str());
        QVERIFY2(!owner.count(diff.front()), (p.path + " and " + owner[diff.front()] + " share a field").c_str());
        owner[diff.front()] = p.path;
        // The getter reads back what the setter wrote.
        QVERIFY2(p.get(changed) == otherValue(p, p.get(defaults)), p.path.c_str());
    }
    for (const auto &leaf : leaves)
        QVERIFY2(owner.count(leaf), ("Scenario field " + leaf + " has no registry row").c_str());
    QCOMPARE(owner.size(), leaves.size());
}

void TestRegistry::pathsAreUniqueAndFindable()
{
    std::set<std::string> paths;
    for (const auto &p : parameterRegistry()) {
        QVERIFY2(paths.insert(p.path).second, p.path.c_str());
        QCOMPARE(findParameter(p.path), &p);
        QVERIFY(p.jsonPointer().find('.') == std::string::npos);
    }
    QVERIFY(!findParameter("deployment.nonexistent"));
    QCOMPARE(findParameter("deployment.queries_per_day")->jsonPointer(), std::string("/deployment/queries_per_day"));
}

void TestRegistry::rowsAreComplete()
{
    for (const auto &p : parameterRegistry()) {
        QVERIFY2(!p.label.empty(), p.path.c_str());
        QVERIFY2(!p.section.empty(), p.path.c_str());
        QVERIFY2(!p.explanation.empty(), p.path.c_str());
        if (p.kind == ParameterKind::Number || p.kind == ParameterKind::OptionalNumber) {
            QVERIFY2(!p.source.empty(), p.path.c_str());
            QVERIFY2(p.min < p.max, p.path.c_str());
            if (p.low != 0 || p.high != 0)
                QVERIFY2(p.min <= p.low && p.low <= p.high && p.high <= p.max, p.path.c_str());
            if (p.logScale)
                QVERIFY2(p.min > 0, p.path.c_str());
        }
        if (p.kind == ParameterKind::Number)
            QVERIFY2(p.low < p.high, (p.path + ": needs a plausible range").c_str());
        if (p.kind == ParameterKind::Choice)
            QVERIFY2(p.choices.has_value(), p.path.c_str());
        if (p.kind == ParameterKind::Enum)
            QVERIFY2(p.enumValues.size() >= 2, p.path.c_str());
    }
}

void TestRegistry::defaultsAreValid()
{
    for (const auto &p : parameterRegistry()) {
        const Diagnostics problems = validateValue(p, p.defaultValue(), builtinCatalog());
        QVERIFY2(problems.empty(), (p.path + ": " + (problems.empty() ? "" : problems.front().toString())).c_str());
    }
}

void TestRegistry::parseValueText()
{
    Diagnostics error;
    const Parameter *q = findParameter("deployment.queries_per_day");
    QCOMPARE(std::get<double>(*mlimpact::parseValueText(*q, "2e6", error)), 2e6);
    QVERIFY(!mlimpact::parseValueText(*q, "lots", error));
    QCOMPARE(error.size(), std::size_t(1));
    QVERIFY(error.front().message.find("expected a number") != std::string::npos);
    QCOMPARE(error.front().jsonPath, std::string("/deployment/queries_per_day"));
    const Parameter *pue = findParameter("training.site.pue");
    QVERIFY(std::holds_alternative<std::monostate>(*mlimpact::parseValueText(*pue, "catalog", error)));
    const Parameter *flag = findParameter("nas.enabled");
    QCOMPARE(std::get<bool>(*mlimpact::parseValueText(*flag, "true", error)), true);
    QVERIFY(!mlimpact::parseValueText(*flag, "maybe", error));
}

void TestRegistry::usedDependsOnPhaseAndMode()
{
    Scenario s;
    const Parameter *energy = findParameter("deployment.energy_per_query_wh");
    const Parameter *tokens = findParameter("deployment.tokens_per_query");
    QVERIFY(!isParameterUsed(*energy, s)); // default mode: model FLOP
    QVERIFY(isParameterUsed(*tokens, s));
    s.deployment.mode = InferenceMode::EnergyPerQuery;
    QVERIFY(isParameterUsed(*energy, s));
    QVERIFY(!isParameterUsed(*tokens, s));
    s.deployment.enabled = false;
    QVERIFY(!isParameterUsed(*energy, s));
    // Measured development: experiments x size no longer count, the measured energy does.
    const Parameter *experiments = findParameter("development.experiments");
    const Parameter *measured = findParameter("development.measured_energy_kwh");
    QVERIFY(isParameterUsed(*experiments, s) && !isParameterUsed(*measured, s));
    s.development.measured = true;
    QVERIFY(!isParameterUsed(*experiments, s) && isParameterUsed(*measured, s));
    // Every condition names a real enumeration (or flag) and real values of it.
    for (const auto &p : parameterRegistry()) {
        for (const auto &[modePath, modes] : p.usedWhen) {
            const Parameter *mode = findParameter(modePath);
            QVERIFY2(mode && (mode->kind == ParameterKind::Enum || mode->kind == ParameterKind::Flag),
                     modePath.c_str());
            const std::vector<std::string> values =
                mode->kind == ParameterKind::Flag ? std::vector<std::string>{"true", "false"} : mode->enumValues;
            for (const auto &m : modes)
                QVERIFY2(std::find(values.begin(), values.end(), m) != values.end() ||
                             (modePath == "nas.workload.mode" && m == "training_multiple"),
                         m.c_str());
        }
    }
}

QTEST_APPLESS_MAIN(TestRegistry)
#include "tst_registry.moc"
