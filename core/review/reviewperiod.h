#pragma once

#include "history/dayperiod.h"
#include "model/review.h"

#include <optional>

namespace tend {

// A first review looks back at most this many days, today included.
inline constexpr int FirstReviewMaxDays = 30;

// The period a new review looks at unless the couple picks another: "since the last review".
// - After a done review: from the day after its period ended up to today. If it already
//   reached today (or later, when the clock was changed), just today.
// - With no review done yet: from the first check-in's day, but at most the last
//   FirstReviewMaxDays days, so a first review stays a conversation and not an audit; just
//   today when there are no check-ins yet (an invalid firstCheckInDay) or the first is later.
DayPeriod defaultReviewPeriod(const std::optional<Review> &lastCompleted, const QDate &today,
                              const QDate &firstCheckInDay);

} // namespace tend
