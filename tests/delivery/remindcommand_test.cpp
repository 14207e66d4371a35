// `tend --remind`, the real program, on a real session bus with a stand-in notification server:
// each reminder once across runs, a gap caught up once and late, a snooze from the notification's
// button, and a clear failure when nothing can show a reminder.

#include "notificationserverfixture.h"

#include "clock.h"
#include "notifications/desktopnotifier.h"
#include "storage/database.h"
#include "storage/reminderrepository.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace tend::test {
namespace {

class RemindCommandTest : public NotificationServerFixture
{
protected:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static QDateTime berlin(const QDate &day, const QTime &time)
    {
        return QDateTime(day, time, QTimeZone("Europe/Berlin")).toUTC();
    }

    QStringList arguments(const QDateTime &nowUtc) const
    {
        return {QStringLiteral("--remind"), QStringLiteral("--data-dir=") + m_folder.path(),
                QStringLiteral("--now=") + nowUtc.toString(Qt::ISODateWithMs), QStringLiteral("--time-zone=Europe/Berlin")};
    }

    void start(QProcess &process, const QDateTime &nowUtc)
    {
        process.start(QStringLiteral(TEND_PROGRAM), arguments(nowUtc));
        ASSERT_TRUE(process.waitForStarted(10000)) << process.errorString().toStdString();
    }

    Run finish(QProcess &process)
    {
        EXPECT_TRUE(process.waitForFinished(30000)) << "tend --remind did not exit";
        return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

    Run remindAt(const QDateTime &nowUtc)
    {
        QProcess process;
        start(process, nowUtc);
        return finish(process);
    }

    QList<Reminder> storedReminders()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Result<std::unique_ptr<Database>> opened = ReminderRepository::openIn(m_folder.path(), clock);
        EXPECT_TRUE(opened.ok());
        if (!opened)
            return {};
        Result<QList<Reminder>> all = ReminderRepository(*opened.value(), clock).all();
        return all ? all.value() : QList<Reminder>();
    }

    QList<ReminderDelivery> storedDeliveries()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Result<std::unique_ptr<Database>> opened = ReminderRepository::openIn(m_folder.path(), clock);
        EXPECT_TRUE(opened.ok());
        if (!opened)
            return {};
        Result<QList<ReminderDelivery>> all = ReminderRepository(*opened.value(), clock).deliveries();
        return all ? all.value() : QList<ReminderDelivery>();
    }

    QTemporaryDir m_folder;
    // Tuesday 14 May 2024: Tend's reminders are set up at 18:00 in Berlin.
    const QDateTime m_setUp = berlin(QDate(2024, 5, 14), QTime(18, 0));
};

TEST_F(RemindCommandTest, TwoRunsInTheSameMinuteShowTheCheckInReminderOnce)
{
    startServer({QStringLiteral("body")});
    ASSERT_EQ(remindAt(m_setUp).exitCode, 0);
    EXPECT_TRUE(m_server->received().isEmpty()) << "nothing is due when the reminders are first set up";

    const Run first = remindAt(berlin(QDate(2024, 5, 14), QTime(21, 0, 10)));
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("check-in reminder as a desktop notification"))) << first.out.toStdString();
    EXPECT_FALSE(first.out.contains(QStringLiteral("time for your"))) << "the journal gets the kind, never the words";
    const Run second = remindAt(berlin(QDate(2024, 5, 14), QTime(21, 0, 40)));
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();

    const QList<ReceivedNotification> received = m_server->received();
    ASSERT_EQ(received.size(), 1) << "never twice";
    EXPECT_EQ(received.first().appName, QStringLiteral("Tend"));
    EXPECT_EQ(received.first().summary, QStringLiteral("Tend — time for your check-in"));
    EXPECT_TRUE(received.first().body.isEmpty()) << "on time, it says nothing more";
    EXPECT_EQ(received.first().hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("tend"));
    EXPECT_TRUE(received.first().actions.isEmpty()) << "this server has no buttons";

    const QList<ReminderDelivery> deliveries = storedDeliveries();
    ASSERT_EQ(deliveries.size(), 1);
    EXPECT_EQ(deliveries.first().way, DeliveryWay::Desktop);
    EXPECT_EQ(deliveries.first().dueUtc, berlin(QDate(2024, 5, 14), QTime(21, 0)));
}

TEST_F(RemindCommandTest, AfterAGapTheMissedReminderComesOnceSayingWhenItWasDue)
{
    startServer({QStringLiteral("body")});
    ASSERT_EQ(remindAt(m_setUp).exitCode, 0);
    // The laptop was closed from Tuesday evening until Friday morning.
    ASSERT_EQ(remindAt(berlin(QDate(2024, 5, 17), QTime(8, 15))).exitCode, 0);
    ASSERT_EQ(remindAt(berlin(QDate(2024, 5, 17), QTime(8, 16))).exitCode, 0);
    const QList<ReceivedNotification> received = m_server->received();
    ASSERT_EQ(received.size(), 1) << "not once per missed day";
    EXPECT_EQ(received.first().summary, QStringLiteral("Tend — time for your check-in"));
    EXPECT_EQ(received.first().body, QStringLiteral("This was due yesterday at 21:00."));
}

TEST_F(RemindCommandTest, SnoozeOnTheNotificationBringsItBackAnHourLater)
{
    startServer({QStringLiteral("body"), QStringLiteral("actions")});
    ASSERT_EQ(remindAt(m_setUp).exitCode, 0);

    QProcess process;
    start(process, berlin(QDate(2024, 5, 14), QTime(21, 0)));
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_server->received().size() == 1; }, 10000));
    EXPECT_EQ(m_server->received().first().actions,
              (QStringList{DesktopNotifier::CheckInAction, QStringLiteral("Check in now"), DesktopNotifier::SnoozeAction,
                           QStringLiteral("Snooze 1 h")}));
    // The program waits for an answer. Another application's notification closing must not end
    // the wait: if it did, the snooze below would find nobody listening.
    EXPECT_EQ(process.state(), QProcess::Running);
    QDBusMessage otherClosed =
        QDBusMessage::createSignal(NotificationsPath, NotificationsService, QStringLiteral("NotificationClosed"));
    otherClosed << uint(99) << uint(1);
    ASSERT_TRUE(m_serverBus.send(otherClosed));
    ASSERT_TRUE(invokeAction(1, DesktopNotifier::SnoozeAction));
    const Run snoozing = finish(process);
    EXPECT_EQ(snoozing.exitCode, 0) << snoozing.err.toStdString();

    QDateTime snoozedUntil;
    for (const Reminder &reminder : storedReminders()) {
        if (reminder.kind == ReminderKind::CheckIn)
            snoozedUntil = reminder.snoozedUntilUtc;
    }
    EXPECT_EQ(snoozedUntil, berlin(QDate(2024, 5, 14), QTime(22, 0)));

    ASSERT_EQ(remindAt(berlin(QDate(2024, 5, 14), QTime(21, 30))).exitCode, 0);
    EXPECT_EQ(m_server->received().size(), 1);
    QProcess again;
    start(again, berlin(QDate(2024, 5, 14), QTime(22, 0, 20)));
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_server->received().size() == 2; }, 10000)) << "back after the snooze";
    ASSERT_TRUE(invokeAction(2, QStringLiteral("unknown-button"))); // any answer ends the wait
    EXPECT_EQ(finish(again).exitCode, 0);
}

TEST_F(RemindCommandTest, WhenNothingCanShowAReminderItSaysSoAndRecordsWhy)
{
    ASSERT_EQ(remindAt(m_setUp).exitCode, 0);
    const Run run = remindAt(berlin(QDate(2024, 5, 14), QTime(21, 0)));
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Could not show"))) << run.err.toStdString();
    const QList<ReminderDelivery> deliveries = storedDeliveries();
    ASSERT_EQ(deliveries.size(), 1);
    EXPECT_EQ(deliveries.first().way, DeliveryWay::None);
    EXPECT_TRUE(deliveries.first().problem.contains(QStringLiteral("did not show the notification")));
    EXPECT_TRUE(deliveries.first().problem.contains(QStringLiteral("no tray")));
}

} // namespace
} // namespace tend::test
