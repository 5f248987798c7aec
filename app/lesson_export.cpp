// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson_export.h"

#include "cli.h"
#include "lesson_io.h"
#include "lesson_slides.h"

namespace mlimpact::cli {

int runLessonExport(const QString &idOrFile, const QString &outPath)
{
    if (!outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        err("error: --out: a lesson is exported as a slide deck, expected a .pdf file, found \"" +
            outPath.toStdString() + "\"\n");
        return BadInput;
    }
    Diagnostics problems;
    auto lesson = loadLessonArgument(idOrFile.toStdString(), builtinCatalog(), problems);
    if (!lesson) {
        printDiagnostics(problems, false);
        return BadInput;
    }
    ui::LessonSlides slides(std::move(*lesson), builtinCatalog());
    if (const auto written = slides.exportPdf(outPath); !written.empty()) {
        printDiagnostics(written, false);
        return Failure;
    }
    out("wrote " + outPath.toStdString() + " (" + std::to_string(slides.pageCount()) + " slides)\n");
    return Ok;
}

} // namespace mlimpact::cli
