#include "reminderdeliverer.h"

#include "clock.h"
#include "desktopnotifier.h"
#include "reminders/reminderstore.h"
#include "texts.h"

#include <QSystemTrayIcon>

namespace tend {

ReminderDeliverer::ReminderDeliverer(ReminderStore &store, DesktopNotifier *desktop, QObject *parent)
    : QObject(parent), m_store(store), m_desktop(desktop)
{
    if (!m_desktop)
        return;
    connect(m_desktop, &DesktopNotifier::actionInvoked, this, &ReminderDeliverer::onAction);
    // Other applications' notifications close on the same bus: only Tend's own count.
    connect(m_desktop, &DesktopNotifier::closed, this, [this](uint id) {
        if (m_reminderOfNotification.remove(id) > 0)
            emit notificationDone();
    });
}

void ReminderDeliverer::setTrayIcon(QSystemTrayIcon *tray)
{
    m_tray = tray;
}

void ReminderDeliverer::setBanner(Banner banner)
{
    m_banner = std::move(banner);
}

int ReminderDeliverer::deliverDue()
{
    Result<QList<ClaimedReminder>> claimed = m_store.claimDue();
    if (!claimed)
        return 0; // the store has said why
    for (const ClaimedReminder &each : claimed.value())
        deliver(each);
    return int(claimed.value().size());
}

ReminderDelivery ReminderDeliverer::deliver(const ClaimedReminder &claimed)
{
    const Clock &clock = m_store.clock();
    const Shown shown = show(claimed.reminder, messageFor(claimed.reminder, claimed.due, clock.nowUtc(), clock.timeZone()));
    ReminderDelivery delivery;
    delivery.reminderId = claimed.reminder.id;
    delivery.dueUtc = claimed.due.dueUtc;
    delivery.deliveredUtc = clock.nowUtc();
    delivery.way = shown.way;
    delivery.problem = shown.problem;
    (void)m_store.recordDelivery(delivery); // a failure is reported by the store
    return delivery;
}

ReminderDelivery ReminderDeliverer::deliverTest()
{
    Reminder test;
    test.kind = ReminderKind::Custom;
    test.text = ReminderText::tr("Tend — this is how a reminder looks");
    const Shown shown = show(test, {test.text, ReminderText::tr("Reminders can reach you here.")});
    ReminderDelivery delivery;
    delivery.deliveredUtc = m_store.clock().nowUtc();
    delivery.way = shown.way;
    delivery.problem = shown.problem;
    return delivery;
}

ReminderDeliverer::Shown ReminderDeliverer::show(const Reminder &reminder, const ReminderMessage &message)
{
    QStringList problems;
    if (m_desktop) {
        DesktopNotification notification{message.summary, message.body, reminder.kind == ReminderKind::CheckIn,
                                          !reminder.id.isNull()};
        Result<uint> shown = m_desktop->show(notification);
        if (shown) {
            if (!reminder.id.isNull())
                m_reminderOfNotification.insert(shown.value(), reminder.id);
            return {DeliveryWay::Desktop, shown.value(), {}};
        }
        problems.append(shown.error().message);
    } else {
        problems.append(DeliveryText::tr("Desktop notifications are not available."));
    }

    if (m_tray && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_tray->show(); // a one-shot run shows its icon only when it has something to say
        m_tray->showMessage(message.summary, message.body, QSystemTrayIcon::Information);
        return {DeliveryWay::Tray, 0, {}};
    }
    problems.append(DeliveryText::tr("There is no tray to show a message from."));

    if (m_banner && m_banner(reminder, message))
        return {DeliveryWay::Window, 0, {}};
    problems.append(DeliveryText::tr("Tend's window is not open."));
    return {DeliveryWay::None, 0, problems.join(u' ')};
}

void ReminderDeliverer::onAction(uint notificationId, const QString &action)
{
    const QUuid reminderId = m_reminderOfNotification.take(notificationId);
    if (reminderId.isNull())
        return; // another application's notification, or one from before this Tend started
    emit notificationDone();
    if (action == DesktopNotifier::CheckInAction) {
        emit checkInRequested();
        return;
    }
    if (action != DesktopNotifier::SnoozeAction)
        return;
    Result<QList<Reminder>> reminders = m_store.reminders();
    if (!reminders)
        return;
    for (const Reminder &reminder : reminders.value()) {
        if (reminder.id == reminderId)
            (void)m_store.snooze(reminder, Snooze::OneHour); // a failure is reported by the store
    }
}

} // namespace tend
