#include "newestfirst.h"

#include <algorithm>

namespace tend {

bool comesBeforeNewestFirst(const CheckIn &first, const CheckIn &second)
{
    if (first.atUtc != second.atUtc)
        return first.atUtc > second.atUtc;
    return first.createdUtc > second.createdUtc;
}

void placeNewestFirst(QList<CheckIn> &checkIns, const CheckIn &checkIn)
{
    removeById(checkIns, checkIn.id);
    const auto place = std::upper_bound(checkIns.begin(), checkIns.end(), checkIn, comesBeforeNewestFirst);
    checkIns.insert(place, checkIn);
}

void removeById(QList<CheckIn> &checkIns, const QUuid &id)
{
    checkIns.removeIf([&id](const CheckIn &checkIn) { return checkIn.id == id; });
}

} // namespace tend
