#include "scaleseries.h"

#include "checkinspan.h"

namespace tend {

int scaleValue(const CheckIn &checkIn, CheckInScale scale)
{
    switch (scale) {
    case CheckInScale::Mood:
        return checkIn.mood;
    case CheckInScale::Stress:
        return checkIn.stress;
    case CheckInScale::Closeness:
        return checkIn.closeness;
    }
    return 0;
}

std::array<QList<AveragePoint>, 2> scaleSeries(const QList<CheckIn> &checkIns, const PartnerIds &partners,
                                               CheckInScale scale, const DayPeriod &period, Bucket bucket)
{
    const CheckInSpan span = checkInsAround(checkIns, period);
    if (span.isEmpty())
        return {};
    BucketAverages averages(span.days, bucket);
    for (qsizetype position = span.begin; position < span.end; ++position) {
        const CheckIn &checkIn = checkIns.at(position);
        const int place = placeOf(partners, checkIn.partnerId);
        if (place >= 0 && span.days.contains(checkIn.localDay))
            averages.add(place, checkIn.localDay, scaleValue(checkIn, scale));
    }
    return {averages.points(0), averages.points(1)};
}

} // namespace tend
