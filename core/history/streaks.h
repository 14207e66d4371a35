#pragma once

#include "partnerids.h"
#include "model/checkin.h"

namespace tend {

// Runs of consecutive local days with at least one check-in. `current` ends today, or
// yesterday while today has none yet: a streak is not broken before the day is over.
struct Streak
{
    int current = 0;
    int longest = 0;

    bool operator==(const Streak &) const = default;
};

struct CheckInStreaks
{
    std::array<Streak, 2> partner; // in the order of PartnerIds
    Streak both;                   // days on which both partners checked in

    bool operator==(const CheckInStreaks &) const = default;
};

// Over every check-in up to `today`, in any order.
CheckInStreaks checkInStreaks(const QList<CheckIn> &checkIns, const PartnerIds &partners, const QDate &today);

} // namespace tend
