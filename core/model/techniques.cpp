// SPDX-License-Identifier: GPL-3.0-or-later
#include "techniques.h"

#include "text_translation.h"

#include <algorithm>

namespace mlimpact {

double peakFlopsAt(const Accelerator &acc, Precision precision, std::string *caveat)
{
    const int wanted = static_cast<int>(precision);
    for (int p = wanted; p >= 0; --p) {
        if (acc.peak_tflops[p]) {
            if (p != wanted && caveat)
                *caveat =
                    translatedPattern("caveats", MLI_TR("caveats", "%1 has no native %2; using its %3 throughput"),
                                      {acc.name, precisionKey(precision), precisionKey(static_cast<Precision>(p))});
            return *acc.peak_tflops[p] * 1e12;
        }
    }
    for (int p = wanted + 1; p < kPrecisionCount; ++p) {
        if (acc.peak_tflops[p]) {
            if (caveat)
                *caveat = translatedPattern(
                    "caveats",
                    MLI_TR("caveats", "%1 lists no %2 or wider throughput; using its %3 peak, which likely "
                                      "understates time and energy"),
                    {acc.name, precisionKey(precision), precisionKey(static_cast<Precision>(p))});
            return *acc.peak_tflops[p] * 1e12;
        }
    }
    if (caveat)
        *caveat = translatedPattern("caveats",
                                    MLI_TR("caveats", "no peak throughput known for %1; give compute as "
                                                      "accelerator-hours or measured energy"),
                                    {acc.name});
    return 0;
}

double precisionTimeFactor(const Accelerator &acc, const RealizationClass &rc, Precision precision, std::string *caveat)
{
    const double base = peakFlopsAt(acc, Precision::Fp16, nullptr);
    if (base <= 0)
        return 1.0;
    if (acc.peak_tflops[static_cast<int>(precision)])
        return base / (*acc.peak_tflops[static_cast<int>(precision)] * 1e12);
    // Not native: runs at the wider format's speed plus a dequantization overhead.
    const double fallback = peakFlopsAt(acc, precision, caveat);
    const bool narrower = precision == Precision::Int8 || precision == Precision::Int4;
    return base / fallback * (narrower ? rc.unsupported_precision_time_factor : 1.0);
}

double sparsityComputeFactor(const EfficiencySettings &e)
{
    const double s = e.sparsity_kind == SparsityKind::Structured2to4 ? std::min(e.sparsity, 0.5) : e.sparsity;
    return 1.0 - s;
}

double sparsityTimeFactor(const EfficiencySettings &e, const RealizationClass &rc)
{
    if (e.sparsity <= 0)
        return 1.0;
    if (e.sparsity_kind == SparsityKind::Structured2to4) {
        // 2:4 prunes half of the weights it covers; coverage = sparsity / 0.5.
        const double coverage = std::min(e.sparsity, 0.5) / 0.5;
        const double speedup = rc.structured_2to4_speedup.value_or(1.0);
        return 1.0 - coverage * (1.0 - 1.0 / speedup);
    }
    if (!e.sparse_kernels)
        return 1.0; // masked dense: the zeros are multiplied anyway
    return std::max(rc.unstructured_time_floor, (1.0 - e.sparsity) / rc.unstructured_sparse_kernel_efficiency);
}

double techniqueOneOffRuns(const EfficiencySettings &e, Precision servedPrecision)
{
    double runs = 0;
    if (e.sparsity > 0)
        runs += e.pruning_finetune_fraction;
    if (e.distillation_ratio < 1)
        runs += e.distillation_cost_fraction;
    if (servedPrecision == Precision::Int8 || servedPrecision == Precision::Int4)
        runs += e.quantization_cost_fraction;
    return runs;
}

TechniqueFactors servingFactors(const EfficiencySettings &e, const Accelerator &acc, const RealizationClass &rc,
                                Precision precision, double nasKeep, std::vector<std::string> &caveats)
{
    TechniqueFactors f;
    std::string caveat;
    f.precisionTime = precisionTimeFactor(acc, rc, precision, &caveat);
    if (!caveat.empty())
        caveats.push_back(translatedPattern("caveats", MLI_TR("caveats", "Deployment: %1"), {caveat}));
    f.sparsityTime = sparsityTimeFactor(e, rc);
    if (e.sparsity_kind == SparsityKind::Structured2to4 && e.sparsity > 0.5)
        caveats.push_back(translatedText(
            "caveats", MLI_TR("caveats", "Efficiency: 2:4 structured sparsity prunes at most 50%; using 50%")));
    if (e.sparsity_kind == SparsityKind::Structured2to4 && e.sparsity > 0 && !rc.structured_2to4_speedup)
        caveats.push_back(translatedPattern(
            "caveats", MLI_TR("caveats", "Efficiency: %1 has no 2:4 sparse hardware; pruning saves compute, not time"),
            {acc.name}));
    f.compute = sparsityComputeFactor(e) * e.distillation_ratio * nasKeep;
    f.time = f.sparsityTime * f.precisionTime * e.distillation_ratio * nasKeep;
    const bool quantized = (precision == Precision::Int8 || precision == Precision::Int4) &&
                           acc.peak_tflops[static_cast<int>(precision)].has_value();
    f.power = quantized ? rc.quantized_power_factor : 1.0;
    f.oneOffRuns = techniqueOneOffRuns(e, precision);
    return f;
}

TechniqueFactors edgeFactors(const EfficiencySettings &e, const RealizationClass &rc, double nasKeep)
{
    TechniqueFactors f;
    f.sparsityTime = sparsityTimeFactor(e, rc);
    f.compute = sparsityComputeFactor(e) * e.distillation_ratio * nasKeep;
    f.time = f.sparsityTime * e.distillation_ratio * nasKeep;
    return f;
}

} // namespace mlimpact
