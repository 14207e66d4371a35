#pragma once

// Partners and made-up averages for the History chart tests.

#include "history/bucketaverages.h"
#include "model/partner.h"

#include <QList>
#include <QPointF>

#include <array>

namespace tend::test {

inline std::array<Partner, 2> chartPartners()
{
    std::array<Partner, 2> partners;
    partners[0].id = QUuid::createUuid();
    partners[0].seat = 1;
    partners[0].name = QStringLiteral("Alex");
    partners[0].colour = QStringLiteral("#3d7a78");
    partners[1].id = QUuid::createUuid();
    partners[1].seat = 2;
    partners[1].name = QStringLiteral("Sam");
    partners[1].colour = QStringLiteral("#c0703a");
    return partners;
}

// One average every `step` days from `from`, gently wandering between `low` and `high`.
inline QList<AveragePoint> wanderingAverages(const QDate &from, int count, int step, double low, double high,
                                             int phase = 0)
{
    QList<AveragePoint> points;
    for (int index = 0; index < count; ++index) {
        const double wave = ((index * 7 + phase) % 11) / 10.0;
        points.append({from.addDays(qint64(index) * step), low + (high - low) * wave, 1 + (index + phase) % 4});
    }
    return points;
}

// The points a series should hold for `averages`: x at local noon of each bucket's first day.
inline QList<QPointF> expectedPoints(const QList<AveragePoint> &averages, double yFactor = 1)
{
    QList<QPointF> points;
    for (const AveragePoint &average : averages)
        points.append({qreal(QDateTime(average.bucketStart, QTime(12, 0)).toMSecsSinceEpoch()),
                       average.average * yFactor});
    return points;
}

} // namespace tend::test
