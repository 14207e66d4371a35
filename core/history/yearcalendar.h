#pragma once

#include "partnerids.h"
#include "model/checkin.h"

#include <optional>

namespace tend {

// One square of the "year in pixels" calendar.
struct CalendarDay
{
    QDate day;
    std::array<int, 2> checkIns{}; // per partner, in the order of PartnerIds
    // The mean of each partner's average mood that day, so both count the same however often
    // each checked in; none on a day without check-ins.
    std::optional<double> averageMood;

    bool operator==(const CalendarDay &) const = default;
};

// Every local day of `year`, 1 January first, from `checkIns` sorted by atUtc (either way).
QList<CalendarDay> yearCalendar(const QList<CheckIn> &checkIns, const PartnerIds &partners, int year);

} // namespace tend
