#include "needactivity.h"

#include <algorithm>

namespace tend {

namespace {

QList<Need> happenedIn(const QList<Need> &needs, QDateTime Need::*when, const DayPeriod &period, const QTimeZone &zone)
{
    QList<Need> matching;
    for (const Need &need : needs) {
        const QDateTime &at = need.*when;
        if (at.isValid() && period.contains(at.toTimeZone(zone).date()))
            matching.append(need);
    }
    std::stable_sort(matching.begin(), matching.end(), [when](const Need &a, const Need &b) { return a.*when < b.*when; });
    return matching;
}

} // namespace

NeedActivity needActivity(const QList<Need> &needs, const DayPeriod &period, const QTimeZone &zone)
{
    return {happenedIn(needs, &Need::createdUtc, period, zone), happenedIn(needs, &Need::discussedUtc, period, zone),
            happenedIn(needs, &Need::resolvedUtc, period, zone)};
}

} // namespace tend
