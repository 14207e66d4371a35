#pragma once

#include "model/reminder.h"
#include "model/reminderdelivery.h"
#include "reminders/reminderrules.h"
#include "result.h"

#include <QDate>
#include <QList>

#include <functional>
#include <memory>

namespace tend {

class Clock;
class Database;

// A reminder that has just become due, claimed for delivery.
struct ClaimedReminder
{
    Reminder reminder; // as it is now stored: marked delivered
    DueReminder due;
};

// The reminders and their fire state, kept in a small SQLite file of their own beside the
// couple's data (reminders.sqlite). It holds schedules and discreet texts, nothing intimate, so
// `tend --remind` can use it while the couple's data stays locked.
class ReminderRepository
{
public:
    ReminderRepository(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    // The reminders file in `folder`, created with Tend's default reminders the first time.
    static Result<std::unique_ptr<Database>> openIn(const QString &folder, const Clock &clock);

    Result<QList<Reminder>> all() const;
    // Adds a reminder last and fills in its id and timestamps. It counts from now: it never
    // fires for a time already past.
    Status add(Reminder &reminder);
    // Saves a changed schedule, text or switch. A new schedule, or switching a reminder back
    // on, counts from now, so nothing fires at once for a time that has already gone by.
    Status update(Reminder &reminder);
    Status remove(const QUuid &id);
    // Saves only when it last fired and any snooze.
    Status saveFireState(const Reminder &reminder);
    // Reads the reminder and saves `change(reminder)`'s fire state in one write transaction, so a
    // snooze, skip or done works on the state as it is stored, not on an older copy.
    Status changeFireState(const QUuid &id, const std::function<Reminder(const Reminder &)> &change);

    // Every reminder due now, marked delivered in the same write transaction, so that of two
    // processes looking at the same moment only one gets it. A check-in reminder on a day both
    // partners already checked in is marked delivered too, without being returned.
    Result<QList<ClaimedReminder>> claimDue();

    Result<QList<ReminderDelivery>> deliveries() const;
    Status recordDelivery(const ReminderDelivery &delivery);

    // The latest day on which both partners checked in (a date, nothing more); an invalid day
    // forgets it (say, when undo takes a check-in back).
    Result<QDate> bothCheckedInOn() const;
    Status setBothCheckedInOn(const QDate &day);

private:
    Status addDefaultsIfEmpty();
    Status writeFireState(const Reminder &reminder); // inside a transaction already begun
    Result<std::optional<Reminder>> find(const QUuid &id) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace tend
