#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace tend {

// The ways a reminder can reach the couple, best first: a desktop notification, a message from
// Tend's tray icon, a banner in Tend's window; or none of them.
enum class DeliveryWay { Desktop, Tray, Window, None };

// How a reminder's latest occurrence was delivered, or why it could not be.
struct ReminderDelivery
{
    QUuid reminderId;
    QDateTime dueUtc;
    QDateTime deliveredUtc;
    DeliveryWay way = DeliveryWay::None;
    QString problem; // when no way worked: what each way answered

    bool operator==(const ReminderDelivery &) const = default;
};

} // namespace tend
