// Small helpers that read typed values out of nlohmann::json and record a
// Diagnostic (file, JSON Pointer, expectation) for every problem instead of throwing.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics.h"
#include "mlimpact_core_export.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace mlimpact {

/// Escapes one key for use in a JSON Pointer ("~" -> "~0", "/" -> "~1").
MLIMPACT_CORE_EXPORT std::string jsonPointerEscape(std::string_view key);

/// "number", "string", ... — how a JSON value's type is named in messages.
MLIMPACT_CORE_EXPORT std::string jsonTypeName(const nlohmann::json &value);

/// `text` made safe to echo in a message: invalid UTF-8 bytes and control characters as
/// \xNN, cut after `maxCharacters` characters with the full length said.
MLIMPACT_CORE_EXPORT std::string printableExcerpt(std::string_view text, std::size_t maxCharacters = 40);

/// Parses text; on a syntax error records a Diagnostic with line and column and returns nullopt.
MLIMPACT_CORE_EXPORT std::optional<nlohmann::json> parseJsonText(std::string_view text, const std::string &file,
                                                                 Diagnostics &diagnostics);

class MLIMPACT_CORE_EXPORT JsonReader
{
public:
    JsonReader(std::string file, Diagnostics &diagnostics)
        : m_file(std::move(file))
        , m_diagnostics(diagnostics)
    {}

    void error(const std::string &path, const std::string &message);
    void warning(const std::string &path, const std::string &message);
    void note(const std::string &path, const std::string &message);

    /// Required finite number in [min, max]; nullopt (and an error) otherwise.
    std::optional<double> number(const nlohmann::json &object, std::string_view key, const std::string &path,
                                 double min, double max);
    /// Optional number: absent or null gives nullopt without an error.
    std::optional<double> optionalNumber(const nlohmann::json &object, std::string_view key, const std::string &path,
                                         double min, double max, bool &ok);
    std::optional<std::string> string(const nlohmann::json &object, std::string_view key, const std::string &path,
                                      bool required = true);
    std::optional<int> integer(const nlohmann::json &object, std::string_view key, const std::string &path, int min,
                               int max);

    /// Checks a value already fetched (used by the registry-driven scenario loader).
    std::optional<double> checkNumber(const nlohmann::json &value, const std::string &path, double min, double max);

    const std::string &file() const { return m_file; }

private:
    std::string m_file;
    Diagnostics &m_diagnostics;
};

} // namespace mlimpact
