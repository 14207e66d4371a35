#include "reminderrules.h"

#include "occurrences.h"
#include "texts.h"
#include "wallclock.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace tend {

namespace {

// A reminder that has never fired counts from when it was made, so it never fires for the past.
QDateTime dealtWithUntil(const Reminder &reminder)
{
    return reminder.lastFiredUtc.isValid() ? reminder.lastFiredUtc : reminder.createdUtc;
}

QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

DueReminder dueAtInstant(const QDateTime &dueUtc, const QDateTime &nowUtc)
{
    return {dueUtc, dueUtc.secsTo(nowUtc) > LateAfterSeconds};
}

QDateTime tomorrowAt(const Schedule &schedule, const QDateTime &nowUtc, const QTimeZone &zone)
{
    const bool daily = schedule.frequency == Frequency::Daily && schedule.time.isValid();
    const QTime time = daily ? schedule.time : QTime(9, 0);
    const QDate tomorrow = nowUtc.toTimeZone(zone).date().addDays(1);
    const QDateTime comesBack = instantOfWallTime(tomorrow, time, zone);
    return comesBack.isValid() ? comesBack : nowUtc.addDays(1);
}

QDateTime snoozeEnd(Snooze snooze, const Schedule &schedule, const QDateTime &nowUtc, const QTimeZone &zone)
{
    switch (snooze) {
    case Snooze::TenMinutes:
        return nowUtc.addSecs(10 * 60);
    case Snooze::OneHour:
        return nowUtc.addSecs(60 * 60);
    case Snooze::UntilTomorrow:
        return tomorrowAt(schedule, nowUtc, zone);
    }
    return nowUtc.addSecs(10 * 60);
}

Reminder defaultReminder(ReminderKind kind, const Schedule &schedule, bool enabled, const QDateTime &nowUtc)
{
    Reminder reminder;
    reminder.id = QUuid::createUuid();
    reminder.createdUtc = nowUtc;
    reminder.updatedUtc = nowUtc;
    reminder.kind = kind;
    reminder.schedule = schedule;
    reminder.enabled = enabled;
    reminder.text = discreetText(kind);
    reminder.lastFiredUtc = nowUtc;
    return reminder;
}

} // namespace

std::optional<DueReminder> dueAt(const Reminder &reminder, const QDateTime &nowUtc, const QTimeZone &zone)
{
    if (!reminder.enabled)
        return std::nullopt;
    if (reminder.snoozedUntilUtc.isValid() && nowUtc < reminder.snoozedUntilUtc)
        return std::nullopt;
    const QDateTime occurrence = latestOccurrence(reminder.schedule, dealtWithUntil(reminder), nowUtc, zone);
    // A snooze that ended while occurrences came after it (the machine was off) gives way to the
    // latest of them: one delivery, not one for the snooze and one for the gap.
    if (reminder.snoozedUntilUtc.isValid() && (!occurrence.isValid() || occurrence < reminder.snoozedUntilUtc))
        return dueAtInstant(reminder.snoozedUntilUtc, nowUtc);
    if (!occurrence.isValid())
        return std::nullopt;
    return dueAtInstant(occurrence, nowUtc);
}

Reminder delivered(Reminder reminder, const DueReminder &due)
{
    reminder.lastFiredUtc = later(reminder.lastFiredUtc, due.dueUtc);
    if (reminder.snoozedUntilUtc.isValid() && due.dueUtc >= reminder.snoozedUntilUtc)
        reminder.snoozedUntilUtc = QDateTime();
    return reminder;
}

Reminder snoozed(Reminder reminder, Snooze snooze, const QDateTime &nowUtc, const QTimeZone &zone)
{
    const QDateTime occurrence = latestOccurrence(reminder.schedule, dealtWithUntil(reminder), nowUtc, zone);
    reminder.lastFiredUtc = later(reminder.lastFiredUtc, occurrence);
    reminder.snoozedUntilUtc = snoozeEnd(snooze, reminder.schedule, nowUtc, zone);
    return reminder;
}

Reminder done(Reminder reminder, const QDateTime &nowUtc)
{
    // No occurrence lies between the latest one and now, so now marks the same place in the
    // schedule; and done() is not told the time zone to find that occurrence in.
    reminder.lastFiredUtc = later(reminder.lastFiredUtc, nowUtc);
    reminder.snoozedUntilUtc = QDateTime();
    return reminder;
}

QList<QDateTime> upcomingOccurrences(const Reminder &reminder, const QDateTime &nowUtc, const QTimeZone &zone, int count)
{
    return nextOccurrences(reminder.schedule, later(nowUtc, reminder.lastFiredUtc), zone, count);
}

Reminder skipNext(Reminder reminder, const QDateTime &nowUtc, const QTimeZone &zone)
{
    // After an earlier skip, the next one to skip is the one after that.
    const QDateTime from = later(nowUtc, reminder.lastFiredUtc);
    reminder.lastFiredUtc = later(reminder.lastFiredUtc, nextOccurrence(reminder.schedule, from, zone));
    reminder.snoozedUntilUtc = QDateTime();
    return reminder;
}

bool quietBecauseBothCheckedIn(const Reminder &reminder, const DueReminder &due, const QDate &dayBothCheckedIn,
                               const QTimeZone &zone)
{
    return reminder.kind == ReminderKind::CheckIn && dayBothCheckedIn.isValid() && due.dueUtc.isValid()
        && due.dueUtc.toTimeZone(zone).date() == dayBothCheckedIn;
}

QList<Reminder> defaultReminders(const QDateTime &nowUtc)
{
    Schedule checkIn;
    checkIn.frequency = Frequency::Daily;
    checkIn.time = QTime(21, 0);

    Schedule weeklyNeed;
    weeklyNeed.frequency = Frequency::Weekly;
    weeklyNeed.time = QTime(19, 0);
    weeklyNeed.weekdays = 1 << Qt::Sunday;

    Schedule mindfulness;
    mindfulness.frequency = Frequency::Daily;
    mindfulness.time = QTime(8, 0);

    Schedule considerSupport;
    considerSupport.frequency = Frequency::Monthly;
    considerSupport.time = QTime(19, 0);
    considerSupport.dayOfMonth = 1;

    return {
        defaultReminder(ReminderKind::CheckIn, checkIn, true, nowUtc),
        defaultReminder(ReminderKind::WeeklyNeed, weeklyNeed, true, nowUtc),
        defaultReminder(ReminderKind::Mindfulness, mindfulness, false, nowUtc),
        defaultReminder(ReminderKind::ConsiderSupport, considerSupport, false, nowUtc),
    };
}

QString discreetText(ReminderKind kind)
{
    switch (kind) {
    case ReminderKind::CheckIn:
        return ReminderText::tr("Tend — time for your check-in");
    case ReminderKind::WeeklyNeed:
        return ReminderText::tr("Tend — one thing to talk about this week");
    case ReminderKind::Mindfulness:
        return ReminderText::tr("Tend — five quiet minutes");
    case ReminderKind::ConsiderSupport:
        return ReminderText::tr("Tend — a moment to think about support");
    case ReminderKind::Custom:
        break;
    }
    return ReminderText::tr("Tend — a gentle reminder");
}

} // namespace tend
