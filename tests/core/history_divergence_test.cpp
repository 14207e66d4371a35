#include "history/divergence.h"

#include "printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

namespace tend {
namespace {

class HistoryDivergenceTest : public ::testing::Test
{
protected:
    const QTimeZone newYork{"America/New_York"};
    const QUuid alex = QUuid::createUuid();
    const QUuid sam = QUuid::createUuid();
    const PartnerIds partners{alex, sam};
    const DayPeriod week{QDate(2026, 11, 1), QDate(2026, 11, 7)};

    void SetUp() override { ASSERT_TRUE(newYork.isValid()); }

    CheckIn checkIn(const QUuid &partner, const QDate &day, int closeness, const QTime &time = QTime(19, 0)) const
    {
        CheckIn result;
        result.partnerId = partner;
        result.atUtc = QDateTime(day, time, newYork).toUTC();
        result.localDay = result.atUtc.toTimeZone(newYork).date();
        result.closeness = closeness;
        return result;
    }

    // As the app keeps them: sorted by time.
    QList<DivergentDay> divergent(QList<CheckIn> checkIns) const
    {
        std::sort(checkIns.begin(), checkIns.end(), [](const CheckIn &a, const CheckIn &b) { return a.atUtc < b.atUtc; });
        return divergentDays(checkIns, partners, week);
    }
};

TEST_F(HistoryDivergenceTest, NoDataOrOnePartnerOnlyHasNoDivergentDays)
{
    EXPECT_TRUE(divergent({}).isEmpty());
    EXPECT_TRUE(divergent({checkIn(alex, week.from, 1), checkIn(alex, week.from, 5)}).isEmpty());
}

TEST_F(HistoryDivergenceTest, AGapOfTwoOrMoreCounts)
{
    struct Case
    {
        int alexCloseness;
        int samCloseness;
        bool divergent;
    };
    for (const Case &c : {Case{1, 3, true}, Case{5, 3, true}, Case{1, 5, true}, Case{2, 3, false}, Case{4, 4, false}}) {
        SCOPED_TRACE(testing::Message() << c.alexCloseness << " and " << c.samCloseness);
        const QList<DivergentDay> days =
            divergent({checkIn(alex, week.from, c.alexCloseness), checkIn(sam, week.from, c.samCloseness)});
        ASSERT_EQ(days.size(), c.divergent ? 1 : 0);
        if (c.divergent) {
            EXPECT_EQ(days[0], (DivergentDay{week.from, {double(c.alexCloseness), double(c.samCloseness)}}));
        }
    }
}

TEST_F(HistoryDivergenceTest, DayAveragesAreComparedExactly)
{
    // Alex 11/3 against Sam 5/3: a gap of exactly two, which in floating point comes out just under.
    const QDate day = week.from.addDays(2);
    const QList<CheckIn> exactlyTwo{checkIn(alex, day, 3, QTime(8, 0)), checkIn(alex, day, 3, QTime(12, 0)), checkIn(alex, day, 5),
                                    checkIn(sam, day, 1, QTime(8, 0)), checkIn(sam, day, 1, QTime(12, 0)), checkIn(sam, day, 3)};
    const QList<DivergentDay> days = divergent(exactlyTwo);
    ASSERT_EQ(days.size(), 1);
    EXPECT_DOUBLE_EQ(days[0].closeness[0], 11.0 / 3.0);
    EXPECT_DOUBLE_EQ(days[0].closeness[1], 5.0 / 3.0);

    QList<CheckIn> justUnder = exactlyTwo;
    justUnder.last().closeness = 4; // Sam 6/3: a gap of 5/3
    EXPECT_TRUE(divergent(justUnder).isEmpty());
}

TEST_F(HistoryDivergenceTest, OnlyDaysInThePeriodInOrderAndOnTheirLocalDay)
{
    // 1 November 2026 is the fall-back day in New York; 23:45 there is 04:45 UTC on the 2nd.
    const QList<CheckIn> checkIns{
        checkIn(alex, week.from.addDays(-1), 1), checkIn(sam, week.from.addDays(-1), 5),
        checkIn(alex, week.from, 1, QTime(23, 45)), checkIn(sam, week.from, 4, QTime(0, 10)),
        checkIn(alex, week.from.addDays(1), 5, QTime(0, 5)), checkIn(sam, week.from.addDays(1), 5),
        checkIn(alex, week.to, 2), checkIn(sam, week.to, 5, QTime(23, 59)),
        checkIn(alex, week.to.addDays(1), 1), checkIn(sam, week.to.addDays(1), 5),
    };
    ASSERT_EQ(checkIns[2].atUtc.date(), week.from.addDays(1));
    const QList<DivergentDay> days = divergent(checkIns);
    ASSERT_EQ(days.size(), 2);
    EXPECT_EQ(days[0], (DivergentDay{week.from, {1, 4}}));
    EXPECT_EQ(days[1], (DivergentDay{week.to, {2, 5}}));
}

} // namespace
} // namespace tend
