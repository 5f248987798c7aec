// No lost work: saves and exports on a full disk fail loudly and leave the old files
// whole, autosave keeps up with continuous editing, recovery brings back work done
// with user catalog files, and tearing the window down after edits is clean.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_export.h"
#include "dashboard.h"
#include "main_window.h"
#include "parameter_registry.h"
#include "problem_text.h"
#include "recovery_store.h"
#include "scenario_document.h"
#include "test_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mlimpact;
using namespace mlimpact::ui;

class TestReliability : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void saveOnFullDiskKeepsTheFile();
    void slideImagesOnFullDiskWriteNothing();
    void commandLineExportOnFullDiskWritesNothing();
    void autosaveKeepsUpWithContinuousEditing();
    void recoveryRestoresUserCatalogWork();
    void recoveryExplainsAMissingCatalog();
    void windowTornDownAfterEdits();
};

void TestReliability::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // recovery files in a test location
}

void TestReliability::init()
{
    RecoveryStore::discard();
}

void TestReliability::saveOnFullDiskKeepsTheFile()
{
    test::SmallFileSystem fs;
    if (!fs.isMounted())
        QSKIP(fs.skipReason().constData());
    MainWindow w;
    const QString path = fs.filePath(QStringLiteral("mine.json"));
    Diagnostics error;
    QVERIFY((error = w.document()->save(path)).empty());
    const QString saved = test::readFile(path);
    QVERIFY(w.document()->setValue(*findParameter("system.service_years"), 7.0).empty());
    QVERIFY(w.recovery()->writeNow().empty());
    QVERIFY(fs.fill());

    QVERIFY(!(error = w.document()->save(path)).empty());
    QVERIFY2(problemText(error).contains(QStringLiteral("No space left on device")), qPrintable(problemText(error)));
    QVERIFY(problemText(error).contains(path));
    QCOMPARE(test::readFile(path), saved);                 // the file on disk is whole
    QVERIFY(w.document()->isModified());                   // the edit is still unsaved...
    QVERIFY(QFile::exists(RecoveryStore::recoveryPath())); // ...and still recoverable
}

void TestReliability::slideImagesOnFullDiskWriteNothing()
{
    test::SmallFileSystem fs(1024);
    if (!fs.isMounted())
        QSKIP(fs.skipReason().constData());
    MainWindow w;
    DeckOptions options;
    options.charts = w.dashboard()->charts();
    const QString folder = fs.filePath(QStringLiteral("slides"));
    Diagnostics error;
    QVERIFY2((error = exportDeckImages(*w.document(), options, folder, ExportFormat::Svg)).empty(),
             qPrintable(problemText(error)));
    QDir dir(folder);
    const QStringList before = dir.entryList(QDir::Files);
    QCOMPARE(before.size(), 1 + options.charts.size()); // a title slide, then one per chart
    const QString firstSlide = test::readFile(dir.filePath(before.first()));

    QVERIFY(w.document()->setValue(*findParameter("system.service_years"), 7.0).empty());
    w.document()->flush();
    QVERIFY(fs.fill());
    QVERIFY(!(error = exportDeckImages(*w.document(), options, folder, ExportFormat::Svg)).empty());
    QVERIFY2(problemText(error).contains(QStringLiteral("No space left on device")), qPrintable(problemText(error)));
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), before); // no new files, no staging left
    QCOMPARE(dir.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(test::readFile(dir.filePath(before.first())), firstSlide); // the old set, whole
    // Into a new folder: it is not created.
    QVERIFY(!(error = exportDeckImages(*w.document(), options, fs.filePath(QStringLiteral("new")), ExportFormat::Svg))
                 .empty());
    QVERIFY(!QFileInfo::exists(fs.filePath(QStringLiteral("new"))));
}

void TestReliability::commandLineExportOnFullDiskWritesNothing()
{
    test::SmallFileSystem fs(1024);
    if (!fs.isMounted())
        QSKIP(fs.skipReason().constData());
    const QString folder = fs.filePath(QStringLiteral("charts"));
    const QStringList args{QStringLiteral("export"),
                           QStringLiteral("--preset"),
                           QStringLiteral("llm-chat-service"),
                           QStringLiteral("--out"),
                           folder,
                           QStringLiteral("--format"),
                           QStringLiteral("svg")};
    QCOMPARE(test::runBinary(args).exitCode, 0);
    QDir dir(folder);
    const QStringList before = dir.entryList(QDir::Files);
    QVERIFY(before.size() >= 6);
    const QString lifecycle = test::readFile(dir.filePath(QStringLiteral("lifecycle.svg")));
    QVERIFY(fs.fill());
    const auto full =
        test::runBinary(args + QStringList{QStringLiteral("--set"), QStringLiteral("system.service_years=7")});
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains("No space left on device"), full.err.constData());
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), before);
    QCOMPARE(test::readFile(dir.filePath(QStringLiteral("lifecycle.svg"))), lifecycle);
}

void TestReliability::autosaveKeepsUpWithContinuousEditing()
{
    // Edits every 40 ms never pause for the quiet delay (150 ms); the bound (400 ms after
    // the first unsaved edit) must still write the recovery file while the editing goes on.
    MainWindow w;
    w.recovery()->setDelays(150, 400);
    const Parameter &years = *findParameter("system.service_years");
    QElapsedTimer clock;
    clock.start();
    double value = 3.0;
    bool writtenWhileEditing = false;
    while (clock.elapsed() < 2000 && !writtenWhileEditing) {
        value += 0.01;
        QVERIFY(w.document()->setValue(years, value).empty());
        QTest::qWait(40);
        writtenWhileEditing = QFile::exists(RecoveryStore::recoveryPath());
    }
    QVERIFY(writtenWhileEditing);
    const auto pending = RecoveryStore::pending();
    QVERIFY(pending);
    QVERIFY(pending->document.baseline.system.service_years > 3.0);
}

void TestReliability::recoveryRestoresUserCatalogWork()
{
    const QString catalog = test::sourcePath(QStringLiteral("tests/data/user-catalog.json"));
    {
        MainWindow w;
        QVERIFY(w.document()->addCatalogFile(catalog).empty());
        QVERIFY(w.document()->setValue(*findParameter("training.site.region"), std::string("lab-campus")).empty());
        QVERIFY(w.recovery()->writeNow().empty());
    }
    Diagnostics whyNot;
    const auto pending = RecoveryStore::pending(&whyNot);
    QVERIFY2(pending, qPrintable(problemText(whyNot)));
    QCOMPARE(pending->document.baseline.training.site.region, std::string("lab-campus"));
    QCOMPARE(pending->catalogFiles, QStringList{catalog});
    MainWindow next;
    next.document()->restore(pending->document, pending->originalPath, pending->catalog, pending->catalogFiles);
    QCOMPARE(next.document()->scenario().training.site.region, std::string("lab-campus"));
    QVERIFY(next.document()->catalog().gridRegion("lab-campus"));
    QCOMPARE(next.document()->catalogFiles(), QStringList{catalog});
    QVERIFY(next.document()->isModified());
}

void TestReliability::recoveryExplainsAMissingCatalog()
{
    QTemporaryDir dir;
    const QString catalog = dir.filePath(QStringLiteral("campus.json"));
    QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("tests/data/user-catalog.json")), catalog));
    {
        MainWindow w;
        QVERIFY(w.document()->addCatalogFile(catalog).empty());
        QVERIFY(w.document()->setValue(*findParameter("training.site.region"), std::string("lab-campus")).empty());
        QVERIFY(w.recovery()->writeNow().empty());
    }
    QFile::remove(catalog);
    Diagnostics whyNot;
    QVERIFY(!RecoveryStore::pending(&whyNot));
    QVERIFY2(!whyNot.empty() && QString::fromStdString(whyNot.front().file) == catalog,
             qPrintable(problemText(whyNot)));
    QVERIFY(QFile::exists(RecoveryStore::recoveryPath())); // kept until the user decides
}

void TestReliability::windowTornDownAfterEdits()
{
    // Under the sanitizers this caught the undo stack signalling into a half-destroyed
    // document while the window was deleted.
    auto *w = new MainWindow;
    QVERIFY(w->document()->setValue(*findParameter("system.service_years"), 5.0).empty());
    QVERIFY(w->document()->setValue(*findParameter("system.service_years"), 6.0).empty());
    w->document()->undoStack()->undo();
    QVERIFY(w->recovery()->writeNow().empty());
    delete w;
    // Torn down as after a crash of the process around it: the recovery file stays as written.
    const auto pending = RecoveryStore::pending();
    QVERIFY(pending);
    QCOMPARE(pending->document.baseline.system.service_years, 5.0);
}

QTEST_MAIN(TestReliability)
#include "tst_reliability.moc"
