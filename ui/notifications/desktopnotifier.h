#pragma once

#include "result.h"

#include <QDBusConnection>
#include <QObject>
#include <QStringList>

namespace tend {

// A notification as the desktop shows it. Keep the words discreet: it may appear on a shared
// or locked screen.
struct DesktopNotification
{
    QString summary;
    QString body;
    // Buttons, where the server supports actions: "Check in now" (for the check-in reminder) and "Snooze 1 h".
    bool offerCheckIn = false;
    bool offerSnooze = false;
};

// Desktop notifications through the freedesktop.org service (org.freedesktop.Notifications) on
// the session bus, with the desktop-entry hint so the desktop knows they are Tend's.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    static inline const QString CheckInAction = QStringLiteral("check-in");
    static inline const QString SnoozeAction = QStringLiteral("snooze-1h");

    explicit DesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    // Whether a notification server is there to show anything.
    bool isAvailable() const;
    // The server's capabilities ("actions", "body", …); empty when it cannot be asked.
    QStringList capabilities() const;
    // Shows the notification; its id, or why it could not be shown.
    Result<uint> show(const DesktopNotification &notification);

signals:
    void actionInvoked(uint id, const QString &actionKey);
    void closed(uint id);

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
};

} // namespace tend
