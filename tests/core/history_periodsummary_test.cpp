#include "history/periodsummary.h"

#include "printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

namespace tend {
namespace {

// March 2026 against the 31 days before it (29 January to 28 February).
class HistoryPeriodSummaryTest : public ::testing::Test
{
protected:
    const QUuid alex = QUuid::createUuid();
    const QUuid sam = QUuid::createUuid();
    const PartnerIds partners{alex, sam};
    const DayPeriod march{QDate(2026, 3, 1), QDate(2026, 3, 31)};

    static CheckIn checkIn(const QUuid &partner, const QDate &day, int mood, int stress, int closeness,
                           std::optional<int> feltCaredFor = std::nullopt)
    {
        CheckIn result;
        result.partnerId = partner;
        result.localDay = day;
        result.atUtc = QDateTime(day, QTime(12, 0), QTimeZone::utc());
        result.mood = mood;
        result.stress = stress;
        result.closeness = closeness;
        result.feltCaredFor = feltCaredFor;
        return result;
    }

    // As the app keeps them: sorted by time.
    std::array<PeriodSummary, 2> summarise(QList<CheckIn> checkIns) const
    {
        std::sort(checkIns.begin(), checkIns.end(), [](const CheckIn &a, const CheckIn &b) { return a.atUtc < b.atUtc; });
        return summarisePeriod(checkIns, partners, march);
    }
};

TEST_F(HistoryPeriodSummaryTest, NoDataHasNoAveragesAndNoChange)
{
    for (const PeriodSummary &summary : summarise({})) {
        EXPECT_EQ(summary.current, ScaleAverages{});
        EXPECT_EQ(summary.previous, ScaleAverages{});
        EXPECT_EQ(summary.change, AverageChanges{});
    }
}

TEST_F(HistoryPeriodSummaryTest, AveragesOverThePeriodAreExact)
{
    const QList<CheckIn> checkIns{checkIn(alex, QDate(2026, 3, 1), 2, 1, 4, 5), checkIn(alex, QDate(2026, 3, 15), 3, 2, 4),
                                  checkIn(alex, QDate(2026, 3, 31), 5, 4, 3, 2)};
    const auto [first, second] = summarise(checkIns);
    EXPECT_EQ(first.current.count, 3);
    EXPECT_DOUBLE_EQ(first.current.mood.value_or(0), 10.0 / 3.0);
    EXPECT_DOUBLE_EQ(first.current.stress.value_or(0), 7.0 / 3.0);
    EXPECT_DOUBLE_EQ(first.current.closeness.value_or(0), 11.0 / 3.0);
    EXPECT_EQ(first.current.feltCaredForCount, 2) << "only check-ins that answered it";
    EXPECT_DOUBLE_EQ(first.current.feltCaredFor.value_or(0), 3.5);
    EXPECT_EQ(second.current, ScaleAverages{}) << "one partner only";
}

TEST_F(HistoryPeriodSummaryTest, ChangeIsAgainstThePreviousPeriodOfEqualLength)
{
    const QList<CheckIn> checkIns{
        checkIn(alex, QDate(2026, 1, 28), 1, 1, 1, 1), // just before the previous period: not counted
        checkIn(alex, QDate(2026, 1, 29), 2, 4, 2, 2),
        checkIn(alex, QDate(2026, 2, 28), 4, 4, 2),
        checkIn(alex, QDate(2026, 3, 10), 4, 2, 5, 4),
        checkIn(alex, QDate(2026, 4, 1), 1, 5, 1), // after the period
    };
    const PeriodSummary summary = summarise(checkIns)[0];
    EXPECT_EQ(summary.previous.count, 2);
    EXPECT_DOUBLE_EQ(summary.previous.mood.value_or(0), 3);
    EXPECT_EQ(summary.current.count, 1);
    EXPECT_DOUBLE_EQ(summary.change.mood.value_or(0), 1);
    EXPECT_DOUBLE_EQ(summary.change.stress.value_or(0), -2);
    EXPECT_DOUBLE_EQ(summary.change.closeness.value_or(0), 3);
    EXPECT_DOUBLE_EQ(summary.change.feltCaredFor.value_or(0), 2);
}

TEST_F(HistoryPeriodSummaryTest, ChangeIsNoneWhenEitherSideHasNoData)
{
    struct Case
    {
        const char *name;
        QList<CheckIn> checkIns;
    };
    const QList<Case> cases{
        {"nothing before", {checkIn(sam, QDate(2026, 3, 2), 3, 3, 3, 3)}},
        {"nothing now", {checkIn(sam, QDate(2026, 2, 2), 3, 3, 3, 3)}},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const PeriodSummary summary = summarise(c.checkIns)[1];
        EXPECT_EQ(summary.current.count + summary.previous.count, 1);
        EXPECT_EQ(summary.change, AverageChanges{});
    }
}

TEST_F(HistoryPeriodSummaryTest, FeltCaredForChangeNeedsAnAnswerOnBothSides)
{
    const QList<CheckIn> checkIns{checkIn(sam, QDate(2026, 2, 10), 2, 2, 2), checkIn(sam, QDate(2026, 3, 10), 3, 3, 3, 4)};
    const PeriodSummary summary = summarise(checkIns)[1];
    EXPECT_DOUBLE_EQ(summary.change.mood.value_or(0), 1);
    EXPECT_FALSE(summary.change.feltCaredFor.has_value());
    EXPECT_FALSE(summary.previous.feltCaredFor.has_value());
    EXPECT_EQ(summary.current.feltCaredFor, 4);
}

TEST_F(HistoryPeriodSummaryTest, EachPartnerIsSummarisedApart)
{
    const QList<CheckIn> checkIns{checkIn(alex, QDate(2026, 3, 3), 5, 1, 5), checkIn(sam, QDate(2026, 3, 3), 1, 5, 1),
                                  checkIn(sam, QDate(2026, 2, 3), 2, 4, 2)};
    const auto [first, second] = summarise(checkIns);
    EXPECT_EQ(first.current.mood, 5);
    EXPECT_FALSE(first.change.mood.has_value());
    EXPECT_EQ(second.current.mood, 1);
    EXPECT_EQ(second.change.mood, -1);
}

} // namespace
} // namespace tend
