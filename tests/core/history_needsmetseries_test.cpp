#include "history/needsmetseries.h"

#include "printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace tend {
namespace {

class HistoryNeedsMetSeriesTest : public ::testing::Test
{
protected:
    const QUuid alex = QUuid::createUuid();
    const QUuid sam = QUuid::createUuid();
    const PartnerIds partners{alex, sam};
    const QUuid tea = QUuid::createUuid();
    const QUuid blanket = QUuid::createUuid();
    const QUuid quiet = QUuid::createUuid();
    const DayPeriod january{QDate(2026, 1, 1), QDate(2026, 1, 31)};

    // Check-ins must be added in time order.
    void add(const QUuid &partner, const QDate &day, const QList<QUuid> &wished, const QList<QUuid> &received)
    {
        CheckIn checkIn;
        checkIn.partnerId = partner;
        checkIn.localDay = day;
        checkIn.atUtc = QDateTime(day, QTime(8, 0), QTimeZone::utc()).addSecs(m_checkIns.size());
        checkIn.actsWished = wished;
        checkIn.actsReceived = received;
        m_checkIns.append(checkIn);
    }

    std::array<QList<AveragePoint>, 2> series(Bucket bucket = Bucket::Day) const
    {
        return needsMetSeries(m_checkIns, partners, january, bucket);
    }

    QList<CheckIn> m_checkIns;
};

TEST_F(HistoryNeedsMetSeriesTest, NoDataHasNoPoints)
{
    const auto [first, second] = series();
    EXPECT_TRUE(first.isEmpty());
    EXPECT_TRUE(second.isEmpty());
}

TEST_F(HistoryNeedsMetSeriesTest, OnlyCheckInsThatWishedForSomethingCount)
{
    const QDate day(2026, 1, 5);
    add(alex, day, {tea, blanket}, {tea});
    add(alex, day, {}, {quiet});
    add(alex, day, {quiet}, {quiet});
    add(alex, day.addDays(1), {}, {tea});
    const auto [first, second] = series();
    ASSERT_EQ(first.size(), 1) << "a day where nothing was wished for has no rate";
    EXPECT_EQ(first[0], (AveragePoint{day, 0.75, 2}));
    EXPECT_TRUE(second.isEmpty()) << "one partner only";
}

TEST_F(HistoryNeedsMetSeriesTest, RatesPerWeekAndPartnerWithGaps)
{
    // Monday 5 January, then nothing in the week of the 12th, then the week of the 19th.
    add(alex, QDate(2026, 1, 5), {tea, blanket, quiet}, {tea});
    add(sam, QDate(2026, 1, 6), {tea}, {});
    add(alex, QDate(2026, 1, 7), {tea}, {tea});
    add(alex, QDate(2026, 1, 21), {quiet}, {});
    const auto [first, second] = series(Bucket::Week);
    ASSERT_EQ(first.size(), 2);
    EXPECT_EQ(first[0].bucketStart, QDate(2026, 1, 5));
    EXPECT_DOUBLE_EQ(first[0].average, (1.0 / 3.0 + 1.0) / 2.0);
    EXPECT_EQ(first[0].count, 2);
    EXPECT_EQ(first[1], (AveragePoint{QDate(2026, 1, 19), 0, 1}));
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0], (AveragePoint{QDate(2026, 1, 5), 0, 1}));
}

TEST_F(HistoryNeedsMetSeriesTest, CheckInsOutsideThePeriodAreLeftOut)
{
    add(sam, january.from.addDays(-1), {tea}, {});
    add(sam, january.from, {tea}, {tea});
    add(sam, january.to.addDays(1), {tea}, {});
    const auto points = series();
    ASSERT_EQ(points[1].size(), 1);
    EXPECT_EQ(points[1][0], (AveragePoint{january.from, 1, 1}));
}

} // namespace
} // namespace tend
