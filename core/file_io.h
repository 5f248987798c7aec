// Reading and atomically writing text files, with errors as values (no exceptions).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace mlimpact {

struct IoResult
{
    bool ok = false;
    std::string error; ///< human-readable reason naming the file, when !ok
};

/// Reads a whole file; on failure returns false and says why in error (without the path,
/// which callers put in the Diagnostic).
bool readTextFile(const std::string &path, std::string &contents, std::string &error);

/// Writes to a temporary file beside `path`, flushes it, then renames it over
/// `path`, so a failed or interrupted save never leaves a half-written file.
IoResult writeTextFileAtomically(const std::string &path, const std::string &contents);

} // namespace mlimpact
