// SPDX-License-Identifier: GPL-3.0-or-later
#include "serving_setup.h"

#include "resolved_site.h"
#include "techniques.h"
#include "text_translation.h"

#include <algorithm>

namespace mlimpact {
namespace {

/// Bits of 2:4 metadata per kept value (NVIDIA Ampere sparse tensor cores: a 2-bit position each;
/// Mishra et al. 2021, "Accelerating Sparse Deep Neural Networks").
constexpr double k2to4MetadataBits = 2;
/// Bits of a bitmap sparse format per original weight (one presence bit each; assumption).
constexpr double kBitmapBits = 1;
constexpr double kSecondsPerYear = 365.0 * 86400.0;

ModelShape shapeOf(const DeploymentPhase &d, double parameterKeep)
{
    ModelShape m;
    m.active_parameters = d.active_parameters * parameterKeep;
    m.total_parameters = std::max(d.total_parameters, d.active_parameters) * parameterKeep;
    m.layers = d.layers;
    m.kv_heads = d.kv_heads;
    m.head_dim = d.head_dim;
    m.experts = d.experts;
    m.experts_per_token = d.experts_per_token;
    return m;
}

} // namespace

double sparseWeightBytesFactor(const EfficiencySettings &e, const RealizationClass &rc, double bytesPerParameter)
{
    if (e.sparsity <= 0)
        return 1.0;
    const double bitsPerValue = 8.0 * bytesPerParameter;
    if (e.sparsity_kind == SparsityKind::Structured2to4) {
        if (!rc.structured_2to4_speedup) // no 2:4 hardware: the weights stay dense in memory
            return 1.0;
        const double kept = 1.0 - std::min(e.sparsity, 0.5);
        return kept * (1.0 + k2to4MetadataBits / bitsPerValue);
    }
    if (!e.sparse_kernels) // masked dense: zeros are stored and read like any weight
        return 1.0;
    return (1.0 - e.sparsity) + kBitmapBits / bitsPerValue;
}

std::optional<ServingSetup> servingSetupFor(const Scenario &s, const Accelerator &acc, const RealizationClass &rc,
                                            double nasKeep, ServedAs as, std::string *problem)
{
    const DeploymentPhase &d = s.deployment;
    const bool served = as == ServedAs::Served;
    const Precision precision = served ? d.precision : Precision::Fp16;
    const double peak = peakFlopsAt(acc, precision, nullptr); // its caveat is the phase's, not the setup's
    if (!acc.memory_bandwidth_gbps || peak <= 0) {
        if (problem)
            *problem = translatedPattern(
                "caveats",
                peak <= 0
                    ? MLI_TR("caveats", "%1 has no peak throughput in the catalog; the roofline mode needs both")
                    : MLI_TR("caveats", "%1 has no memory bandwidth in the catalog; the roofline mode needs both"),
                {acc.name});
        return std::nullopt;
    }
    const EfficiencySettings &e = s.efficiency;
    ServingSetup setup;
    setup.shape = shapeOf(d, served ? e.distillation_ratio * nasKeep : 1.0);
    setup.prompt_tokens = d.prompt_tokens;
    setup.generated_tokens = d.generated_tokens;
    setup.min_devices_per_replica = d.devices_per_replica;
    setup.reserve_batch = d.max_batch;
    setup.bytes_per_parameter = bytesPerParameter(precision);
    if (served) {
        setup.weight_bytes_factor = sparseWeightBytesFactor(e, rc, setup.bytes_per_parameter);
        setup.flop_factor = sparsityComputeFactor(e);
        // Realized compute time: sparsity as the hardware class realizes it, and a precision
        // without native units runs at the wider format's rate plus its dequantization overhead.
        setup.compute_time_factor =
            sparsityTimeFactor(e, rc) *
            (acc.peak_tflops[static_cast<int>(precision)] ? 1.0 : rc.unsupported_precision_time_factor);
    }
    setup.hw.peak_flops = peak;
    setup.hw.bandwidth_bytes_per_s = *acc.memory_bandwidth_gbps * 1e9;
    setup.hw.memory_bytes = acc.memory_gb.value_or(0) * 1e9;
    // The host share the deployment form shows in its power (resolved_site.h): the node's, or none.
    setup.hw.host_power_w = hostPowerW(acc, hostShareOf(s, Phase::Deployment));
    setup.hw.idle_power_w = std::min(acc.idle_power_w.value_or(0.0), acc.tdp_w);
    // A measured avg_power_w includes that host share: the board's part is what remains without it.
    const double busy =
        d.site.avg_power_w ? *d.site.avg_power_w - setup.hw.host_power_w : acc.tdp_w * d.site.load_fraction;
    setup.hw.busy_power_w = std::max(busy, setup.hw.idle_power_w);
    setup.eff.prefill = d.prefill_efficiency;
    setup.eff.decode_compute = d.decode_compute_efficiency;
    setup.eff.memory = d.memory_bandwidth_efficiency;
    return setup;
}

std::vector<std::pair<std::string, double>> architectureParameters(const ModelArchitecture &architecture)
{
    const ModelShape &m = architecture.shape;
    return {{"deployment.active_parameters", m.active_parameters},
            {"deployment.total_parameters", m.total_parameters},
            {"deployment.layers", m.layers},
            {"deployment.kv_heads", m.kv_heads},
            {"deployment.head_dim", m.head_dim},
            {"deployment.experts", m.experts},
            {"deployment.experts_per_token", m.experts_per_token}};
}

double averageRequestsPerSecond(double totalQueries, double years)
{
    return years > 0 ? totalQueries / (years * kSecondsPerYear) : 0.0;
}

} // namespace mlimpact
