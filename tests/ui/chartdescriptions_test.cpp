// What the History charts say and where they put things, as pure functions: the tooltip texts
// for day, week and month points and for aftercare bars, where a point sits on the time axis,
// how the time axis labels itself, and which acts the aftercare chart shows.

#include "history/aftercarerows.h"
#include "history/chartdescriptions.h"
#include "history/charttime.h"

#include <gtest/gtest.h>

#include <QSet>

namespace tend::test {
namespace {

const QDate Tuesday(2024, 5, 14);

TEST(ChartDescriptions, BucketTextNamesTheDayTheWeekOrTheMonth)
{
    EXPECT_EQ(bucketText(Tuesday, Bucket::Day), QStringLiteral("Tue 14 May 2024"));
    EXPECT_EQ(bucketText(QDate(2024, 5, 6), Bucket::Week), QStringLiteral("week of 6 May 2024"));
    EXPECT_EQ(bucketText(QDate(2024, 5, 1), Bucket::Month), QStringLiteral("May 2024"));
}

TEST(ChartDescriptions, ScalePointGivesTheExactAverageAndHowManyCheckInsItHolds)
{
    EXPECT_EQ(scalePointDescription(QStringLiteral("Alex"), CheckInScale::Mood, {QDate(2024, 5, 6), 3.4, 5}, Bucket::Week),
              QStringLiteral("Alex — week of 6 May 2024: mood 3.4 (5 check-ins)"));
    EXPECT_EQ(scalePointDescription(QStringLiteral("Alex"), CheckInScale::Mood, {Tuesday, 4, 1}, Bucket::Day),
              QStringLiteral("Alex — Tue 14 May 2024: mood 4 (1 check-in)"));
    EXPECT_EQ(scalePointDescription(QStringLiteral("Sam"), CheckInScale::Stress, {QDate(2024, 5, 1), 2.0 + 2.0 / 3, 12},
                                    Bucket::Month),
              QStringLiteral("Sam — May 2024: stress 2.7 (12 check-ins)"));
    EXPECT_EQ(scalePointDescription(QStringLiteral("Sam"), CheckInScale::Closeness, {Tuesday, 4.96, 25}, Bucket::Day),
              QStringLiteral("Sam — Tue 14 May 2024: closeness 5 (25 check-ins)"));
}

TEST(ChartDescriptions, NeedsMetPointGivesAPercentage)
{
    EXPECT_EQ(needsMetPointDescription(QStringLiteral("Sam"), {QDate(2024, 5, 1), 0.75, 4}, Bucket::Month),
              QStringLiteral("Sam — May 2024: 75 % of what was wished for was received (4 check-ins)"));
    EXPECT_EQ(needsMetPointDescription(QStringLiteral("Alex"), {Tuesday, 1.0 / 3, 1}, Bucket::Day),
              QStringLiteral("Alex — Tue 14 May 2024: 33 % of what was wished for was received (1 check-in)"));
}

TEST(ChartDescriptions, ActBalanceSaysWhatWasWishedForAndReceived)
{
    const QString sam = QStringLiteral("Sam");
    const QString cuddling = QStringLiteral("Cuddling");
    EXPECT_EQ(actBalanceDescription(sam, cuddling, {{}, 3, 5, 2}),
              QStringLiteral("Sam wished for Cuddling in 5 check-ins and received it in 3"));
    EXPECT_EQ(actBalanceDescription(sam, cuddling, {{}, 0, 1, 1}),
              QStringLiteral("Sam wished for Cuddling in 1 check-in and did not receive it"));
    EXPECT_EQ(actBalanceDescription(sam, cuddling, {{}, 2, 0, 0}),
              QStringLiteral("Sam received Cuddling in 2 check-ins without wishing for it"));
    EXPECT_EQ(actBalanceDescription(sam, cuddling, {}), QStringLiteral("Sam neither received nor wished for Cuddling"));
}

TEST(ChartTime, APointSitsAtLocalNoonOfItsBucketsFirstDayInThePeriod)
{
    const DayPeriod may{QDate(2024, 5, 15), QDate(2024, 6, 20)};
    EXPECT_EQ(chartTime(QDate(2024, 5, 20), may), QDateTime(QDate(2024, 5, 20), QTime(12, 0)).toMSecsSinceEpoch());
    // The month and the week began before the period did.
    EXPECT_EQ(chartTime(QDate(2024, 5, 1), may), QDateTime(QDate(2024, 5, 15), QTime(12, 0)).toMSecsSinceEpoch());
    EXPECT_EQ(chartTime(QDate(2024, 5, 13), may), QDateTime(QDate(2024, 5, 15), QTime(12, 0)).toMSecsSinceEpoch());

    const QList<QPointF> points = chartPoints({{QDate(2024, 6, 3), 0.5, 2}, {QDate(2024, 6, 10), 0.25, 4}}, may, 100);
    ASSERT_EQ(points.size(), 2);
    EXPECT_EQ(points[0], QPointF(QDateTime(QDate(2024, 6, 3), QTime(12, 0)).toMSecsSinceEpoch(), 50));
    EXPECT_EQ(points[1], QPointF(QDateTime(QDate(2024, 6, 10), QTime(12, 0)).toMSecsSinceEpoch(), 25));
}

TEST(ChartTime, ThePeriodSpansFromTheFirstDaysStartToTheLastDaysEnd)
{
    const DayPeriod period{QDate(2024, 3, 1), QDate(2024, 3, 31)};
    EXPECT_EQ(periodStart(period), QDateTime(QDate(2024, 3, 1), QTime(0, 0)));
    EXPECT_EQ(periodEnd(period), QDateTime(QDate(2024, 3, 31), QTime(23, 59, 59, 999)));
}

// The labels QDateTimeAxis draws: evenly spread ticks from the first to the last millisecond.
QStringList tickLabels(const DayPeriod &period)
{
    const TimeAxisLabels labels = timeAxisLabels(period);
    const qint64 start = periodStart(period).toMSecsSinceEpoch();
    const qint64 end = periodEnd(period).toMSecsSinceEpoch();
    QStringList texts;
    for (int tick = 0; tick < labels.tickCount; ++tick) {
        const double at = start + double(end - start) * tick / (labels.tickCount - 1);
        texts.append(QDateTime::fromMSecsSinceEpoch(qint64(at)).toString(labels.format));
    }
    return texts;
}

TEST(ChartTime, AxisLabelsNameDaysForShortPeriodsAndMonthsForLongOnes)
{
    EXPECT_EQ(timeAxisLabels({QDate(2024, 5, 8), QDate(2024, 5, 14)}).format, QStringLiteral("d MMM"));
    EXPECT_EQ(tickLabels({QDate(2024, 5, 8), QDate(2024, 5, 14)}),
              QStringList({QStringLiteral("8 May"), QStringLiteral("9 May"), QStringLiteral("10 May"),
                           QStringLiteral("11 May"), QStringLiteral("12 May"), QStringLiteral("13 May"),
                           QStringLiteral("14 May")}));
    EXPECT_EQ(timeAxisLabels({QDate(2024, 2, 14), QDate(2024, 5, 14)}).format, QStringLiteral("d MMM"));
    EXPECT_EQ(timeAxisLabels({QDate(2023, 5, 15), QDate(2024, 5, 14)}).format, QStringLiteral("MMM yyyy"));
    EXPECT_EQ(timeAxisLabels({QDate(2014, 5, 15), QDate(2024, 5, 14)}).format, QStringLiteral("MMM yyyy"));
}

TEST(ChartTime, NoTwoAxisLabelsSayTheSame)
{
    const QDate to(2024, 5, 14);
    for (const int days : {2, 3, 7, 8, 9, 14, 30, 31, 60, 92, 93, 94, 100, 120, 180, 365, 366, 730, 1000, 3653}) {
        const DayPeriod period{to.addDays(1 - days), to};
        const QStringList labels = tickLabels(period);
        EXPECT_GE(labels.size(), 2) << days;
        EXPECT_LE(labels.size(), 8) << days;
        EXPECT_EQ(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size())
            << days << " days: " << labels.join(QStringLiteral(", ")).toStdString();
        EXPECT_EQ(labels.constFirst(), period.from.toString(timeAxisLabels(period).format)) << days;
        EXPECT_EQ(labels.constLast(), period.to.toString(timeAxisLabels(period).format)) << days;
    }
}

QUuid actId(int number)
{
    return QUuid(quint32(number), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

TEST(AftercareRows, TheBusiestActsOfBothPartnersComeFirstAndAtMostCountOfThem)
{
    QHash<QUuid, QString> names;
    for (int number = 1; number <= 10; ++number)
        names.insert(actId(number), QStringLiteral("Act %1").arg(QChar(u'A' + number - 1)));
    // Totals over both partners: act 1: 3, act 2: 12, act 3: 7, act 4: 7 (tie, by name), act 5..10: 1..6.
    std::array<QList<ActBalance>, 2> balance;
    balance[0] = {{actId(1), 1, 2, 1}, {actId(2), 4, 4, 0}, {actId(3), 0, 7, 7}};
    balance[1] = {{actId(2), 2, 2, 0}, {actId(4), 7, 0, 0}};
    for (int number = 5; number <= 10; ++number)
        balance[1].append({actId(number), number - 4, 0, 0});

    const QList<AftercareRow> rows = busiestActs(balance, names, 8);
    QStringList order;
    for (const AftercareRow &row : rows)
        order.append(row.name);
    EXPECT_EQ(order, QStringList({QStringLiteral("Act B"), QStringLiteral("Act C"), QStringLiteral("Act D"),
                                  QStringLiteral("Act J"), QStringLiteral("Act I"), QStringLiteral("Act H"),
                                  QStringLiteral("Act A"), QStringLiteral("Act G")}));
    ASSERT_EQ(rows.size(), 8);
    EXPECT_EQ(rows[0].balance[0], (ActBalance{actId(2), 4, 4, 0}));
    EXPECT_EQ(rows[0].balance[1], (ActBalance{actId(2), 2, 2, 0}));
    EXPECT_EQ(rows[0].total(), 12);
    // Sam never had act C: their side is empty but names the act.
    EXPECT_EQ(rows[1].balance[1], (ActBalance{actId(3), 0, 0, 0}));
}

TEST(AftercareRows, NoActsGiveNoRowsAndAnUnknownActIsNamedPlainly)
{
    EXPECT_TRUE(busiestActs({}, {}, 8).isEmpty());
    const QList<AftercareRow> rows = busiestActs({QList<ActBalance>{{actId(1), 1, 0, 0}}, {}}, {}, 8);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].name, QStringLiteral("Unnamed act"));
}

} // namespace
} // namespace tend::test
