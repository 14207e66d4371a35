#include "history/chartdata.h"
#include "history/scaleseries.h"
#include "model/aftercareact.h"
#include "model/checkin.h"

#include "printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace tend {
namespace {

class HistoryChartDataTest : public ::testing::Test
{
protected:
    const QTimeZone berlin{"Europe/Berlin"};
    const QUuid alex = QUuid::createUuid();
    const QUuid sam = QUuid::createUuid();
    const PartnerIds partners{alex, sam};
    AftercareAct cuddle = act(QStringLiteral("Cuddling"));

    static AftercareAct act(const QString &name)
    {
        AftercareAct result;
        result.id = QUuid::createUuid();
        result.label = name;
        return result;
    }

    CheckIn checkIn(const QUuid &partner, const QDate &day, int mood, int stress, int closeness) const
    {
        CheckIn result;
        result.partnerId = partner;
        result.atUtc = QDateTime(day, QTime(20, 0), berlin).toUTC();
        result.localDay = day;
        result.mood = mood;
        result.stress = stress;
        result.closeness = closeness;
        return result;
    }
};

TEST_F(HistoryChartDataTest, EachScaleSitsAtItsOwnPlace)
{
    const QDate day(2024, 5, 14);
    const QList<CheckIn> checkIns{checkIn(alex, day, 5, 2, 4)};
    const DayPeriod week{day.addDays(-6), day};

    const HistoryChartData data = historyChartData(checkIns, partners, {cuddle}, week);

    ASSERT_EQ(data.scales[size_t(CheckInScale::Mood)][0].size(), 1);
    EXPECT_EQ(data.scales[size_t(CheckInScale::Mood)][0][0].average, 5);
    EXPECT_EQ(data.scales[size_t(CheckInScale::Stress)][0][0].average, 2);
    EXPECT_EQ(data.scales[size_t(CheckInScale::Closeness)][0][0].average, 4);
    EXPECT_TRUE(data.scales[size_t(CheckInScale::Mood)][1].isEmpty());
    EXPECT_EQ(data.period, week);
    EXPECT_EQ(data.bucket, Bucket::Day);
}

TEST_F(HistoryChartDataTest, LongPeriodsAreAveragedPerWeekAndCareAndNeedsMetAreCounted)
{
    const QDate day(2024, 5, 14);
    CheckIn wished = checkIn(sam, day, 3, 3, 3);
    wished.actsWished = {cuddle.id};
    wished.actsReceived = {cuddle.id};
    const DayPeriod tenYears{day.addYears(-10), day};

    const HistoryChartData data = historyChartData({wished}, partners, {cuddle}, tenYears);

    EXPECT_EQ(data.bucket, Bucket::Week);
    ASSERT_EQ(data.needsMet[1].size(), 1);
    EXPECT_EQ(data.needsMet[1][0].average, 1.0);
    EXPECT_EQ(data.needsMet[1][0].bucketStart, QDate(2024, 5, 13)); // that week's Monday
    ASSERT_EQ(data.aftercare[1].size(), 1);
    EXPECT_EQ(data.aftercare[1][0].received, 1);
    EXPECT_EQ(data.aftercare[1][0].wished, 1);
    EXPECT_TRUE(data.aftercare[0].isEmpty() || data.aftercare[0][0].wished == 0);
}

} // namespace
} // namespace tend
