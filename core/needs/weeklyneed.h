#pragma once

#include "model/need.h"

#include <QDate>
#include <QTimeZone>

#include <optional>

namespace tend {

// The Monday of the week `day` is in.
QDate weekStart(const QDate &day);

// The need Tend suggests talking about in the week of `today`: of the needs not resolved,
// the highest priority, then the one waiting longest (raised first), then the couple's order;
// never one marked discussed in the last 14 days (counted back from `today`, in `zone`).
std::optional<Need> suggestWeeklyNeed(const QList<Need> &needs, const QDate &today, const QTimeZone &zone);

// This week's need: the one the couple picked for the week when they did and it is still on
// the list (resolved or not), otherwise the suggestion.
struct WeeklyNeed
{
    Need need;
    bool pickedByCouple = false;
    bool discussedThisWeek = false;
};
std::optional<WeeklyNeed> weeklyNeed(const QList<Need> &needs, const QUuid &pickedForWeek, const QDate &today,
                                     const QTimeZone &zone);

} // namespace tend
