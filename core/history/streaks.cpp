#include "streaks.h"

#include "historyrange.h"

#include <algorithm>
#include <vector>

namespace tend {

namespace {

// `checkedIn` holds one flag per day, the last being today.
Streak streakOf(const std::vector<bool> &checkedIn)
{
    Streak streak;
    int run = 0;
    for (bool day : checkedIn) {
        run = day ? run + 1 : 0;
        streak.longest = std::max(streak.longest, run);
    }
    size_t end = checkedIn.size();
    if (end > 0 && !checkedIn[end - 1])
        --end; // today is not over yet: count up to yesterday
    for (; end > 0 && checkedIn[end - 1]; --end)
        ++streak.current;
    return streak;
}

} // namespace

CheckInStreaks checkInStreaks(const QList<CheckIn> &checkIns, const PartnerIds &partners, const QDate &today)
{
    const QDate first = firstCheckInDay(checkIns);
    if (!first.isValid() || first > today)
        return {};
    const size_t days = size_t(first.daysTo(today) + 1);
    std::array<std::vector<bool>, 2> checkedIn{std::vector<bool>(days), std::vector<bool>(days)};
    for (const CheckIn &checkIn : checkIns) {
        const int place = placeOf(partners, checkIn.partnerId);
        if (place >= 0 && checkIn.localDay.isValid() && checkIn.localDay <= today)
            checkedIn[size_t(place)][size_t(first.daysTo(checkIn.localDay))] = true;
    }
    std::vector<bool> both(days);
    for (size_t day = 0; day < days; ++day)
        both[day] = checkedIn[0][day] && checkedIn[1][day];
    return {{streakOf(checkedIn[0]), streakOf(checkedIn[1])}, streakOf(both)};
}

} // namespace tend
