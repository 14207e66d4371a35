#include "charttime.h"

#include <QCoreApplication>

#include <algorithm>

namespace tend {

namespace {

struct ChartTimeText { Q_DECLARE_TR_FUNCTIONS(HistoryCharts) };

constexpr int MaxTicks = 8;
// Up to about three months a label names the day, beyond it the month.
constexpr qint64 MaxDaysLabelledByDay = 92;
constexpr qint64 LongestMonth = 31;

} // namespace

qint64 chartTime(const QDate &bucketStart, const DayPeriod &period)
{
    const QDate day = std::max(bucketStart, period.from);
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

QList<QPointF> chartPoints(const QList<AveragePoint> &averages, const DayPeriod &period, double yFactor)
{
    QList<QPointF> points;
    points.reserve(averages.size());
    for (const AveragePoint &average : averages)
        points.append(QPointF(qreal(chartTime(average.bucketStart, period)), average.average * yFactor));
    return points;
}

QDateTime periodStart(const DayPeriod &period)
{
    return period.from.startOfDay();
}

QDateTime periodEnd(const DayPeriod &period)
{
    return period.to.endOfDay();
}

TimeAxisLabels timeAxisLabels(const DayPeriod &period)
{
    const qint64 days = std::max<qint64>(period.days(), 1);
    // Ticks are spread evenly from the first millisecond to the last, so two ticks more than a
    // day (a month) apart always fall on different days (months).
    if (days == 1)
        return {ChartTimeText::tr("HH:mm"), 3};
    if (days <= MaxDaysLabelledByDay)
        return {ChartTimeText::tr("d MMM"), int(std::min<qint64>(days, MaxTicks))};
    const qint64 ticks = (days - 1) / LongestMonth + 1;
    return {ChartTimeText::tr("MMM yyyy"), int(std::clamp<qint64>(ticks, 2, MaxTicks - 1))};
}

} // namespace tend
