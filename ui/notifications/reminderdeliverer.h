#pragma once

#include "model/reminderdelivery.h"
#include "reminders/remindermessage.h"
#include "storage/reminderrepository.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QSystemTrayIcon;

namespace tend {

class DesktopNotifier;
class ReminderStore;

// Delivers reminders by the first way that works: a desktop notification, a message from Tend's
// tray icon, a banner in Tend's window. Each delivery is recorded with the way it took, or, when
// none worked, with what each way answered, so the Reminders page can say so.
class ReminderDeliverer : public QObject
{
    Q_OBJECT

public:
    // Shows a reminder inside Tend's window; returns false when there is no window to show it in.
    using Banner = std::function<bool(const Reminder &reminder, const ReminderMessage &message)>;

    ReminderDeliverer(ReminderStore &store, DesktopNotifier *desktop, QObject *parent = nullptr);

    void setTrayIcon(QSystemTrayIcon *tray);
    void setBanner(Banner banner);

    // Claims whatever is due now and delivers it; how many were delivered (or tried).
    int deliverDue();
    ReminderDelivery deliver(const ClaimedReminder &claimed);
    // Shows a test reminder by the first way that works, without recording it: what the
    // Reminders page offers to check that reminders can reach the couple here.
    ReminderDelivery deliverTest();

signals:
    // "Check in now" was chosen on a notification.
    void checkInRequested();
    // One of the notifications this deliverer sent was answered or closed.
    void notificationDone();

private:
    struct Shown
    {
        DeliveryWay way = DeliveryWay::None;
        uint notificationId = 0;
        QString problem;
    };
    Shown show(const Reminder &reminder, const ReminderMessage &message);
    void onAction(uint notificationId, const QString &action);

    ReminderStore &m_store;
    QPointer<DesktopNotifier> m_desktop;
    QPointer<QSystemTrayIcon> m_tray;
    Banner m_banner;
    QHash<uint, QUuid> m_reminderOfNotification;
};

} // namespace tend
