#include "bucketaverages.h"

namespace tend {

BucketAverages::BucketAverages(const DayPeriod &period, Bucket bucket)
    : m_index(period, bucket), m_sums{std::vector<Sum>(size_t(m_index.count())), std::vector<Sum>(size_t(m_index.count()))}
{
}

void BucketAverages::add(int place, const QDate &day, double value)
{
    Sum &sum = m_sums[size_t(place)][size_t(m_index.indexOf(day))];
    sum.total += value;
    ++sum.count;
}

QList<AveragePoint> BucketAverages::points(int place) const
{
    const std::vector<Sum> &sums = m_sums[size_t(place)];
    qsizetype filled = 0;
    for (const Sum &sum : sums)
        filled += sum.count > 0 ? 1 : 0;
    QList<AveragePoint> points;
    points.reserve(filled);
    for (size_t index = 0; index < sums.size(); ++index) {
        if (sums[index].count > 0)
            points.append({m_index.startOf(qsizetype(index)), sums[index].total / sums[index].count, sums[index].count});
    }
    return points;
}

} // namespace tend
