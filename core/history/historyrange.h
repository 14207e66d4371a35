#pragma once

#include "dayperiod.h"
#include "model/checkin.h"

namespace tend {

enum class RangeKind { Week, Month, Year, All, Custom };

// What the History page shows: the last week, month or year up to today, everything, or a
// period the couple picked.
struct HistoryRange
{
    // Implicit, so that a fixed range reads as its kind: resolveRange(RangeKind::Year, …).
    HistoryRange(RangeKind kind = RangeKind::Month) : kind(kind) {}
    // An invalid end is left open: from the first check-in, or up to today.
    static HistoryRange custom(const QDate &from, const QDate &to);

    RangeKind kind;
    QDate customFrom;
    QDate customTo;

    bool operator==(const HistoryRange &) const = default;
};

// The local days `range` covers on `today`. Week, Month and Year end today (a week is today and
// the six days before it); All starts on the first check-in's day (today when there is none).
// A custom period picked back to front is turned round.
DayPeriod resolveRange(const HistoryRange &range, const QDate &today, const QDate &firstCheckInDay);

// The earliest local day in `checkIns`; invalid when there are none.
QDate firstCheckInDay(const QList<CheckIn> &checkIns);

} // namespace tend
