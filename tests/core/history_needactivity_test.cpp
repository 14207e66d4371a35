#include "history/needactivity.h"

#include "printers.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

// A review over October 2026, in Berlin; the clocks go back on the 25th.
class HistoryNeedActivityTest : public ::testing::Test
{
protected:
    const QTimeZone berlin{"Europe/Berlin"};
    const DayPeriod october{QDate(2026, 10, 1), QDate(2026, 10, 31)};

    void SetUp() override { ASSERT_TRUE(berlin.isValid()); }

    QDateTime at(const QDate &day, const QTime &time) const { return QDateTime(day, time, berlin).toUTC(); }

    Need need(const QString &text, const QDateTime &created) const
    {
        Need result;
        result.id = QUuid::createUuid();
        result.text = text;
        result.createdUtc = created;
        return result;
    }

    static QStringList textsOf(const QList<Need> &needs)
    {
        QStringList texts;
        for (const Need &need : needs)
            texts.append(need.text);
        return texts;
    }
};

TEST_F(HistoryNeedActivityTest, NoNeedsNoActivity)
{
    const NeedActivity activity = needActivity({}, october, berlin);
    EXPECT_TRUE(activity.raised.isEmpty());
    EXPECT_TRUE(activity.discussed.isEmpty());
    EXPECT_TRUE(activity.resolved.isEmpty());
}

TEST_F(HistoryNeedActivityTest, RaisedDiscussedAndResolvedInThePeriodInTimeOrder)
{
    Need old = need(u"old"_s, at(QDate(2026, 8, 3), QTime(12, 0)));
    old.discussedUtc = at(QDate(2026, 10, 20), QTime(19, 0));
    old.status = NeedStatus::Resolved;
    old.resolvedUtc = at(QDate(2026, 10, 21), QTime(19, 0));
    Need late = need(u"late"_s, at(QDate(2026, 10, 30), QTime(9, 0)));
    Need early = need(u"early"_s, at(QDate(2026, 10, 2), QTime(9, 0)));
    early.discussedUtc = at(QDate(2026, 10, 5), QTime(20, 0));
    Need after = need(u"after"_s, at(QDate(2026, 11, 1), QTime(0, 30)));
    const NeedActivity activity = needActivity({old, late, early, after}, october, berlin);
    EXPECT_EQ(textsOf(activity.raised), (QStringList{u"early"_s, u"late"_s}));
    EXPECT_EQ(textsOf(activity.discussed), (QStringList{u"early"_s, u"old"_s}));
    EXPECT_EQ(textsOf(activity.resolved), (QStringList{u"old"_s}));
}

TEST_F(HistoryNeedActivityTest, DaysAreTheCouplesLocalDays)
{
    // 22:30 UTC on 30 September is 00:30 on 1 October in Berlin; 23:30 UTC on 31 October is
    // 00:30 on 1 November (winter time by then).
    const Need first = need(u"first"_s, QDateTime(QDate(2026, 9, 30), QTime(22, 30), QTimeZone::utc()));
    const Need outside = need(u"outside"_s, QDateTime(QDate(2026, 10, 31), QTime(23, 30), QTimeZone::utc()));
    const Need lastMinute = need(u"last minute"_s, QDateTime(QDate(2026, 10, 31), QTime(22, 59), QTimeZone::utc()));
    EXPECT_EQ(textsOf(needActivity({first, outside, lastMinute}, october, berlin).raised),
              (QStringList{u"first"_s, u"last minute"_s}));
    EXPECT_EQ(textsOf(needActivity({first, outside, lastMinute}, october, QTimeZone::utc()).raised),
              (QStringList{u"last minute"_s, u"outside"_s}));
}

TEST_F(HistoryNeedActivityTest, BothHalfPastTwosOfTheFallBackDayBelongToIt)
{
    const DayPeriod fallBack{QDate(2026, 10, 25), QDate(2026, 10, 25)};
    Need summerTime = need(u"summer time"_s, QDateTime(QDate(2026, 10, 25), QTime(0, 30), QTimeZone::utc()));
    Need winterTime = need(u"winter time"_s, QDateTime(QDate(2026, 10, 25), QTime(1, 30), QTimeZone::utc()));
    winterTime.status = NeedStatus::Resolved;
    winterTime.resolvedUtc = winterTime.createdUtc;
    const NeedActivity activity = needActivity({winterTime, summerTime}, fallBack, berlin);
    EXPECT_EQ(textsOf(activity.raised), (QStringList{u"summer time"_s, u"winter time"_s}));
    EXPECT_EQ(textsOf(activity.resolved), (QStringList{u"winter time"_s}));
}

} // namespace
} // namespace tend
