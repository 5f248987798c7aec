// The hook through which the window shows core's words (registry labels, phase, section and
// criterion names) in the user's language while core stays free of Qt. Core marks its
// translatable literals with MLI_TR(context, text), which lupdate reads as QT_TRANSLATE_NOOP
// (ui/CMakeLists.txt: -tr-function-alias); the window installs a translator that looks the text
// up in its Qt translation. Without one (the CLI, JSON, Python) every text stays English.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mlimpact_core_export.h"

#include <initializer_list>
#include <string>
#include <string_view>

/// Marks a literal for lupdate under `context`; the text itself is unchanged.
#define MLI_TR(context, text) text

namespace mlimpact {

/// The translation of `text` in `context`, or `text` itself when there is none.
using TextTranslator = std::string (*)(const char *context, const char *text);

/// Installs the translator (nullptr: the identity, English). Set once at start-up, before any
/// thread reads texts; not synchronised.
MLIMPACT_CORE_EXPORT void setTextTranslator(TextTranslator translator);

/// `text` in the installed language (the identity unless the window installed a translator).
MLIMPACT_CORE_EXPORT std::string translatedText(const char *context, const std::string &text);

/// A sentence with numbers or names in it, translated whole: `pattern` (a literal marked with
/// MLI_TR, holding %1..%9) is translated first and the arguments are filled in after, so a
/// translation may reorder them and the numbers never have to be in the translation file.
/// %n with no argument stays as written; "%%" is a literal "%". Arguments are not scanned again.
MLIMPACT_CORE_EXPORT std::string translatedPattern(const char *context, const char *pattern,
                                                   std::initializer_list<std::string_view> args);

} // namespace mlimpact
