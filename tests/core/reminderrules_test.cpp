// When a reminder is due, and what delivering, snoozing, finishing and skipping it do.

#include "reminders/reminderrules.h"

#include "printers.h"
#include "statusassertions.h"

#include <QSet>

#include <gtest/gtest.h>

namespace tend::test {
namespace {

using namespace Qt::StringLiterals;

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

QTimeZone newYork()
{
    return QTimeZone("America/New_York");
}

// 21:00 in Berlin, which in June is 19:00 UTC; dealt with up to noon on Wednesday 10 June 2026.
Reminder eveningCheckIn()
{
    Reminder reminder;
    reminder.kind = ReminderKind::CheckIn;
    reminder.text = u"Tend — time for your check-in"_s;
    reminder.schedule.frequency = Frequency::Daily;
    reminder.schedule.time = QTime(21, 0);
    reminder.createdUtc = utc(2026, 6, 1, 12, 0);
    reminder.lastFiredUtc = utc(2026, 6, 10, 12, 0);
    return reminder;
}

Reminder sundayNeed()
{
    Reminder reminder = eveningCheckIn();
    reminder.kind = ReminderKind::WeeklyNeed;
    reminder.schedule.frequency = Frequency::Weekly;
    reminder.schedule.time = QTime(19, 0);
    reminder.schedule.weekdays = 1 << Qt::Sunday;
    return reminder;
}

const QDateTime TonightUtc = utc(2026, 6, 10, 19, 0);

TEST(ReminderDue, NotBeforeTheOccurrence)
{
    EXPECT_FALSE(dueAt(eveningCheckIn(), utc(2026, 6, 10, 18, 59, 59), berlin()));
}

TEST(ReminderDue, ExactlyAtTheOccurrenceAndNotLate)
{
    const std::optional<DueReminder> due = dueAt(eveningCheckIn(), TonightUtc, berlin());
    ASSERT_TRUE(due);
    EXPECT_EQ(due->dueUtc, TonightUtc);
    EXPECT_FALSE(due->late);
}

TEST(ReminderDue, LateOnlyAfterTheGracePeriod)
{
    const std::optional<DueReminder> inTime = dueAt(eveningCheckIn(), TonightUtc.addSecs(LateAfterSeconds), berlin());
    ASSERT_TRUE(inTime);
    EXPECT_FALSE(inTime->late);
    const std::optional<DueReminder> late = dueAt(eveningCheckIn(), TonightUtc.addSecs(LateAfterSeconds + 1), berlin());
    ASSERT_TRUE(late);
    EXPECT_EQ(late->dueUtc, TonightUtc);
    EXPECT_TRUE(late->late);
}

TEST(ReminderDue, AfterSeveralMissedDaysOnlyTheLatestOnce)
{
    Reminder reminder = eveningCheckIn();
    reminder.lastFiredUtc = utc(2026, 6, 7, 19, 0);
    const QDateTime now = utc(2026, 6, 10, 20, 0);
    const std::optional<DueReminder> due = dueAt(reminder, now, berlin());
    ASSERT_TRUE(due);
    EXPECT_EQ(due->dueUtc, TonightUtc);
    EXPECT_TRUE(due->late);

    reminder = delivered(reminder, *due);
    EXPECT_EQ(reminder.lastFiredUtc, TonightUtc);
    EXPECT_FALSE(dueAt(reminder, now, berlin()));
    EXPECT_FALSE(dueAt(reminder, now.addSecs(60 * 60), berlin()));
    const std::optional<DueReminder> tomorrow = dueAt(reminder, TonightUtc.addDays(1), berlin());
    ASSERT_TRUE(tomorrow);
    EXPECT_EQ(tomorrow->dueUtc, TonightUtc.addDays(1));
}

TEST(ReminderDue, NeverWhenDisabled)
{
    Reminder reminder = eveningCheckIn();
    reminder.enabled = false;
    EXPECT_FALSE(dueAt(reminder, TonightUtc.addSecs(60), berlin()));
    reminder.snoozedUntilUtc = TonightUtc;
    EXPECT_FALSE(dueAt(reminder, TonightUtc.addSecs(60), berlin()));
}

TEST(ReminderDue, ANewReminderDoesNotFireForThePast)
{
    Reminder reminder = eveningCheckIn();
    reminder.createdUtc = TonightUtc.addSecs(30 * 60);
    reminder.lastFiredUtc = QDateTime();
    EXPECT_FALSE(dueAt(reminder, TonightUtc.addSecs(60 * 60), berlin()));
    const std::optional<DueReminder> due = dueAt(reminder, TonightUtc.addDays(1), berlin());
    ASSERT_TRUE(due);
    EXPECT_EQ(due->dueUtc, TonightUtc.addDays(1));
}

TEST(ReminderDue, AfterMovingZonesItComesAtTheNewWallTime)
{
    const Reminder reminder = eveningCheckIn();
    const QDateTime now = utc(2026, 6, 10, 19, 30);
    EXPECT_TRUE(dueAt(reminder, now, berlin()));
    EXPECT_FALSE(dueAt(reminder, now, newYork()));
    const std::optional<DueReminder> due = dueAt(reminder, utc(2026, 6, 11, 1, 0), newYork());
    ASSERT_TRUE(due);
    EXPECT_EQ(due->dueUtc.toTimeZone(newYork()).time(), QTime(21, 0));
    EXPECT_EQ(due->dueUtc.toTimeZone(newYork()).date(), QDate(2026, 6, 10));
}

TEST(ReminderSnooze, TenMinutesComesBackOnceThenTheOccurrenceIsDealtWith)
{
    const QDateTime now = TonightUtc.addSecs(2 * 60);
    Reminder reminder = snoozed(eveningCheckIn(), Snooze::TenMinutes, now, berlin());
    EXPECT_EQ(reminder.snoozedUntilUtc, now.addSecs(10 * 60));
    EXPECT_EQ(reminder.lastFiredUtc, TonightUtc);
    EXPECT_FALSE(dueAt(reminder, now.addSecs(10 * 60 - 1), berlin()));

    const std::optional<DueReminder> due = dueAt(reminder, now.addSecs(10 * 60), berlin());
    ASSERT_TRUE(due);
    EXPECT_EQ(due->dueUtc, now.addSecs(10 * 60));
    EXPECT_FALSE(due->late);

    reminder = delivered(reminder, *due);
    EXPECT_FALSE(reminder.snoozedUntilUtc.isValid());
    EXPECT_FALSE(dueAt(reminder, now.addSecs(11 * 60), berlin()));
    EXPECT_TRUE(dueAt(reminder, TonightUtc.addDays(1), berlin()));
}

TEST(ReminderSnooze, OneHour)
{
    const QDateTime now = TonightUtc.addSecs(5 * 60);
    const Reminder reminder = snoozed(eveningCheckIn(), Snooze::OneHour, now, berlin());
    EXPECT_EQ(reminder.snoozedUntilUtc, now.addSecs(60 * 60));
    EXPECT_FALSE(dueAt(reminder, now.addSecs(59 * 60), berlin()));
    const std::optional<DueReminder> due = dueAt(reminder, now.addSecs(60 * 60), berlin());
    ASSERT_TRUE(due);
    EXPECT_EQ(due->dueUtc, now.addSecs(60 * 60));
}

TEST(ReminderSnooze, ALateSnoozeIsLate)
{
    const QDateTime now = TonightUtc.addSecs(5 * 60);
    const Reminder reminder = snoozed(eveningCheckIn(), Snooze::TenMinutes, now, berlin());
    const std::optional<DueReminder> due = dueAt(reminder, now.addSecs(60 * 60), berlin());
    ASSERT_TRUE(due);
    EXPECT_EQ(due->dueUtc, now.addSecs(10 * 60));
    EXPECT_TRUE(due->late);
}

TEST(ReminderSnooze, UntilTomorrowComesAtTheDailyTimeAndOnlyOnce)
{
    Reminder reminder = snoozed(eveningCheckIn(), Snooze::UntilTomorrow, TonightUtc.addSecs(5 * 60), berlin());
    const QDateTime tomorrowEvening = utc(2026, 6, 11, 19, 0);
    EXPECT_EQ(reminder.snoozedUntilUtc, tomorrowEvening);
    EXPECT_FALSE(dueAt(reminder, tomorrowEvening.addSecs(-1), berlin()));

    const std::optional<DueReminder> due = dueAt(reminder, tomorrowEvening, berlin());
    ASSERT_TRUE(due);
    EXPECT_EQ(due->dueUtc, tomorrowEvening);
    reminder = delivered(reminder, *due);
    EXPECT_FALSE(dueAt(reminder, tomorrowEvening.addSecs(5 * 60), berlin())) << "Tomorrow's own occurrence is the same";
    EXPECT_TRUE(dueAt(reminder, tomorrowEvening.addDays(1), berlin()));
}

TEST(ReminderSnooze, UntilTomorrowAcrossSpringForwardKeepsTheWallTime)
{
    Reminder reminder = eveningCheckIn();
    reminder.lastFiredUtc = utc(2026, 3, 28, 12, 0);
    // Saturday 28 March, 21:05 in Berlin (CET); tomorrow is on summer time.
    reminder = snoozed(reminder, Snooze::UntilTomorrow, utc(2026, 3, 28, 20, 5), berlin());
    EXPECT_EQ(reminder.lastFiredUtc, utc(2026, 3, 28, 20, 0));
    EXPECT_EQ(reminder.snoozedUntilUtc, utc(2026, 3, 29, 19, 0));
}

TEST(ReminderSnooze, UntilTomorrowIsNineInTheMorningForOtherSchedules)
{
    Reminder reminder = sundayNeed();
    reminder.lastFiredUtc = utc(2026, 6, 14, 12, 0);
    reminder = snoozed(reminder, Snooze::UntilTomorrow, utc(2026, 6, 14, 17, 10), berlin());
    EXPECT_EQ(reminder.lastFiredUtc, utc(2026, 6, 14, 17, 0));
    EXPECT_EQ(reminder.snoozedUntilUtc, utc(2026, 6, 15, 7, 0));
    EXPECT_EQ(reminder.snoozedUntilUtc.toTimeZone(berlin()).time(), QTime(9, 0));
}

TEST(ReminderDone, ClearsTheSnoozeAndWhatWasDue)
{
    const QDateTime now = TonightUtc.addSecs(5 * 60);
    Reminder reminder = snoozed(eveningCheckIn(), Snooze::OneHour, now, berlin());
    reminder = done(reminder, now.addSecs(10 * 60));
    EXPECT_FALSE(reminder.snoozedUntilUtc.isValid());
    EXPECT_GE(reminder.lastFiredUtc, TonightUtc);
    EXPECT_FALSE(dueAt(reminder, now.addSecs(2 * 60 * 60), berlin()));
    EXPECT_TRUE(dueAt(reminder, TonightUtc.addDays(1), berlin()));
}

TEST(ReminderDone, WhileDueItIsNotDeliveredAgain)
{
    const QDateTime now = TonightUtc.addSecs(5 * 60);
    ASSERT_TRUE(dueAt(eveningCheckIn(), now, berlin()));
    const Reminder reminder = done(eveningCheckIn(), now);
    EXPECT_FALSE(dueAt(reminder, now.addSecs(60), berlin()));
    const std::optional<DueReminder> tomorrow = dueAt(reminder, TonightUtc.addDays(1), berlin());
    ASSERT_TRUE(tomorrow);
    EXPECT_EQ(tomorrow->dueUtc, TonightUtc.addDays(1));
}

TEST(ReminderSkip, TheNextOccurrenceNeverFires)
{
    Reminder reminder = eveningCheckIn();
    reminder.snoozedUntilUtc = utc(2026, 6, 10, 13, 0);
    reminder = skipNext(reminder, utc(2026, 6, 10, 12, 30), berlin());
    EXPECT_EQ(reminder.lastFiredUtc, TonightUtc);
    EXPECT_FALSE(reminder.snoozedUntilUtc.isValid());
    EXPECT_FALSE(dueAt(reminder, TonightUtc.addSecs(60 * 60), berlin()));
    const std::optional<DueReminder> tomorrow = dueAt(reminder, TonightUtc.addDays(1), berlin());
    ASSERT_TRUE(tomorrow);
    EXPECT_EQ(tomorrow->dueUtc, TonightUtc.addDays(1));
}

TEST(ReminderSkip, SkippingTwiceSkipsTheTwoNextOccurrences)
{
    Reminder reminder = skipNext(eveningCheckIn(), utc(2026, 6, 10, 12, 30), berlin());
    reminder = skipNext(reminder, utc(2026, 6, 10, 12, 31), berlin());
    EXPECT_EQ(reminder.lastFiredUtc, TonightUtc.addDays(1));
    EXPECT_FALSE(dueAt(reminder, TonightUtc.addDays(1).addSecs(60), berlin()));
    EXPECT_TRUE(dueAt(reminder, TonightUtc.addDays(2), berlin()));
}

TEST(ReminderSnooze, ASnoozeThatEndedDuringAGapComesOnceWithTheLatestOccurrence)
{
    // Snoozed for an hour on Wednesday evening; the laptop stays shut until Saturday morning.
    Reminder reminder = snoozed(eveningCheckIn(), Snooze::OneHour, TonightUtc, berlin());
    const QDateTime saturdayMorning = utc(2026, 6, 13, 6, 15);
    const std::optional<DueReminder> due = dueAt(reminder, saturdayMorning, berlin());
    ASSERT_TRUE(due);
    EXPECT_EQ(due->dueUtc, TonightUtc.addDays(2)) << "Friday's occurrence, not Wednesday's snooze";
    EXPECT_TRUE(due->late);
    reminder = delivered(reminder, *due);
    EXPECT_FALSE(reminder.snoozedUntilUtc.isValid());
    EXPECT_FALSE(dueAt(reminder, saturdayMorning.addSecs(30), berlin())) << "once, not twice";
}

TEST(ReminderUpcoming, CountsFromAfterASkippedOccurrence)
{
    const QDateTime noon = utc(2026, 6, 10, 12, 0);
    EXPECT_EQ(upcomingOccurrences(eveningCheckIn(), noon, berlin(), 2), (QList<QDateTime>{TonightUtc, TonightUtc.addDays(1)}));
    const Reminder skipped = skipNext(eveningCheckIn(), noon, berlin());
    EXPECT_EQ(upcomingOccurrences(skipped, noon, berlin(), 2),
              (QList<QDateTime>{TonightUtc.addDays(1), TonightUtc.addDays(2)}));
}

TEST(ReminderQuiet, ACheckInIsQuietOnTheDayBothCheckedIn)
{
    const DueReminder due{TonightUtc, false};
    EXPECT_TRUE(quietBecauseBothCheckedIn(eveningCheckIn(), due, QDate(2026, 6, 10), berlin()));
    EXPECT_FALSE(quietBecauseBothCheckedIn(eveningCheckIn(), due, QDate(2026, 6, 9), berlin()));
    EXPECT_FALSE(quietBecauseBothCheckedIn(eveningCheckIn(), due, QDate(), berlin()));
}

TEST(ReminderQuiet, TheDayIsTheDueInstantsLocalDay)
{
    // 23:30 UTC on 10 June is 01:30 on the 11th in Berlin and 19:30 on the 10th in New York.
    const DueReminder due{utc(2026, 6, 10, 23, 30), false};
    EXPECT_TRUE(quietBecauseBothCheckedIn(eveningCheckIn(), due, QDate(2026, 6, 11), berlin()));
    EXPECT_FALSE(quietBecauseBothCheckedIn(eveningCheckIn(), due, QDate(2026, 6, 10), berlin()));
    EXPECT_TRUE(quietBecauseBothCheckedIn(eveningCheckIn(), due, QDate(2026, 6, 10), newYork()));
}

TEST(ReminderQuiet, OtherKindsAreNeverQuiet)
{
    const DueReminder due{TonightUtc, false};
    for (ReminderKind kind :
         {ReminderKind::WeeklyNeed, ReminderKind::Mindfulness, ReminderKind::ConsiderSupport, ReminderKind::Custom}) {
        Reminder reminder = eveningCheckIn();
        reminder.kind = kind;
        EXPECT_FALSE(quietBecauseBothCheckedIn(reminder, due, QDate(2026, 6, 10), berlin()));
    }
}

TEST(ReminderDefaults, FourRemindersAsTheDesignSuggests)
{
    const QDateTime now = utc(2026, 6, 10, 12, 0);
    const QList<Reminder> reminders = defaultReminders(now);
    ASSERT_EQ(reminders.size(), 4);

    EXPECT_EQ(reminders[0].kind, ReminderKind::CheckIn);
    EXPECT_TRUE(reminders[0].enabled);
    EXPECT_EQ(reminders[0].schedule.frequency, Frequency::Daily);
    EXPECT_EQ(reminders[0].schedule.time, QTime(21, 0));

    EXPECT_EQ(reminders[1].kind, ReminderKind::WeeklyNeed);
    EXPECT_TRUE(reminders[1].enabled);
    EXPECT_EQ(reminders[1].schedule.frequency, Frequency::Weekly);
    EXPECT_EQ(reminders[1].schedule.weekdays, 1 << Qt::Sunday);
    EXPECT_EQ(reminders[1].schedule.time, QTime(19, 0));

    EXPECT_EQ(reminders[2].kind, ReminderKind::Mindfulness);
    EXPECT_FALSE(reminders[2].enabled);
    EXPECT_EQ(reminders[2].schedule.frequency, Frequency::Daily);
    EXPECT_EQ(reminders[2].schedule.time, QTime(8, 0));

    EXPECT_EQ(reminders[3].kind, ReminderKind::ConsiderSupport);
    EXPECT_FALSE(reminders[3].enabled);
    EXPECT_EQ(reminders[3].schedule.frequency, Frequency::Monthly);
    EXPECT_EQ(reminders[3].schedule.dayOfMonth, 1);
    EXPECT_EQ(reminders[3].schedule.time, QTime(19, 0));
}

TEST(ReminderDefaults, AreValidFreshAndDoNotFireForThePast)
{
    const QDateTime now = utc(2026, 6, 10, 20, 0);
    const QList<Reminder> reminders = defaultReminders(now);
    QSet<QUuid> ids;
    for (const Reminder &reminder : reminders) {
        EXPECT_TRUE(succeeded(validate(reminder)));
        EXPECT_FALSE(reminder.id.isNull());
        ids.insert(reminder.id);
        EXPECT_EQ(reminder.createdUtc, now);
        EXPECT_EQ(reminder.updatedUtc, now);
        EXPECT_EQ(reminder.lastFiredUtc, now);
        EXPECT_FALSE(reminder.snoozedUntilUtc.isValid());
        EXPECT_EQ(reminder.text, discreetText(reminder.kind));
        EXPECT_FALSE(dueAt(reminder, now, berlin()));
    }
    EXPECT_EQ(ids.size(), reminders.size());
    EXPECT_NE(defaultReminders(now).first().id, reminders.first().id);
}

TEST(ReminderText, IsDiscreetForEveryKind)
{
    const QStringList intimateWords{u"intima"_s, u"sex"_s, u"aftercare"_s, u"bed"_s, u"naked"_s, u"love"_s};
    QSet<QString> texts;
    for (ReminderKind kind : {ReminderKind::CheckIn, ReminderKind::WeeklyNeed, ReminderKind::Mindfulness,
                              ReminderKind::ConsiderSupport, ReminderKind::Custom}) {
        const QString text = discreetText(kind);
        EXPECT_TRUE(text.startsWith(u"Tend"_s)) << text.toStdString();
        EXPECT_LE(text.size(), MaxReminderTextLength);
        for (const QString &word : intimateWords)
            EXPECT_FALSE(text.contains(word, Qt::CaseInsensitive)) << text.toStdString();
        texts.insert(text);
    }
    EXPECT_EQ(texts.size(), 5);
    EXPECT_EQ(discreetText(ReminderKind::CheckIn), u"Tend — time for your check-in"_s);
}

} // namespace
} // namespace tend::test
