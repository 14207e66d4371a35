#include "weeklyneed.h"

#include <QTimeZone>

#include <algorithm>

namespace tend {

namespace {

// A need marked discussed this recently is given a rest before Tend suggests it again.
constexpr int RestDays = 14;

QDate discussedOn(const Need &need, const QTimeZone &zone)
{
    return need.discussedUtc.isValid() ? need.discussedUtc.toTimeZone(zone).date() : QDate();
}

bool suggestedBefore(const Need &a, const Need &b)
{
    if (a.priority != b.priority)
        return a.priority > b.priority;
    if (a.createdUtc != b.createdUtc)
        return a.createdUtc < b.createdUtc;
    return a.sortOrder < b.sortOrder;
}

} // namespace

QDate weekStart(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

std::optional<Need> suggestWeeklyNeed(const QList<Need> &needs, const QDate &today, const QTimeZone &zone)
{
    // The rest covers today and the 13 days before it.
    const QDate restStart = today.addDays(1 - RestDays);
    std::optional<Need> best;
    for (const Need &need : needs) {
        if (need.status == NeedStatus::Resolved)
            continue;
        const QDate discussed = discussedOn(need, zone);
        if (discussed.isValid() && discussed >= restStart)
            continue;
        if (!best || suggestedBefore(need, *best))
            best = need;
    }
    return best;
}

std::optional<WeeklyNeed> weeklyNeed(const QList<Need> &needs, const QUuid &pickedForWeek, const QDate &today,
                                     const QTimeZone &zone)
{
    WeeklyNeed weekly;
    const auto picked = std::find_if(needs.cbegin(), needs.cend(),
                                     [&](const Need &need) { return !pickedForWeek.isNull() && need.id == pickedForWeek; });
    if (picked != needs.cend()) {
        weekly.need = *picked;
        weekly.pickedByCouple = true;
    } else if (std::optional<Need> suggested = suggestWeeklyNeed(needs, today, zone)) {
        weekly.need = *suggested;
    } else {
        return std::nullopt;
    }
    const QDate discussed = discussedOn(weekly.need, zone);
    weekly.discussedThisWeek = discussed.isValid() && discussed >= weekStart(today);
    return weekly;
}

} // namespace tend
