// The words every insight uses: its sentences, core's names and how a name sits in a sentence.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight_parts.h"

#include "text_translation.h"

#include <cctype>

namespace mlimpact::insight {
namespace {

/// Whether the language lower-cases a name inside a sentence ("of training carbon") or keeps it
/// as written (German nouns: "Training", the same word as in English, so comparing the names
/// cannot tell). The translation answers, the way Qt's own QT_LAYOUT_DIRECTION entry does. "keep"
/// suits nouns; German patterns put a name that may start with an adjective in quotes.
bool lowerCasesNames()
{
    //: Translate as "keep" if names inside a sentence keep their capital letter (German nouns).
    return translatedText("insights", MLI_TR("insights", "LOWER_CASE_NAMES_IN_SENTENCES")) != "keep";
}

} // namespace

/// One of the insights' sentences in the window's language (context "insights"), its numbers and
/// names filled in after (text_translation.h); English, byte for byte, where no translator is set.
std::string phrased(const char *pattern, std::initializer_list<std::string_view> args)
{
    return translatedPattern("insights", pattern, args);
}

/// A name from core's data (phase, technique, input) in the window's language: the window's list
/// of those names is in context "mlimpact" (translations/core_texts.cpp).
std::string coreName(std::string_view name)
{
    return translatedText("mlimpact", std::string(name));
}

/// "training" from "Training" (NAS stays NAS).
std::string lowerFirst(std::string_view label)
{
    std::string out(label);
    if (out.size() > 1 && !std::isupper(static_cast<unsigned char>(out[1])))
        out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
}

/// A name inside a sentence: English lower-cases it ("training"); German keeps its translation
/// as written.
std::string nameInSentence(std::string_view name)
{
    return lowerCasesNames() ? lowerFirst(coreName(name)) : coreName(name);
}

ChartInsight empty(std::string why)
{
    ChartInsight c;
    c.takeaway = why;
    c.emptyReason = std::move(why);
    return c;
}

} // namespace mlimpact::insight
