#include "charttime.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace tend {

namespace {

struct ChartTimeText { Q_DECLARE_TR_FUNCTIONS(HistoryCharts) };

constexpr int MaxTicks = 8;
// Up to about three months a label names the day, beyond it the month.
constexpr qint64 MaxDaysLabelledByDay = 92;
constexpr qint64 LongestMonth = 31;

// Qt turns local times into UTC through mktime(), which reads the zone file again on every call
// when TZ is unset (as on most desktops): several microseconds a point. The system zone's own
// rules give the same instants without touching the disk.
qint64 noonOf(const QDate &bucketStart, const DayPeriod &period, const QTimeZone &zone)
{
    const QDate day = std::max(bucketStart, period.from);
    const QTime noon(12, 0);
    return zone.isValid() ? QDateTime(day, noon, zone).toMSecsSinceEpoch() : QDateTime(day, noon).toMSecsSinceEpoch();
}

} // namespace

qint64 chartTime(const QDate &bucketStart, const DayPeriod &period)
{
    return noonOf(bucketStart, period, QTimeZone::systemTimeZone());
}

QList<QPointF> chartPoints(const QList<AveragePoint> &averages, const DayPeriod &period, double yFactor)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QList<QPointF> points;
    points.reserve(averages.size());
    for (const AveragePoint &average : averages)
        points.append(QPointF(qreal(noonOf(average.bucketStart, period, zone)), average.average * yFactor));
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
