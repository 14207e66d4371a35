// The fallback chain: a desktop notification when the desktop can show one, else a message from
// the tray (where there is one), else a banner in Tend's window; when nothing works, the
// delivery is recorded with what each way answered.

#include "notificationserverfixture.h"

#include "clock.h"
#include "notifications/desktopnotifier.h"
#include "notifications/reminderdeliverer.h"
#include "reminders/reminderstore.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace tend::test {
namespace {

class ReminderDelivererTest : public NotificationServerFixture
{
protected:
    void SetUp() override
    {
        NotificationServerFixture::SetUp();
        ASSERT_TRUE(m_folder.isValid());
        Result<std::unique_ptr<Database>> opened = ReminderRepository::openIn(m_folder.path(), m_clock);
        ASSERT_TRUE(opened.ok());
        m_database = std::move(opened).value();
        m_store = std::make_unique<ReminderStore>(*m_database, m_clock);
        // 21:00 in Berlin: the daily check-in reminder is due.
        m_clock.setNowUtc(QDateTime(QDate(2024, 5, 14), QTime(21, 0), m_clock.timeZone()));
    }

    void TearDown() override
    {
        m_store.reset();
        m_database.reset();
        NotificationServerFixture::TearDown();
    }

    QList<ReminderDelivery> deliveries() const
    {
        Result<QList<ReminderDelivery>> all = m_store->deliveries();
        EXPECT_TRUE(all.ok());
        return all ? all.value() : QList<ReminderDelivery>();
    }

    QTemporaryDir m_folder;
    ManualClock m_clock{QDateTime(QDate(2024, 5, 14), QTime(16, 0), QTimeZone::utc()), QTimeZone("Europe/Berlin")};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReminderStore> m_store;
};

TEST_F(ReminderDelivererTest, ADesktopNotificationComesFirst)
{
    startServer({QStringLiteral("actions")});
    DesktopNotifier desktop;
    ReminderDeliverer deliverer(*m_store, &desktop);
    bool bannerShown = false;
    deliverer.setBanner([&bannerShown](const Reminder &, const ReminderMessage &) { return bannerShown = true; });
    EXPECT_EQ(deliverer.deliverDue(), 1);
    EXPECT_FALSE(bannerShown);
    ASSERT_EQ(m_server->received().size(), 1);
    ASSERT_EQ(deliveries().size(), 1);
    EXPECT_EQ(deliveries().first().way, DeliveryWay::Desktop);
    EXPECT_EQ(deliverer.deliverDue(), 0) << "delivered once";

    QSignalSpy checkIn(&deliverer, &ReminderDeliverer::checkInRequested);
    ASSERT_TRUE(invokeAction(1, DesktopNotifier::CheckInAction));
    EXPECT_TRUE(checkIn.wait(3000)) << "Check in now reaches Tend";
}

TEST_F(ReminderDelivererTest, WithoutANotificationServerOrTrayTheWindowShowsABanner)
{
    ASSERT_FALSE(QSystemTrayIcon::isSystemTrayAvailable()) << "the offscreen platform has no tray";
    DesktopNotifier desktop;
    QSystemTrayIcon tray;
    ReminderDeliverer deliverer(*m_store, &desktop);
    deliverer.setTrayIcon(&tray);
    QString shownText;
    deliverer.setBanner([&shownText](const Reminder &, const ReminderMessage &message) {
        shownText = message.summary;
        return true;
    });
    EXPECT_EQ(deliverer.deliverDue(), 1);
    EXPECT_EQ(shownText, QStringLiteral("Tend — time for your check-in"));
    ASSERT_EQ(deliveries().size(), 1);
    EXPECT_EQ(deliveries().first().way, DeliveryWay::Window);
}

TEST_F(ReminderDelivererTest, WhenNoWayWorksItIsRecordedWithEveryReason)
{
    DesktopNotifier desktop;
    ReminderDeliverer deliverer(*m_store, &desktop);
    deliverer.setBanner([](const Reminder &, const ReminderMessage &) { return false; }); // window closed
    EXPECT_EQ(deliverer.deliverDue(), 1);
    ASSERT_EQ(deliveries().size(), 1);
    const ReminderDelivery delivery = deliveries().first();
    EXPECT_EQ(delivery.way, DeliveryWay::None);
    EXPECT_TRUE(delivery.problem.contains(QStringLiteral("did not show the notification")));
    EXPECT_TRUE(delivery.problem.contains(QStringLiteral("no tray")));
    EXPECT_TRUE(delivery.problem.contains(QStringLiteral("window is not open")));
}

TEST_F(ReminderDelivererTest, ATestReminderSaysWhichWayWorksAndIsNotRecorded)
{
    DesktopNotifier desktop;
    ReminderDeliverer deliverer(*m_store, &desktop);
    EXPECT_EQ(deliverer.deliverTest().way, DeliveryWay::None);
    startServer({QStringLiteral("body")});
    EXPECT_EQ(deliverer.deliverTest().way, DeliveryWay::Desktop);
    ASSERT_EQ(m_server->received().size(), 1);
    EXPECT_TRUE(m_server->received().first().actions.isEmpty()) << "a test has nothing to snooze";
    EXPECT_TRUE(deliveries().isEmpty());
}

} // namespace
} // namespace tend::test
