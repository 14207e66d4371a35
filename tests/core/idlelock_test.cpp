#include "clock.h"
#include "privacy/idlelock.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace std::chrono_literals;

const QDateTime Evening(QDate(2026, 11, 27), QTime(21, 0), QTimeZone::utc());

TEST(IdleLock, LocksAfterTenQuietMinutesByDefault)
{
    ManualClock clock(Evening);
    IdleLock idle(clock);
    EXPECT_EQ(idle.timeout(), std::optional(10min));
    clock.advanceSeconds(9 * 60 + 59);
    EXPECT_FALSE(idle.isDue());
    EXPECT_EQ(idle.untilDue(), std::optional(1000ms));
    clock.advanceSeconds(1);
    EXPECT_TRUE(idle.isDue());
    EXPECT_EQ(idle.untilDue(), std::optional(0ms));
}

TEST(IdleLock, AnythingDoneStartsTheQuietTimeAgain)
{
    ManualClock clock(Evening);
    IdleLock idle(clock, 5min);
    clock.advanceSeconds(4 * 60);
    idle.noteActivity();
    clock.advanceSeconds(4 * 60);
    EXPECT_FALSE(idle.isDue());
    clock.advanceSeconds(60);
    EXPECT_TRUE(idle.isDue());
}

TEST(IdleLock, NeverMeansNever)
{
    ManualClock clock(Evening);
    IdleLock idle(clock, std::nullopt);
    clock.advanceDays(30);
    EXPECT_FALSE(idle.isDue());
    EXPECT_FALSE(idle.untilDue().has_value());
    idle.setTimeout(1min);
    EXPECT_TRUE(idle.isDue()); // a month without anything done
}

TEST(IdleLock, AClockSetBackIsNotIdleTime)
{
    ManualClock clock(Evening);
    IdleLock idle(clock, 10min);
    clock.setNowUtc(Evening.addSecs(-3600));
    EXPECT_FALSE(idle.isDue());
    EXPECT_EQ(idle.untilDue(), std::optional<std::chrono::milliseconds>(10min));
}

} // namespace
} // namespace tend
