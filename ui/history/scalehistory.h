#pragma once

#include "history/bucketaverages.h"
#include "history/scaleseries.h"

#include <array>

namespace tend {

// What the scale chart draws for one period: each scale's averages per partner, seat 1 first.
struct ScaleHistory
{
    DayPeriod period;
    Bucket bucket = Bucket::Day;
    std::array<std::array<QList<AveragePoint>, 2>, 3> scales; // indexed by CheckInScale

    const std::array<QList<AveragePoint>, 2> &of(CheckInScale scale) const { return scales[size_t(scale)]; }
};

} // namespace tend
