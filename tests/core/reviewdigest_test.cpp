#include "review/reviewdigest.h"

#include "printers.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

// Alex and Sam review May 2024 in Berlin; check-ins are made at 20:00 local time.
class ReviewDigestTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(berlin.isValid());
        partners[0].id = QUuid::createUuid();
        partners[0].name = u"Alex"_s;
        partners[1].id = QUuid::createUuid();
        partners[1].seat = 2;
        partners[1].name = u"Sam"_s;
        for (const QString &label : {u"Cuddling"_s, u"A warm drink"_s, u"Quiet time alone"_s, u"Holding hands"_s}) {
            AftercareAct act;
            act.id = QUuid::createUuid();
            act.label = label;
            catalogue.append(act);
        }
    }

    CheckIn checkIn(int place, const QDate &day, int closeness = 3, const QTime &time = QTime(20, 0)) const
    {
        CheckIn result;
        result.id = QUuid::createUuid();
        result.partnerId = partners[size_t(place)].id;
        result.localDay = day;
        result.atUtc = QDateTime(day, time, berlin).toUTC();
        result.closeness = closeness;
        return result;
    }

    CheckIn wishing(int place, const QDate &day, const QList<int> &wished, const QList<int> &received) const
    {
        CheckIn result = checkIn(place, day);
        for (int act : wished)
            result.actsWished.append(catalogue.at(act).id);
        for (int act : received)
            result.actsReceived.append(catalogue.at(act).id);
        return result;
    }

    Need need(const QString &text, const QDateTime &createdUtc) const
    {
        Need result;
        result.id = QUuid::createUuid();
        result.raisedBy = partners[0].id;
        result.text = text;
        result.createdUtc = createdUtc;
        return result;
    }

    // As the stores hand them over: sorted by time.
    ReviewDigest digest(QList<CheckIn> checkIns, const DayPeriod &period, const QList<Need> &needs = {}) const
    {
        std::sort(checkIns.begin(), checkIns.end(), [](const CheckIn &a, const CheckIn &b) { return a.atUtc < b.atUtc; });
        return digestReview({checkIns, partners, catalogue, needs, std::nullopt, period, berlin});
    }

    const QTimeZone berlin{"Europe/Berlin"};
    const DayPeriod may{QDate(2024, 5, 1), QDate(2024, 5, 31)};
    std::array<Partner, 2> partners;
    QList<AftercareAct> catalogue;
};

TEST_F(ReviewDigestTest, NoDataGivesAnEmptyDigestForThePeriod)
{
    const ReviewDigest empty = digest({}, may);
    EXPECT_EQ(empty.period, may);
    EXPECT_EQ(empty.checkInCounts, (std::array<int, 2>{0, 0}));
    for (const PeriodSummary &summary : empty.summaries) {
        EXPECT_EQ(summary.current, ScaleAverages{});
        EXPECT_EQ(summary.change, AverageChanges{});
    }
    EXPECT_TRUE(empty.divergentDays.isEmpty());
    EXPECT_TRUE(empty.wishedNotReceived[0].isEmpty());
    EXPECT_TRUE(empty.wishedNotReceived[1].isEmpty());
    EXPECT_TRUE(empty.needs.raised.isEmpty());
    EXPECT_FALSE(empty.weeklyNeed.has_value());
    EXPECT_EQ(empty.daysBothCheckedIn, 0);
    EXPECT_EQ(empty.longestRunBothCheckedIn, 0);
}

TEST_F(ReviewDigestTest, CountsAveragesAndChangeAgainstTheDaysBefore)
{
    CheckIn april = checkIn(0, QDate(2024, 4, 20), 2);
    april.mood = 2;
    CheckIn first = checkIn(0, QDate(2024, 5, 1), 4);
    first.mood = 4;
    CheckIn second = checkIn(0, QDate(2024, 5, 31), 5);
    second.mood = 5;
    const CheckIn june = checkIn(0, QDate(2024, 6, 1), 1);
    const ReviewDigest result = digest({april, first, second, june, checkIn(1, QDate(2024, 5, 10))}, may);
    EXPECT_EQ(result.checkInCounts, (std::array<int, 2>{2, 1}));
    EXPECT_DOUBLE_EQ(result.summaries[0].current.mood.value_or(0), 4.5);
    EXPECT_DOUBLE_EQ(result.summaries[0].change.mood.value_or(0), 2.5);
    EXPECT_DOUBLE_EQ(result.summaries[0].change.closeness.value_or(0), 2.5);
    EXPECT_EQ(result.summaries[1].previous.count, 0);
    EXPECT_FALSE(result.summaries[1].change.mood.has_value()) << "nothing before to compare with";
}

TEST_F(ReviewDigestTest, OnePartnerOnly)
{
    const ReviewDigest result =
        digest({checkIn(1, QDate(2024, 5, 2), 1), checkIn(1, QDate(2024, 5, 3), 5), wishing(1, QDate(2024, 5, 4), {1}, {})},
               may);
    EXPECT_EQ(result.checkInCounts, (std::array<int, 2>{0, 3}));
    EXPECT_EQ(result.summaries[0].current, ScaleAverages{});
    EXPECT_TRUE(result.divergentDays.isEmpty()) << "a day needs both partners to differ";
    EXPECT_TRUE(result.wishedNotReceived[0].isEmpty());
    ASSERT_EQ(result.wishedNotReceived[1].size(), 1);
    EXPECT_EQ(result.wishedNotReceived[1][0].actId, catalogue[1].id);
    EXPECT_EQ(result.daysBothCheckedIn, 0);
    EXPECT_EQ(result.longestRunBothCheckedIn, 0);
}

TEST_F(ReviewDigestTest, TopThreeWishedButNotReceivedMostMissedFirstTiesInCatalogueOrder)
{
    const QDate day(2024, 5, 5);
    const ReviewDigest result = digest({wishing(0, day, {0, 1, 2, 3}, {0}), wishing(0, day.addDays(1), {1, 2, 3}, {}),
                                        wishing(0, day.addDays(2), {3}, {}), wishing(0, QDate(2024, 4, 30), {0}, {})},
                                       may);
    ASSERT_EQ(result.wishedNotReceived[0].size(), ReviewWishedNotReceivedCount);
    EXPECT_EQ(result.wishedNotReceived[0][0].actId, catalogue[3].id);
    EXPECT_EQ(result.wishedNotReceived[0][0].wishedNotReceived, 3);
    EXPECT_EQ(result.wishedNotReceived[0][1].actId, catalogue[1].id);
    EXPECT_EQ(result.wishedNotReceived[0][2].actId, catalogue[2].id);
    EXPECT_EQ(result.wishedNotReceived[0][2].wishedNotReceived, 2);
    EXPECT_TRUE(result.wishedNotReceived[1].isEmpty());
}

TEST_F(ReviewDigestTest, DivergentDaysAndTheDaysBothCheckedIn)
{
    const QDate day(2024, 5, 10);
    const ReviewDigest result = digest({checkIn(0, day, 5), checkIn(1, day, 2), checkIn(0, day.addDays(1), 3),
                                        checkIn(1, day.addDays(1), 4)},
                                       may);
    ASSERT_EQ(result.divergentDays.size(), 1);
    EXPECT_EQ(result.divergentDays[0].day, day);
    EXPECT_EQ(result.divergentDays[0].closeness, (std::array<double, 2>{5, 2}));
    EXPECT_EQ(result.daysBothCheckedIn, 2);
    EXPECT_EQ(result.longestRunBothCheckedIn, 2);
}

TEST_F(ReviewDigestTest, AGapBreaksTheRunOfDaysBothCheckedIn)
{
    QList<CheckIn> checkIns;
    for (int day = 1; day <= 9; ++day) {
        checkIns.append(checkIn(0, QDate(2024, 5, day)));
        if (day != 4)
            checkIns.append(checkIn(1, QDate(2024, 5, day)));
    }
    checkIns.append(checkIn(0, QDate(2024, 4, 30)));
    checkIns.append(checkIn(1, QDate(2024, 4, 30))); // before the period: does not lengthen the first run
    const ReviewDigest result = digest(checkIns, may);
    EXPECT_EQ(result.daysBothCheckedIn, 8);
    EXPECT_EQ(result.longestRunBothCheckedIn, 5);
    EXPECT_EQ(result.checkInCounts, (std::array<int, 2>{9, 8}));
}

TEST_F(ReviewDigestTest, TheOrderOfTheCheckInsDoesNotMatter)
{
    QList<CheckIn> checkIns{checkIn(0, QDate(2024, 5, 3), 5), checkIn(1, QDate(2024, 5, 3), 1),
                            checkIn(0, QDate(2024, 5, 4)), checkIn(1, QDate(2024, 5, 4)),
                            wishing(1, QDate(2024, 5, 20), {2}, {})};
    const ReviewDigest oldestFirst = digest(checkIns, may);
    std::sort(checkIns.begin(), checkIns.end(), [](const CheckIn &a, const CheckIn &b) { return a.atUtc > b.atUtc; });
    const ReviewDigest newestFirst = digestReview({checkIns, partners, catalogue, {}, std::nullopt, may, berlin});
    EXPECT_EQ(newestFirst.checkInCounts, oldestFirst.checkInCounts);
    EXPECT_EQ(newestFirst.divergentDays, oldestFirst.divergentDays);
    EXPECT_EQ(newestFirst.wishedNotReceived, oldestFirst.wishedNotReceived);
    EXPECT_EQ(newestFirst.longestRunBothCheckedIn, 2);
    EXPECT_EQ(newestFirst.summaries[0].current, oldestFirst.summaries[0].current);
}

TEST_F(ReviewDigestTest, NeedsOfThePeriodAndThisWeeksNeedAreCarried)
{
    const Need inMay = need(u"More unhurried mornings"_s, QDateTime(QDate(2024, 5, 6), QTime(21, 0), berlin).toUTC());
    const Need inApril = need(u"Earlier"_s, QDateTime(QDate(2024, 4, 6), QTime(21, 0), berlin).toUTC());
    ReviewInputs inputs{{}, partners, catalogue, {inMay, inApril}, inApril, may, berlin};
    const ReviewDigest result = digestReview(inputs);
    ASSERT_EQ(result.needs.raised.size(), 1);
    EXPECT_EQ(result.needs.raised[0].text, inMay.text);
    ASSERT_TRUE(result.weeklyNeed.has_value());
    EXPECT_EQ(result.weeklyNeed->text, u"Earlier"_s);
}

// The clocks went forward in Berlin on 31 March 2024: the day had 23 hours.
TEST_F(ReviewDigestTest, TheDaylightSavingDayIsAnOrdinaryLocalDay)
{
    const QDate change(2024, 3, 31);
    const DayPeriod lastDays{QDate(2024, 3, 30), change};
    QList<CheckIn> checkIns{checkIn(0, change, 5, QTime(0, 30)), checkIn(1, change, 2, QTime(23, 30)),
                            checkIn(0, change.addDays(-1)), checkIn(1, change.addDays(-1)),
                            checkIn(0, change.addDays(1)), checkIn(1, change.addDays(1))};
    ASSERT_EQ(checkIns[0].atUtc, QDateTime(QDate(2024, 3, 30), QTime(23, 30), QTimeZone::utc()));
    ASSERT_EQ(checkIns[1].atUtc, QDateTime(change, QTime(21, 30), QTimeZone::utc()));
    const QList<Need> needs{
        need(u"just after midnight, winter time"_s, QDateTime(QDate(2024, 3, 30), QTime(23, 30), QTimeZone::utc())),
        need(u"after the change"_s, QDateTime(change, QTime(2, 30), QTimeZone::utc())),
        need(u"just after midnight, summer time"_s, QDateTime(change, QTime(22, 30), QTimeZone::utc()))};
    const ReviewDigest result = digest(checkIns, lastDays, needs);
    EXPECT_EQ(result.checkInCounts, (std::array<int, 2>{2, 2}));
    ASSERT_EQ(result.divergentDays.size(), 1);
    EXPECT_EQ(result.divergentDays[0].day, change);
    EXPECT_EQ(result.daysBothCheckedIn, 2);
    EXPECT_EQ(result.longestRunBothCheckedIn, 2);
    ASSERT_EQ(result.needs.raised.size(), 2);
    EXPECT_EQ(result.needs.raised[0].text, u"just after midnight, winter time"_s);
    EXPECT_EQ(result.needs.raised[1].text, u"after the change"_s);
}

TEST_F(ReviewDigestTest, AnInvalidPeriodGivesNothing)
{
    const ReviewDigest result = digest({checkIn(0, QDate(2024, 5, 3))}, DayPeriod{QDate(2024, 5, 3), QDate(2024, 5, 1)});
    EXPECT_EQ(result.checkInCounts, (std::array<int, 2>{0, 0}));
    EXPECT_TRUE(result.needs.raised.isEmpty());
}

} // namespace
} // namespace tend
