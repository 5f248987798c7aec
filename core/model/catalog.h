// Hardware, edge-device, grid-region and data-centre catalogs: sourced default
// numbers that scenarios refer to by id. Parsed from JSON text (core never reads
// Qt resources); user catalog files add or override entries by id.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics.h"
#include "mlimpact_core_export.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

enum class Precision { Fp32, Fp16, Int8, Int4 };
inline constexpr int kPrecisionCount = 4;
static_assert(static_cast<int>(Precision::Int4) + 1 == kPrecisionCount);

enum class CatalogSection { Accelerators, EdgeDevices, GridRegions, DatacenterTypes, Realization, Servers };

/// Field name -> citation, e.g. {"tdp_w", "Patterson et al. 2021, Table 4"}.
// std::less<>: a field is looked up by string_view without building a string.
using Sources = std::map<std::string, std::string, std::less<>>;

struct MLIMPACT_CORE_EXPORT CatalogEntryBase
{
    std::string id;
    std::string name;
    std::string note;
    Sources sources;
    std::string origin; ///< file the entry came from ("<built-in>" or a user path)

    /// The citation for one field, or "" if the entry has none.
    std::string sourceOf(std::string_view field) const;
};

/// A data-centre accelerator (or a CPU server counted as one device).
struct Accelerator : CatalogEntryBase
{
    std::string hardwareClass; ///< dense_gpu, gpu_2to4, tpu, cpu, sparse_accelerator
    int year = 0;              ///< release year; 0 for generic archetypes
    double tdp_w = 0;
    double host_power_w = 0;                     ///< this device's share of host CPU/memory/network power
    std::optional<double> memory_bandwidth_gbps; ///< HBM/GDDR bandwidth, GB/s (roofline serving)
    std::optional<double> memory_gb;             ///< device memory, GB (roofline serving)
    std::optional<double> idle_power_w;          ///< board power while idle (roofline serving)
    std::optional<double> node_host_power_w; ///< host share per device from the node's power spec (roofline serving)
    std::optional<double> peak_tflops[kPrecisionCount]; ///< dense peak per Precision; nullopt = not native
    std::optional<double> embodied_kgco2e;              ///< per device incl. its share of the server
    std::optional<double> manufacturing_water_l;
    std::optional<double> mass_kg; ///< per device incl. its share of the server
    /// Manufacturing's abiotic resource depletion (elements) and primary energy, per device incl.
    /// its share of the server (docs/model.md, "Resource depletion and primary energy").
    std::optional<double> manufacturing_adpe_kg_sb_eq;
    std::optional<double> manufacturing_primary_energy_mj;
    /// The accelerator alone (board, package, memory), used when a site names its host server:
    /// the figures above carry a generic server share, which the server entry then replaces.
    std::optional<double> board_embodied_kgco2e;
    std::optional<double> board_mass_kg;
    double lifetime_years = 4;
    double use_rate = 1;
};

/// A host server without its accelerators (chassis, CPUs, memory, storage, network, power supplies):
/// charged apart from the accelerators when a site names one (docs/model.md, "Host servers").
struct Server : CatalogEntryBase
{
    double embodied_kgco2e = 0;         ///< one server without its accelerators
    double accelerators_per_server = 8; ///< accelerators one server hosts
    double lifetime_years = 6;
    double use_rate = 1;
    std::optional<double> mass_kg; ///< one server without its accelerators
    std::optional<double> manufacturing_water_l;
};

struct EdgeDevice : CatalogEntryBase
{
    std::string deviceClass;           ///< phone, laptop, tablet, sbc, edge_gpu, mcu
    std::optional<double> avg_power_w; ///< whole device while on; nullopt = not published
    std::optional<double> peak_tops;
    std::optional<double> embodied_kgco2e;
    std::optional<double> manufacturing_water_l;
    std::optional<double> mass_kg;
    std::optional<double> manufacturing_adpe_kg_sb_eq;     ///< per device
    std::optional<double> manufacturing_primary_energy_mj; ///< per device
    double lifetime_years = 3;
};

/// 24 hour-of-day multipliers of the annual intensity (mean 1 for the annual profile).
using HourlyFactors = std::array<double, 24>;
inline constexpr int kSeasonCount = 5; ///< annual, spring, summer, autumn, winter (Season order)

/// Which intensity an hour-of-year series gives: the mean of the generation mix (average, as
/// Electricity Maps publishes) or the plant that responds to one more kWh (marginal, as WattTime's MOER).
enum class IntensityKind { Average, Marginal };
inline constexpr int kIntensityKindCount = 2;

/// A year of hourly intensities (gCO2e/kWh), hour 0 = 1 January 00:00 UTC; 8,760 or 8,784 values.
struct HourOfYearSeries
{
    int year = 0;
    std::vector<double> g_per_kwh;
};

struct GridRegion : CatalogEntryBase
{
    std::string country;
    int data_year = 0;
    double intensity_g_per_kwh = 0;
    std::optional<double> ewif_l_per_kwh;
    std::optional<double> adpe_kg_sb_eq_per_kwh;     ///< abiotic depletion (elements) of the electricity
    std::optional<double> primary_energy_mj_per_kwh; ///< primary energy behind one kWh delivered
    std::optional<double> decarbonization_per_year;  ///< overrides the scenario's trend where known
    /// Per season (index = Season); nullopt where the source has no hourly data.
    /// All are normalised by the mean of the annual profile, so seasons keep their level.
    std::array<std::optional<HourlyFactors>, kSeasonCount> hourly;
    /// A year of hourly values per IntensityKind (index = kind); nullopt where none was imported.
    std::array<std::optional<HourOfYearSeries>, kIntensityKindCount> hourOfYear;
};

/// 8,784 in a leap year of the Gregorian calendar, else 8,760.
MLIMPACT_CORE_EXPORT std::size_t hoursInYear(int year);

/// "average" / "marginal".
MLIMPACT_CORE_EXPORT std::string_view intensityKindKey(IntensityKind kind);

/// How much of a nominal compute saving a hardware class turns into time and
/// energy (docs/model.md §9). One entry per hardware class id.
struct RealizationClass : CatalogEntryBase
{
    double unstructured_sparse_kernel_efficiency = 0.2; ///< sparse/dense throughput on nonzero work (eta)
    double unstructured_time_floor = 0.1;               ///< lowest reachable time factor
    bool masked_dense_default = true;                   ///< frameworks run pruned models as masked dense
    std::optional<double> structured_2to4_speedup;      ///< realized 2:4 speed-up at 50%; nullopt = unsupported
    double unsupported_precision_time_factor = 1.0;     ///< dequantization overhead vs the native wider format
    double quantized_power_factor = 1.0;                ///< power at native INT8/INT4 relative to FP16
};

struct DatacenterType : CatalogEntryBase
{
    double pue = 1;
    double wue_l_per_kwh = 0;
};

MLIMPACT_CORE_EXPORT std::string_view sectionKey(CatalogSection section); ///< JSON key, e.g. "grid_regions"
/// A scenario may name no entry of this section ("" = none): a site's host server is optional.
inline bool choiceMayBeNone(CatalogSection section)
{
    return section == CatalogSection::Servers;
}
MLIMPACT_CORE_EXPORT std::string_view precisionKey(Precision precision); ///< "fp32", "fp16", "int8", "int4"

/// All catalog entries, looked up by id. Later additions replace earlier ones
/// with the same id, so a user file can override a built-in entry.
class MLIMPACT_CORE_EXPORT Catalog
{
public:
    /// Parses one catalog document and merges it in. Problems are appended to
    /// `diagnostics` (naming `fileLabel` and the JSON path); entries with errors are skipped.
    void addFromJson(std::string_view jsonText, const std::string &fileLabel, Diagnostics &diagnostics);

    const Accelerator *accelerator(std::string_view id) const;
    const EdgeDevice *edgeDevice(std::string_view id) const;
    const GridRegion *gridRegion(std::string_view id) const;
    const DatacenterType *datacenterType(std::string_view id) const;
    const RealizationClass *realization(std::string_view id) const;
    const Server *server(std::string_view id) const;

    const std::vector<Accelerator> &accelerators() const { return m_accelerators; }
    const std::vector<EdgeDevice> &edgeDevices() const { return m_edgeDevices; }
    const std::vector<GridRegion> &gridRegions() const { return m_gridRegions; }
    const std::vector<DatacenterType> &datacenterTypes() const { return m_datacenterTypes; }
    const std::vector<RealizationClass> &realizations() const { return m_realizations; }
    const std::vector<Server> &servers() const { return m_servers; }

    /// Ids of one section, in catalog order (for pickers and error messages).
    std::vector<std::string> ids(CatalogSection section) const;
    bool contains(CatalogSection section, std::string_view id) const;
    /// The entry's name ("NVIDIA H100 SXM"), or the id itself when the section has no such entry.
    std::string nameOf(CatalogSection section, std::string_view id) const;

    /// Every entry's name in the installed language (core/io/text_translation.h): the window's
    /// catalog shows "Deutschland" where files, the CLI and JSON keep "Germany". Ids never change.
    void translateNames();

private:
    std::vector<Accelerator> m_accelerators;
    std::vector<EdgeDevice> m_edgeDevices;
    std::vector<GridRegion> m_gridRegions;
    std::vector<DatacenterType> m_datacenterTypes;
    std::vector<RealizationClass> m_realizations;
    std::vector<Server> m_servers;
};

/// The realization class of an edge device class (phones, tablets, edge GPUs -> edge_npu; others -> cpu).
MLIMPACT_CORE_EXPORT std::string_view edgeRealizationClass(std::string_view deviceClass);

/// The catalog built from the embedded resources/catalog/*.json files.
/// Built-in data is tested, so problems here are programming errors and abort loudly.
MLIMPACT_CORE_EXPORT const Catalog &builtinCatalog();

/// Built-in catalog plus user files; problems in user files go to `diagnostics`.
MLIMPACT_CORE_EXPORT Catalog catalogWithUserFiles(const std::vector<std::string> &paths, Diagnostics &diagnostics);

} // namespace mlimpact
