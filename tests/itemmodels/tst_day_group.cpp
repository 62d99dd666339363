// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/itemmodels/day_group.h"

#include <QTest>
#include <QTimeZone>
#include <ctime>

using namespace harness::core;

namespace {

/// Switches the process's local time zone (what the user's machine is set to).
void setLocalZone(const QByteArray& zone)
{
    qputenv("TZ", zone);
    tzset();
}

qint64 localMs(const QString& isoLocal)
{
    return QDateTime::fromString(isoLocal, Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestDayGroup final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanupTestCase() { setLocalZone("UTC"); }

    void groups_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("group");

        // A minute across local midnight is "Yesterday", even though it is 2 minutes ago.
        QTest::newRow("just before midnight, Berlin")
            << QByteArray("Europe/Berlin") << u"2026-06-10T00:01:00"_qs << u"2026-06-09T23:59:00"_qs
            << int(DayGroup::Yesterday);
        QTest::newRow("same local day, Berlin") << QByteArray("Europe/Berlin") << u"2026-06-10T23:59:00"_qs
                                                << u"2026-06-10T00:00:30"_qs << int(DayGroup::Today);
        // 01:30 local in Tokyo is still the previous day in UTC: UTC grouping got this wrong.
        QTest::newRow("local day differs from UTC day, Tokyo")
            << QByteArray("Asia/Tokyo") << u"2026-06-10T01:30:00"_qs << u"2026-06-10T00:10:00"_qs
            << int(DayGroup::Today);
        QTest::newRow("late evening, Los Angeles, UTC says tomorrow")
            << QByteArray("America/Los_Angeles") << u"2026-06-10T23:30:00"_qs << u"2026-06-10T17:00:00"_qs
            << int(DayGroup::Today);
        // DST starts in Berlin on 2026-03-29 (a 23-hour day); it ends on 2026-10-25 (25 hours).
        QTest::newRow("spring forward: yesterday is 23 h ago")
            << QByteArray("Europe/Berlin") << u"2026-03-30T00:30:00"_qs << u"2026-03-29T01:00:00"_qs
            << int(DayGroup::Yesterday);
        QTest::newRow("fall back: 24.5 h ago is still yesterday")
            << QByteArray("Europe/Berlin") << u"2026-10-26T00:15:00"_qs << u"2026-10-25T00:45:00"_qs
            << int(DayGroup::Yesterday);
        QTest::newRow("fall back day, early and late are both today")
            << QByteArray("Europe/Berlin") << u"2026-10-25T23:50:00"_qs << u"2026-10-25T00:05:00"_qs
            << int(DayGroup::Today);
        QTest::newRow("New York DST start") << QByteArray("America/New_York") << u"2026-03-08T23:00:00"_qs
                                            << u"2026-03-07T23:30:00"_qs << int(DayGroup::Yesterday);
        QTest::newRow("two days ago") << QByteArray("Europe/Berlin") << u"2026-06-10T09:00:00"_qs
                                      << u"2026-06-08T23:59:00"_qs << int(DayGroup::Previous7Days);
        QTest::newRow("seven days ago") << QByteArray("Europe/Berlin") << u"2026-06-10T09:00:00"_qs
                                        << u"2026-06-03T00:00:00"_qs << int(DayGroup::Previous7Days);
        QTest::newRow("eight days ago") << QByteArray("Europe/Berlin") << u"2026-06-10T09:00:00"_qs
                                        << u"2026-06-02T23:59:00"_qs << int(DayGroup::Older);
        QTest::newRow("clock ahead: future counts as today")
            << QByteArray("UTC") << u"2026-06-10T09:00:00"_qs << u"2026-06-12T09:00:00"_qs
            << int(DayGroup::Today);
    }

    void groups()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, now);
        QFETCH(QString, message);
        QFETCH(int, group);
        setLocalZone(zone);
        QCOMPARE(QTimeZone::systemTimeZoneId(), zone);
        const QDateTime nowTime = QDateTime::fromMSecsSinceEpoch(localMs(now));
        QCOMPARE(int(dayGroupFor(localMs(message), nowTime)), group);
    }

    void titlesAreDistinct()
    {
        QStringList titles;
        for (auto g : {DayGroup::Pinned, DayGroup::Today, DayGroup::Yesterday, DayGroup::Previous7Days,
                       DayGroup::Older})
            titles.append(dayGroupTitle(g));
        titles.removeDuplicates();
        QCOMPARE(titles.size(), 5);
        QCOMPARE(dayGroupTitle(DayGroup::Previous7Days), QStringLiteral("Previous 7 Days"));
    }
};

QTEST_GUILESS_MAIN(TestDayGroup)
#include "tst_day_group.moc"
