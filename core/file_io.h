// Reading and atomically writing text files, with errors as values (no exceptions).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

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

/// One file of a set written together: a plain file name and its bytes.
struct NamedContents
{
    std::string name;
    std::string contents;
};

/// Writes a set of files into `directory` all or none: they are staged in a temporary folder
/// on the same file system and moved into place only when every one was written and flushed.
/// On failure nothing in `directory` changed (and a folder that did not exist was not made);
/// the error names the file and the reason ("No space left on device").
IoResult writeFilesAtomically(const std::string &directory, const std::vector<NamedContents> &files);

} // namespace mlimpact
