#include "needsmetseries.h"

#include "checkins/needsmet.h"
#include "checkinspan.h"

namespace tend {

std::array<QList<AveragePoint>, 2> needsMetSeries(const QList<CheckIn> &checkIns, const PartnerIds &partners,
                                                  const DayPeriod &period, Bucket bucket)
{
    const CheckInSpan span = checkInsAround(checkIns, period);
    if (span.isEmpty())
        return {};
    BucketAverages averages(span.days, bucket);
    for (qsizetype position = span.begin; position < span.end; ++position) {
        const CheckIn &checkIn = checkIns.at(position);
        const int place = placeOf(partners, checkIn.partnerId);
        if (place < 0 || checkIn.actsWished.isEmpty() || !span.days.contains(checkIn.localDay))
            continue;
        if (const std::optional<double> ratio = needsMet(checkIn).ratio())
            averages.add(place, checkIn.localDay, *ratio);
    }
    return {averages.points(0), averages.points(1)};
}

} // namespace tend
