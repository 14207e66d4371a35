#include "history/buckets.h"
#include "history/historyrange.h"

#include "printers.h"

#include <gtest/gtest.h>

namespace tend {

// Found by argument-dependent lookup, so outside the anonymous namespace.
void PrintTo(const DayPeriod &period, std::ostream *os)
{
    *os << period.from.toString(Qt::ISODate).toStdString() << " … " << period.to.toString(Qt::ISODate).toStdString();
}

namespace {

const QDate today{2026, 3, 31};
const QDate firstDay{2019, 6, 2};

TEST(HistoryRangeTest, EachRangeResolvesToItsDays)
{
    struct Case
    {
        const char *name;
        HistoryRange range;
        DayPeriod expected;
    };
    const QList<Case> cases{
        {"week", RangeKind::Week, {QDate(2026, 3, 25), today}},
        {"month ending on the 31st", RangeKind::Month, {QDate(2026, 3, 1), today}},
        {"year", RangeKind::Year, {QDate(2025, 4, 1), today}},
        {"all", RangeKind::All, {firstDay, today}},
        {"custom", HistoryRange::custom(QDate(2024, 12, 20), QDate(2025, 1, 10)), {QDate(2024, 12, 20), QDate(2025, 1, 10)}},
        {"custom back to front", HistoryRange::custom(QDate(2025, 1, 10), QDate(2024, 12, 20)),
         {QDate(2024, 12, 20), QDate(2025, 1, 10)}},
        {"custom without an end", HistoryRange::custom(QDate(2025, 1, 10), QDate()), {QDate(2025, 1, 10), today}},
        {"custom without a start", HistoryRange::custom(QDate(), QDate(2025, 1, 10)), {firstDay, QDate(2025, 1, 10)}},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(resolveRange(c.range, today, firstDay), c.expected);
    }
}

TEST(HistoryRangeTest, AWeekIsSevenDaysAndAMonthEndsToday)
{
    EXPECT_EQ(resolveRange(RangeKind::Week, today, firstDay).days(), 7);
    EXPECT_EQ(resolveRange(RangeKind::Month, QDate(2026, 5, 15), firstDay), (DayPeriod{QDate(2026, 4, 16), QDate(2026, 5, 15)}));
    EXPECT_EQ(resolveRange(RangeKind::Year, QDate(2024, 2, 29), firstDay), (DayPeriod{QDate(2023, 3, 1), QDate(2024, 2, 29)}));
}

TEST(HistoryRangeTest, AllWithoutCheckInsIsJustToday)
{
    EXPECT_EQ(resolveRange(RangeKind::All, today, QDate()), (DayPeriod{today, today}));
    EXPECT_EQ(resolveRange(RangeKind::All, today, today.addDays(3)), (DayPeriod{today, today}))
        << "a check-in dated after today (a clock moved back) does not turn the range round";
}

TEST(HistoryRangeTest, TheFirstCheckInDayIsTheEarliestLocalDayInAnyOrder)
{
    EXPECT_FALSE(firstCheckInDay({}).isValid());
    QList<CheckIn> checkIns(3);
    checkIns[0].localDay = QDate(2025, 1, 2);
    checkIns[1].localDay = QDate(2024, 12, 31);
    checkIns[2].localDay = QDate(2025, 1, 1);
    EXPECT_EQ(firstCheckInDay(checkIns), QDate(2024, 12, 31));
}

TEST(HistoryRangeTest, PreviousPeriodHasTheSameLengthAndEndsTheDayBefore)
{
    const DayPeriod march{QDate(2026, 3, 1), QDate(2026, 3, 31)};
    EXPECT_EQ(march.previous(), (DayPeriod{QDate(2026, 1, 29), QDate(2026, 2, 28)}));
    EXPECT_EQ(march.previous().days(), 31);
    EXPECT_EQ((DayPeriod{QDate(2026, 3, 5), QDate(2026, 3, 1)}).days(), 0) << "back to front holds no days";
}

TEST(HistoryBucketTest, DailyUpToTwoThousandDaysThenWeekly)
{
    const QDate from(2020, 1, 1);
    EXPECT_EQ(bucketFor({from, from}), Bucket::Day);
    EXPECT_EQ(bucketFor({from, from.addDays(MaxPointsPerSeries - 1)}), Bucket::Day);
    EXPECT_EQ(bucketFor({from, from.addDays(MaxPointsPerSeries)}), Bucket::Week);
    EXPECT_EQ(bucketFor(resolveRange(RangeKind::Year, today, firstDay)), Bucket::Day);
}

TEST(HistoryBucketTest, AllOverTenYearsIsWeeklyWithinTheLimit)
{
    const DayPeriod tenYears = resolveRange(RangeKind::All, today, today.addYears(-10));
    ASSERT_EQ(bucketFor(tenYears), Bucket::Week);
    const BucketIndex weeks(tenYears, Bucket::Week);
    EXPECT_EQ(weeks.count(), 523);
    EXPECT_LE(weeks.count(), MaxPointsPerSeries);
}

TEST(HistoryBucketTest, MonthlyOnlyWhenWeeksWouldBeTooMany)
{
    const QDate monday(1980, 1, 7);
    EXPECT_EQ(bucketFor({monday, monday.addDays(7 * MaxPointsPerSeries - 1)}), Bucket::Week);
    EXPECT_EQ(bucketFor({monday, monday.addDays(7 * MaxPointsPerSeries)}), Bucket::Month);
    EXPECT_EQ(bucketFor({monday.addDays(-1), monday.addDays(7 * MaxPointsPerSeries - 1)}), Bucket::Month)
        << "starting on a Sunday adds a week";
    const QDate from(1980, 1, 1);
    EXPECT_EQ(bucketFor({from, from.addYears(50)}), Bucket::Month);
    EXPECT_LE(BucketIndex({from, from.addYears(50)}, Bucket::Month).count(), MaxPointsPerSeries);
}

TEST(HistoryBucketTest, WeeksStartOnMondayAcrossTheNewYear)
{
    EXPECT_EQ(bucketStart(QDate(2027, 1, 1), Bucket::Week), QDate(2026, 12, 28));
    EXPECT_EQ(bucketStart(QDate(2027, 1, 3), Bucket::Week), QDate(2026, 12, 28)) << "Sunday";
    EXPECT_EQ(bucketStart(QDate(2027, 1, 4), Bucket::Week), QDate(2027, 1, 4));
    EXPECT_EQ(bucketStart(QDate(2027, 2, 17), Bucket::Month), QDate(2027, 2, 1));
    EXPECT_EQ(bucketStart(QDate(2027, 2, 17), Bucket::Day), QDate(2027, 2, 17));
}

TEST(HistoryBucketTest, TheIndexNumbersBucketsFromThePeriodsFirst)
{
    // Wednesday 30 December 2026 to Monday 11 January 2027: three ISO weeks.
    const DayPeriod period{QDate(2026, 12, 30), QDate(2027, 1, 11)};
    const BucketIndex weeks(period, Bucket::Week);
    EXPECT_EQ(weeks.count(), 3);
    EXPECT_EQ(weeks.indexOf(QDate(2026, 12, 30)), 0);
    EXPECT_EQ(weeks.indexOf(QDate(2027, 1, 3)), 0);
    EXPECT_EQ(weeks.indexOf(QDate(2027, 1, 4)), 1);
    EXPECT_EQ(weeks.indexOf(QDate(2027, 1, 11)), 2);
    EXPECT_EQ(weeks.startOf(0), QDate(2026, 12, 28));
    EXPECT_EQ(weeks.startOf(2), QDate(2027, 1, 11));

    const BucketIndex months(period, Bucket::Month);
    EXPECT_EQ(months.count(), 2);
    EXPECT_EQ(months.indexOf(QDate(2027, 1, 11)), 1);
    EXPECT_EQ(months.startOf(1), QDate(2027, 1, 1));

    const BucketIndex days(period, Bucket::Day);
    EXPECT_EQ(days.count(), 13);
    EXPECT_EQ(days.indexOf(QDate(2027, 1, 1)), 2);
    EXPECT_EQ(days.startOf(12), QDate(2027, 1, 11));
}

} // namespace
} // namespace tend
