#include "historyrange.h"

#include <algorithm>

namespace tend {

HistoryRange HistoryRange::custom(const QDate &from, const QDate &to)
{
    HistoryRange range(RangeKind::Custom);
    range.customFrom = from;
    range.customTo = to;
    return range;
}

DayPeriod resolveRange(const HistoryRange &range, const QDate &today, const QDate &firstCheckInDay)
{
    const QDate start = firstCheckInDay.isValid() ? std::min(firstCheckInDay, today) : today;
    switch (range.kind) {
    case RangeKind::Week:
        return {today.addDays(-6), today};
    case RangeKind::Month:
        return {today.addMonths(-1).addDays(1), today};
    case RangeKind::Year:
        return {today.addYears(-1).addDays(1), today};
    case RangeKind::All:
        return {start, today};
    case RangeKind::Custom: {
        const QDate from = range.customFrom.isValid() ? range.customFrom : start;
        const QDate to = range.customTo.isValid() ? range.customTo : today;
        return {std::min(from, to), std::max(from, to)};
    }
    }
    return {};
}

QDate firstCheckInDay(const QList<CheckIn> &checkIns)
{
    QDate first;
    for (const CheckIn &checkIn : checkIns) {
        if (checkIn.localDay.isValid() && (!first.isValid() || checkIn.localDay < first))
            first = checkIn.localDay;
    }
    return first;
}

} // namespace tend
