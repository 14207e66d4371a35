// NeedsMetChart: each partner's needs-met rate over time in percent, in their colours, on a time
// axis spanning the period, with exact tooltips and an honest placeholder.

#include "historycharttestdata.h"
#include "uitesthelpers.h"

#include "history/needsmetchart.h"

#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>

namespace tend::test {
namespace {

const DayPeriod Year{QDate(2023, 5, 15), QDate(2024, 5, 14)};

class NeedsMetChartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_chart.setPartners(chartPartners());
        m_chart.setHistory(m_needsMet, Year, Bucket::Month);
        m_chart.resize(760, 300);
    }

    std::array<QList<AveragePoint>, 2> m_needsMet{
        QList<AveragePoint>{{QDate(2023, 5, 1), 0.5, 2}, {QDate(2023, 6, 1), 1, 3}, {QDate(2024, 5, 1), 0.75, 4}},
        QList<AveragePoint>{{QDate(2023, 9, 1), 0.25, 1}}};
    NeedsMetChart m_chart;
};

TEST_F(NeedsMetChartTest, SeriesHoldTheRatesInPercent)
{
    // May 2023 began before the period: its point sits on the period's first day.
    const QList<QPointF> expected{{qreal(QDateTime(Year.from, QTime(12, 0)).toMSecsSinceEpoch()), 50},
                                  {qreal(QDateTime(QDate(2023, 6, 1), QTime(12, 0)).toMSecsSinceEpoch()), 100},
                                  {qreal(QDateTime(QDate(2024, 5, 1), QTime(12, 0)).toMSecsSinceEpoch()), 75}};
    EXPECT_EQ(m_chart.partnerSeries(0)->points(), expected);
    EXPECT_EQ(m_chart.partnerSeries(1)->points(), expectedPoints(m_needsMet[1], 100));
    EXPECT_EQ(m_chart.partnerSeries(0)->pen().color(), QColor(QStringLiteral("#3d7a78")));
    EXPECT_EQ(m_chart.partnerSeries(1)->pen().color(), QColor(QStringLiteral("#c0703a")));
}

TEST_F(NeedsMetChartTest, AxesSpanThePeriodAndZeroToAHundredPercent)
{
    EXPECT_EQ(m_chart.timeAxis()->min(), QDateTime(Year.from, QTime(0, 0)));
    EXPECT_EQ(m_chart.timeAxis()->max(), QDateTime(Year.to, QTime(23, 59, 59, 999)));
    auto *percent = qobject_cast<QValueAxis *>(m_chart.chartView()->chart()->axes(Qt::Vertical).value(0));
    ASSERT_TRUE(percent);
    EXPECT_LE(percent->min(), 0);
    EXPECT_GE(percent->max(), 100);
    EXPECT_LT(percent->max(), 110);
}

TEST_F(NeedsMetChartTest, TooltipsSayHowMuchOfWhatWasWishedForWasReceived)
{
    const QPointF lastMay(qreal(QDateTime(QDate(2024, 5, 3), QTime(9, 0)).toMSecsSinceEpoch()), 70);
    EXPECT_EQ(m_chart.describePointNear(0, lastMay),
              QStringLiteral("Alex — May 2024: 75 % of what was wished for was received (4 check-ins)"));
    EXPECT_EQ(m_chart.describePointNear(1, lastMay),
              QStringLiteral("Sam — September 2023: 25 % of what was wished for was received (1 check-in)"));
}

TEST_F(NeedsMetChartTest, NothingWishedForShowsAPlaceholder)
{
    ASSERT_TRUE(showAndActivate(&m_chart));
    auto *placeholder = child<QLabel>(&m_chart, QStringLiteral("chartPlaceholder"));
    ASSERT_TRUE(placeholder);
    EXPECT_FALSE(placeholder->isVisible());
    m_chart.setHistory({}, Year, Bucket::Month);
    EXPECT_TRUE(placeholder->isVisible());
    EXPECT_EQ(placeholder->text(), QStringLiteral("No aftercare was wished for in this period yet."));
    EXPECT_EQ(m_chart.partnerSeries(1)->name(), QStringLiteral("Sam · nothing wished for"));
    EXPECT_TRUE(m_chart.partnerSeries(1)->points().isEmpty());
}

} // namespace
} // namespace tend::test
