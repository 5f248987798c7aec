// SPDX-License-Identifier: GPL-3.0-or-later
// The roofline serving model (docs/model.md §3.2).
#include "serving.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mlimpact {
namespace {

/// FLOP per active parameter per token of a transformer forward pass (Kaplan et al. 2020).
constexpr double kForwardFlopPerParameter = 2;
constexpr int kBisectionSteps = 60;

/// Resident bytes of shared (non-expert) and per-expert weights.
struct WeightSplit
{
    double shared = 0;
    double perExpert = 0;
    double experts = 1;
    double topK = 1;
};

WeightSplit weightSplit(const ModelShape &m)
{
    WeightSplit w;
    w.experts = std::max(1.0, m.experts);
    w.topK = std::clamp(m.experts_per_token, 1.0, w.experts);
    const double total = std::max(m.total_parameters, m.active_parameters);
    if (w.experts <= w.topK) { // dense, or every expert runs for every token
        w.shared = total;
        return w;
    }
    // total = shared + E x p, active = shared + k x p
    w.perExpert = (total - m.active_parameters) / (w.experts - w.topK);
    w.shared = std::max(0.0, m.active_parameters - w.topK * w.perExpert);
    return w;
}

double divided(double a, double b)
{
    return b > 0 ? a / b : (a > 0 ? std::numeric_limits<double>::infinity() : 0.0);
}

} // namespace

const std::vector<ModelArchitecture> &modelArchitectures()
{
    static const std::vector<ModelArchitecture> table{
        {"llama-2-7b",
         "Llama 2 7B",
         {6.74e9, 6.74e9, 32, 32, 128, 1, 1},
         "Touvron et al. 2023 (Llama 2) and the meta-llama/Llama-2-7b-hf config: 32 layers, 32 heads (no GQA), "
         "hidden 4096"},
        {"llama-2-13b",
         "Llama 2 13B",
         {13.0e9, 13.0e9, 40, 40, 128, 1, 1},
         "Touvron et al. 2023 (Llama 2) and the meta-llama/Llama-2-13b-hf config: 40 layers, 40 heads, hidden 5120"},
        {"llama-2-70b",
         "Llama 2 70B",
         {69.0e9, 69.0e9, 80, 8, 128, 1, 1},
         "Touvron et al. 2023 (Llama 2) and the meta-llama/Llama-2-70b-hf config: 80 layers, 64 heads, 8 KV heads "
         "(GQA), hidden 8192"},
        {"llama-65b",
         "LLaMA 65B",
         {65.2e9, 65.2e9, 80, 64, 128, 1, 1},
         "Touvron et al. 2023 (LLaMA), Table 2: 65.2B, 80 layers, 64 heads, dimension 8192"},
        {"llama-3-8b",
         "Llama 3 8B",
         {8.03e9, 8.03e9, 32, 8, 128, 1, 1},
         "Meta Llama 3 model card and meta-llama/Meta-Llama-3-8B config: 32 layers, 32 heads, 8 KV heads, hidden "
         "4096"},
        {"llama-3-70b",
         "Llama 3 70B",
         {70.6e9, 70.6e9, 80, 8, 128, 1, 1},
         "Meta Llama 3 model card and meta-llama/Meta-Llama-3-70B config: 80 layers, 64 heads, 8 KV heads, hidden "
         "8192"},
        {"mistral-7b",
         "Mistral 7B",
         {7.24e9, 7.24e9, 32, 8, 128, 1, 1},
         "Jiang et al. 2023 (Mistral 7B), Table 1: 32 layers, 32 heads, 8 KV heads, head size 128"},
        {"bloom-176b",
         "BLOOM 176B",
         {176e9, 176e9, 70, 112, 128, 1, 1},
         "BigScience BLOOM model card and Le Scao et al. 2022: 176B, 70 layers, 112 heads (no GQA), hidden 14336"},
        {"mixtral-8x7b",
         "Mixtral 8x7B (MoE)",
         {12.9e9, 46.7e9, 32, 8, 128, 8, 2},
         "Jiang et al. 2024 (Mixtral of Experts): 46.7B total, 12.9B active, 8 experts, top-2, 32 layers, 8 KV "
         "heads"},
    };
    return table;
}

const ModelArchitecture *findModelArchitecture(std::string_view id)
{
    for (const auto &a : modelArchitectures()) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

double bytesPerParameter(Precision precision)
{
    switch (precision) {
    case Precision::Fp32:
        return 4;
    case Precision::Fp16:
        return 2;
    case Precision::Int8:
        return 1;
    case Precision::Int4:
        return 0.5;
    }
    return 2;
}

double kvBytesPerToken(const ServingSetup &s)
{
    return 2.0 * s.shape.layers * s.shape.kv_heads * s.shape.head_dim * s.kv_bytes_per_value;
}

double weightBytesRead(const ServingSetup &s, double tokens)
{
    const WeightSplit w = weightSplit(s.shape);
    double touched = w.experts;
    if (w.experts > w.topK) // expected experts hit by `tokens` tokens, each picking k of E
        touched = w.experts * (1.0 - std::pow(1.0 - w.topK / w.experts, std::max(1.0, tokens)));
    return (w.shared + touched * w.perExpert) * s.bytes_per_parameter * s.weight_bytes_factor;
}

double devicesPerReplica(const ServingSetup &s)
{
    const double chosen = std::max(1.0, std::floor(s.min_devices_per_replica));
    const double usable = s.hw.memory_bytes * s.memory_usable_share;
    if (usable <= 0)
        return chosen;
    const double weights = weightBytesRead(s, std::numeric_limits<double>::infinity());
    const double kvCache =
        std::max(1.0, std::floor(s.reserve_batch)) * kvBytesPerToken(s) * (s.prompt_tokens + s.generated_tokens);
    return std::max(chosen, std::ceil((weights + kvCache) / usable));
}

double batchThatFits(const ServingSetup &s, double devices)
{
    const double usable = s.hw.memory_bytes * s.memory_usable_share * devices;
    const double perSequence = kvBytesPerToken(s) * (s.prompt_tokens + s.generated_tokens);
    if (usable <= 0 || perSequence <= 0)
        return std::numeric_limits<double>::infinity();
    const double free = usable - weightBytesRead(s, std::numeric_limits<double>::infinity());
    return std::max(1.0, std::floor(free / perSequence));
}

double prefillSeconds(const ServingSetup &s, double devices)
{
    if (s.prompt_tokens <= 0)
        return 0;
    const double denseFlop = kForwardFlopPerParameter * s.shape.active_parameters * s.prompt_tokens;
    const double compute = divided(denseFlop * s.compute_time_factor, devices * s.hw.peak_flops * s.eff.prefill);
    const double memory =
        std::isinf(s.hw.bandwidth_bytes_per_s)
            ? 0.0
            : divided(weightBytesRead(s, s.prompt_tokens), devices * s.hw.bandwidth_bytes_per_s * s.eff.memory);
    return std::max(compute, memory);
}

double decodeStepSeconds(const ServingSetup &s, double batch, double devices, double *memoryS, double *computeS)
{
    // Average context over a response: the prompt plus half the generated tokens.
    const double context = s.prompt_tokens + s.generated_tokens / 2.0;
    const double bytes = weightBytesRead(s, batch) + batch * context * kvBytesPerToken(s);
    const double memory = std::isinf(s.hw.bandwidth_bytes_per_s)
                              ? 0.0
                              : divided(bytes, devices * s.hw.bandwidth_bytes_per_s * s.eff.memory);
    const double compute = divided(kForwardFlopPerParameter * s.shape.active_parameters * batch * s.compute_time_factor,
                                   devices * s.hw.peak_flops * s.eff.decode_compute);
    if (memoryS)
        *memoryS = memory;
    if (computeS)
        *computeS = compute;
    return std::max(memory, compute);
}

double devicePowerAt(const ServingHardware &hw, double utilization)
{
    const double u = std::clamp(utilization, 0.0, 1.0);
    const double busy = std::max(hw.busy_power_w, hw.idle_power_w);
    return hw.idle_power_w + (busy - hw.idle_power_w) * u;
}

namespace {

/// decodeStepSeconds(s, batch, devices) for many batches of one setup and replica: what does not
/// depend on the batch is worked out once, with the same arithmetic in the same order (so the
/// same numbers). The load's fixed point bisects on it 60 times per evaluation.
class DecodeStep
{
public:
    DecodeStep(const ServingSetup &s, double devices)
        : m_s(s)
        , m_context(s.prompt_tokens + s.generated_tokens / 2.0)
        , m_kvPerToken(kvBytesPerToken(s))
        , m_denseWeights(!(weightSplit(s.shape).experts > weightSplit(s.shape).topK))
        , m_weights(m_denseWeights ? weightBytesRead(s, 1.0) : 0.0)
        , m_memoryRate(devices * s.hw.bandwidth_bytes_per_s * s.eff.memory)
        , m_computeFlop(kForwardFlopPerParameter * s.shape.active_parameters)
        , m_computeRate(devices * s.hw.peak_flops * s.eff.decode_compute)
    {}

    double operator()(double batch) const
    {
        const double weights = m_denseWeights ? m_weights : weightBytesRead(m_s, batch);
        const double bytes = weights + batch * m_context * m_kvPerToken;
        const double memory = std::isinf(m_s.hw.bandwidth_bytes_per_s) ? 0.0 : divided(bytes, m_memoryRate);
        const double compute = divided(m_computeFlop * batch * m_s.compute_time_factor, m_computeRate);
        return std::max(memory, compute);
    }

private:
    const ServingSetup &m_s;
    double m_context, m_kvPerToken;
    bool m_denseWeights; ///< every expert runs for every token: the weights read do not depend on the batch
    double m_weights, m_memoryRate, m_computeFlop, m_computeRate;
};

/// The parts of a point that follow from the batch alone.
ServingPoint pointAt(const ServingSetup &s, double batch, double devices)
{
    ServingPoint p;
    p.batch = batch;
    p.devices_per_replica = devices;
    p.prefill_s = prefillSeconds(s, devices);
    p.step_s = decodeStepSeconds(s, batch, devices, &p.step_memory_s, &p.step_compute_s);
    p.latency_s = p.prefill_s + s.generated_tokens * p.step_s;
    p.flop_per_request =
        kForwardFlopPerParameter * s.shape.active_parameters * s.flop_factor * (s.prompt_tokens + s.generated_tokens);
    const double context = s.prompt_tokens + s.generated_tokens / 2.0;
    p.bytes_per_step = weightBytesRead(s, batch) + batch * context * kvBytesPerToken(s);
    return p;
}

/// Replica-time per request when steps carry `batch` sequences.
double replicaSecondsPerRequest(const ServingPoint &p, const ServingSetup &s)
{
    return p.prefill_s + s.generated_tokens * p.step_s / std::max(1.0, p.batch);
}

void chargeEnergy(ServingPoint &p, const ServingSetup &s, double requestsPerReplicaSecond)
{
    p.power_per_device_w = devicePowerAt(s.hw, p.utilization) + s.hw.host_power_w;
    p.device_s_per_request = replicaSecondsPerRequest(p, s) * p.devices_per_replica;
    p.energy_per_request_j =
        requestsPerReplicaSecond > 0 ? p.power_per_device_w * p.devices_per_replica / requestsPerReplicaSecond : 0.0;
    p.energy_per_generated_token_j = s.generated_tokens > 0 ? p.energy_per_request_j / s.generated_tokens : 0.0;
}

} // namespace

ServingPoint servingAtBatch(const ServingSetup &s, double batch)
{
    const double devices = devicesPerReplica(s);
    ServingPoint p = pointAt(s, std::max(1.0, batch), devices);
    p.max_batch = batchThatFits(s, devices);
    p.utilization = 1;
    const double perRequest = replicaSecondsPerRequest(p, s);
    chargeEnergy(p, s, perRequest > 0 ? 1.0 / perRequest : 0.0);
    return p;
}

ServingPoint servingAtLoad(const ServingSetup &s, double requestsPerSecond, double maxBatch, double replicas,
                           double headroom)
{
    const double devices = devicesPerReplica(s);
    const double bmax = std::max(1.0, std::min(std::floor(maxBatch), batchThatFits(s, devices)));
    const ServingPoint full = pointAt(s, bmax, devices);
    const double perRequestAtMax = replicaSecondsPerRequest(full, s);
    const double needed = requestsPerSecond * perRequestAtMax; // replicas kept full at the maximum batch
    const double sized = std::max(1.0, std::ceil(needed * std::max(1.0, headroom) - 1e-9));
    const double fleet = replicas > 0 ? std::max(std::floor(replicas), std::ceil(needed - 1e-9)) : sized;
    const double rate = requestsPerSecond / fleet;

    // Little's law: sequences in decode = rate x time in decode. Decode runs whenever the replica is
    // not processing prompts (a share rate x T_prefill of its time), so a request spends
    // G x T_step(b) / (1 - rate x T_prefill) in decode; the batch is that number once it exceeds
    // one (below, the replica idles between requests). T_step grows with the batch, so the fixed
    // point b (1 - rate x T_prefill) = rate x G x T_step(b) is found by bisection on [1, bmax].
    const double prefillShare = rate * full.prefill_s;
    const DecodeStep step(s, devices);
    const auto excess = [&](double b) { return rate * s.generated_tokens * step(b) - b * (1.0 - prefillShare); };
    double batch = 1;
    if (excess(1) > 0) {
        double lo = 1, hi = bmax;
        for (int i = 0; i < kBisectionSteps; ++i) {
            const double mid = 0.5 * (lo + hi);
            (excess(mid) > 0 ? lo : hi) = mid;
        }
        batch = hi;
    }
    ServingPoint p = pointAt(s, batch, devices);
    p.max_batch = bmax;
    p.replicas = fleet;
    p.utilization = std::min(1.0, rate * replicaSecondsPerRequest(p, s));
    chargeEnergy(p, s, rate);
    return p;
}

} // namespace mlimpact
