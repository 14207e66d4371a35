#pragma once

#include "dayperiod.h"
#include "model/checkin.h"

namespace tend {

// The positions [begin, end) of a list sorted by atUtc (oldest or newest first) that can hold
// check-ins lived on the local days of a period; each still needs its localDay checked.
struct CheckInSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;
    // The period, narrowed to the days the check-ins in the span can be on (invalid when none),
    // so per-day arrays stay as short as the data.
    DayPeriod days;

    bool isEmpty() const { return begin >= end || !days.isValid(); }
};

// Finds the span by binary search, in O(log n).
CheckInSpan checkInsAround(const QList<CheckIn> &checkIns, const DayPeriod &period);

} // namespace tend
