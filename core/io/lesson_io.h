// Reading lesson files (docs/lesson-format.md): every problem is a Diagnostic with the
// file and a JSON Pointer; a malformed lesson is reported and left out, never blocking
// the others.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "diagnostics.h"
#include "lesson.h"
#include "mlimpact_core_export.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

/// Parses and validates one lesson: structure, chart ids, triad choices, each step's and each
/// choice's scenario against the base document, and each question's keyed answer against the
/// model. `id` is the lesson's id (its file name without .json). Nullopt on any error.
MLIMPACT_CORE_EXPORT std::optional<Lesson> loadLessonFromText(std::string_view text, const std::string &id,
                                                              const std::string &fileLabel, const Catalog &catalog,
                                                              Diagnostics &diagnostics);

/// Reads a file and calls loadLessonFromText with the file's base name as id.
MLIMPACT_CORE_EXPORT std::optional<Lesson> loadLessonFile(const std::string &path, const Catalog &catalog,
                                                          Diagnostics &diagnostics);

/// The built-in lessons' ids (resources/lessons), in claim order of their file names.
MLIMPACT_CORE_EXPORT std::vector<std::string> builtInLessonIds();

/// The built-in lessons, then each user file; a lesson that fails is reported and left out,
/// and a user lesson with the id of an earlier one is an error.
MLIMPACT_CORE_EXPORT std::vector<Lesson>
loadLessonLibrary(const Catalog &catalog, const std::vector<std::string> &userFiles, Diagnostics &diagnostics);

/// A built-in lesson by id, or a lesson file by path (an argument ending in .json or naming a
/// file); an unknown id is an error that lists the built-in ids.
MLIMPACT_CORE_EXPORT std::optional<Lesson> loadLessonArgument(const std::string &idOrPath, const Catalog &catalog,
                                                              Diagnostics &diagnostics);

/// The lesson with `id` in `lessons`, or nullptr.
MLIMPACT_CORE_EXPORT const Lesson *findLesson(const std::vector<Lesson> &lessons, std::string_view id);

} // namespace mlimpact
