// The roofline serving model of LLM inference (docs/model.md §3.2): prefill is compute-bound,
// each decode step reads the weights and the KV cache once for the whole batch (Williams et al.
// 2009; Yuan et al. 2024, "LLM Inference Unveiled"), the batch follows from the load (Little's
// law) and power from the device's utilization. Plain values in, plain values out: no catalog
// or scenario lookups here, so tests can drive every term.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "mlimpact_core_export.h"

#include <string_view>
#include <vector>

namespace mlimpact {

/// What decode reads: the served transformer's shape.
struct ModelShape
{
    double active_parameters = 7e9; ///< per token
    double total_parameters = 7e9;  ///< resident in memory (all experts)
    double layers = 32;
    double kv_heads = 32; ///< key/value heads (grouped-query attention has fewer than query heads)
    double head_dim = 128;
    double experts = 1; ///< mixture-of-experts: experts per layer (1 = dense)
    double experts_per_token = 1;
};

/// An open model architecture as its model card gives it.
struct ModelArchitecture
{
    std::string_view id;
    std::string_view name;
    ModelShape shape;
    std::string_view source;
};

/// The built-in architectures (docs/model.md §3.2 lists them with their model cards).
MLIMPACT_CORE_EXPORT const std::vector<ModelArchitecture> &modelArchitectures();
MLIMPACT_CORE_EXPORT const ModelArchitecture *findModelArchitecture(std::string_view id);

/// Bytes one stored parameter takes at a precision (FP32 4, FP16 2, INT8 1, INT4 0.5).
MLIMPACT_CORE_EXPORT double bytesPerParameter(Precision precision);

/// One device of a replica.
struct ServingHardware
{
    double peak_flops = 0;            ///< dense peak at the served precision
    double bandwidth_bytes_per_s = 0; ///< memory bandwidth; infinity = memory time zero
    double memory_bytes = 0;          ///< 0 = unknown: the model is taken to fit one device
    double idle_power_w = 0;          ///< board power while idle
    double busy_power_w = 0;          ///< board power while running steps
    double host_power_w = 0;          ///< host share (CPUs, memory, network, fans), drawn whenever provisioned
};

/// Achieved fractions of the datasheet peaks (labelled assumptions in the registry).
struct ServingEfficiency
{
    double prefill = 0.5;        ///< of peak FLOP/s while processing prompts
    double decode_compute = 0.5; ///< of peak FLOP/s in a compute-bound decode step
    double memory = 0.8;         ///< of datasheet memory bandwidth
};

struct ServingSetup
{
    ModelShape shape;
    double prompt_tokens = 500;
    double generated_tokens = 300;
    double bytes_per_parameter = 2;
    double kv_bytes_per_value = 2;      ///< KV cache kept at FP16
    double weight_bytes_factor = 1;     ///< stored weights / dense weights (sparse storage)
    double flop_factor = 1;             ///< nominal FLOP / dense FLOP (pruning)
    double compute_time_factor = 1;     ///< realized compute time / dense compute time
    double memory_usable_share = 0.9;   ///< of device memory for weights and KV cache
    double min_devices_per_replica = 1; ///< the user's tensor-parallel degree (at least what the weights need)
    double reserve_batch = 1;           ///< sequences whose KV cache a replica is sized to hold (the maximum batch)
    ServingHardware hw;
    ServingEfficiency eff;
};

/// One operating point of a replica.
struct ServingPoint
{
    double batch = 1;     ///< concurrent sequences in a decode step
    double max_batch = 1; ///< the batch limit (user's, or what memory holds)
    double devices_per_replica = 1;
    double replicas = 1;
    double utilization = 1;          ///< share of provisioned time a replica runs steps
    double prefill_s = 0;            ///< prompt processing of one request
    double step_s = 0;               ///< one decode step of the whole batch
    double step_memory_s = 0;        ///< its memory-bound time
    double step_compute_s = 0;       ///< its compute-bound time
    double latency_s = 0;            ///< one request: prefill + all its decode steps
    double device_s_per_request = 0; ///< replica-time per request x devices
    double power_per_device_w = 0;   ///< average incl. host share
    double energy_per_request_j = 0;
    double energy_per_generated_token_j = 0;
    double flop_per_request = 0;
    double bytes_per_step = 0;
    bool memory_bound() const { return step_memory_s >= step_compute_s; }
};

/// KV cache bytes per token of context: 2 (K and V) x layers x KV heads x head size x bytes.
MLIMPACT_CORE_EXPORT double kvBytesPerToken(const ServingSetup &s);
/// Weight bytes read when `tokens` tokens pass the layers together (mixture-of-experts: the
/// experts top-k routing touches, uniform routing assumed).
MLIMPACT_CORE_EXPORT double weightBytesRead(const ServingSetup &s, double tokens);
/// Devices a replica needs to hold the weights and the KV cache of `reserve_batch` sequences
/// (tensor parallel, ideal scaling assumed), at least `min_devices_per_replica`.
MLIMPACT_CORE_EXPORT double devicesPerReplica(const ServingSetup &s);
/// The largest batch whose KV cache fits next to the weights (at least 1).
MLIMPACT_CORE_EXPORT double batchThatFits(const ServingSetup &s, double devices);
MLIMPACT_CORE_EXPORT double prefillSeconds(const ServingSetup &s, double devices);
/// One decode step: max(memory time, compute time); fills the two terms if asked.
MLIMPACT_CORE_EXPORT double decodeStepSeconds(const ServingSetup &s, double batch, double devices,
                                              double *memoryS = nullptr, double *computeS = nullptr);
/// Board power at utilization u: P_idle + (P_busy - P_idle) x u (linear, Fan et al. 2007).
MLIMPACT_CORE_EXPORT double devicePowerAt(const ServingHardware &hw, double utilization);

/// A replica kept full at `batch` (the triad's batch sweep): utilization 1.
MLIMPACT_CORE_EXPORT ServingPoint servingAtBatch(const ServingSetup &s, double batch);

/// A fleet serving `requestsPerSecond`: replicas fixed (> 0) or sized for the load at the
/// maximum batch times `headroom`; the batch follows from Little's law.
MLIMPACT_CORE_EXPORT ServingPoint servingAtLoad(const ServingSetup &s, double requestsPerSecond, double maxBatch,
                                                double replicas, double headroom);

} // namespace mlimpact
