#include "buckets.h"

#include "needs/weeklyneed.h"

namespace tend {

namespace {

qsizetype monthNumber(const QDate &day)
{
    return qsizetype(day.year()) * 12 + day.month() - 1;
}

qsizetype bucketCount(const DayPeriod &period, Bucket bucket)
{
    if (!period.isValid())
        return 0;
    const QDate first = bucketStart(period.from, bucket);
    switch (bucket) {
    case Bucket::Day:
        return period.days();
    case Bucket::Week:
        return first.daysTo(bucketStart(period.to, bucket)) / 7 + 1;
    case Bucket::Month:
        return monthNumber(period.to) - monthNumber(first) + 1;
    }
    return 0;
}

} // namespace

Bucket bucketFor(const DayPeriod &period)
{
    for (Bucket bucket : {Bucket::Day, Bucket::Week}) {
        if (bucketCount(period, bucket) <= MaxPointsPerSeries)
            return bucket;
    }
    return Bucket::Month;
}

QDate bucketStart(const QDate &day, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return day;
    case Bucket::Week:
        return weekStart(day);
    case Bucket::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

BucketIndex::BucketIndex(const DayPeriod &period, Bucket bucket)
    : m_bucket(bucket), m_firstStart(bucketStart(period.from, bucket)), m_count(bucketCount(period, bucket))
{
}

qsizetype BucketIndex::indexOf(const QDate &day) const
{
    switch (m_bucket) {
    case Bucket::Day:
        return m_firstStart.daysTo(day);
    case Bucket::Week:
        return m_firstStart.daysTo(weekStart(day)) / 7;
    case Bucket::Month:
        return monthNumber(day) - monthNumber(m_firstStart);
    }
    return 0;
}

QDate BucketIndex::startOf(qsizetype index) const
{
    switch (m_bucket) {
    case Bucket::Day:
        return m_firstStart.addDays(index);
    case Bucket::Week:
        return m_firstStart.addDays(7 * index);
    case Bucket::Month:
        return m_firstStart.addMonths(int(index));
    }
    return {};
}

} // namespace tend
