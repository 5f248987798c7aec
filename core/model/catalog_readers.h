// Internal: the readers of the catalog's entries, one per section, for Catalog::addFromJson
// (catalog.cpp). Each reads one JSON entry (at JSON path `p`) into its struct, reports every
// problem with its JSON path through the reader, and returns false if the entry cannot be used.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "json_reader.h"

#include <set>
#include <string>

namespace mlimpact::catalog_json {

using nlohmann::json;

/// Reads the fields every entry has (id, name, note, sources) and reports keys the section does
/// not know (`known`) and values other than strings given without a source.
bool readBase(JsonReader &reader, const json &entry, const std::string &path, const std::set<std::string> &known,
              CatalogEntryBase &out);

bool readAccelerator(JsonReader &r, const json &e, const std::string &p, Accelerator &a);
bool readEdgeDevice(JsonReader &r, const json &e, const std::string &p, EdgeDevice &d);
bool readServer(JsonReader &r, const json &e, const std::string &p, Server &s);
bool readDatacenterType(JsonReader &r, const json &e, const std::string &p, DatacenterType &d);
bool readRealization(JsonReader &r, const json &e, const std::string &p, RealizationClass &c);
/// A grid region with its hourly profiles and hour-of-year series (catalog_grid_reader.cpp).
bool readGridRegion(JsonReader &r, const json &e, const std::string &p, GridRegion &g);

} // namespace mlimpact::catalog_json
