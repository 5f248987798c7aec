// SPDX-License-Identifier: GPL-3.0-or-later
#include "data_sources.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <regex>

namespace mlimpact {
namespace {

// Words that open a note on how a value was obtained instead of naming a work (catalog convention).
constexpr std::array kQualifiers{"assumption", "computed", "unconfirmed", "secondary", "derived",
                                 "null",       "not ",     "measured",    "no "};

bool startsWithQualifier(std::string_view text)
{
    std::string lower(text.substr(0, 16));
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::any_of(kQualifiers.begin(), kQualifiers.end(), [&](const char *q) { return lower.rfind(q, 0) == 0; });
}

std::string_view cutAtFirst(std::string_view text, std::initializer_list<std::string_view> separators)
{
    std::size_t end = text.size();
    for (const auto separator : separators)
        end = std::min(end, text.find(separator));
    return text.substr(0, end);
}

/// Before the first ", " followed by something other than an upper-case letter: authors
/// ("Luccioni, Viguier, Ligozat 2023") stay together, details ("v3.0, data/...") go.
std::string_view cutAtDetailComma(std::string_view text)
{
    for (std::size_t at = text.find(", "); at != std::string_view::npos; at = text.find(", ", at + 1)) {
        if (at + 2 >= text.size() || !std::isupper(static_cast<unsigned char>(text[at + 2])))
            return text.substr(0, at);
    }
    return text;
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" ,");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" ,");
    return std::string(text.substr(first, last - first + 1));
}

template <typename Entries> void countSources(const Entries &entries, std::map<std::string, int> &counts)
{
    for (const auto &entry : entries) {
        for (const auto &[field, citation] : entry.sources) {
            if (auto name = citedWorkName(citation))
                ++counts[*name];
        }
    }
}

} // namespace

std::optional<std::string> citedWorkName(std::string_view citation)
{
    const auto start = citation.find_first_not_of(' ');
    if (start == std::string_view::npos)
        return std::nullopt;
    citation.remove_prefix(start);
    if (startsWithQualifier(citation))
        return std::nullopt;
    std::string_view work = cutAtDetailComma(cutAtFirst(citation, {"(", ":", ";", " via ", " and "}));
    static const std::regex year(R"(\b(19|20)\d\d(-(19|20)\d\d)?\b)");
    std::string name(work);
    if (std::smatch match; std::regex_search(name, match, year))
        name.resize(static_cast<std::size_t>(match.position(0) + match.length(0)));
    name = trimmed(name);
    if (name.empty())
        return std::nullopt;
    return name;
}

std::vector<CitedWork> citedWorks(const Catalog &catalog)
{
    std::map<std::string, int> counts;
    countSources(catalog.accelerators(), counts);
    countSources(catalog.edgeDevices(), counts);
    countSources(catalog.gridRegions(), counts);
    countSources(catalog.datacenterTypes(), counts);
    countSources(catalog.realizations(), counts);
    std::vector<CitedWork> works;
    works.reserve(counts.size());
    for (const auto &[name, values] : counts)
        works.push_back({name, values});
    // Stable: equal counts keep the map's name order.
    std::stable_sort(works.begin(), works.end(),
                     [](const CitedWork &a, const CitedWork &b) { return a.values > b.values; });
    return works;
}

} // namespace mlimpact
