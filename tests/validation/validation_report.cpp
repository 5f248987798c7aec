// Writes docs/validation.md from the published cases (see validation_cases.h).
// Usage: validation_report OUTPUT.md
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation_cases.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: validation_report OUTPUT.md\n");
        return 2;
    }
    auto cases = mlimpact::test::loadValidationCases();
    int failures = 0;
    for (auto &c : cases) {
        mlimpact::test::runValidationCase(c);
        failures += !c.error.isEmpty();
        std::printf("%-75s %+7.2f%%\n", qPrintable(c.title), 100.0 * c.relativeDifference());
    }
    QSaveFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::WriteOnly) || file.write(mlimpact::test::validationMarkdown(cases).toUtf8()) < 0 ||
        !file.commit()) {
        std::fprintf(stderr, "%s: %s\n", argv[1], qPrintable(file.errorString()));
        return 1;
    }
    return failures == 0 ? 0 : 1;
}
