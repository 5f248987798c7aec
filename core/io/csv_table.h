// A CSV file (RFC 4180: quoted fields, doubled quotes, CRLF or LF line ends) read into a header
// and rows, with errors located by line and column. Used by the importers of measured data.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics.h"
#include "mlimpact_core_export.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

struct MLIMPACT_CORE_EXPORT CsvTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<int> rowLines; ///< the line each row starts on (1-based; the header is line 1)

    /// Index of the column named `name` (exact, after trimming spaces), or nullopt.
    std::optional<std::size_t> column(std::string_view name) const;
};

/// Parses `text`; on a malformed file returns nullopt and one error naming `fileName`, the line and
/// column and what was expected. Blank lines are skipped; every row must have the header's width.
MLIMPACT_CORE_EXPORT std::optional<CsvTable> parseCsv(std::string_view text, const std::string &fileName,
                                                      Diagnostics &diagnostics);

/// "line 4, column 3: message" as an error of `fileName`; the column is the field's number in its
/// record (as a spreadsheet numbers columns), not a character offset.
MLIMPACT_CORE_EXPORT Diagnostic csvError(const std::string &fileName, int line, int column, const std::string &message);

} // namespace mlimpact
