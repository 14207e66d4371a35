#pragma once

#include "buckets.h"

#include <QList>

#include <array>
#include <vector>

namespace tend {

// One point of a chart series: the average of `count` values in the bucket starting on `bucketStart`.
struct AveragePoint
{
    QDate bucketStart;
    double average = 0;
    int count = 0;

    bool operator==(const AveragePoint &) const = default;
};

// Sums values per partner and bucket in two flat arrays, then averages them.
class BucketAverages
{
public:
    BucketAverages(const DayPeriod &period, Bucket bucket);

    // `place` is 0 or 1 (see placeOf()); `day` must lie in the period.
    void add(int place, const QDate &day, double value);
    // The buckets that received values, oldest first; buckets without any give no point.
    QList<AveragePoint> points(int place) const;

private:
    struct Sum
    {
        double total = 0;
        int count = 0;
    };

    BucketIndex m_index;
    std::array<std::vector<Sum>, 2> m_sums;
};

} // namespace tend
