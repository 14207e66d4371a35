#pragma once

#include "dayperiod.h"

namespace tend {

// How many days one chart point stands for: a day, an ISO week (from Monday) or a month.
enum class Bucket { Day, Week, Month };

// A chart keeps at most this many points per series (a few per pixel of a wide window).
inline constexpr int MaxPointsPerSeries = 2000;

// Days while the period has at most MaxPointsPerSeries of them, then weeks, then months
// (for a period over 38 years; 2,000 months would take 166).
Bucket bucketFor(const DayPeriod &period);

// The first day of the bucket `day` is in.
QDate bucketStart(const QDate &day, Bucket bucket);

// Numbers the buckets a period touches from 0, so values can be summed in a flat array.
class BucketIndex
{
public:
    BucketIndex(const DayPeriod &period, Bucket bucket);

    qsizetype count() const { return m_count; }
    // The number of the bucket holding `day`, which must lie in the period.
    qsizetype indexOf(const QDate &day) const;
    QDate startOf(qsizetype index) const;

private:
    Bucket m_bucket;
    QDate m_firstStart;
    qsizetype m_count = 0;
};

} // namespace tend
