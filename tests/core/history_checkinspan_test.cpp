#include "history/checkinspan.h"

#include "printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

namespace tend {
namespace {

// One check-in a day at noon UTC through January 2026.
class HistoryCheckInSpanTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (QDate day(2026, 1, 1); day <= QDate(2026, 1, 31); day = day.addDays(1))
            m_checkIns.append(checkInAt(QDateTime(day, QTime(12, 0), QTimeZone::utc()), QTimeZone::utc()));
    }

    static CheckIn checkInAt(const QDateTime &utc, const QTimeZone &zone)
    {
        CheckIn checkIn;
        checkIn.atUtc = utc;
        checkIn.localDay = utc.toTimeZone(zone).date();
        return checkIn;
    }

    // The local days of the check-ins in the span that lie in `period`, oldest first.
    static QList<QDate> daysIn(const QList<CheckIn> &checkIns, const DayPeriod &period)
    {
        const CheckInSpan span = checkInsAround(checkIns, period);
        QList<QDate> days;
        for (qsizetype position = span.begin; position < span.end; ++position) {
            if (span.days.contains(checkIns[position].localDay))
                days.append(checkIns[position].localDay);
        }
        std::sort(days.begin(), days.end());
        return days;
    }

    QList<CheckIn> m_checkIns;
};

TEST_F(HistoryCheckInSpanTest, NothingToFindGivesAnEmptySpan)
{
    EXPECT_TRUE(checkInsAround({}, {QDate(2026, 1, 1), QDate(2026, 1, 31)}).isEmpty());
    EXPECT_TRUE(checkInsAround(m_checkIns, {QDate(2026, 3, 1), QDate(2026, 3, 31)}).isEmpty());
    EXPECT_TRUE(checkInsAround(m_checkIns, {QDate(2026, 1, 9), QDate(2026, 1, 2)}).isEmpty()) << "back to front";
}

TEST_F(HistoryCheckInSpanTest, FindsThePeriodInEitherOrder)
{
    const DayPeriod period{QDate(2026, 1, 10), QDate(2026, 1, 12)};
    const QList<QDate> expected{QDate(2026, 1, 10), QDate(2026, 1, 11), QDate(2026, 1, 12)};
    EXPECT_EQ(daysIn(m_checkIns, period), expected);
    QList<CheckIn> newestFirst = m_checkIns;
    std::reverse(newestFirst.begin(), newestFirst.end());
    EXPECT_EQ(daysIn(newestFirst, period), expected);
}

TEST_F(HistoryCheckInSpanTest, StaysNarrowOnALongList)
{
    const CheckInSpan span = checkInsAround(m_checkIns, {QDate(2026, 1, 10), QDate(2026, 1, 12)});
    EXPECT_LE(span.end - span.begin, 5) << "at most a day's margin on either side";
    const CheckInSpan wide = checkInsAround(m_checkIns, {QDate(2000, 1, 1), QDate(2100, 1, 1)});
    EXPECT_EQ(wide.end - wide.begin, m_checkIns.size());
    EXPECT_EQ(wide.days, (DayPeriod{QDate(2025, 12, 31), QDate(2026, 2, 1)})) << "narrowed to the data";
}

TEST_F(HistoryCheckInSpanTest, FindsLocalDaysAtTheEdgesOfTheWorldsClocks)
{
    // Kiritimati is UTC+14, Baker Island (Etc/GMT+12) UTC−12: their midnights are furthest from UTC's.
    const QTimeZone farEast{"Pacific/Kiritimati"};
    const QTimeZone farWest{"Etc/GMT+12"};
    ASSERT_TRUE(farEast.isValid());
    ASSERT_TRUE(farWest.isValid());
    const QDate day(2026, 1, 20);
    QList<CheckIn> checkIns{checkInAt(QDateTime(day, QTime(0, 0), farEast).toUTC(), farEast),
                            checkInAt(QDateTime(day, QTime(23, 59), farWest).toUTC(), farWest)};
    ASSERT_EQ(checkIns[0].atUtc.toUTC().date(), day.addDays(-1));
    ASSERT_EQ(checkIns[1].atUtc.toUTC().date(), day.addDays(1));
    EXPECT_EQ(daysIn(checkIns, {day, day}), (QList<QDate>{day, day}));
    // Alone in the list, each still counts: narrowing the days keeps a day's margin too.
    EXPECT_EQ(daysIn({checkIns[0]}, {day, day}), (QList<QDate>{day}));
    EXPECT_EQ(daysIn({checkIns[1]}, {day, day}), (QList<QDate>{day}));
}

} // namespace
} // namespace tend
