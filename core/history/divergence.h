#pragma once

#include "dayperiod.h"
#include "partnerids.h"
#include "model/checkin.h"

namespace tend {

// Closeness this far apart on a day makes it worth talking about (a prompt, never a score).
inline constexpr int DivergentClosenessGap = 2;

// A day on which the partners felt differently close: each one's average closeness that day.
struct DivergentDay
{
    QDate day;
    std::array<double, 2> closeness{};

    bool operator==(const DivergentDay &) const = default;
};

// The local days of `period`, oldest first, on which both partners checked in and their average
// closeness differed by DivergentClosenessGap or more. `checkIns` sorted by atUtc, either way.
QList<DivergentDay> divergentDays(const QList<CheckIn> &checkIns, const PartnerIds &partners, const DayPeriod &period);

} // namespace tend
