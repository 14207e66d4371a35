#pragma once

#include "aftercarebalance.h"
#include "bucketaverages.h"
#include "buckets.h"
#include "dayperiod.h"
#include "partnerids.h"

#include <array>

namespace tend {

struct AftercareAct;
struct CheckIn;

// Everything the History page's charts draw for one period, per partner in PartnerIds order.
struct HistoryChartData
{
    DayPeriod period;
    Bucket bucket = Bucket::Day;
    std::array<std::array<QList<AveragePoint>, 2>, 3> scales; // indexed by CheckInScale
    std::array<QList<AveragePoint>, 2> needsMet;
    std::array<QList<ActBalance>, 2> aftercare;
};

// `checkIns` sorted by atUtc (either way); `catalogue` with archived acts, so old check-ins count.
HistoryChartData historyChartData(const QList<CheckIn> &checkIns, const PartnerIds &partners,
                                  const QList<AftercareAct> &catalogue, const DayPeriod &period);

} // namespace tend
