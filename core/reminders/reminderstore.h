#pragma once

#include "result.h"
#include "storage/reminderrepository.h"

#include <QObject>

namespace tend {

// The UI's door to the reminders. Every write announces itself with changed(); every failure,
// read or write, is reported once through failed() and returned to the caller.
class ReminderStore : public QObject
{
    Q_OBJECT

public:
    ReminderStore(Database &database, const Clock &clock, QObject *parent = nullptr);

    Result<QList<Reminder>> reminders();
    Result<QList<ReminderDelivery>> deliveries();

    Status add(Reminder &reminder);
    Status update(Reminder &reminder);
    Status remove(const QUuid &id);
    Status snooze(const Reminder &reminder, Snooze snooze);
    Status markDone(const Reminder &reminder);
    Status skipNext(const Reminder &reminder);

    // What is due now, claimed so no other Tend delivers it too; and how it went.
    Result<QList<ClaimedReminder>> claimDue();
    Status recordDelivery(const ReminderDelivery &delivery);
    Status setBothCheckedInOn(const QDate &day);
    Result<QDate> bothCheckedInOn();

    const Clock &clock() const { return m_clock; }

signals:
    void changed();
    void failed(const QString &message);

private:
    Status announce(Status status);
    template <typename T>
    Result<T> report(Result<T> result)
    {
        if (!result)
            emit failed(result.error().message);
        return result;
    }

    ReminderRepository m_repository;
    const Clock &m_clock;
};

} // namespace tend
