#pragma once

#include "dayperiod.h"
#include "partnerids.h"
#include "model/checkin.h"

#include <optional>

namespace tend {

// One partner's averages over a period; none where there was nothing to average.
struct ScaleAverages
{
    int count = 0; // check-ins
    std::optional<double> mood;
    std::optional<double> stress;
    std::optional<double> closeness;
    int feltCaredForCount = 0; // check-ins that answered "felt cared for"
    std::optional<double> feltCaredFor;

    bool operator==(const ScaleAverages &) const = default;
};

// This period's average minus the previous one's; none when either side has no data.
struct AverageChanges
{
    std::optional<double> mood;
    std::optional<double> stress;
    std::optional<double> closeness;
    std::optional<double> feltCaredFor;

    bool operator==(const AverageChanges &) const = default;
};

struct PeriodSummary
{
    ScaleAverages current;
    ScaleAverages previous; // over period.previous(), the same number of days just before
    AverageChanges change;
};

// Each partner's averages over the local days of `period` and how they changed, in one pass
// over `checkIns` (sorted by atUtc, either way).
std::array<PeriodSummary, 2> summarisePeriod(const QList<CheckIn> &checkIns, const PartnerIds &partners,
                                             const DayPeriod &period);

} // namespace tend
