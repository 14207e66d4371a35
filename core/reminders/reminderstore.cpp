#include "reminderstore.h"

#include "clock.h"

namespace tend {

ReminderStore::ReminderStore(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent), m_repository(database, clock), m_clock(clock)
{
}

Status ReminderStore::announce(Status status)
{
    if (status)
        emit changed();
    else
        emit failed(status.error().message);
    return status;
}

Result<QList<Reminder>> ReminderStore::reminders()
{
    return report(m_repository.all());
}

Result<QList<ReminderDelivery>> ReminderStore::deliveries()
{
    return report(m_repository.deliveries());
}

Status ReminderStore::add(Reminder &reminder)
{
    return announce(m_repository.add(reminder));
}

Status ReminderStore::update(Reminder &reminder)
{
    return announce(m_repository.update(reminder));
}

Status ReminderStore::remove(const QUuid &id)
{
    return announce(m_repository.remove(id));
}

Status ReminderStore::snooze(const Reminder &reminder, Snooze snooze)
{
    return announce(m_repository.changeFireState(reminder.id, [this, snooze](const Reminder &stored) {
        return snoozed(stored, snooze, m_clock.nowUtc(), m_clock.timeZone());
    }));
}

Status ReminderStore::markDone(const Reminder &reminder)
{
    return announce(m_repository.changeFireState(
        reminder.id, [this](const Reminder &stored) { return done(stored, m_clock.nowUtc()); }));
}

Status ReminderStore::skipNext(const Reminder &reminder)
{
    return announce(m_repository.changeFireState(reminder.id, [this](const Reminder &stored) {
        return tend::skipNext(stored, m_clock.nowUtc(), m_clock.timeZone());
    }));
}

Result<QDate> ReminderStore::bothCheckedInOn()
{
    return report(m_repository.bothCheckedInOn());
}

Result<QList<ClaimedReminder>> ReminderStore::claimDue()
{
    Result<QList<ClaimedReminder>> claimed = report(m_repository.claimDue());
    if (claimed && !claimed.value().isEmpty())
        emit changed();
    return claimed;
}

Status ReminderStore::recordDelivery(const ReminderDelivery &delivery)
{
    return announce(m_repository.recordDelivery(delivery));
}

Status ReminderStore::setBothCheckedInOn(const QDate &day)
{
    Status status = m_repository.setBothCheckedInOn(day);
    if (!status)
        emit failed(status.error().message);
    return status;
}

} // namespace tend
