// AftercareChart: per act and partner, bars for "received" (solid) and "wished for" (hatched)
// in the partner's colour; the eight busiest acts, most first; exact counts in the tooltips.

#include "historycharttestdata.h"
#include "uitesthelpers.h"

#include "history/aftercarechart.h"
#include "history/chartsavebutton.h"

#include <QBarSet>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QToolTip>

#include <algorithm>

namespace tend::test {
namespace {

QUuid act(int number)
{
    return QUuid(quint32(number), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

class AftercareChartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QStringList labels{QStringLiteral("Cuddling"),     QStringLiteral("Talking it through"),
                                 QStringLiteral("A warm drink"), QStringLiteral("Quiet time alone"),
                                 QStringLiteral("Holding hands"), QStringLiteral("A shower together"),
                                 QStringLiteral("Music"),        QStringLiteral("Sleep"),
                                 QStringLiteral("A gentle massage"), QStringLiteral("A check-in the next day")};
        QHash<QUuid, QString> names;
        for (int number = 1; number <= labels.size(); ++number)
            names.insert(act(number), labels[number - 1]);
        m_balance[0] = {{act(1), 6, 8, 2}, {act(2), 1, 4, 3}, {act(3), 2, 2, 0}, {act(5), 1, 0, 0},
                        {act(7), 0, 1, 1}, {act(9), 3, 5, 2}};
        m_balance[1] = {{act(1), 3, 5, 2}, {act(3), 0, 2, 2}, {act(4), 4, 4, 0}, {act(6), 1, 1, 0},
                        {act(8), 2, 0, 0}, {act(10), 0, 1, 1}};
        m_chart.setPartners(chartPartners());
        m_chart.setActNames(names);
        m_chart.setBalance(m_balance);
        m_chart.resize(760, 520);
    }

    std::array<QList<ActBalance>, 2> m_balance;
    AftercareChart m_chart;
};

TEST_F(AftercareChartTest, ShowsTheEightBusiestActsMostFirst)
{
    // Totals: Cuddling 22, A gentle massage 8, Talking it through 5 … the two with 1 are left out.
    EXPECT_EQ(m_chart.categories(),
              QStringList({QStringLiteral("Cuddling"), QStringLiteral("A gentle massage"), QStringLiteral("Quiet time alone"),
                           QStringLiteral("A warm drink"), QStringLiteral("Talking it through"),
                           QStringLiteral("A shower together"), QStringLiteral("Sleep"),
                           QStringLiteral("A check-in the next day")}));
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> list;
    for (int index = 0; index < set->count(); ++index)
        list.append(set->at(index));
    return list;
}

TEST_F(AftercareChartTest, BarsHoldEachPartnersCounts)
{
    EXPECT_EQ(values(m_chart.barSet(0, false)), QList<qreal>({6, 3, 0, 2, 1, 0, 0, 0}));
    EXPECT_EQ(values(m_chart.barSet(0, true)), QList<qreal>({8, 5, 0, 2, 4, 0, 0, 0}));
    EXPECT_EQ(values(m_chart.barSet(1, false)), QList<qreal>({3, 0, 4, 0, 0, 1, 2, 0}));
    EXPECT_EQ(values(m_chart.barSet(1, true)), QList<qreal>({5, 0, 4, 2, 0, 1, 0, 1}));
}

TEST_F(AftercareChartTest, WishedForIsHatchedInThePartnersColourAndNamedInTheLegend)
{
    const QColor alex(QStringLiteral("#3d7a78"));
    EXPECT_EQ(m_chart.barSet(0, false)->brush().color(), alex);
    EXPECT_EQ(m_chart.barSet(0, false)->brush().style(), Qt::SolidPattern);
    EXPECT_EQ(m_chart.barSet(0, true)->brush().color(), alex);
    EXPECT_NE(m_chart.barSet(0, true)->brush().style(), Qt::SolidPattern);
    EXPECT_EQ(m_chart.barSet(1, true)->brush().color(), QColor(QStringLiteral("#c0703a")));

    QLegend *chartLegend = m_chart.chartView()->chart()->legend();
    QStringList legend;
    for (const QLegendMarker *marker : chartLegend->markers())
        legend.append(marker->label());
    if (chartLegend->reverseMarkers())
        std::reverse(legend.begin(), legend.end());
    EXPECT_EQ(legend, QStringList({QStringLiteral("Alex received"), QStringLiteral("Alex wished for"),
                                   QStringLiteral("Sam received"), QStringLiteral("Sam wished for")}));
}

TEST_F(AftercareChartTest, BarTooltipsGiveExactCounts)
{
    EXPECT_EQ(m_chart.describeBar(1, 0), QStringLiteral("Sam wished for Cuddling in 5 check-ins and received it in 3"));
    EXPECT_EQ(m_chart.describeBar(0, 4),
              QStringLiteral("Alex wished for Talking it through in 4 check-ins and received it in 1"));
    EXPECT_EQ(m_chart.describeBar(1, 6), QStringLiteral("Sam received Sleep in 2 check-ins without wishing for it"));
    EXPECT_EQ(m_chart.describeBar(0, 2), QStringLiteral("Alex neither received nor wished for Quiet time alone"));

    ASSERT_TRUE(showAndActivate(&m_chart));
    QBarSet *samWished = m_chart.barSet(1, true);
    emit samWished->hovered(true, 0);
    const QString expected = QStringLiteral("Sam wished for Cuddling in 5 check-ins and received it in 3");
    EXPECT_TRUE(waitUntil([&] { return QToolTip::isVisible() && QToolTip::text() == expected; }))
        << QToolTip::text().toStdString();
    emit samWished->hovered(false, 0);
    EXPECT_TRUE(waitUntil([] { return !QToolTip::isVisible(); }));
}

TEST_F(AftercareChartTest, NoAftercareShowsAPlaceholder)
{
    ASSERT_TRUE(showAndActivate(&m_chart));
    auto *placeholder = child<QLabel>(&m_chart, QStringLiteral("chartPlaceholder"));
    ASSERT_TRUE(placeholder);
    EXPECT_FALSE(placeholder->isVisible());
    m_chart.setBalance({});
    EXPECT_TRUE(placeholder->isVisible());
    EXPECT_TRUE(m_chart.categories().isEmpty());
    EXPECT_EQ(m_chart.barSet(0, false)->count(), 0);
    EXPECT_FALSE(m_chart.saveButton()->isEnabled());
    m_chart.setBalance(m_balance);
    EXPECT_FALSE(placeholder->isVisible());
    EXPECT_EQ(m_chart.categories().size(), 8);
}

TEST_F(AftercareChartTest, ActsWithTheSameNameGetDistinctLabels)
{
    m_chart.setActNames({{act(1), QStringLiteral("Tea")}, {act(2), QStringLiteral("Tea")}});
    m_chart.setBalance({QList<ActBalance>{{act(1), 2, 2, 0}, {act(2), 1, 1, 0}}, {}});
    EXPECT_EQ(m_chart.categories(), QStringList({QStringLiteral("Tea"), QStringLiteral("Tea (2)")}));
}

} // namespace
} // namespace tend::test
