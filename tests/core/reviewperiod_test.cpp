#include "review/reviewperiod.h"

#include "printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace tend {

static void PrintTo(const DayPeriod &period, std::ostream *os)
{
    *os << period.from.toString(Qt::ISODate).toStdString() << ".." << period.to.toString(Qt::ISODate).toStdString();
}

namespace {

const QDate Today(2026, 3, 14);

std::optional<Review> doneReviewEnding(const QDate &end)
{
    Review review;
    review.periodStart = end.addDays(-13);
    review.periodEnd = end;
    review.completedUtc = QDateTime(end.addDays(1), QTime(20, 0), QTimeZone::utc());
    return review;
}

TEST(DefaultReviewPeriod, RunsFromTheDayAfterTheLastReviewUpToToday)
{
    EXPECT_EQ(defaultReviewPeriod(doneReviewEnding(QDate(2026, 3, 1)), Today, QDate(2025, 1, 1)),
              (DayPeriod{QDate(2026, 3, 2), Today}));
}

TEST(DefaultReviewPeriod, IsNotCutShortAfterALongBreak)
{
    EXPECT_EQ(defaultReviewPeriod(doneReviewEnding(QDate(2025, 6, 30)), Today, QDate(2025, 1, 1)),
              (DayPeriod{QDate(2025, 7, 1), Today}));
}

TEST(DefaultReviewPeriod, IsJustTodayAfterAReviewThatEndedYesterday)
{
    EXPECT_EQ(defaultReviewPeriod(doneReviewEnding(Today.addDays(-1)), Today, QDate(2025, 1, 1)),
              (DayPeriod{Today, Today}));
}

TEST(DefaultReviewPeriod, IsJustTodayAfterAReviewThatEndedToday)
{
    EXPECT_EQ(defaultReviewPeriod(doneReviewEnding(Today), Today, QDate(2025, 1, 1)), (DayPeriod{Today, Today}));
}

TEST(DefaultReviewPeriod, IsJustTodayWhenTheLastReviewEndsInTheFutureBecauseTheClockWasChanged)
{
    const DayPeriod period = defaultReviewPeriod(doneReviewEnding(QDate(2026, 5, 1)), Today, QDate(2025, 1, 1));
    EXPECT_EQ(period, (DayPeriod{Today, Today}));
    EXPECT_TRUE(period.isValid());
}

TEST(DefaultReviewPeriod, CrossesMonthAndYearEnds)
{
    EXPECT_EQ(defaultReviewPeriod(doneReviewEnding(QDate(2026, 2, 28)), QDate(2026, 3, 7), {}),
              (DayPeriod{QDate(2026, 3, 1), QDate(2026, 3, 7)}));
    EXPECT_EQ(defaultReviewPeriod(doneReviewEnding(QDate(2028, 2, 28)), QDate(2028, 3, 7), {}),
              (DayPeriod{QDate(2028, 2, 29), QDate(2028, 3, 7)}))
        << "a leap year";
    EXPECT_EQ(defaultReviewPeriod(doneReviewEnding(QDate(2025, 12, 31)), QDate(2026, 1, 4), {}),
              (DayPeriod{QDate(2026, 1, 1), QDate(2026, 1, 4)}));
}

TEST(DefaultReviewPeriod, AFirstReviewStartsAtTheFirstCheckIn)
{
    EXPECT_EQ(defaultReviewPeriod(std::nullopt, Today, QDate(2026, 3, 1)), (DayPeriod{QDate(2026, 3, 1), Today}));
    EXPECT_EQ(defaultReviewPeriod(std::nullopt, Today, Today), (DayPeriod{Today, Today}));
}

TEST(DefaultReviewPeriod, AFirstReviewLooksBackAtMostThirtyDays)
{
    const DayPeriod longAgo = defaultReviewPeriod(std::nullopt, Today, QDate(2020, 1, 1));
    EXPECT_EQ(longAgo, (DayPeriod{QDate(2026, 2, 13), Today}));
    EXPECT_EQ(longAgo.days(), FirstReviewMaxDays);

    const QDate exactlyThirtyDaysAgo = Today.addDays(1 - FirstReviewMaxDays);
    EXPECT_EQ(defaultReviewPeriod(std::nullopt, Today, exactlyThirtyDaysAgo), (DayPeriod{exactlyThirtyDaysAgo, Today}));
    EXPECT_EQ(defaultReviewPeriod(std::nullopt, Today, exactlyThirtyDaysAgo.addDays(-1)),
              (DayPeriod{exactlyThirtyDaysAgo, Today}));
}

TEST(DefaultReviewPeriod, AFirstReviewWithoutCheckInsIsJustToday)
{
    EXPECT_EQ(defaultReviewPeriod(std::nullopt, Today, QDate()), (DayPeriod{Today, Today}));
}

TEST(DefaultReviewPeriod, AFirstReviewIsJustTodayWhenTheFirstCheckInLiesAhead)
{
    EXPECT_EQ(defaultReviewPeriod(std::nullopt, Today, Today.addDays(3)), (DayPeriod{Today, Today}));
}

TEST(DefaultReviewPeriod, ALastReviewWithoutAPeriodCountsAsNoReview)
{
    Review broken;
    EXPECT_EQ(defaultReviewPeriod(broken, Today, QDate(2026, 3, 10)), (DayPeriod{QDate(2026, 3, 10), Today}));
}

} // namespace
} // namespace tend
