#include "history/streaks.h"

#include "printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

namespace tend {

void PrintTo(const Streak &streak, std::ostream *os)
{
    *os << "current " << streak.current << ", longest " << streak.longest;
}

namespace {

// Today is Wednesday 15 April 2026.
class HistoryStreaksTest : public ::testing::Test
{
protected:
    const QTimeZone berlin{"Europe/Berlin"};
    const QUuid alex = QUuid::createUuid();
    const QUuid sam = QUuid::createUuid();
    const PartnerIds partners{alex, sam};
    const QDate today{2026, 4, 15};

    void SetUp() override { ASSERT_TRUE(berlin.isValid()); }

    // Check-ins `daysAgo` (0 is today) in the evening.
    void add(const QUuid &partner, const QList<int> &daysAgo)
    {
        for (int ago : daysAgo)
            add(partner, today.addDays(-ago), QTime(20, 0));
    }
    void add(const QUuid &partner, const QDate &day, const QTime &time)
    {
        CheckIn checkIn;
        checkIn.partnerId = partner;
        checkIn.atUtc = QDateTime(day, time, berlin).toUTC();
        checkIn.localDay = checkIn.atUtc.toTimeZone(berlin).date();
        m_checkIns.append(checkIn);
    }

    CheckInStreaks streaks(const QDate &on) const { return checkInStreaks(m_checkIns, partners, on); }
    CheckInStreaks streaks() const { return streaks(today); }

    QList<CheckIn> m_checkIns;
};

TEST_F(HistoryStreaksTest, NoDataHasNoStreaks)
{
    EXPECT_EQ(streaks(), CheckInStreaks{});
}

TEST_F(HistoryStreaksTest, CurrentAndLongestPerPartnerAndBoth)
{
    add(alex, {0, 1, 2, 4, 5, 6, 7, 8});
    add(sam, {1, 2, 3, 4, 5, 10});
    const CheckInStreaks result = streaks();
    EXPECT_EQ(result.partner[0], (Streak{3, 5}));
    EXPECT_EQ(result.partner[1], (Streak{5, 5})) << "no check-in yet today does not break a streak";
    EXPECT_EQ(result.both, (Streak{2, 2})) << "both checked in 1–2 and 4–5 days ago";
}

TEST_F(HistoryStreaksTest, OnePartnerOnly)
{
    add(sam, {0, 1, 2});
    const CheckInStreaks result = streaks();
    EXPECT_EQ(result.partner[0], Streak{});
    EXPECT_EQ(result.partner[1], (Streak{3, 3}));
    EXPECT_EQ(result.both, Streak{});
}

TEST_F(HistoryStreaksTest, AGapBeforeYesterdayEndsTheCurrentStreak)
{
    struct Case
    {
        const char *name;
        QList<int> daysAgo;
        Streak expected;
    };
    const QList<Case> cases{
        {"today only", {0}, {1, 1}},
        {"yesterday only", {1}, {1, 1}},
        {"the day before yesterday", {2}, {0, 1}},
        {"today after a gap yesterday", {0, 2, 3, 4}, {1, 3}},
        {"several on one day count as one", {0, 0, 0}, {1, 1}},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        m_checkIns.clear();
        add(alex, c.daysAgo);
        EXPECT_EQ(streaks().partner[0], c.expected);
    }
}

TEST_F(HistoryStreaksTest, CheckInsAfterTodayAreNotCounted)
{
    add(alex, {-1, 0});
    EXPECT_EQ(streaks().partner[0], (Streak{1, 1}));
}

TEST_F(HistoryStreaksTest, DaylightSavingDaysAreOrdinaryDaysOfAStreak)
{
    // Spring forward on 29 March 2026: 02:30 does not exist and becomes 03:30, still the 29th.
    // Fall back on 25 October 2026: 02:30 happens twice, both on the 25th.
    add(alex, QDate(2026, 3, 28), QTime(23, 30));
    add(alex, QDate(2026, 3, 29), QTime(2, 30));
    add(alex, QDate(2026, 3, 30), QTime(0, 30));
    ASSERT_EQ(m_checkIns[1].localDay, QDate(2026, 3, 29));
    EXPECT_EQ(checkInStreaks(m_checkIns, partners, QDate(2026, 3, 30)).partner[0], (Streak{3, 3}));

    m_checkIns.clear();
    add(sam, QDate(2026, 10, 24), QTime(23, 59));
    for (const QTime utc : {QTime(0, 30), QTime(1, 30)}) {
        CheckIn halfPastTwo;
        halfPastTwo.partnerId = sam;
        halfPastTwo.atUtc = QDateTime(QDate(2026, 10, 25), utc, QTimeZone::utc());
        halfPastTwo.localDay = halfPastTwo.atUtc.toTimeZone(berlin).date();
        ASSERT_EQ(halfPastTwo.atUtc.toTimeZone(berlin).time(), QTime(2, 30));
        m_checkIns.append(halfPastTwo);
    }
    add(sam, QDate(2026, 10, 26), QTime(0, 1));
    EXPECT_EQ(checkInStreaks(m_checkIns, partners, QDate(2026, 10, 26)).partner[1], (Streak{3, 3}));
    EXPECT_EQ(checkInStreaks(m_checkIns, partners, QDate(2026, 10, 28)).partner[1], (Streak{0, 3}));
}

TEST_F(HistoryStreaksTest, BothCountsDaysOnWhichEachCheckedInAtAnyTime)
{
    add(alex, today.addDays(-1), QTime(0, 5));
    add(sam, today.addDays(-1), QTime(23, 55));
    add(alex, today, QTime(7, 0));
    EXPECT_EQ(streaks().both, (Streak{1, 1})) << "today is not over; yesterday they both checked in";
    add(sam, today, QTime(21, 0));
    EXPECT_EQ(streaks().both, (Streak{2, 2}));
}

TEST_F(HistoryStreaksTest, TheLongestStreakCanRunAcrossTheNewYear)
{
    for (QDate day(2025, 12, 20); day <= QDate(2026, 1, 10); day = day.addDays(1))
        add(alex, day, QTime(12, 0));
    EXPECT_EQ(streaks().partner[0], (Streak{0, 22}));
}

} // namespace
} // namespace tend
