#pragma once

#include "bucketaverages.h"
#include "partnerids.h"
#include "model/checkin.h"

namespace tend {

// Each partner's needs-met rate (in [0, 1]) per bucket over the local days of `period`: the
// average of needsMet() over the check-ins that wished for something; `count` is how many
// did. Buckets where nothing was wished for give no point.
std::array<QList<AveragePoint>, 2> needsMetSeries(const QList<CheckIn> &checkIns, const PartnerIds &partners,
                                                  const DayPeriod &period, Bucket bucket);

} // namespace tend
