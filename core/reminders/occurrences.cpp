#include "occurrences.h"

#include "wallclock.h"

#include <algorithm>

namespace tend {

namespace {

// The longest stretch without an occurrence: a monthly schedule on the 31st, from 30 April to 31 May.
constexpr int LongestGapDays = 31;
// One day either way for a wall time that a gap moves past midnight.
constexpr int SearchDays = LongestGapDays + 2;

bool usable(const Schedule &schedule, const QTimeZone &zone)
{
    return zone.isValid() && validate(schedule).ok();
}

bool comesDueOn(const Schedule &schedule, const QDate &day)
{
    switch (schedule.frequency) {
    case Frequency::Daily:
        return true;
    case Frequency::Weekly:
        return (schedule.weekdays & (1 << day.dayOfWeek())) != 0;
    case Frequency::Monthly:
        return day.day() == std::min(schedule.dayOfMonth, day.daysInMonth());
    }
    return false;
}

// Invalid on a day the schedule skips. An occurrence never falls on a local day before its own.
QDateTime occurrenceOn(const Schedule &schedule, const QDate &day, const QTimeZone &zone)
{
    return comesDueOn(schedule, day) ? instantOfWallTime(day, schedule.time, zone) : QDateTime();
}

QDate localDay(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).date();
}

} // namespace

QDateTime nextOccurrence(const Schedule &schedule, const QDateTime &afterUtc, const QTimeZone &zone)
{
    if (!usable(schedule, zone) || !afterUtc.isValid())
        return {};
    const QDate firstDay = localDay(afterUtc, zone).addDays(-1);
    for (int i = 0; i <= SearchDays; ++i) {
        const QDateTime occurrence = occurrenceOn(schedule, firstDay.addDays(i), zone);
        if (occurrence.isValid() && occurrence > afterUtc)
            return occurrence;
    }
    return {};
}

QList<QDateTime> nextOccurrences(const Schedule &schedule, const QDateTime &afterUtc, const QTimeZone &zone, int count)
{
    QList<QDateTime> occurrences;
    occurrences.reserve(std::max(count, 0));
    QDateTime after = afterUtc;
    while (occurrences.size() < count) {
        after = nextOccurrence(schedule, after, zone);
        if (!after.isValid())
            break;
        occurrences.append(after);
    }
    return occurrences;
}

QDateTime latestOccurrence(const Schedule &schedule, const QDateTime &afterUtc, const QDateTime &atOrBeforeUtc,
                           const QTimeZone &zone)
{
    if (!usable(schedule, zone) || !afterUtc.isValid() || !atOrBeforeUtc.isValid() || atOrBeforeUtc <= afterUtc)
        return {};
    // Walking back from the end, the first occurrence not past it is the latest; it is at most
    // SearchDays back, so a long gap since `afterUtc` costs nothing.
    const QDate lastDay = localDay(atOrBeforeUtc, zone);
    const QDate firstDay = std::max(localDay(afterUtc, zone).addDays(-1), lastDay.addDays(-SearchDays));
    for (QDate day = lastDay; day >= firstDay; day = day.addDays(-1)) {
        const QDateTime occurrence = occurrenceOn(schedule, day, zone);
        if (occurrence.isValid() && occurrence <= atOrBeforeUtc)
            return occurrence > afterUtc ? occurrence : QDateTime();
    }
    return {};
}

} // namespace tend
