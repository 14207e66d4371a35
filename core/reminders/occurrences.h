#pragma once

#include "model/reminder.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace tend {

// When a schedule comes due, as instants, reckoned on the wall clock of `zone`.
// - Daily: every day at `time`. Weekly: at `time` on each day in `weekdays`. Monthly: at `time`
//   on `dayOfMonth`, or on the month's last day when it is shorter (31 → 30 April, 28/29 February).
// - A wall time that a spring-forward gap skips (02:30 in Berlin on the last Sunday of March)
//   comes due once, at the first instant after the gap (03:00 local). A wall time that a
//   fall-back repeats (02:30 on the last Sunday of October) comes due once, the first time.
// The first occurrence strictly after `afterUtc`; invalid for an invalid schedule.
QDateTime nextOccurrence(const Schedule &schedule, const QDateTime &afterUtc, const QTimeZone &zone);
// The next `count` occurrences strictly after `afterUtc`, in order.
QList<QDateTime> nextOccurrences(const Schedule &schedule, const QDateTime &afterUtc, const QTimeZone &zone, int count);
// The latest occurrence at or before `atOrBeforeUtc` and strictly after `afterUtc`; invalid when none.
QDateTime latestOccurrence(const Schedule &schedule, const QDateTime &afterUtc, const QDateTime &atOrBeforeUtc,
                           const QTimeZone &zone);

} // namespace tend
