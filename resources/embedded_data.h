// Built-in catalogs and preset scenarios, compiled into the binary as text.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace mlimpact::data {

struct EmbeddedFile
{
    std::string_view path; ///< relative to resources/, e.g. "catalog/accelerators.json"
    std::string_view text;
};

/// Every embedded file, in the order listed in resources/CMakeLists.txt.
std::span<const EmbeddedFile> embeddedFiles();

/// The text of one embedded file, or nullopt if there is none at that path.
std::optional<std::string_view> embeddedFile(std::string_view path);

} // namespace mlimpact::data
