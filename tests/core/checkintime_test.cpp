// A check-in's time must have come.

#include "checkins/checkintime.h"
#include "statusassertions.h"

#include <gtest/gtest.h>

namespace tend::test {
namespace {

CheckIn at(const QDateTime &atUtc)
{
    CheckIn checkIn;
    checkIn.atUtc = atUtc;
    return checkIn;
}

TEST(CheckInTime, ThePastAndNowAreFineTheFutureIsRefused)
{
    const QDateTime now(QDate(2026, 11, 26), QTime(21, 0), Qt::UTC);
    EXPECT_TRUE(succeeded(validateTime(at(now.addDays(-400)), now)));
    EXPECT_TRUE(succeeded(validateTime(at(now), now)));
    EXPECT_TRUE(succeeded(validateTime(at(now.addSecs(60)), now))) << "A minute's leeway for a form left open";
    EXPECT_TRUE(refusedMentioning(validateTime(at(now.addSecs(61)), now), {QStringLiteral("earlier")}));
    EXPECT_TRUE(refusedMentioning(validateTime(at(now.addDays(1)), now), {QStringLiteral("still to come")}));
    EXPECT_TRUE(succeeded(validateTime(at({}), now))) << "No time yet: it will be stamped now";
}

} // namespace
} // namespace tend::test
