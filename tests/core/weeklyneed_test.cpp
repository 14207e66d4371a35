#include "needs/weeklyneed.h"

#include "printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

// Wednesday 6 May 2026 in Berlin (summer time, UTC+2).
class WeeklyNeedTest : public ::testing::Test
{
protected:
    const QTimeZone berlin{"Europe/Berlin"};
    const QDate today{2026, 5, 6};
    const QDate monday{2026, 5, 4};

    void SetUp() override { ASSERT_TRUE(berlin.isValid()); }

    Need need(const QString &text, NeedPriority priority, int raisedDaysAgo, int sortOrder = 0) const
    {
        Need need;
        need.id = QUuid::createUuid();
        need.raisedBy = QUuid::createUuid();
        need.text = text;
        need.priority = priority;
        need.sortOrder = sortOrder;
        need.createdUtc = at(today.addDays(-raisedDaysAgo), QTime(20, 0));
        need.updatedUtc = need.createdUtc;
        return need;
    }

    // Wall-clock time in Berlin, as the UTC instant that is stored.
    QDateTime at(const QDate &day, const QTime &time) const { return QDateTime(day, time, berlin).toUTC(); }

    std::optional<Need> suggestion(const QList<Need> &needs) const { return suggestWeeklyNeed(needs, today, berlin); }

    static QString textOf(const std::optional<Need> &need) { return need ? need->text : u"(nothing)"_s; }
};

TEST_F(WeeklyNeedTest, TheWeekStartsOnMonday)
{
    EXPECT_EQ(weekStart(QDate(2026, 5, 4)), QDate(2026, 5, 4));
    EXPECT_EQ(weekStart(QDate(2026, 5, 6)), QDate(2026, 5, 4));
    EXPECT_EQ(weekStart(QDate(2026, 5, 10)), QDate(2026, 5, 4)) << "Sunday belongs to the week before it";
    EXPECT_EQ(weekStart(QDate(2026, 5, 11)), QDate(2026, 5, 11));
    EXPECT_EQ(weekStart(QDate(2027, 1, 1)), QDate(2026, 12, 28)) << "across a new year";
}

TEST_F(WeeklyNeedTest, NothingToSuggestWithoutNeeds)
{
    EXPECT_FALSE(suggestion({}).has_value());
    EXPECT_FALSE(weeklyNeed({}, QUuid(), today, berlin).has_value());
}

TEST_F(WeeklyNeedTest, TheHighestPriorityComesFirst)
{
    const QList<Need> needs{need(u"low"_s, NeedPriority::Low, 90), need(u"high"_s, NeedPriority::High, 1),
                            need(u"medium"_s, NeedPriority::Medium, 60)};
    EXPECT_EQ(textOf(suggestion(needs)), u"high"_s);
}

TEST_F(WeeklyNeedTest, WithinAPriorityTheNeedWaitingLongestComesFirst)
{
    const QList<Need> needs{need(u"newer"_s, NeedPriority::Medium, 3, 0), need(u"oldest"_s, NeedPriority::Medium, 30, 2),
                            need(u"older"_s, NeedPriority::Medium, 10, 1)};
    EXPECT_EQ(textOf(suggestion(needs)), u"oldest"_s);
}

TEST_F(WeeklyNeedTest, RaisedAtTheSameTimeTheCouplesOrderDecides)
{
    const QList<Need> needs{need(u"third"_s, NeedPriority::Medium, 5, 3), need(u"first"_s, NeedPriority::Medium, 5, 1),
                            need(u"second"_s, NeedPriority::Medium, 5, 2)};
    EXPECT_EQ(textOf(suggestion(needs)), u"first"_s);
}

TEST_F(WeeklyNeedTest, ResolvedNeedsAreNotSuggested)
{
    Need resolved = need(u"resolved"_s, NeedPriority::High, 50);
    resolved.status = NeedStatus::Resolved;
    resolved.resolvedUtc = at(today.addDays(-2), QTime(9, 0));
    Need talking = need(u"talking"_s, NeedPriority::Low, 1);
    talking.status = NeedStatus::TalkingAboutIt;
    EXPECT_EQ(textOf(suggestion({resolved, talking})), u"talking"_s) << "a need being talked about is still waiting";
    EXPECT_FALSE(suggestion({resolved}).has_value());
    EXPECT_FALSE(weeklyNeed({resolved}, QUuid(), today, berlin).has_value());
}

TEST_F(WeeklyNeedTest, ANeedDiscussedInTheLastFourteenDaysRests)
{
    const Need waiting = need(u"waiting"_s, NeedPriority::Low, 1);
    struct Case
    {
        int daysAgo;
        bool rests;
    };
    for (const Case &c : {Case{0, true}, Case{1, true}, Case{13, true}, Case{14, false}, Case{15, false}, Case{60, false}}) {
        SCOPED_TRACE(c.daysAgo);
        Need discussed = need(u"discussed"_s, NeedPriority::High, 100);
        // Late in the evening, so a zone mix-up would move it to another day.
        discussed.discussedUtc = at(today.addDays(-c.daysAgo), QTime(23, 30));
        EXPECT_EQ(textOf(suggestion({discussed, waiting})), c.rests ? u"waiting"_s : u"discussed"_s);
    }
}

TEST_F(WeeklyNeedTest, TheRestIsCountedInCalendarDaysOfTheCouplesZone)
{
    const Need waiting = need(u"waiting"_s, NeedPriority::Low, 1);
    Need discussed = need(u"discussed"_s, NeedPriority::High, 100);
    // 22:30 UTC on 22 April is already 23 April (13 days ago) in Berlin.
    discussed.discussedUtc = QDateTime(today.addDays(-14), QTime(22, 30), QTimeZone::utc());
    EXPECT_EQ(textOf(suggestion({discussed, waiting})), u"waiting"_s);
    EXPECT_EQ(textOf(suggestWeeklyNeed({discussed, waiting}, today, QTimeZone::utc())), u"discussed"_s);
    // 21:59 UTC is still 22 April in Berlin: 14 days ago, rested enough.
    discussed.discussedUtc = QDateTime(today.addDays(-14), QTime(21, 59), QTimeZone::utc());
    EXPECT_EQ(textOf(suggestion({discussed, waiting})), u"discussed"_s);
}

TEST_F(WeeklyNeedTest, WhenEveryNeedRestsThereIsNothingToSuggest)
{
    Need discussed = need(u"discussed"_s, NeedPriority::High, 100);
    discussed.discussedUtc = at(today.addDays(-3), QTime(20, 0));
    EXPECT_FALSE(suggestion({discussed}).has_value());
    EXPECT_FALSE(weeklyNeed({discussed}, QUuid(), today, berlin).has_value());
}

TEST_F(WeeklyNeedTest, WithoutAPickTheSuggestionIsTheWeeksNeed)
{
    const QList<Need> needs{need(u"low"_s, NeedPriority::Low, 9), need(u"high"_s, NeedPriority::High, 2)};
    std::optional<WeeklyNeed> weekly = weeklyNeed(needs, QUuid(), today, berlin);
    ASSERT_TRUE(weekly.has_value());
    EXPECT_EQ(weekly->need, needs[1]);
    EXPECT_FALSE(weekly->pickedByCouple);
    EXPECT_FALSE(weekly->discussedThisWeek);
}

TEST_F(WeeklyNeedTest, TheCouplesPickWinsEvenWhenResolvedOrResting)
{
    Need picked = need(u"picked"_s, NeedPriority::Low, 1);
    picked.status = NeedStatus::Resolved;
    picked.resolvedUtc = at(today, QTime(8, 0));
    picked.discussedUtc = at(today, QTime(8, 0));
    const QList<Need> needs{need(u"high"_s, NeedPriority::High, 40), picked};
    std::optional<WeeklyNeed> weekly = weeklyNeed(needs, picked.id, today, berlin);
    ASSERT_TRUE(weekly.has_value());
    EXPECT_EQ(weekly->need, picked);
    EXPECT_TRUE(weekly->pickedByCouple);
    EXPECT_TRUE(weekly->discussedThisWeek);
}

TEST_F(WeeklyNeedTest, APickThatIsNoLongerOnTheListFallsBackToTheSuggestion)
{
    const QList<Need> needs{need(u"low"_s, NeedPriority::Low, 9), need(u"high"_s, NeedPriority::High, 2)};
    std::optional<WeeklyNeed> weekly = weeklyNeed(needs, QUuid::createUuid(), today, berlin);
    ASSERT_TRUE(weekly.has_value());
    EXPECT_EQ(weekly->need.text, u"high"_s);
    EXPECT_FALSE(weekly->pickedByCouple);
}

TEST_F(WeeklyNeedTest, DiscussedThisWeekCountsFromMondayInTheCouplesZone)
{
    Need picked = need(u"picked"_s, NeedPriority::Medium, 30);
    struct Case
    {
        QDateTime discussedUtc;
        bool thisWeek;
    };
    const QList<Case> cases{
        {QDateTime(), false},
        {at(monday, QTime(0, 0)), true},
        {at(today, QTime(21, 0)), true},
        {at(monday.addDays(-1), QTime(23, 59)), false},
        // 22:30 UTC on Sunday is already Monday in Berlin.
        {QDateTime(monday.addDays(-1), QTime(22, 30), QTimeZone::utc()), true},
        {at(monday.addDays(-20), QTime(12, 0)), false},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.discussedUtc.toString(Qt::ISODate).toStdString());
        picked.discussedUtc = c.discussedUtc;
        std::optional<WeeklyNeed> weekly = weeklyNeed({picked}, picked.id, today, berlin);
        ASSERT_TRUE(weekly.has_value());
        EXPECT_EQ(weekly->discussedThisWeek, c.thisWeek);
    }
}

TEST_F(WeeklyNeedTest, OnSundayTheWeekStillStartedOnMonday)
{
    const QDate sunday(2026, 5, 10);
    Need picked = need(u"picked"_s, NeedPriority::Medium, 30);
    picked.discussedUtc = at(monday, QTime(19, 0));
    std::optional<WeeklyNeed> weekly = weeklyNeed({picked}, picked.id, sunday, berlin);
    ASSERT_TRUE(weekly.has_value());
    EXPECT_TRUE(weekly->discussedThisWeek);
    weekly = weeklyNeed({picked}, picked.id, sunday.addDays(1), berlin);
    ASSERT_TRUE(weekly.has_value());
    EXPECT_FALSE(weekly->discussedThisWeek) << "a new week began";
}

} // namespace
} // namespace tend
