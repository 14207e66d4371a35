#pragma once

#include "history/bucketaverages.h"

#include <QDateTime>
#include <QList>
#include <QPointF>

namespace tend {

// Where a point sits on a chart's time axis, in local msecs since the epoch: noon of the first
// day of its bucket that lies in `period` (a week or month that began earlier sits on the
// period's first day). Noon keeps a day's point in the middle of its day, and every day has
// one, days with a daylight-saving change included.
qint64 chartTime(const QDate &bucketStart, const DayPeriod &period);

// One chart point per average: x from chartTime(), y the average times `yFactor`.
QList<QPointF> chartPoints(const QList<AveragePoint> &averages, const DayPeriod &period, double yFactor = 1);

// The start of the period's first day and the end of its last, in local time.
QDateTime periodStart(const DayPeriod &period);
QDateTime periodEnd(const DayPeriod &period);

// How a time axis over `period` labels itself: a format for QDateTime::toString() and a
// number of ticks spaced widely enough that no two labels say the same.
struct TimeAxisLabels
{
    QString format;
    int tickCount = 2;
};
TimeAxisLabels timeAxisLabels(const DayPeriod &period);

} // namespace tend
