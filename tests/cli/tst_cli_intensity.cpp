// `import-intensity` end to end on the real binary: a catalog is written, `evaluate --catalog` schedules
// on its year of hours, and a malformed file writes nothing.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mlimpact::test;

namespace {

/// A plain file for 2023: 300 g/kWh except 60 on 10 June (day 161) from 10:00 to 15:59 UTC.
QByteArray plainYear()
{
    QByteArray csv = "datetime,gco2_per_kwh\n";
    QDateTime t(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
    for (int h = 0; h < 8760; ++h) {
        const bool clean = h >= 160 * 24 + 10 && h < 160 * 24 + 16;
        csv += t.addSecs(3600LL * h).toString(Qt::ISODate).toUtf8() + (clean ? ",60\n" : ",300\n");
    }
    return csv;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCliIntensity : public QObject
{
    Q_OBJECT
private slots:
    void importThenScheduleOverDays()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("year.csv")), out = dir.filePath(QStringLiteral("cat.json"));
        QVERIFY(write(csv, plainYear()));
        const auto r = runBinary({QStringLiteral("import-intensity"), csv, QStringLiteral("--region"),
                                  QStringLiteral("my-grid"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("8760 hours of 2023"));
        // A 6-hour run (384 accelerator-hours on the preset's 64 devices), ready on day 159 at 00:00 UTC
        // with a 4-day window: flexible start finds the six clean hours of day 161 (offset 58 h): 60
        // instead of 300 g/kWh, 80% saved.
        const QStringList common{QStringLiteral("--catalog"), out,
                                 QStringLiteral("--set"),     QStringLiteral("training.site.region=my-grid"),
                                 QStringLiteral("--set"),     QStringLiteral("training.schedule.start_day=159"),
                                 QStringLiteral("--set"),     QStringLiteral("training.schedule.start_hour=0"),
                                 QStringLiteral("--set"),     QStringLiteral("training.schedule.window_hours=96"),
                                 QStringLiteral("--set"),     QStringLiteral("training.workload.accelerator_hours=384"),
                                 QStringLiteral("--format"),  QStringLiteral("json")};
        auto schedule = [&](const QString &mode) {
            const auto e = runBinary(QStringList{QStringLiteral("evaluate"), QStringLiteral("--preset"),
                                                 QStringLiteral("academic-research"), QStringLiteral("--set"),
                                                 QStringLiteral("training.schedule.mode=") + mode} +
                                     common);
            return QJsonDocument::fromJson(e.out).object()[QStringLiteral("schedule")].toObject();
        };
        const QJsonObject now = schedule(QStringLiteral("run_now"));
        QCOMPARE(now[QStringLiteral("hourly_data")].toString(), QStringLiteral("hour_of_year"));
        const QJsonObject flexible = schedule(QStringLiteral("flexible_start"));
        QCOMPARE(flexible[QStringLiteral("duration_hours")].toDouble(), 6.0);
        QCOMPARE(flexible[QStringLiteral("saving")].toDouble(), 0.8);
        QCOMPARE(flexible[QStringLiteral("intensity_kind")].toString(), QStringLiteral("average"));
        QCOMPARE(flexible[QStringLiteral("start_day")].toInt(), 159);
    }

    void malformedFileWritesNothing()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("bad.csv")), out = dir.filePath(QStringLiteral("cat.json"));
        QByteArray bytes = plainYear();
        bytes.replace("2023-01-01T05:00:00Z,300", "2023-01-01T05:00:00Z,-1");
        QVERIFY(write(csv, bytes));
        const auto r = runBinary({QStringLiteral("import-intensity"), csv, QStringLiteral("--region"),
                                  QStringLiteral("my-grid"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bad.csv: error: line 7, column 2: intensity is -1"), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void usageErrors()
    {
        const auto r = runBinary({QStringLiteral("import-intensity"), QStringLiteral("x.csv")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("usage: import-intensity"));
    }
};

QTEST_GUILESS_MAIN(TestCliIntensity)
#include "tst_cli_intensity.moc"
