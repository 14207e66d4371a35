#include "reviewperiod.h"

#include <algorithm>

namespace tend {

DayPeriod defaultReviewPeriod(const std::optional<Review> &lastCompleted, const QDate &today,
                              const QDate &firstCheckInDay)
{
    const DayPeriod justToday{today, today};
    if (lastCompleted && lastCompleted->periodEnd.isValid()) {
        const QDate dayAfter = lastCompleted->periodEnd.addDays(1);
        return dayAfter <= today ? DayPeriod{dayAfter, today} : justToday;
    }
    if (!firstCheckInDay.isValid() || firstCheckInDay > today)
        return justToday;
    return {std::max(firstCheckInDay, today.addDays(1 - FirstReviewMaxDays)), today};
}

} // namespace tend
