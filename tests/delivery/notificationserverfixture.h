#pragma once

#include "fakenotificationserver.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QThread>

#include <gtest/gtest.h>

namespace tend::test {

inline const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");
inline const QString NotificationsPath = QStringLiteral("/org/freedesktop/Notifications");

// A test on a real session bus (the suite runs under dbus-run-session) that can start a
// stand-in notification server, on a connection and thread of its own, and send its signals.
class NotificationServerFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDBusConnection::sessionBus().isConnected())
            << "No session bus: run this suite under dbus-run-session (CTest does)";
    }

    void TearDown() override
    {
        if (m_server) {
            m_serverBus.unregisterObject(NotificationsPath);
            m_serverBus.unregisterService(NotificationsService);
            QMetaObject::invokeMethod(m_server, &QObject::deleteLater);
        }
        m_thread.quit();
        m_thread.wait();
        QDBusConnection::disconnectFromBus(m_serverName);
    }

    // A notification server offering `capabilities`.
    void startServer(const QStringList &capabilities)
    {
        m_serverBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_serverName);
        ASSERT_TRUE(m_serverBus.isConnected());
        m_server = new FakeNotificationServer(capabilities);
        ASSERT_TRUE(m_serverBus.registerObject(NotificationsPath, m_server,
                                               QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        ASSERT_TRUE(m_serverBus.registerService(NotificationsService));
        m_server->moveToThread(&m_thread);
        m_thread.start();
    }

    // As if the person clicked a notification's button.
    bool invokeAction(uint id, const QString &action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(NotificationsPath, NotificationsService, QStringLiteral("ActionInvoked"));
        signal << id << action;
        return m_serverBus.send(signal);
    }

    const QString m_serverName = QStringLiteral("fake-notification-server");
    QDBusConnection m_serverBus{QString()};
    FakeNotificationServer *m_server = nullptr;
    QThread m_thread;
};

} // namespace tend::test
