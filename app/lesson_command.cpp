// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson_command.h"

#include "cli.h"
#include "lesson_io.h"

#include <QCommandLineParser>

namespace mlimpact::cli {

int runLessons(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the lessons (workshop mode), one per claim of the paper: id, title and claim. Lesson files given "
        "are listed after the built-in ones (docs/lesson-format.md). Open one with 'ml-impact-explorer --lesson ID' "
        "or export its slides with 'ml-impact-explorer export --lesson ID --out deck.pdf'."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("lessons"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Lesson files to add."),
                                 QStringLiteral("[FILE...]"));
    parser.addOption(
        {QStringLiteral("check"), QStringLiteral("Also evaluate every step: its charts must have something to show.")});
    if (const auto done = parseArguments(parser, args))
        return *done;
    std::vector<std::string> files;
    for (const QString &file : parser.positionalArguments().mid(1))
        files.push_back(file.toStdString());
    Diagnostics problems;
    const auto lessons = loadLessonLibrary(builtinCatalog(), files, problems);
    for (const auto &lesson : lessons) {
        out(lesson.id + "  — " + lesson.title + " (" + std::to_string(lesson.steps.size()) + " steps)\n    claim " +
            std::to_string(lesson.claimNumber) + ": " + lesson.claim + "\n");
        if (parser.isSet(QStringLiteral("check"))) {
            const Diagnostics check = checkLesson(lesson, builtinCatalog());
            problems.insert(problems.end(), check.begin(), check.end());
        }
    }
    printDiagnostics(problems, false);
    return hasErrors(problems) ? BadInput : Ok;
}

} // namespace mlimpact::cli
