#pragma once

#include "model/checkin.h"
#include "result.h"

namespace tend {

// A check-in is about a moment that has happened: one set later than `nowUtc` (give or take
// a minute for a form left open) is refused with a message that says so.
Status validateTime(const CheckIn &checkIn, const QDateTime &nowUtc);

} // namespace tend
