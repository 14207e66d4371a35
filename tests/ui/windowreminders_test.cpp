// Reminders while Tend's window is open: with no desktop notification service and no tray (as
// here, offscreen and without a session bus), a due reminder appears as a banner in the window,
// whose buttons snooze it or start a check-in; and the check-in reminder learns when both
// partners have checked in today.

#include "uitesthelpers.h"

#include "mainwindow.h"
#include "reminders/reminderstore.h"
#include "storage/database.h"
#include "storage/reminderrepository.h"
#include "windowreminders.h"

#include <QAction>
#include <QLabel>
#include <QSystemTrayIcon>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace tend::test {
namespace {

class WindowRemindersTest : public CoupleWindowTest
{
protected:
    WindowReminders *reminders() const { return m_window->findChild<WindowReminders *>(); }

    Reminder storedCheckInReminder()
    {
        Result<std::unique_ptr<Database>> opened = ReminderRepository::openIn(dataFolder(), m_clock);
        EXPECT_TRUE(opened.ok());
        if (!opened)
            return {};
        Result<QList<Reminder>> all = ReminderRepository(*opened.value(), m_clock).all();
        EXPECT_TRUE(all.ok());
        for (const Reminder &reminder : all.value()) {
            if (reminder.kind == ReminderKind::CheckIn)
                return reminder;
        }
        return {};
    }

    QDate bothCheckedInOn()
    {
        Result<std::unique_ptr<Database>> opened = ReminderRepository::openIn(dataFolder(), m_clock);
        EXPECT_TRUE(opened.ok());
        return opened ? ReminderRepository(*opened.value(), m_clock).bothCheckedInOn().value() : QDate();
    }

    // 21:00 where the test's clock lives: the daily check-in reminder, set up in the morning, is due.
    void itIsNineInTheEvening()
    {
        ASSERT_TRUE(reminders() && reminders()->store());
        m_clock.setNowUtc(QDateTime(m_clock.today(), QTime(21, 0), m_clock.timeZone()));
    }
};

TEST_F(WindowRemindersTest, ADueReminderAppearsAsABannerThatCanBeSnoozed)
{
    ASSERT_TRUE(reminders());
    auto *banner = child<QWidget>(m_window.get(), QStringLiteral("reminderBanner"));
    ASSERT_TRUE(banner);
    EXPECT_FALSE(banner->isVisible());

    ASSERT_NO_FATAL_FAILURE(itIsNineInTheEvening());
    reminders()->deliverDue();
    ASSERT_TRUE(waitUntil([banner] { return banner->isVisible(); }));
    EXPECT_EQ(child<QLabel>(banner, QStringLiteral("reminderBannerText"))->text(),
              QStringLiteral("Tend — time for your check-in"));

    QTest::mouseClick(child<QPushButton>(banner, QStringLiteral("bannerSnoozeButton")), Qt::LeftButton);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_EQ(storedCheckInReminder().snoozedUntilUtc, m_clock.nowUtc().addSecs(3600));

    reminders()->deliverDue();
    EXPECT_FALSE(banner->isVisible()) << "shown once, then quiet until the snooze ends";
    m_clock.advanceSeconds(3600);
    reminders()->deliverDue();
    EXPECT_TRUE(waitUntil([banner] { return banner->isVisible(); })) << "back after an hour";
}

TEST_F(WindowRemindersTest, CheckInNowOnTheBannerOpensANewCheckIn)
{
    pressKey(Qt::Key_4, Qt::ControlModifier); // away from Today
    ASSERT_NO_FATAL_FAILURE(itIsNineInTheEvening());
    reminders()->deliverDue();
    auto *banner = child<QWidget>(m_window.get(), QStringLiteral("reminderBanner"));
    ASSERT_TRUE(waitUntil([banner] { return banner->isVisible(); }));
    auto *checkIn = child<QPushButton>(banner, QStringLiteral("bannerCheckInButton"));
    ASSERT_TRUE(checkIn && checkIn->isVisible());
    QTest::mouseClick(checkIn, Qt::LeftButton);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(waitUntil([this] {
        return focusedWidget() == child<QRadioButton>(m_window.get(), QStringLiteral("partnerChoice1"));
    }));
}

TEST_F(WindowRemindersTest, WhenBothHaveCheckedInTheCheckInReminderStaysQuietToday)
{
    for (const Partner &partner : m_partners) {
        pressKey(Qt::Key_N, Qt::ControlModifier);
        const int seat = partner.seat;
        auto *who = child<QRadioButton>(m_window.get(), QStringLiteral("partnerChoice%1").arg(seat));
        ASSERT_TRUE(who);
        QTest::mouseClick(who, Qt::LeftButton);
        pressKey(Qt::Key_Return, Qt::ControlModifier);
    }
    EXPECT_EQ(bothCheckedInOn(), m_clock.today());

    ASSERT_NO_FATAL_FAILURE(itIsNineInTheEvening());
    reminders()->deliverDue();
    auto *banner = child<QWidget>(m_window.get(), QStringLiteral("reminderBanner"));
    EXPECT_FALSE(banner->isVisible());
    EXPECT_EQ(storedCheckInReminder().lastFiredUtc, m_clock.nowUtc()) << "tonight's was due, and stayed quiet";
    Result<std::unique_ptr<Database>> opened = ReminderRepository::openIn(dataFolder(), m_clock);
    ASSERT_TRUE(opened.ok());
    EXPECT_TRUE(ReminderRepository(*opened.value(), m_clock).deliveries().value().isEmpty()) << "nothing was shown";

    // Undo takes one check-in back: today is no longer a day both checked in.
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(bothCheckedInOn().isValid());
}

TEST_F(WindowRemindersTest, YesterdaysQuietDaySurvivesUntilItsReminderIsCaughtUp)
{
    ASSERT_TRUE(reminders() && reminders()->store());
    ASSERT_TRUE(reminders()->store()->setBothCheckedInOn(m_clock.today().addDays(-1)));
    // Tend opens the next morning with nobody checked in yet today.
    reminders()->noteTodaysCheckIns({}, m_partners);
    EXPECT_EQ(bothCheckedInOn(), m_clock.today().addDays(-1));
}

TEST_F(WindowRemindersTest, StayingInTheTrayIsOfferedOnlyWhereThereIsATray)
{
    auto *stay = m_window->findChild<QAction *>(QStringLiteral("stayInTrayAction"));
    ASSERT_TRUE(stay);
    ASSERT_FALSE(QSystemTrayIcon::isSystemTrayAvailable()) << "offscreen has no tray";
    EXPECT_FALSE(stay->isEnabled());
    EXPECT_TRUE(stay->statusTip().contains(QStringLiteral("no tray")));
    // Without a tray, closing the window closes it: nothing is left running unseen.
    stay->setChecked(true);
    EXPECT_TRUE(m_window->close()) << "the close is accepted, not turned into hiding";
}

} // namespace
} // namespace tend::test
