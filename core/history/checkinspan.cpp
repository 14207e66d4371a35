#include "checkinspan.h"

#include <QTimeZone>

#include <algorithm>

namespace tend {

namespace {

QDateTime midnightUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc());
}

} // namespace

CheckInSpan checkInsAround(const QList<CheckIn> &checkIns, const DayPeriod &period)
{
    if (!period.isValid() || checkIns.isEmpty())
        return {};
    // Clocks run from UTC−12 to UTC+14, so a local day D is lived between D−1 00:00 UTC and
    // D+2 00:00 UTC, and an instant's local day is at most one day from its UTC day.
    const QDateTime earliest = midnightUtc(period.from.addDays(-1));
    const QDateTime latest = midnightUtc(period.to.addDays(2));
    const bool oldestFirst = checkIns.constFirst().atUtc <= checkIns.constLast().atUtc;
    CheckInSpan span;
    if (oldestFirst) {
        const auto begin = std::partition_point(checkIns.cbegin(), checkIns.cend(),
                                                [&](const CheckIn &checkIn) { return checkIn.atUtc < earliest; });
        const auto end = std::partition_point(begin, checkIns.cend(),
                                              [&](const CheckIn &checkIn) { return checkIn.atUtc < latest; });
        span.begin = begin - checkIns.cbegin();
        span.end = end - checkIns.cbegin();
    } else {
        const auto begin = std::partition_point(checkIns.cbegin(), checkIns.cend(),
                                                [&](const CheckIn &checkIn) { return checkIn.atUtc >= latest; });
        const auto end = std::partition_point(begin, checkIns.cend(),
                                              [&](const CheckIn &checkIn) { return checkIn.atUtc >= earliest; });
        span.begin = begin - checkIns.cbegin();
        span.end = end - checkIns.cbegin();
    }
    if (span.begin >= span.end)
        return {};
    QDateTime first = checkIns.at(span.begin).atUtc;
    QDateTime last = checkIns.at(span.end - 1).atUtc;
    if (!oldestFirst)
        std::swap(first, last);
    span.days = {std::max(period.from, first.toUTC().date().addDays(-1)),
                 std::min(period.to, last.toUTC().date().addDays(1))};
    return span;
}

} // namespace tend
