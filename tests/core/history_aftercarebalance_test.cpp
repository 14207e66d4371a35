#include "history/aftercarebalance.h"

#include "printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

namespace tend {
namespace {

class HistoryAftercareBalanceTest : public ::testing::Test
{
protected:
    const QUuid alex = QUuid::createUuid();
    const QUuid sam = QUuid::createUuid();
    const PartnerIds partners{alex, sam};
    const DayPeriod june{QDate(2026, 6, 1), QDate(2026, 6, 30)};
    const QList<AftercareAct> catalogue{act(), act(), act(), act(/*archived=*/true)};
    const QUuid tea = catalogue[0].id;
    const QUuid blanket = catalogue[1].id;
    const QUuid quiet = catalogue[2].id;
    const QUuid oldRitual = catalogue[3].id;

    static AftercareAct act(bool archived = false)
    {
        AftercareAct result;
        result.id = QUuid::createUuid();
        result.archived = archived;
        return result;
    }

    // Check-ins one a day from 1 June, in time order.
    QList<CheckIn> checkIns(const QUuid &partner, const QList<std::pair<QList<QUuid>, QList<QUuid>>> &wishedAndReceived,
                            const QDate &firstDay = QDate(2026, 6, 1)) const
    {
        QList<CheckIn> result;
        for (const auto &[wished, received] : wishedAndReceived) {
            CheckIn checkIn;
            checkIn.partnerId = partner;
            checkIn.localDay = firstDay.addDays(result.size());
            checkIn.atUtc = QDateTime(checkIn.localDay, QTime(21, 0), QTimeZone::utc());
            checkIn.actsWished = wished;
            checkIn.actsReceived = received;
            result.append(checkIn);
        }
        return result;
    }
};

TEST_F(HistoryAftercareBalanceTest, NoDataHasNoRows)
{
    const auto [first, second] = aftercareBalance({}, partners, catalogue, june);
    EXPECT_TRUE(first.isEmpty());
    EXPECT_TRUE(second.isEmpty());
    EXPECT_TRUE(mostWishedNotReceived(first, 3).isEmpty());
}

TEST_F(HistoryAftercareBalanceTest, ReceivedAgainstWishedPerActInCatalogueOrder)
{
    const auto [first, second] = aftercareBalance(checkIns(alex, {{{quiet, tea}, {tea}}, {{tea}, {}}, {{}, {blanket, tea}}}),
                                                  partners, catalogue, june);
    ASSERT_EQ(first.size(), 3);
    EXPECT_EQ(first[0], (ActBalance{tea, 2, 2, 1}));
    EXPECT_EQ(first[1], (ActBalance{blanket, 1, 0, 0})) << "received without a wish";
    EXPECT_EQ(first[2], (ActBalance{quiet, 0, 1, 1}));
    EXPECT_TRUE(second.isEmpty()) << "one partner only";
}

TEST_F(HistoryAftercareBalanceTest, ArchivedActsStillCountAndUnknownOnesAreLeftOut)
{
    const QUuid unknown = QUuid::createUuid();
    const auto balance = aftercareBalance(checkIns(sam, {{{oldRitual, unknown}, {unknown}}}), partners, catalogue, june);
    ASSERT_EQ(balance[1].size(), 1);
    EXPECT_EQ(balance[1][0], (ActBalance{oldRitual, 0, 1, 1}));
}

TEST_F(HistoryAftercareBalanceTest, AnActNamedTwiceInOneCheckInCountsOnce)
{
    const auto balance = aftercareBalance(checkIns(alex, {{{tea, tea, quiet, quiet}, {tea, tea}}}), partners, catalogue, june);
    ASSERT_EQ(balance[0].size(), 2);
    EXPECT_EQ(balance[0][0], (ActBalance{tea, 1, 1, 0}));
    EXPECT_EQ(balance[0][1], (ActBalance{quiet, 0, 1, 1}));
}

TEST_F(HistoryAftercareBalanceTest, OnlyCheckInsOfThePeriodAndOfEachPartner)
{
    QList<CheckIn> all = checkIns(alex, {{{tea}, {}}, {{tea}, {}}}, june.from.addDays(-1));
    all += checkIns(sam, {{{blanket}, {blanket}}}, june.to);
    all += checkIns(alex, {{{quiet}, {}}}, june.to.addDays(1));
    std::sort(all.begin(), all.end(), [](const CheckIn &a, const CheckIn &b) { return a.atUtc < b.atUtc; });
    const auto [first, second] = aftercareBalance(all, partners, catalogue, june);
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first[0], (ActBalance{tea, 0, 1, 1}));
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0], (ActBalance{blanket, 1, 1, 0}));
}

TEST_F(HistoryAftercareBalanceTest, MostWishedForButNotReceivedWithTiesInActOrder)
{
    const auto balance = aftercareBalance(checkIns(alex, {{{quiet, blanket, oldRitual}, {}},
                                                          {{quiet, blanket, tea}, {tea}},
                                                          {{oldRitual}, {}},
                                                          {{quiet}, {}}}),
                                          partners, catalogue, june)[0];
    // quiet 3 times, blanket and the archived ritual twice each, tea always received.
    const QList<ActBalance> top = mostWishedNotReceived(balance, 2);
    ASSERT_EQ(top.size(), 2);
    EXPECT_EQ(top[0].actId, quiet);
    EXPECT_EQ(top[0].wishedNotReceived, 3);
    EXPECT_EQ(top[1].actId, blanket) << "blanket comes before the archived ritual in the catalogue";

    const QList<ActBalance> all = mostWishedNotReceived(balance, 10);
    ASSERT_EQ(all.size(), 3) << "tea was always received when wished for";
    EXPECT_EQ(all[2].actId, oldRitual);
    EXPECT_TRUE(mostWishedNotReceived(balance, 0).isEmpty());
}

} // namespace
} // namespace tend
