#include "divergence.h"

#include "checkinspan.h"

#include <cstdlib>
#include <vector>

namespace tend {

namespace {

struct DayCloseness
{
    std::array<int, 2> sum{};
    std::array<int, 2> count{};

    // |sum0/count0 − sum1/count1| ≥ gap, multiplied out so that no rounding decides it.
    bool divergent() const
    {
        if (count[0] == 0 || count[1] == 0)
            return false;
        return std::abs(sum[0] * count[1] - sum[1] * count[0]) >= DivergentClosenessGap * count[0] * count[1];
    }
};

} // namespace

QList<DivergentDay> divergentDays(const QList<CheckIn> &checkIns, const PartnerIds &partners, const DayPeriod &period)
{
    const CheckInSpan span = checkInsAround(checkIns, period);
    if (span.isEmpty())
        return {};
    std::vector<DayCloseness> days(size_t(span.days.days()));
    for (qsizetype position = span.begin; position < span.end; ++position) {
        const CheckIn &checkIn = checkIns.at(position);
        const int place = placeOf(partners, checkIn.partnerId);
        if (place < 0 || !span.days.contains(checkIn.localDay))
            continue;
        DayCloseness &day = days[size_t(span.days.from.daysTo(checkIn.localDay))];
        day.sum[size_t(place)] += checkIn.closeness;
        ++day.count[size_t(place)];
    }
    QList<DivergentDay> divergent;
    for (size_t index = 0; index < days.size(); ++index) {
        const DayCloseness &day = days[index];
        if (day.divergent())
            divergent.append({span.days.from.addDays(qint64(index)),
                              {double(day.sum[0]) / day.count[0], double(day.sum[1]) / day.count[1]}});
    }
    return divergent;
}

} // namespace tend
