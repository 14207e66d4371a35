#pragma once

#include "bucketaverages.h"
#include "partnerids.h"
#include "model/checkin.h"

namespace tend {

enum class CheckInScale { Mood, Stress, Closeness };

int scaleValue(const CheckIn &checkIn, CheckInScale scale);

// Each partner's average of one scale per bucket over the local days of `period`, in one pass
// over `checkIns` (sorted by atUtc, either way). Days without check-ins give no point.
std::array<QList<AveragePoint>, 2> scaleSeries(const QList<CheckIn> &checkIns, const PartnerIds &partners,
                                               CheckInScale scale, const DayPeriod &period, Bucket bucket);

} // namespace tend
