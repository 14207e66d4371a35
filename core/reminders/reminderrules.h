#pragma once

#include "model/reminder.h"

#include <QDate>
#include <QTimeZone>

#include <optional>

namespace tend {

// What a reminder's fire state means. `lastFiredUtc` is the last occurrence that was dealt with
// (delivered, done or skipped); a new reminder starts with it set to its creation time, so it
// never fires for the past. `snoozedUntilUtc`, when valid, is when a snoozed occurrence comes back.

// A reminder that should be delivered now.
struct DueReminder
{
    QDateTime dueUtc; // the occurrence (or the end of the snooze) being delivered
    bool late = false; // more than a grace period after dueUtc: the text says when it was due
};

inline constexpr qint64 LateAfterSeconds = 15 * 60;

// Whether `reminder` is due at `nowUtc`: enabled, and either a snooze has ended or an occurrence
// has come since lastFiredUtc. When several occurrences were missed (the machine was off), only
// the latest is due, once.
std::optional<DueReminder> dueAt(const Reminder &reminder, const QDateTime &nowUtc, const QTimeZone &zone);

// The state after delivering `due` at `nowUtc`: it is not delivered again.
Reminder delivered(Reminder reminder, const DueReminder &due);

enum class Snooze { TenMinutes, OneHour, UntilTomorrow };
// Comes back after the snooze. "Until tomorrow" means tomorrow at the schedule's time of day
// (in `zone`), or, for a reminder that is not daily, at 09:00 tomorrow. 
Reminder snoozed(Reminder reminder, Snooze snooze, const QDateTime &nowUtc, const QTimeZone &zone);
// Done: whatever was due or snoozed is dealt with.
Reminder done(Reminder reminder, const QDateTime &nowUtc);
// The next `count` times the reminder will come: after now, and after any occurrence already
// dealt with ahead of time (skipped).
QList<QDateTime> upcomingOccurrences(const Reminder &reminder, const QDateTime &nowUtc, const QTimeZone &zone, int count);
// Skip the next occurrence after `nowUtc` (e.g. "not tonight").
Reminder skipNext(Reminder reminder, const QDateTime &nowUtc, const QTimeZone &zone);

// The check-in reminder stays quiet on a day both partners have already checked in.
bool quietBecauseBothCheckedIn(const Reminder &reminder, const DueReminder &due, const QDate &dayBothCheckedIn,
                               const QTimeZone &zone);

// Tend's reminders for a new couple, as DESIGN.md suggests: a daily check-in at 21:00 (on), one
// need to talk about, Sundays at 19:00 (on), five minutes of mindfulness daily at 08:00 (off), a
// monthly moment to consider support, on the 1st at 19:00 (off). Discreet texts; lastFiredUtc = nowUtc.
QList<Reminder> defaultReminders(const QDateTime &nowUtc);

// The words shown for a kind when the couple has not written their own; never intimate.
QString discreetText(ReminderKind kind);

} // namespace tend
