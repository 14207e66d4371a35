// ScaleChart: both partners' mood, stress or closeness over time. The series hold exactly the
// averages given, in the partners' colours; the buttons above pick the scale, by keyboard too;
// the time axis spans the period; an empty period shows a calm placeholder; tooltips give exact
// values; and ten years of weekly points redraw fast.

#include "historycharttestdata.h"
#include "uitesthelpers.h"

#include "history/chartsavebutton.h"
#include "history/scalechart.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

namespace tend::test {
namespace {

const DayPeriod May{QDate(2024, 4, 15), QDate(2024, 5, 14)};

ScaleHistory mayHistory()
{
    ScaleHistory history;
    history.period = May;
    history.bucket = Bucket::Day;
    history.scales[size_t(CheckInScale::Mood)] = {wanderingAverages(May.from, 20, 1, 2, 5),
                                                  wanderingAverages(May.from.addDays(3), 12, 2, 1, 4, 3)};
    history.scales[size_t(CheckInScale::Stress)] = {wanderingAverages(May.from, 20, 1, 1, 3, 5),
                                                    wanderingAverages(May.from.addDays(3), 12, 2, 2, 5, 1)};
    history.scales[size_t(CheckInScale::Closeness)] = {wanderingAverages(May.from.addDays(1), 15, 2, 3, 5),
                                                       {}};
    return history;
}

class ScaleChartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_chart.setPartners(m_partners);
        m_chart.setHistory(m_history);
        m_chart.resize(760, 340);
    }

    QPushButton *scaleButton(const char *objectName) const
    {
        return child<QPushButton>(&m_chart, QString::fromLatin1(objectName));
    }
    QLabel *placeholder() const { return child<QLabel>(&m_chart, QStringLiteral("chartPlaceholder")); }

    std::array<Partner, 2> m_partners = chartPartners();
    ScaleHistory m_history = mayHistory();
    ScaleChart m_chart;
};

TEST_F(ScaleChartTest, SeriesHoldExactlyTheGivenAveragesOfTheChosenScale)
{
    EXPECT_EQ(m_chart.scale(), CheckInScale::Mood);
    for (int place = 0; place < 2; ++place)
        EXPECT_EQ(m_chart.partnerSeries(place)->points(), expectedPoints(m_history.of(CheckInScale::Mood)[size_t(place)]))
            << place;
    m_chart.setScale(CheckInScale::Stress);
    for (int place = 0; place < 2; ++place)
        EXPECT_EQ(m_chart.partnerSeries(place)->points(),
                  expectedPoints(m_history.of(CheckInScale::Stress)[size_t(place)]))
            << place;
}

TEST_F(ScaleChartTest, EachPartnerDrawsInTheirColourAndSeatTwoDashed)
{
    EXPECT_EQ(m_chart.partnerSeries(0)->pen().color(), QColor(QStringLiteral("#3d7a78")));
    EXPECT_EQ(m_chart.partnerSeries(1)->pen().color(), QColor(QStringLiteral("#c0703a")));
    EXPECT_EQ(m_chart.partnerSeries(0)->pen().style(), Qt::SolidLine);
    EXPECT_EQ(m_chart.partnerSeries(1)->pen().style(), Qt::DashLine);
    EXPECT_EQ(m_chart.partnerSeries(0)->name(), QStringLiteral("Alex"));
    EXPECT_EQ(m_chart.partnerSeries(1)->name(), QStringLiteral("Sam"));
}

TEST_F(ScaleChartTest, TheButtonsPickTheScaleByKeyboard)
{
    ASSERT_TRUE(scaleButton("scaleMood") && scaleButton("scaleStress") && scaleButton("scaleCloseness"));
    ASSERT_TRUE(showAndActivate(&m_chart));
    ASSERT_TRUE(focusOn(scaleButton("scaleMood")));
    EXPECT_TRUE(scaleButton("scaleMood")->isChecked());
    QSignalSpy changed(&m_chart, &ScaleChart::scaleChanged);

    const QChar stress = mnemonic(scaleButton("scaleStress")->text());
    EXPECT_EQ(stress, u'T');
    pressKey(Qt::Key_T, Qt::AltModifier);
    // A mnemonic clicks its button a moment later, as if pressed by hand.
    EXPECT_TRUE(waitUntil([this] { return m_chart.scale() == CheckInScale::Stress; }));
    EXPECT_TRUE(scaleButton("scaleStress")->isChecked());
    EXPECT_FALSE(scaleButton("scaleMood")->isChecked());
    EXPECT_EQ(m_chart.partnerSeries(0)->points(), expectedPoints(m_history.of(CheckInScale::Stress)[0]));

    EXPECT_EQ(mnemonic(scaleButton("scaleCloseness")->text()), u'S');
    pressKey(Qt::Key_S, Qt::AltModifier);
    EXPECT_TRUE(waitUntil([this] { return m_chart.scale() == CheckInScale::Closeness; }));
    EXPECT_EQ(m_chart.partnerSeries(0)->points(), expectedPoints(m_history.of(CheckInScale::Closeness)[0]));

    EXPECT_EQ(mnemonic(scaleButton("scaleMood")->text()), u'D');
    pressKey(Qt::Key_D, Qt::AltModifier);
    EXPECT_TRUE(waitUntil([this] { return m_chart.scale() == CheckInScale::Mood; }));
    EXPECT_EQ(m_chart.partnerSeries(1)->points(), expectedPoints(m_history.of(CheckInScale::Mood)[1]));
    ASSERT_EQ(changed.size(), 3);
    EXPECT_EQ(changed[0].at(0).value<CheckInScale>(), CheckInScale::Stress);
}

TEST_F(ScaleChartTest, TheScalesMnemonicsLeaveTheRangeBarsAlone)
{
    QSet<QChar> taken{u'W', u'M', u'Y', u'A', u'C'};
    for (const char *name : {"scaleMood", "scaleStress", "scaleCloseness"}) {
        const QChar key = mnemonic(scaleButton(name)->text());
        EXPECT_FALSE(key.isNull()) << name;
        EXPECT_FALSE(taken.contains(key)) << name;
        taken.insert(key);
    }
}

TEST_F(ScaleChartTest, TheValueAxisNamesTheScalesSteps)
{
    auto *axis = qobject_cast<QCategoryAxis *>(m_chart.chartView()->chart()->axes(Qt::Vertical).value(0));
    ASSERT_TRUE(axis);
    EXPECT_EQ(axis->categoriesLabels(), QStringList({QStringLiteral("1 · Low"), QStringLiteral("2 · A bit low"),
                                                     QStringLiteral("3 · Okay"), QStringLiteral("4 · Good"),
                                                     QStringLiteral("5 · Great")}));
    EXPECT_EQ(axis->endValue(QStringLiteral("4 · Good")), 4);
    m_chart.setScale(CheckInScale::Stress);
    EXPECT_EQ(axis->categoriesLabels().constFirst(), QStringLiteral("1 · Calm"));
    EXPECT_EQ(axis->categoriesLabels().constLast(), QStringLiteral("5 · Very stressed"));
    EXPECT_EQ(axis->titleText(), QStringLiteral("Stress"));
}

TEST_F(ScaleChartTest, TheTimeAxisSpansThePeriod)
{
    QDateTimeAxis *axis = m_chart.timeAxis();
    EXPECT_EQ(axis->min(), QDateTime(May.from, QTime(0, 0)));
    EXPECT_EQ(axis->max(), QDateTime(May.to, QTime(23, 59, 59, 999)));
    EXPECT_EQ(axis->format(), QStringLiteral("d MMM"));

    ScaleHistory decade;
    decade.period = {QDate(2014, 5, 15), QDate(2024, 5, 14)};
    decade.bucket = Bucket::Week;
    m_chart.setHistory(decade);
    EXPECT_EQ(axis->min(), QDateTime(QDate(2014, 5, 15), QTime(0, 0)));
    EXPECT_EQ(axis->max(), QDateTime(QDate(2024, 5, 14), QTime(23, 59, 59, 999)));
    EXPECT_EQ(axis->format(), QStringLiteral("MMM yyyy"));
}

TEST_F(ScaleChartTest, AnEmptyPeriodShowsAPlaceholderAndStillNamesBothPartners)
{
    ASSERT_TRUE(showAndActivate(&m_chart));
    ASSERT_TRUE(placeholder());
    EXPECT_FALSE(placeholder()->isVisible());
    EXPECT_TRUE(m_chart.saveButton()->isEnabled());

    ScaleHistory empty;
    empty.period = May;
    m_chart.setHistory(empty);
    EXPECT_TRUE(placeholder()->isVisible());
    EXPECT_EQ(placeholder()->text(), QStringLiteral("No check-ins in this period yet."));
    EXPECT_FALSE(m_chart.saveButton()->isEnabled());
    EXPECT_TRUE(m_chart.partnerSeries(0)->points().isEmpty());
    const QList<QLegendMarker *> markers = m_chart.chartView()->chart()->legend()->markers();
    ASSERT_EQ(markers.size(), 2);
    EXPECT_TRUE(markers[0]->isVisible());
    EXPECT_EQ(markers[0]->label(), QStringLiteral("Alex · no check-ins"));
    EXPECT_EQ(markers[1]->label(), QStringLiteral("Sam · no check-ins"));

    m_chart.setHistory(m_history);
    EXPECT_FALSE(placeholder()->isVisible());
}

TEST_F(ScaleChartTest, APartnerWithoutPointsIsStillInTheLegend)
{
    m_chart.setScale(CheckInScale::Closeness);
    EXPECT_EQ(m_chart.partnerSeries(0)->name(), QStringLiteral("Alex"));
    EXPECT_EQ(m_chart.partnerSeries(1)->name(), QStringLiteral("Sam · no check-ins"));
    EXPECT_FALSE(placeholder()->isVisibleTo(&m_chart));
}

TEST_F(ScaleChartTest, FewPointsShowAsDotsManyAsALine)
{
    EXPECT_TRUE(m_chart.partnerSeries(0)->pointsVisible());
    ScaleHistory year;
    year.period = {QDate(2023, 5, 15), QDate(2024, 5, 14)};
    year.scales[0][0] = wanderingAverages(year.period.from, 300, 1, 1, 5);
    year.scales[0][1] = wanderingAverages(year.period.from, 30, 10, 1, 5);
    m_chart.setHistory(year);
    EXPECT_FALSE(m_chart.partnerSeries(0)->pointsVisible());
    EXPECT_TRUE(m_chart.partnerSeries(1)->pointsVisible());
}

TEST_F(ScaleChartTest, ManyPointsDrawSolidLinesThatStayFast)
{
    ScaleHistory decade;
    decade.period = {QDate(2014, 5, 19), QDate(2024, 5, 14)};
    decade.bucket = Bucket::Week;
    decade.scales[0][1] = wanderingAverages(decade.period.from, 520, 7, 1, 5);
    m_chart.setHistory(decade);
    EXPECT_EQ(m_chart.partnerSeries(1)->pen().style(), Qt::SolidLine);
    EXPECT_EQ(m_chart.partnerSeries(1)->pen().color(), QColor(QStringLiteral("#c0703a")));
    m_chart.setHistory(m_history);
    EXPECT_EQ(m_chart.partnerSeries(1)->pen().style(), Qt::DashLine);
}

TEST_F(ScaleChartTest, HoveringAPointShowsItsExactValue)
{
    ASSERT_TRUE(showAndActivate(&m_chart));
    const AveragePoint &third = m_history.of(CheckInScale::Mood)[1][2];
    const QPointF nearThird = expectedPoints({third})[0] + QPointF(3 * 3600 * 1000, 0.2);
    const QString expected = QStringLiteral("Sam — %1: mood %2 (%3 check-ins)")
                                 .arg(third.bucketStart.toString(QStringLiteral("ddd d MMM yyyy")))
                                 .arg(third.average, 0, 'f', 1)
                                 .arg(third.count);
    EXPECT_EQ(m_chart.describePointNear(1, nearThird), expected);
    emit m_chart.partnerSeries(1)->hovered(nearThird, true);
    EXPECT_TRUE(waitUntil([&] { return QToolTip::isVisible() && QToolTip::text() == expected; }))
        << QToolTip::text().toStdString();
    emit m_chart.partnerSeries(1)->hovered(nearThird, false);
    EXPECT_TRUE(waitUntil([] { return !QToolTip::isVisible(); }));
}

TEST_F(ScaleChartTest, TheSavedImageIsNamedAfterTheScaleAndThePeriodsEnd)
{
    EXPECT_TRUE(m_chart.saveButton()->suggestedPath().endsWith(QStringLiteral("/tend-mood-2024-05-14.png")));
    m_chart.setScale(CheckInScale::Closeness);
    EXPECT_TRUE(m_chart.saveButton()->suggestedPath().endsWith(QStringLiteral("/tend-closeness-2024-05-14.png")));
}

TEST_F(ScaleChartTest, TenYearsOfWeeksRedrawWellWithinTheBudget)
{
    ASSERT_TRUE(showAndActivate(&m_chart));
    ScaleHistory decade;
    decade.period = {QDate(2014, 5, 19), QDate(2024, 5, 14)};
    decade.bucket = Bucket::Week;
    for (auto &scale : decade.scales) {
        scale[0] = wanderingAverages(decade.period.from, 520, 7, 1, 5);
        scale[1] = wanderingAverages(decade.period.from, 520, 7, 1, 5, 4);
    }
    QElapsedTimer timer;
    timer.start();
    m_chart.setHistory(decade);
    m_chart.setScale(CheckInScale::Stress);
    m_chart.setScale(CheckInScale::Mood);
    m_chart.chartView()->viewport()->repaint();
    const qint64 elapsed = timer.elapsed();
    EXPECT_EQ(m_chart.partnerSeries(1)->count(), 520);
    // Three full redraws; appending point by point takes seconds.
    EXPECT_LT(elapsed, 300) << elapsed << " ms";
}

} // namespace
} // namespace tend::test
