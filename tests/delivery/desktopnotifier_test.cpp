// Desktop notifications over a real session bus: this suite runs under dbus-run-session, and
// registers a stand-in notification server to see exactly what Tend sends.

#include "fakenotificationserver.h"

#include "notifications/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QThread>

#include <gtest/gtest.h>

namespace tend::test {
namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");

class DesktopNotifierTest : public ::testing::Test
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
            m_serverBus.unregisterObject(Path);
            m_serverBus.unregisterService(Service);
            QMetaObject::invokeMethod(m_server, &QObject::deleteLater);
        }
        m_thread.quit();
        m_thread.wait();
        QDBusConnection::disconnectFromBus(m_serverName);
    }

    // A notification server on its own connection and thread, offering `capabilities`.
    void startServer(const QStringList &capabilities)
    {
        m_serverBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_serverName);
        ASSERT_TRUE(m_serverBus.isConnected());
        m_server = new FakeNotificationServer(capabilities);
        ASSERT_TRUE(m_serverBus.registerObject(Path, m_server,
                                               QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        ASSERT_TRUE(m_serverBus.registerService(Service));
        m_server->moveToThread(&m_thread);
        m_thread.start();
    }

    const QString m_serverName = QStringLiteral("fake-notification-server");
    QDBusConnection m_serverBus{QString()};
    FakeNotificationServer *m_server = nullptr;
    QThread m_thread;
};

TEST_F(DesktopNotifierTest, SendsTheExactNotifyCallWithActionsWhereSupported)
{
    startServer({QStringLiteral("body"), QStringLiteral("actions")});
    DesktopNotifier notifier;
    ASSERT_TRUE(notifier.isAvailable());

    const Result<uint> shown = notifier.show({QStringLiteral("Tend"), QStringLiteral("Time for your check-in"), true});
    ASSERT_TRUE(shown.ok()) << shown.error().message.toStdString();
    EXPECT_EQ(shown.value(), 1u);

    const QList<ReceivedNotification> received = m_server->received();
    ASSERT_EQ(received.size(), 1);
    const ReceivedNotification &call = received.first();
    EXPECT_EQ(call.appName, QStringLiteral("Tend"));
    EXPECT_EQ(call.replacesId, 0u);
    EXPECT_EQ(call.summary, QStringLiteral("Tend"));
    EXPECT_EQ(call.body, QStringLiteral("Time for your check-in"));
    EXPECT_EQ(call.actions, (QStringList{DesktopNotifier::CheckInAction, QStringLiteral("Check in now"),
                                         DesktopNotifier::SnoozeAction, QStringLiteral("Snooze 1 h")}));
    EXPECT_EQ(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("tend"));
    EXPECT_EQ(call.expireTimeout, -1);
}

TEST_F(DesktopNotifierTest, OffersNoActionsToAServerWithoutThem)
{
    startServer({QStringLiteral("body")});
    DesktopNotifier notifier;
    ASSERT_TRUE(notifier.show({QStringLiteral("Tend"), QStringLiteral("Five quiet minutes"), true}).ok());
    ASSERT_EQ(m_server->received().size(), 1);
    EXPECT_TRUE(m_server->received().first().actions.isEmpty());
}

TEST_F(DesktopNotifierTest, PassesOnWhichActionWasChosen)
{
    startServer({QStringLiteral("actions")});
    DesktopNotifier notifier;
    QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
    const Result<uint> shown = notifier.show({QStringLiteral("Tend"), QStringLiteral("Time for your check-in"), true});
    ASSERT_TRUE(shown.ok());

    QDBusMessage signal = QDBusMessage::createSignal(Path, Service, QStringLiteral("ActionInvoked"));
    signal << shown.value() << DesktopNotifier::SnoozeAction;
    ASSERT_TRUE(m_serverBus.send(signal));
    ASSERT_TRUE(invoked.wait(3000));
    EXPECT_EQ(invoked.at(0).at(0).toUInt(), shown.value());
    EXPECT_EQ(invoked.at(0).at(1).toString(), DesktopNotifier::SnoozeAction);
}

TEST_F(DesktopNotifierTest, WithoutAServerItSaysSoInsteadOfFailingSilently)
{
    DesktopNotifier notifier;
    EXPECT_FALSE(notifier.isAvailable());
    const Result<uint> shown = notifier.show({QStringLiteral("Tend"), QStringLiteral("Time for your check-in"), true});
    ASSERT_FALSE(shown.ok());
    EXPECT_TRUE(shown.error().message.contains(QStringLiteral("did not show the notification")))
        << shown.error().message.toStdString();
}

} // namespace
} // namespace tend::test
