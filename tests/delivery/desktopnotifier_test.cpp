// Desktop notifications over a real session bus: this suite runs under dbus-run-session, and
// registers a stand-in notification server to see exactly what Tend sends.

#include "notificationserverfixture.h"

#include "notifications/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QThread>

#include <gtest/gtest.h>

namespace tend::test {
namespace {

using DesktopNotifierTest = NotificationServerFixture;

TEST_F(DesktopNotifierTest, SendsTheExactNotifyCallWithActionsWhereSupported)
{
    startServer({QStringLiteral("body"), QStringLiteral("actions")});
    DesktopNotifier notifier;
    ASSERT_TRUE(notifier.isAvailable());

    const Result<uint> shown = notifier.show({QStringLiteral("Tend"), QStringLiteral("Time for your check-in"), true, true});
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
    ASSERT_TRUE(notifier.show({QStringLiteral("Tend"), QStringLiteral("Five quiet minutes"), false, true}).ok());
    ASSERT_EQ(m_server->received().size(), 1);
    EXPECT_TRUE(m_server->received().first().actions.isEmpty());
}

TEST_F(DesktopNotifierTest, PassesOnWhichActionWasChosen)
{
    startServer({QStringLiteral("actions")});
    DesktopNotifier notifier;
    QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
    const Result<uint> shown = notifier.show({QStringLiteral("Tend"), QStringLiteral("Time for your check-in"), true, true});
    ASSERT_TRUE(shown.ok());

    ASSERT_TRUE(invokeAction(shown.value(), DesktopNotifier::SnoozeAction));
    ASSERT_TRUE(invoked.wait(3000));
    EXPECT_EQ(invoked.at(0).at(0).toUInt(), shown.value());
    EXPECT_EQ(invoked.at(0).at(1).toString(), DesktopNotifier::SnoozeAction);
}

TEST_F(DesktopNotifierTest, WithoutAServerItSaysSoInsteadOfFailingSilently)
{
    DesktopNotifier notifier;
    EXPECT_FALSE(notifier.isAvailable());
    const Result<uint> shown = notifier.show({QStringLiteral("Tend"), QStringLiteral("Time for your check-in"), true, true});
    ASSERT_FALSE(shown.ok());
    EXPECT_TRUE(shown.error().message.contains(QStringLiteral("did not show the notification")))
        << shown.error().message.toStdString();
}

} // namespace
} // namespace tend::test
