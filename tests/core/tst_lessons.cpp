// Lessons: every built-in lesson loads, every step's scenario validates and shows a chart with
// something on it, every keyed "predict first" answer is the model's; a malformed lesson is
// reported with its file and JSON Pointer and does not keep the others from loading.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "embedded_data.h"
#include "lesson_io.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

using namespace mlimpact;

namespace {

nlohmann::json builtInJson(const std::string &id)
{
    return nlohmann::json::parse(*data::embeddedFile("lessons/" + id + ".json"));
}

/// Loads `doc` as a lesson; the diagnostics are returned through `problems`.
std::optional<Lesson> load(const nlohmann::json &doc, Diagnostics &problems, const std::string &text = {})
{
    return loadLessonFromText(text.empty() ? doc.dump() : text, "test", "test.json", builtinCatalog(), problems);
}

bool hasErrorAt(const Diagnostics &problems, const std::string &pointer)
{
    return std::any_of(problems.begin(), problems.end(), [&](const Diagnostic &d) {
        return d.severity == Severity::Error && d.jsonPath == pointer && d.file == "test.json";
    });
}

QByteArray describe(const Diagnostics &problems)
{
    std::string out;
    for (const auto &d : problems)
        out += d.toString() + "\n";
    return QByteArray::fromStdString(out);
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private slots:
    void everyClaimHasABuiltInLesson()
    {
        Diagnostics problems;
        const auto lessons = loadLessonLibrary(builtinCatalog(), {}, problems);
        QVERIFY2(!hasErrors(problems), describe(problems).constData());
        QCOMPARE(lessons.size(), builtInLessonIds().size());
        std::set<int> claims;
        for (const auto &lesson : lessons) {
            QVERIFY(lesson.steps.size() >= kMinLessonSteps && lesson.steps.size() <= kMaxLessonSteps);
            claims.insert(lesson.claimNumber);
        }
        QCOMPARE(claims, (std::set<int>{1, 2, 3, 4, 5, 6, 7, 8}));
    }

    void everyStepValidatesAndShowsSomething()
    {
        Diagnostics problems;
        const auto lessons = loadLessonLibrary(builtinCatalog(), {}, problems);
        int questions = 0;
        for (const auto &lesson : lessons) {
            const Diagnostics check = checkLesson(lesson, builtinCatalog());
            QVERIFY2(check.empty(), describe(check).constData());
            Diagnostics d;
            const auto base = lessonBaseDocument(lesson, builtinCatalog(), d);
            for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
                const auto view = evaluateStep(lesson, i, *base, builtinCatalog(), d);
                QVERIFY(view);
                QVERIFY(!view->takeaway.empty());
                questions += view->answer ? 1 : 0;
            }
        }
        QVERIFY(questions >= 8); // predict-first questions are part of most lessons
    }

    void anEmptyChartIsAnError()
    {
        // The place-and-time comparison has no cloud deployment: its rebound chart is empty.
        auto doc = builtInJson("same-kwh-different-carbon");
        doc["steps"][0]["charts"] = {"rebound"};
        Diagnostics problems;
        const auto lesson = load(doc, problems);
        QVERIFY2(lesson, describe(problems).constData());
        const Diagnostics check = checkLesson(*lesson, builtinCatalog());
        QVERIFY(hasErrorAt(check, "/steps/0/charts"));
        QVERIFY(check.front().message.find("No cloud deployment") != std::string::npos);
    }

    void aContradictedAnswerIsRefused()
    {
        // In the pruning lesson, the model says sparse kernels at 50% use the most energy.
        auto doc = builtInJson("compute-is-not-energy");
        QCOMPARE(doc["steps"][1]["question"]["answer"].get<int>(), 1);
        doc["steps"][1]["question"]["answer"] = 2;
        Diagnostics problems;
        QVERIFY(!load(doc, problems));
        QVERIFY2(hasErrorAt(problems, "/steps/1/question/answer"), describe(problems).constData());
        // Asking for the lowest instead flips which answer holds: the check reads the model.
        doc["steps"][1]["question"]["pick"] = "lowest";
        problems.clear();
        QVERIFY2(load(doc, problems), describe(problems).constData());
    }

    void aTieIsNotAnAnswer()
    {
        auto doc = builtInJson("rebound-and-backfire");
        auto &choices = doc["steps"][2]["question"]["choices"];
        choices[1] = choices[2]; // two identical scenarios: no strict answer
        choices[1]["label"] = "The same again";
        Diagnostics problems;
        QVERIFY(!load(doc, problems));
        QVERIFY(hasErrorAt(problems, "/steps/2/question/answer"));
    }

    void malformedLessonsNameTheirPointer_data()
    {
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("wrong type")
            << R"([{"op":"add","path":"/steps/2/changes","value":{"deployment.queries_per_day":"lots"}}])"
            << "/steps/2/changes/deployment.queries_per_day";
        QTest::newRow("out of range")
            << R"([{"op":"add","path":"/steps/0/changes","value":{"system.service_years":-1}}])"
            << "/steps/0/changes/system.service_years";
        QTest::newRow("unknown path") << R"([{"op":"add","path":"/steps/0/changes","value":{"deployment.nope":1}}])"
                                      << "/steps/0/changes/deployment.nope";
        QTest::newRow("unknown chart") << R"([{"op":"replace","path":"/steps/0/charts/0","value":"pie"}])"
                                       << "/steps/0/charts/0";
        QTest::newRow("unknown variant") << R"([{"op":"replace","path":"/steps/1/variant","value":"Nope"}])"
                                         << "/steps/1/variant";
        QTest::newRow("choice variant")
            << R"([{"op":"replace","path":"/steps/1/question/choices/1/variant","value":"Nope"}])"
            << "/steps/1/question/choices/1/variant";
        QTest::newRow("answer range") << R"([{"op":"replace","path":"/steps/1/question/answer","value":7}])"
                                      << "/steps/1/question/answer";
        QTest::newRow("bad triad") << R"([{"op":"replace","path":"/steps/2/triad","value":"magic"}])"
                                   << "/steps/2/triad";
        QTest::newRow("bad takeaway") << R"([{"op":"add","path":"/steps/0/takeaway_from","value":"vibes"}])"
                                      << "/steps/0/takeaway_from";
        QTest::newRow("too few steps")
            << R"([{"op":"remove","path":"/steps/4"},{"op":"remove","path":"/steps/3"},{"op":"remove","path":"/steps/2"}])"
            << "/steps";
        QTest::newRow("no title") << R"([{"op":"remove","path":"/title"}])"
                                  << "/title";
        QTest::newRow("base unknown") << R"([{"op":"replace","path":"/comparison","value":"nope"}])"
                                      << "/comparison";
    }

    void malformedLessonsNameTheirPointer()
    {
        QFETCH(QString, patch);
        QFETCH(QString, pointer);
        const auto doc = builtInJson("compute-is-not-energy").patch(nlohmann::json::parse(patch.toStdString()));
        Diagnostics problems;
        QVERIFY(!load(doc, problems));
        QVERIFY2(hasErrorAt(problems, pointer.toStdString()), describe(problems).constData());
    }

    void aSyntaxErrorSaysWhere()
    {
        Diagnostics problems;
        QVERIFY(!load({}, problems, "{\"format_version\": 1,\n  \"title\": }"));
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems.front().file, std::string("test.json"));
        QVERIFY(problems.front().message.find("line 2") != std::string::npos);
    }

    void aBadUserLessonDoesNotBlockTheOthers()
    {
        QTemporaryDir dir;
        const std::string good = dir.filePath(QStringLiteral("my-lesson.json")).toStdString();
        const std::string bad = dir.filePath(QStringLiteral("broken.json")).toStdString();
        const std::string clash = dir.filePath(QStringLiteral("systems-thinking.json")).toStdString();
        auto doc = builtInJson("rebound-and-backfire");
        doc["title"] = "My own lesson";
        std::ofstream(good) << doc.dump(2);
        std::ofstream(bad) << "[1, 2";
        std::ofstream(clash) << doc.dump(2);
        Diagnostics problems;
        const auto lessons = loadLessonLibrary(builtinCatalog(), {bad, good, clash}, problems);
        QCOMPARE(lessons.size(), builtInLessonIds().size() + 1);
        QVERIFY(findLesson(lessons, "my-lesson"));
        QCOMPARE(findLesson(lessons, "my-lesson")->title, std::string("My own lesson"));
        QCOMPARE(findLesson(lessons, "systems-thinking")->claimNumber, 8); // the built-in one kept
        QCOMPARE(problems.size(), std::size_t(2));
        QCOMPARE(problems[0].file, bad);
        QCOMPARE(problems[1].file, clash);
    }

    void pagesPutEachQuestionBeforeItsAnswer()
    {
        Diagnostics problems;
        const auto lessons = loadLessonLibrary(builtinCatalog(), {}, problems);
        QVERIFY(findLesson(lessons, "compute-is-not-energy"));
        const Lesson &lesson = *findLesson(lessons, "compute-is-not-energy");
        const auto pages = lessonPages(lesson);
        QCOMPARE(pages.size(), std::size_t(7)); // five steps, two of them with a question
        QVERIFY(pages[1].question && pages[1].step == 1);
        QVERIFY(!pages[2].question && pages[2].step == 1);
        QVERIFY(pages[5].question && pages[5].step == 4);
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
