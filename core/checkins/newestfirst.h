#pragma once

#include "model/checkin.h"

#include <QList>

namespace tend {

// Keeping a list of check-ins in the order CheckInRepository::all() reads them: newest first by
// time, then by when each was written.

// Whether `first` comes before `second` in that order.
bool comesBeforeNewestFirst(const CheckIn &first, const CheckIn &second);

// Puts `checkIn` where it belongs, replacing any check-in with the same id.
void placeNewestFirst(QList<CheckIn> &checkIns, const CheckIn &checkIn);

// Takes out the check-in with `id`, if the list has it.
void removeById(QList<CheckIn> &checkIns, const QUuid &id);

} // namespace tend
