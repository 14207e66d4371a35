#include "clock.h"

#include "printers.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

const QDateTime LateEveningUtc(QDate(2026, 3, 14), QTime(23, 30), QTimeZone::utc());

TEST(ManualClock, StandsStillUntilMoved)
{
    ManualClock clock(LateEveningUtc);
    EXPECT_EQ(clock.nowUtc(), LateEveningUtc);
    EXPECT_EQ(clock.nowUtc(), LateEveningUtc);
    EXPECT_EQ(clock.nowUtc().timeSpec(), Qt::UTC);

    clock.advanceSeconds(90);
    EXPECT_EQ(clock.nowUtc(), LateEveningUtc.addSecs(90));
    clock.advanceDays(2);
    EXPECT_EQ(clock.nowUtc(), LateEveningUtc.addSecs(90).addDays(2));
    clock.setNowUtc(LateEveningUtc);
    EXPECT_EQ(clock.nowUtc(), LateEveningUtc);
}

TEST(ManualClock, StoresAnyGivenTimeAsUtc)
{
    const QDateTime plusTwo(QDate(2026, 3, 15), QTime(1, 30), QTimeZone(2 * 3600));
    ManualClock clock(plusTwo);
    EXPECT_EQ(clock.nowUtc().timeSpec(), Qt::UTC);
    EXPECT_EQ(clock.nowUtc(), LateEveningUtc);
    EXPECT_EQ(clock.nowUtc().time(), QTime(23, 30));
}

TEST(ManualClock, TodayIsTheCalendarDayInItsTimeZone)
{
    EXPECT_EQ(ManualClock(LateEveningUtc).today(), QDate(2026, 3, 14));
    // Half past eleven in UTC is already the next day one hour east.
    const ManualClock east(LateEveningUtc, QTimeZone(3600));
    EXPECT_EQ(east.today(), QDate(2026, 3, 15));
    EXPECT_EQ(east.nowLocal().time(), QTime(0, 30));
    EXPECT_EQ(ManualClock(LateEveningUtc, QTimeZone(-10 * 3600)).today(), QDate(2026, 3, 14));
}

TEST(SystemClock, ReportsTheCurrentTimeInUtc)
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = SystemClock().nowUtc();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(now.timeSpec(), Qt::UTC);
    EXPECT_LE(before, now);
    EXPECT_LE(now, after);
}

} // namespace
} // namespace tend
