// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog: its sections read from JSON files (the entries by catalog_readers.h), looked up by
// id, named in the window's language, and the built-in catalog with the user's files on top.
#include "catalog.h"

#include "catalog_readers.h"
#include "embedded_data.h"
#include "file_io.h"
#include "json_reader.h"
#include "text_translation.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

namespace mlimpact {

using nlohmann::json;

std::string CatalogEntryBase::sourceOf(std::string_view field) const
{
    const auto it = sources.find(field);
    return it == sources.end() ? std::string() : it->second;
}

std::string_view sectionKey(CatalogSection section)
{
    switch (section) {
    case CatalogSection::Accelerators:
        return "accelerators";
    case CatalogSection::EdgeDevices:
        return "edge_devices";
    case CatalogSection::GridRegions:
        return "grid_regions";
    case CatalogSection::DatacenterTypes:
        return "datacenter_types";
    case CatalogSection::Realization:
        return "realization";
    case CatalogSection::Servers:
        return "servers";
    }
    return "accelerators";
}

std::string_view precisionKey(Precision precision)
{
    switch (precision) {
    case Precision::Fp32:
        return "fp32";
    case Precision::Fp16:
        return "fp16";
    case Precision::Int8:
        return "int8";
    case Precision::Int4:
        return "int4";
    }
    return "fp16";
}

std::size_t hoursInYear(int year)
{
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 8784 : 8760;
}

std::string_view intensityKindKey(IntensityKind kind)
{
    return kind == IntensityKind::Marginal ? "marginal" : "average";
}

namespace {

template <class T, class Reader>
void readSection(JsonReader &reader, const json &doc, CatalogSection section, std::vector<T> &into, Reader readOne)
{
    const std::string key(sectionKey(section));
    const auto it = doc.find(key);
    if (it == doc.end())
        return;
    const std::string path = "/" + key;
    if (!it->is_array()) {
        reader.error(path, "expected an array of entries, found " + jsonTypeName(*it));
        return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json &entry = (*it)[i];
        const std::string p = path + "/" + std::to_string(i);
        if (!entry.is_object()) {
            reader.error(p, "expected an entry object, found " + jsonTypeName(entry));
            continue;
        }
        T value;
        value.origin = reader.file();
        if (!readOne(reader, entry, p, value))
            continue;
        if (!seen.insert(value.id).second)
            reader.warning(p + "/id", "duplicate id \"" + value.id + "\" in this file; the later entry wins");
        // Override in place so the built-in order (used by pickers) is kept.
        auto existing = std::find_if(into.begin(), into.end(), [&](const T &x) { return x.id == value.id; });
        if (existing != into.end())
            *existing = std::move(value);
        else
            into.push_back(std::move(value));
    }
}

template <class T> const T *findById(const std::vector<T> &entries, std::string_view id)
{
    for (const auto &e : entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace

void Catalog::addFromJson(std::string_view jsonText, const std::string &fileLabel, Diagnostics &diagnostics)
{
    const auto doc = parseJsonText(jsonText, fileLabel, diagnostics);
    if (!doc)
        return;
    JsonReader reader(fileLabel, diagnostics);
    if (!doc->is_object()) {
        reader.error("", "expected a catalog object with \"format\": \"ml-impact-explorer/catalog\", found " +
                             jsonTypeName(*doc));
        return;
    }
    const auto format = reader.string(*doc, "format", "");
    if (format && *format != "ml-impact-explorer/catalog") {
        reader.error("/format", "expected \"ml-impact-explorer/catalog\", found \"" + *format + "\"");
        return;
    }
    const auto version = reader.integer(*doc, "version", "", 1, 1000);
    if (!format || !version)
        return;
    if (*version != 1) {
        reader.error("/version",
                     "this build reads catalog version 1, the file has version " + std::to_string(*version));
        return;
    }
    for (const auto &[key, value] : doc->items()) {
        if (key != "format" && key != "version" && key != "accelerators" && key != "edge_devices" &&
            key != "grid_regions" && key != "datacenter_types" && key != "realization" && key != "servers")
            reader.warning("/" + jsonPointerEscape(key), "unknown key \"" + key + "\" is ignored");
    }
    readSection(reader, *doc, CatalogSection::Accelerators, m_accelerators, catalog_json::readAccelerator);
    readSection(reader, *doc, CatalogSection::EdgeDevices, m_edgeDevices, catalog_json::readEdgeDevice);
    readSection(reader, *doc, CatalogSection::GridRegions, m_gridRegions, catalog_json::readGridRegion);
    readSection(reader, *doc, CatalogSection::DatacenterTypes, m_datacenterTypes, catalog_json::readDatacenterType);
    readSection(reader, *doc, CatalogSection::Realization, m_realizations, catalog_json::readRealization);
    readSection(reader, *doc, CatalogSection::Servers, m_servers, catalog_json::readServer);
}

const Accelerator *Catalog::accelerator(std::string_view id) const
{
    return findById(m_accelerators, id);
}
const EdgeDevice *Catalog::edgeDevice(std::string_view id) const
{
    return findById(m_edgeDevices, id);
}
const GridRegion *Catalog::gridRegion(std::string_view id) const
{
    return findById(m_gridRegions, id);
}
const DatacenterType *Catalog::datacenterType(std::string_view id) const
{
    return findById(m_datacenterTypes, id);
}
const RealizationClass *Catalog::realization(std::string_view id) const
{
    return findById(m_realizations, id);
}
const Server *Catalog::server(std::string_view id) const
{
    return findById(m_servers, id);
}

std::string_view edgeRealizationClass(std::string_view deviceClass)
{
    if (deviceClass == "phone" || deviceClass == "tablet" || deviceClass == "edge_gpu")
        return "edge_npu";
    return "cpu";
}

std::vector<std::string> Catalog::ids(CatalogSection section) const
{
    std::vector<std::string> out;
    auto collect = [&out](const auto &entries) {
        for (const auto &e : entries)
            out.push_back(e.id);
    };
    switch (section) {
    case CatalogSection::Accelerators:
        collect(m_accelerators);
        break;
    case CatalogSection::EdgeDevices:
        collect(m_edgeDevices);
        break;
    case CatalogSection::GridRegions:
        collect(m_gridRegions);
        break;
    case CatalogSection::DatacenterTypes:
        collect(m_datacenterTypes);
        break;
    case CatalogSection::Realization:
        collect(m_realizations);
        break;
    case CatalogSection::Servers:
        collect(m_servers);
        break;
    }
    return out;
}

std::string Catalog::nameOf(CatalogSection section, std::string_view id) const
{
    const CatalogEntryBase *entry = nullptr;
    switch (section) {
    case CatalogSection::Accelerators:
        entry = accelerator(id);
        break;
    case CatalogSection::EdgeDevices:
        entry = edgeDevice(id);
        break;
    case CatalogSection::GridRegions:
        entry = gridRegion(id);
        break;
    case CatalogSection::DatacenterTypes:
        entry = datacenterType(id);
        break;
    case CatalogSection::Realization:
        entry = realization(id);
        break;
    case CatalogSection::Servers:
        entry = server(id);
        break;
    }
    if (id.empty() && choiceMayBeNone(section))
        return "none";
    return entry && !entry->name.empty() ? entry->name : std::string(id);
}

bool Catalog::contains(CatalogSection section, std::string_view id) const
{
    switch (section) {
    case CatalogSection::Accelerators:
        return accelerator(id) != nullptr;
    case CatalogSection::EdgeDevices:
        return edgeDevice(id) != nullptr;
    case CatalogSection::GridRegions:
        return gridRegion(id) != nullptr;
    case CatalogSection::DatacenterTypes:
        return datacenterType(id) != nullptr;
    case CatalogSection::Realization:
        return realization(id) != nullptr;
    case CatalogSection::Servers:
        return server(id) != nullptr;
    }
    return false;
}

namespace {

template <class Entry> void translateNamesOf(std::vector<Entry> &entries)
{
    for (Entry &e : entries)
        e.name = translatedText("mlimpact", e.name);
}

} // namespace

void Catalog::translateNames()
{
    translateNamesOf(m_accelerators);
    translateNamesOf(m_edgeDevices);
    translateNamesOf(m_gridRegions);
    translateNamesOf(m_datacenterTypes);
    translateNamesOf(m_realizations);
    translateNamesOf(m_servers);
}

const Catalog &builtinCatalog()
{
    static const Catalog catalog = [] {
        Catalog c;
        Diagnostics diagnostics;
        for (const auto &file : data::embeddedFiles()) {
            if (file.path.starts_with("catalog/"))
                c.addFromJson(file.text, "<built-in>/" + std::string(file.path), diagnostics);
        }
        if (hasErrors(diagnostics)) {
            for (const auto &d : diagnostics)
                std::fprintf(stderr, "%s\n", d.toString().c_str());
            std::fprintf(stderr, "internal error: the built-in catalog is invalid\n");
            std::abort();
        }
        // The names in the window's language: it installs its translator before the first call
        // (app/main.cpp); without one (the CLI, JSON, Python) they stay as the files write them.
        // The first call decides for the life of the process: a language installed later does
        // not rename them (the window sets its language once, at start-up).
        c.translateNames();
        return c;
    }();
    return catalog;
}

Catalog catalogWithUserFiles(const std::vector<std::string> &paths, Diagnostics &diagnostics)
{
    Catalog catalog = builtinCatalog();
    for (const auto &path : paths) {
        std::string text;
        if (auto problems = readTextFile(path, text); !problems.empty()) {
            diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
            continue;
        }
        catalog.addFromJson(text, path, diagnostics);
    }
    return catalog;
}

} // namespace mlimpact
