#include "history/historyrange.h"
#include "history/scaleseries.h"

#include "printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

namespace tend {
namespace {

class HistoryScaleSeriesTest : public ::testing::Test
{
protected:
    const QTimeZone berlin{"Europe/Berlin"};
    const QTimeZone newYork{"America/New_York"};
    const QUuid alex = QUuid::createUuid();
    const QUuid sam = QUuid::createUuid();
    const PartnerIds partners{alex, sam};

    void SetUp() override
    {
        ASSERT_TRUE(berlin.isValid());
        ASSERT_TRUE(newYork.isValid());
    }

    // A check-in at wall-clock `time` on `day` in `zone`, its local day worked out as the app does.
    static CheckIn checkIn(const QUuid &partner, const QDate &day, const QTime &time, int mood, const QTimeZone &zone)
    {
        CheckIn result;
        result.partnerId = partner;
        result.atUtc = QDateTime(day, time, zone).toUTC();
        result.localDay = result.atUtc.toTimeZone(zone).date();
        result.mood = mood;
        result.stress = 6 - mood;
        result.closeness = mood;
        return result;
    }
    CheckIn checkIn(const QUuid &partner, const QDate &day, int mood, const QTime &time = QTime(20, 0)) const
    {
        return checkIn(partner, day, time, mood, berlin);
    }

    static QList<CheckIn> oldestFirst(QList<CheckIn> checkIns)
    {
        std::stable_sort(checkIns.begin(), checkIns.end(), [](const CheckIn &a, const CheckIn &b) { return a.atUtc < b.atUtc; });
        return checkIns;
    }

    std::array<QList<AveragePoint>, 2> series(const QList<CheckIn> &checkIns, const DayPeriod &period,
                                              CheckInScale scale = CheckInScale::Mood) const
    {
        return scaleSeries(oldestFirst(checkIns), partners, scale, period, bucketFor(period));
    }
};

TEST_F(HistoryScaleSeriesTest, NoCheckInsGiveNoPoints)
{
    const auto [first, second] = series({}, {QDate(2026, 1, 1), QDate(2026, 1, 31)});
    EXPECT_TRUE(first.isEmpty());
    EXPECT_TRUE(second.isEmpty());
}

TEST_F(HistoryScaleSeriesTest, AveragesAreExact)
{
    const QDate day(2026, 1, 10);
    const auto [first, second] = series({checkIn(alex, day, 2, QTime(8, 0)), checkIn(alex, day, 3, QTime(13, 0)),
                                         checkIn(alex, day, 5, QTime(21, 0))},
                                        {day, day});
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first[0].bucketStart, day);
    EXPECT_DOUBLE_EQ(first[0].average, 10.0 / 3.0);
    EXPECT_EQ(first[0].count, 3);
    EXPECT_TRUE(second.isEmpty()) << "one partner only: the other has no points";
}

TEST_F(HistoryScaleSeriesTest, EachScaleIsReadFromItsOwnAnswer)
{
    const QDate day(2026, 1, 10);
    CheckIn answer = checkIn(sam, day, 4);
    answer.stress = 1;
    answer.closeness = 2;
    for (const auto &[scale, expected] : {std::pair{CheckInScale::Mood, 4.0}, std::pair{CheckInScale::Stress, 1.0},
                                          std::pair{CheckInScale::Closeness, 2.0}}) {
        const auto points = series({answer}, {day, day}, scale);
        ASSERT_EQ(points[1].size(), 1);
        EXPECT_DOUBLE_EQ(points[1][0].average, expected);
    }
}

TEST_F(HistoryScaleSeriesTest, DaysWithoutCheckInsStayGaps)
{
    const QDate monday(2026, 1, 5);
    const auto [first, second] = series({checkIn(alex, monday, 2), checkIn(alex, monday.addDays(3), 4),
                                         checkIn(sam, monday.addDays(1), 5)},
                                        {monday, monday.addDays(6)});
    ASSERT_EQ(first.size(), 2);
    EXPECT_EQ(first[0], (AveragePoint{monday, 2, 1}));
    EXPECT_EQ(first[1], (AveragePoint{monday.addDays(3), 4, 1}));
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0], (AveragePoint{monday.addDays(1), 5, 1}));
}

TEST_F(HistoryScaleSeriesTest, OnlyTheDaysOfThePeriodAndTheCoupleCount)
{
    const DayPeriod period{QDate(2026, 1, 10), QDate(2026, 1, 12)};
    const auto [first, second] = series({checkIn(alex, period.from.addDays(-1), 1, QTime(23, 59)),
                                         checkIn(alex, period.from, 3, QTime(0, 1)),
                                         checkIn(alex, period.to, 5, QTime(23, 59)),
                                         checkIn(alex, period.to.addDays(1), 1, QTime(0, 1)),
                                         checkIn(QUuid::createUuid(), period.from, 1)},
                                        period);
    ASSERT_EQ(first.size(), 2);
    EXPECT_EQ(first[0], (AveragePoint{period.from, 3, 1}));
    EXPECT_EQ(first[1], (AveragePoint{period.to, 5, 1}));
    EXPECT_TRUE(second.isEmpty()) << "someone who is not one of the two is left out";
}

TEST_F(HistoryScaleSeriesTest, NewestFirstGivesTheSameSeries)
{
    QList<CheckIn> checkIns;
    for (int day = 0; day < 40; ++day)
        checkIns.append(checkIn(day % 3 ? alex : sam, QDate(2026, 1, 1).addDays(day), 1 + day % 5));
    const DayPeriod period{QDate(2026, 1, 8), QDate(2026, 1, 30)};
    QList<CheckIn> newestFirst = oldestFirst(checkIns);
    std::reverse(newestFirst.begin(), newestFirst.end());
    const auto expected = scaleSeries(oldestFirst(checkIns), partners, CheckInScale::Mood, period, Bucket::Day);
    EXPECT_EQ(expected[0].size() + expected[1].size(), 23);
    EXPECT_EQ(scaleSeries(newestFirst, partners, CheckInScale::Mood, period, Bucket::Day), expected);
}

TEST_F(HistoryScaleSeriesTest, LateEveningInNewYorkStaysOnItsLocalDay)
{
    // 23:30 in New York in July is 03:30 UTC the next day.
    const QDate day(2026, 7, 14);
    const QList<CheckIn> checkIns{checkIn(alex, day, QTime(23, 30), 2, newYork), checkIn(alex, day.addDays(1), QTime(0, 15), 4, newYork),
                                  checkIn(sam, day, QTime(0, 5), 5, newYork)};
    ASSERT_EQ(checkIns[0].atUtc.date(), day.addDays(1));
    const auto [first, second] = series(checkIns, {day, day});
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first[0], (AveragePoint{day, 2, 1}));
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0], (AveragePoint{day, 5, 1}));
}

TEST_F(HistoryScaleSeriesTest, CheckInsAtHalfPastTwoOnDaylightSavingDaysLandOnThatDay)
{
    const QDate springForward(2026, 3, 29);
    const QDate fallBack(2026, 10, 25);
    // 02:30 happens twice on the fall-back day: at 00:30 UTC (summer time) and 01:30 UTC.
    CheckIn firstHalfPastTwo = checkIn(alex, fallBack, 2);
    firstHalfPastTwo.atUtc = QDateTime(fallBack, QTime(0, 30), QTimeZone::utc());
    firstHalfPastTwo.localDay = firstHalfPastTwo.atUtc.toTimeZone(berlin).date();
    CheckIn secondHalfPastTwo = firstHalfPastTwo;
    secondHalfPastTwo.atUtc = QDateTime(fallBack, QTime(1, 30), QTimeZone::utc());
    secondHalfPastTwo.localDay = secondHalfPastTwo.atUtc.toTimeZone(berlin).date();
    secondHalfPastTwo.mood = 3;
    ASSERT_EQ(secondHalfPastTwo.atUtc.toTimeZone(berlin).time(), QTime(2, 30));
    const QList<CheckIn> checkIns{checkIn(sam, springForward, 4, QTime(2, 30)), firstHalfPastTwo, secondHalfPastTwo};

    const auto spring = series(checkIns, {springForward.addDays(-1), springForward.addDays(1)});
    ASSERT_EQ(spring[1].size(), 1);
    EXPECT_EQ(spring[1][0], (AveragePoint{springForward, 4, 1}));

    const auto autumn = series(checkIns, {fallBack.addDays(-1), fallBack.addDays(1)});
    ASSERT_EQ(autumn[0].size(), 1);
    EXPECT_EQ(autumn[0][0], (AveragePoint{fallBack, 2.5, 2}));
}

TEST_F(HistoryScaleSeriesTest, WeeklyBucketsRunAcrossTheNewYear)
{
    // Monday 28 December 2026 starts the ISO week that holds 1 January 2027.
    const QList<CheckIn> checkIns{checkIn(alex, QDate(2026, 12, 27), 1), checkIn(alex, QDate(2026, 12, 29), 2),
                                  checkIn(alex, QDate(2027, 1, 3), 5), checkIn(alex, QDate(2027, 1, 4), 4)};
    const auto points = scaleSeries(oldestFirst(checkIns), partners, CheckInScale::Mood,
                                    {QDate(2026, 12, 1), QDate(2027, 1, 31)}, Bucket::Week);
    ASSERT_EQ(points[0].size(), 3);
    EXPECT_EQ(points[0][0], (AveragePoint{QDate(2026, 12, 21), 1, 1}));
    EXPECT_EQ(points[0][1], (AveragePoint{QDate(2026, 12, 28), 3.5, 2}));
    EXPECT_EQ(points[0][2], (AveragePoint{QDate(2027, 1, 4), 4, 1}));
}

TEST_F(HistoryScaleSeriesTest, AllOverTenYearsStaysWithinTheLimitOfPoints)
{
    const QDate today(2026, 3, 31);
    QList<CheckIn> checkIns;
    for (QDate day = today.addYears(-10); day <= today; day = day.addDays(1)) {
        checkIns.append(checkIn(alex, day, 1 + day.day() % 5, QTime(8, 0)));
        checkIns.append(checkIn(sam, day, 2, QTime(9, 0)));
        checkIns.append(checkIn(sam, day, 3, QTime(21, 0)));
    }
    const DayPeriod all = resolveRange(RangeKind::All, today, firstCheckInDay(checkIns));
    const auto [first, second] = series(checkIns, all);
    EXPECT_LE(first.size(), MaxPointsPerSeries);
    EXPECT_EQ(first.size(), 523);
    EXPECT_EQ(second.size(), 523);
    EXPECT_EQ(first[1].bucketStart.dayOfWeek(), Qt::Monday);
    EXPECT_EQ(first[1].count, 7);
    EXPECT_DOUBLE_EQ(second[1].average, 2.5);
    EXPECT_EQ(second[1].count, 14);
}

} // namespace
} // namespace tend
