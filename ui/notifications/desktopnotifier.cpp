#include "desktopnotifier.h"

#include "texts.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

namespace tend {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
constexpr int CallTimeoutMs = 3000;


QDBusMessage call(const QString &method)
{
    return QDBusMessage::createMethodCall(Service, Path, Interface, method);
}

} // namespace

DesktopNotifier::DesktopNotifier(QDBusConnection bus, QObject *parent) : QObject(parent), m_bus(std::move(bus))
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

bool DesktopNotifier::isAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    const QDBusReply<bool> registered = m_bus.interface()->isServiceRegistered(Service);
    // Servers are often started on demand: one that can be activated counts too.
    if (registered.isValid() && registered.value())
        return true;
    const QDBusReply<QStringList> activatable = m_bus.interface()->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(Service);
}

QStringList DesktopNotifier::capabilities() const
{
    if (!m_bus.isConnected())
        return {};
    const QDBusReply<QStringList> reply = m_bus.call(call(QStringLiteral("GetCapabilities")), QDBus::Block, CallTimeoutMs);
    return reply.isValid() ? reply.value() : QStringList();
}

Result<uint> DesktopNotifier::show(const DesktopNotification &notification)
{
    if (!m_bus.isConnected())
        return Error{DeliveryText::tr("There is no desktop session bus to send notifications on.")};
    QStringList actions;
    if ((notification.offerCheckIn || notification.offerSnooze) && capabilities().contains(QStringLiteral("actions"))) {
        if (notification.offerCheckIn)
            actions << CheckInAction << DeliveryText::tr("Check in now");
        if (notification.offerSnooze)
            actions << SnoozeAction << DeliveryText::tr("Snooze 1 h");
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("tend"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1)));

    QDBusMessage notify = call(QStringLiteral("Notify"));
    notify << QStringLiteral("Tend") << uint(0) << QStringLiteral("tend") << notification.summary << notification.body
           << actions << hints << int(-1);
    const QDBusReply<uint> reply = m_bus.call(notify, QDBus::Block, CallTimeoutMs);
    if (!reply.isValid())
        return Error{DeliveryText::tr("The desktop did not show the notification: %1").arg(reply.error().message())};
    return reply.value();
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    emit actionInvoked(id, actionKey);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    emit closed(id);
}

} // namespace tend
