// Reading and atomically writing text files, with errors as values (no exceptions).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics.h"
#include "mlimpact_core_export.h"

#include <string>
#include <vector>

namespace mlimpact {

/// Reads a whole file into `contents`. Returns the problems (empty on success): one error
/// whose file is `path` and whose message is the reason ("is a directory, expected a file").
MLIMPACT_CORE_EXPORT Diagnostics readTextFile(const std::string &path, std::string &contents);

/// Writes to a temporary file beside `path`, flushes it, then renames it over
/// `path`, so a failed or interrupted save never leaves a half-written file.
/// Returns the problems (empty on success): file = the path, message = the reason
/// ("write failed: No space left on device").
MLIMPACT_CORE_EXPORT Diagnostics writeTextFileAtomically(const std::string &path, const std::string &contents);

/// One file of a set written together: a plain file name and its bytes.
struct NamedContents
{
    std::string name;
    std::string contents;
};

/// Writes a set of files into `directory` all or none: they are staged in a temporary folder
/// on the same file system and moved into place only when every one was written and flushed.
/// On failure nothing in `directory` changed (and a folder that did not exist was not made);
/// the diagnostic's file is the file (or folder) that failed and its message the reason
/// ("write failed: No space left on device").
MLIMPACT_CORE_EXPORT Diagnostics writeFilesAtomically(const std::string &directory,
                                                      const std::vector<NamedContents> &files);

} // namespace mlimpact
