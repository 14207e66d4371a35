// Tend locks when the desktop says the session locked or the computer is going to sleep: the
// screen saver and logind are played by this test on the suite's own bus.

#include "fakelogind.h"
#include "sessionlockwatcher.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace tend::test {
namespace {

const QString Logind = QStringLiteral("org.freedesktop.login1");
const QString LogindPath = QStringLiteral("/org/freedesktop/login1");
const QString MarkerPath = QStringLiteral("/test/marker");
const QString MarkerInterface = QStringLiteral("test.tend.Marker");

class SessionLockWatcherTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDBusConnection::sessionBus().isConnected())
            << "No session bus: run this suite under dbus-run-session (CTest does)";
        m_desktop = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_desktopName);
        ASSERT_TRUE(m_desktop.isConnected());
        for (const QString &service : {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"), Logind})
            ASSERT_TRUE(m_desktop.registerService(service)) << service.toStdString();
        ASSERT_TRUE(m_desktop.registerObject(LogindPath, &m_logind, QDBusConnection::ExportAllSlots));
        ASSERT_TRUE(QDBusConnection::sessionBus().connect(QString(), MarkerPath, MarkerInterface, QStringLiteral("Marker"),
                                                          &m_listener, SLOT(marker(int))));
    }

    void TearDown() override
    {
        QDBusConnection::sessionBus().disconnect(QString(), MarkerPath, MarkerInterface, QStringLiteral("Marker"),
                                                 &m_listener, SLOT(marker(int)));
        m_desktop.unregisterObject(LogindPath);
        QDBusConnection::disconnectFromBus(m_desktopName);
    }

    bool send(const QString &path, const QString &interface, const QString &name, const QVariantList &arguments = {})
    {
        QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
        signal.setArguments(arguments);
        return m_desktop.send(signal);
    }

    // Sends the test's numbered marker (again, until the listener's match reached the bus) and
    // waits until the watcher's connection handled it, and with it everything sent before.
    bool everythingSentWasHandled()
    {
        const int number = ++m_markers;
        QSignalSpy heard(&m_listener, &MarkerListener::heard);
        for (int attempt = 0; attempt < 100 && m_listener.last() < number; ++attempt) {
            if (!send(MarkerPath, MarkerInterface, QStringLiteral("Marker"), {number}))
                return false;
            heard.wait(50);
        }
        return m_listener.last() >= number;
    }

    bool screenSaver(bool active)
    {
        return send(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                    QStringLiteral("ActiveChanged"), {active});
    }

    const QString m_desktopName = QStringLiteral("fake-desktop");
    QDBusConnection m_desktop{QString()};
    FakeLogind m_logind;
    MarkerListener m_listener;
    int m_markers = 0;
};

// Signals sent before the watcher's match rules reached the bus are lost, as on a real desktop
// at login; the test sends until one is heard, then checks what follows one by one.
bool heardAfterResending(QSignalSpy &spy, const std::function<bool()> &send)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (!send())
            return false;
        if (spy.wait(50))
            return true;
    }
    return false;
}

TEST_F(SessionLockWatcherTest, ScreenSaverStartingLocksAndStoppingDoesNot)
{
    SessionLockWatcher watcher(QDBusConnection::sessionBus(), QDBusConnection::sessionBus());
    QSignalSpy locked(&watcher, &SessionLockWatcher::sessionLocked);
    watcher.start(); // listens to the session bus before it returns
    ASSERT_TRUE(screenSaver(true));
    ASSERT_TRUE(locked.wait(2000)) << "The screen saver starting was not heard";
    locked.clear();

    ASSERT_TRUE(screenSaver(false));
    ASSERT_TRUE(everythingSentWasHandled());
    EXPECT_EQ(locked.count(), 0) << "The screen saver stopping must not lock";
    ASSERT_TRUE(send(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
                     QStringLiteral("ActiveChanged"), {true}));
    ASSERT_TRUE(everythingSentWasHandled());
    EXPECT_EQ(locked.count(), 1) << "GNOME's screen saver was not heard";
}

TEST_F(SessionLockWatcherTest, LogindLockingThisSessionLocksAndOtherSessionsDoNot)
{
    SessionLockWatcher watcher(QDBusConnection::sessionBus(), QDBusConnection::sessionBus());
    QSignalSpy locked(&watcher, &SessionLockWatcher::sessionLocked);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(m_logind.asked(), 1, 5000);
    const QString session = QStringLiteral("org.freedesktop.login1.Session");
    ASSERT_TRUE(heardAfterResending(locked, [&] { return send(FakeLogind::SessionPath, session, QStringLiteral("Lock")); }));
    ASSERT_TRUE(everythingSentWasHandled()); // a resent Lock still on its way would count below
    locked.clear();

    ASSERT_TRUE(send(QStringLiteral("/org/freedesktop/login1/session/_3theirs"), session, QStringLiteral("Lock")));
    ASSERT_TRUE(send(LogindPath, QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), {false}));
    ASSERT_TRUE(everythingSentWasHandled());
    EXPECT_EQ(locked.count(), 0) << "Another session's lock, or waking up, must not lock";
    ASSERT_TRUE(send(LogindPath, QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), {true}));
    ASSERT_TRUE(everythingSentWasHandled());
    EXPECT_EQ(locked.count(), 1) << "Going to sleep was not heard";
}

TEST_F(SessionLockWatcherTest, NoDesktopNoLocking)
{
    SessionLockWatcher watcher{QDBusConnection(QString()), QDBusConnection(QString())};
    QSignalSpy locked(&watcher, &SessionLockWatcher::sessionLocked);
    watcher.start();
    ASSERT_TRUE(screenSaver(true));
    ASSERT_TRUE(everythingSentWasHandled());
    EXPECT_EQ(locked.count(), 0);
}

} // namespace
} // namespace tend::test
