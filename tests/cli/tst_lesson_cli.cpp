// The lessons from the command line: `lessons` lists every built-in lesson with its claim and
// reports a broken lesson file with its JSON Pointer; `export --lesson` writes one slide per
// page (the title, each question, each step).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson_io.h"
#include "test_support.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mlimpact;

class TestLessonCli : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryLessonWithItsClaim()
    {
        const auto run = test::runBinary({QStringLiteral("lessons")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        for (const auto &id : builtInLessonIds())
            QVERIFY2(text.contains(QString::fromStdString(id) + QStringLiteral("  — ")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("    claim ")), static_cast<int>(builtInLessonIds().size()));
    }

    void aBrokenLessonFileIsReportedAndTheRestListed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format_version": 1, "title": "x", "goal": "g", "claim": "c", "claim_number": 9,
                      "preset": "blank", "steps": [{"title": "a", "narrative": "n", "charts": ["pie"]},
                      {"title": "b", "narrative": "n", "charts": ["lifecycle"]},
                      {"title": "c", "narrative": "n", "charts": ["lifecycle"]}]})");
        file.close();
        const auto run = test::runBinary({QStringLiteral("lessons"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(QString::fromUtf8(run.err).contains(path + QStringLiteral(": /steps/0/charts/0: error:")));
        QCOMPARE(QString::fromUtf8(run.out).count(QStringLiteral("    claim ")),
                 static_cast<int>(builtInLessonIds().size()));
    }

    void decksHaveOneSlidePerPage()
    {
        QTemporaryDir dir;
        Diagnostics problems;
        for (const auto &lesson : loadLessonLibrary(builtinCatalog(), {}, problems)) {
            const QString out = dir.filePath(QString::fromStdString(lesson.id) + QStringLiteral(".pdf"));
            const auto run = test::runBinary({QStringLiteral("export"), QStringLiteral("--lesson"),
                                              QString::fromStdString(lesson.id), QStringLiteral("--out"), out});
            QCOMPARE(run.exitCode, 0);
            std::size_t questions = 0;
            for (const auto &step : lesson.steps)
                questions += step.question ? 1 : 0;
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const int pages = static_cast<int>(
                QString::fromLatin1(f.readAll()).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
            QCOMPARE(pages, static_cast<int>(1 + lesson.steps.size() + questions));
        }
    }

    void aDeckNeedsAPdf()
    {
        const auto run = test::runBinary({QStringLiteral("export"), QStringLiteral("--lesson"),
                                          QStringLiteral("rebound-and-backfire"), QStringLiteral("--out"),
                                          QStringLiteral("/tmp/somewhere")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestLessonCli)
#include "tst_lesson_cli.moc"
