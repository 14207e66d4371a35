// When reminder schedules come due, on the wall clock of a time zone, across DST changes.

#include "reminders/occurrences.h"
#include "reminders/wallclock.h"

#include "printers.h"

#include <gtest/gtest.h>

namespace tend::test {
namespace {

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

QTimeZone newYork()
{
    return QTimeZone("America/New_York");
}

Schedule daily(QTime time)
{
    Schedule schedule;
    schedule.frequency = Frequency::Daily;
    schedule.time = time;
    return schedule;
}

Schedule weekly(QTime time, std::initializer_list<Qt::DayOfWeek> days)
{
    Schedule schedule;
    schedule.frequency = Frequency::Weekly;
    schedule.time = time;
    for (Qt::DayOfWeek day : days)
        schedule.weekdays |= 1 << day;
    return schedule;
}

Schedule monthly(int dayOfMonth, QTime time)
{
    Schedule schedule;
    schedule.frequency = Frequency::Monthly;
    schedule.time = time;
    schedule.dayOfMonth = dayOfMonth;
    return schedule;
}

QList<QDateTime> onLocalDay(const QList<QDateTime> &occurrences, const QDate &day, const QTimeZone &zone)
{
    QList<QDateTime> found;
    for (const QDateTime &occurrence : occurrences) {
        if (occurrence.toTimeZone(zone).date() == day)
            found.append(occurrence);
    }
    return found;
}

TEST(OccurrenceWallClock, AnOrdinaryWallTimeIsThatInstant)
{
    EXPECT_EQ(instantOfWallTime(QDate(2026, 6, 10), QTime(21, 0), berlin()), utc(2026, 6, 10, 19, 0));
    EXPECT_EQ(instantOfWallTime(QDate(2026, 1, 10), QTime(21, 0), berlin()), utc(2026, 1, 10, 20, 0));
    EXPECT_EQ(instantOfWallTime(QDate(2026, 1, 10), QTime(21, 0), QTimeZone::utc()), utc(2026, 1, 10, 21, 0));
}

TEST(OccurrenceWallClock, AWallTimeInASpringGapIsTheFirstInstantAfterIt)
{
    EXPECT_EQ(instantOfWallTime(QDate(2026, 3, 29), QTime(2, 30), berlin()), utc(2026, 3, 29, 1, 0));
    EXPECT_EQ(instantOfWallTime(QDate(2026, 3, 29), QTime(2, 0), berlin()), utc(2026, 3, 29, 1, 0));
    EXPECT_EQ(instantOfWallTime(QDate(2026, 3, 8), QTime(2, 30), newYork()), utc(2026, 3, 8, 7, 0));
    EXPECT_EQ(instantOfWallTime(QDate(2026, 3, 29), QTime(2, 30), berlin()).toTimeZone(berlin()).time(), QTime(3, 0));
}

TEST(OccurrenceWallClock, AWallTimeThatFallBackRepeatsIsTheFirstOfTheTwo)
{
    EXPECT_EQ(instantOfWallTime(QDate(2026, 10, 25), QTime(2, 30), berlin()), utc(2026, 10, 25, 0, 30));
    EXPECT_EQ(instantOfWallTime(QDate(2026, 11, 1), QTime(1, 30), newYork()), utc(2026, 11, 1, 5, 30));
}

TEST(OccurrenceWallClock, InvalidArgumentsGiveNoInstant)
{
    EXPECT_FALSE(instantOfWallTime(QDate(), QTime(9, 0), berlin()).isValid());
    EXPECT_FALSE(instantOfWallTime(QDate(2026, 1, 1), QTime(), berlin()).isValid());
    EXPECT_FALSE(instantOfWallTime(QDate(2026, 1, 1), QTime(9, 0), QTimeZone()).isValid());
}

TEST(OccurrencesDaily, NextIsLaterTodayOrTomorrowAndStrictlyAfter)
{
    const Schedule schedule = daily(QTime(21, 0));
    EXPECT_EQ(nextOccurrence(schedule, utc(2026, 6, 10, 12, 0), QTimeZone::utc()), utc(2026, 6, 10, 21, 0));
    EXPECT_EQ(nextOccurrence(schedule, utc(2026, 6, 10, 20, 59), QTimeZone::utc()), utc(2026, 6, 10, 21, 0));
    EXPECT_EQ(nextOccurrence(schedule, utc(2026, 6, 10, 21, 0), QTimeZone::utc()), utc(2026, 6, 11, 21, 0));
    EXPECT_EQ(nextOccurrence(schedule, utc(2026, 6, 10, 12, 0), berlin()), utc(2026, 6, 10, 19, 0));
}

TEST(OccurrencesDaily, NextFiveAreConsecutiveDays)
{
    const QList<QDateTime> expected{utc(2026, 6, 10, 19, 0), utc(2026, 6, 11, 19, 0), utc(2026, 6, 12, 19, 0),
                                    utc(2026, 6, 13, 19, 0), utc(2026, 6, 14, 19, 0)};
    EXPECT_EQ(nextOccurrences(daily(QTime(21, 0)), utc(2026, 6, 10, 10, 0), berlin(), 5), expected);
}

TEST(OccurrencesDaily, AnInvalidScheduleOrZoneHasNoOccurrences)
{
    EXPECT_FALSE(nextOccurrence(daily(QTime()), utc(2026, 6, 10, 10, 0), berlin()).isValid());
    EXPECT_TRUE(nextOccurrences(daily(QTime()), utc(2026, 6, 10, 10, 0), berlin(), 5).isEmpty());
    EXPECT_FALSE(nextOccurrence(daily(QTime(9, 0)), utc(2026, 6, 10, 10, 0), QTimeZone()).isValid());
    EXPECT_FALSE(nextOccurrence(weekly(QTime(9, 0), {}), utc(2026, 6, 10, 10, 0), berlin()).isValid());
    EXPECT_TRUE(nextOccurrences(daily(QTime(9, 0)), utc(2026, 6, 10, 10, 0), berlin(), 0).isEmpty());
}

TEST(OccurrencesWeekly, ComesOnEachChosenDayAndWrapsToNextWeek)
{
    const Schedule schedule = weekly(QTime(7, 30), {Qt::Monday, Qt::Wednesday, Qt::Friday});
    // Friday 12 June 2026, after the morning's occurrence.
    const QList<QDateTime> expected{utc(2026, 6, 15, 7, 30), utc(2026, 6, 17, 7, 30), utc(2026, 6, 19, 7, 30),
                                    utc(2026, 6, 22, 7, 30), utc(2026, 6, 24, 7, 30)};
    EXPECT_EQ(nextOccurrences(schedule, utc(2026, 6, 12, 8, 0), QTimeZone::utc(), 5), expected);
    EXPECT_EQ(nextOccurrence(schedule, utc(2026, 6, 12, 7, 0), QTimeZone::utc()), utc(2026, 6, 12, 7, 30));
}

TEST(OccurrencesWeekly, OneDayAWeekComesAWeekLater)
{
    const Schedule sundays = weekly(QTime(19, 0), {Qt::Sunday});
    EXPECT_EQ(nextOccurrence(sundays, utc(2026, 6, 10, 12, 0), QTimeZone::utc()), utc(2026, 6, 14, 19, 0));
    EXPECT_EQ(nextOccurrence(sundays, utc(2026, 6, 14, 19, 0), QTimeZone::utc()), utc(2026, 6, 21, 19, 0));
}

TEST(OccurrencesMonthly, ComesOnTheDayOfTheMonth)
{
    const QList<QDateTime> expected{utc(2026, 6, 15, 19, 0), utc(2026, 7, 15, 19, 0), utc(2026, 8, 15, 19, 0)};
    EXPECT_EQ(nextOccurrences(monthly(15, QTime(19, 0)), utc(2026, 6, 10, 0, 0), QTimeZone::utc(), 3), expected);
}

TEST(OccurrencesMonthly, The31stComesOnTheLastDayOfShorterMonths)
{
    const QList<QDateTime> expected{utc(2026, 4, 30, 19, 0), utc(2026, 5, 31, 19, 0), utc(2026, 6, 30, 19, 0),
                                    utc(2026, 7, 31, 19, 0), utc(2026, 8, 31, 19, 0)};
    EXPECT_EQ(nextOccurrences(monthly(31, QTime(19, 0)), utc(2026, 3, 31, 20, 0), QTimeZone::utc(), 5), expected);
}

TEST(OccurrencesMonthly, FebruaryHas28DaysOr29InALeapYear)
{
    EXPECT_EQ(nextOccurrence(monthly(31, QTime(19, 0)), utc(2026, 1, 31, 20, 0), QTimeZone::utc()),
              utc(2026, 2, 28, 19, 0));
    EXPECT_EQ(nextOccurrence(monthly(31, QTime(19, 0)), utc(2028, 1, 31, 20, 0), QTimeZone::utc()),
              utc(2028, 2, 29, 19, 0));
    const QList<QDateTime> expected{utc(2027, 2, 28, 19, 0), utc(2027, 3, 29, 19, 0)};
    EXPECT_EQ(nextOccurrences(monthly(29, QTime(19, 0)), utc(2027, 1, 29, 20, 0), QTimeZone::utc(), 2), expected);
}

TEST(OccurrencesDst, BerlinSpringForwardFiresOnceAtTheEndOfTheGap)
{
    const QList<QDateTime> occurrences = nextOccurrences(daily(QTime(2, 30)), utc(2026, 3, 27, 12, 0), berlin(), 4);
    const QList<QDateTime> expected{utc(2026, 3, 28, 1, 30), utc(2026, 3, 29, 1, 0), utc(2026, 3, 30, 0, 30),
                                    utc(2026, 3, 31, 0, 30)};
    EXPECT_EQ(occurrences, expected);
    const QList<QDateTime> onTheDay = onLocalDay(occurrences, QDate(2026, 3, 29), berlin());
    ASSERT_EQ(onTheDay.size(), 1);
    EXPECT_EQ(onTheDay.first().toTimeZone(berlin()).time(), QTime(3, 0));
}

TEST(OccurrencesDst, NewYorkSpringForwardFiresOnceAtTheEndOfTheGap)
{
    const QList<QDateTime> occurrences = nextOccurrences(daily(QTime(2, 30)), utc(2026, 3, 6, 12, 0), newYork(), 4);
    const QList<QDateTime> expected{utc(2026, 3, 7, 7, 30), utc(2026, 3, 8, 7, 0), utc(2026, 3, 9, 6, 30),
                                    utc(2026, 3, 10, 6, 30)};
    EXPECT_EQ(occurrences, expected);
    const QList<QDateTime> onTheDay = onLocalDay(occurrences, QDate(2026, 3, 8), newYork());
    ASSERT_EQ(onTheDay.size(), 1);
    EXPECT_EQ(onTheDay.first().toTimeZone(newYork()).time(), QTime(3, 0));
}

TEST(OccurrencesDst, StrictlyAfterHoldsAroundTheGap)
{
    const Schedule schedule = daily(QTime(2, 30));
    EXPECT_EQ(nextOccurrence(schedule, utc(2026, 3, 29, 0, 59), berlin()), utc(2026, 3, 29, 1, 0));
    EXPECT_EQ(nextOccurrence(schedule, utc(2026, 3, 29, 1, 0), berlin()), utc(2026, 3, 30, 0, 30));
}

TEST(OccurrencesDst, BerlinFallBackFiresOnceTheFirstTime)
{
    const QList<QDateTime> occurrences = nextOccurrences(daily(QTime(2, 30)), utc(2026, 10, 23, 12, 0), berlin(), 3);
    const QList<QDateTime> expected{utc(2026, 10, 24, 0, 30), utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30)};
    EXPECT_EQ(occurrences, expected);
    EXPECT_EQ(onLocalDay(occurrences, QDate(2026, 10, 25), berlin()).size(), 1);
    // After the first 02:30, the repeated one is not another occurrence.
    EXPECT_EQ(nextOccurrence(daily(QTime(2, 30)), utc(2026, 10, 25, 0, 30), berlin()), utc(2026, 10, 26, 1, 30));
}

TEST(OccurrencesDst, NewYorkFallBackFiresOnceTheFirstTime)
{
    const QList<QDateTime> occurrences = nextOccurrences(daily(QTime(1, 30)), utc(2026, 10, 30, 12, 0), newYork(), 3);
    const QList<QDateTime> expected{utc(2026, 10, 31, 5, 30), utc(2026, 11, 1, 5, 30), utc(2026, 11, 2, 6, 30)};
    EXPECT_EQ(occurrences, expected);
    EXPECT_EQ(onLocalDay(occurrences, QDate(2026, 11, 1), newYork()).size(), 1);
    EXPECT_EQ(nextOccurrence(daily(QTime(1, 30)), utc(2026, 11, 1, 5, 30), newYork()), utc(2026, 11, 2, 6, 30));
}

TEST(OccurrencesDst, AnEveningReminderKeepsItsWallTimeWhileTheUtcInstantShifts)
{
    const Schedule evening = daily(QTime(21, 0));
    struct Case
    {
        QTimeZone zone;
        QDateTime after;
        QList<QDateTime> expected;
    };
    const QList<Case> cases{
        {berlin(), utc(2026, 3, 28, 12, 0), {utc(2026, 3, 28, 20, 0), utc(2026, 3, 29, 19, 0)}},
        {berlin(), utc(2026, 10, 24, 12, 0), {utc(2026, 10, 24, 19, 0), utc(2026, 10, 25, 20, 0)}},
        {newYork(), utc(2026, 3, 7, 12, 0), {utc(2026, 3, 8, 2, 0), utc(2026, 3, 9, 1, 0)}},
        {newYork(), utc(2026, 10, 31, 12, 0), {utc(2026, 11, 1, 1, 0), utc(2026, 11, 2, 2, 0)}},
    };
    for (const Case &c : cases) {
        const QList<QDateTime> occurrences = nextOccurrences(evening, c.after, c.zone, 2);
        EXPECT_EQ(occurrences, c.expected) << c.zone.id().toStdString();
        for (const QDateTime &occurrence : occurrences)
            EXPECT_EQ(occurrence.toTimeZone(c.zone).time(), QTime(21, 0)) << c.zone.id().toStdString();
    }
}

TEST(OccurrencesZoneChange, TheSameInstantGivesTheNewZonesWallTime)
{
    const Schedule evening = daily(QTime(21, 0));
    const QDateTime lastFired = utc(2026, 6, 10, 12, 0);
    const QDateTime inBerlin = nextOccurrence(evening, lastFired, berlin());
    const QDateTime inNewYork = nextOccurrence(evening, lastFired, newYork());
    EXPECT_EQ(inBerlin, utc(2026, 6, 10, 19, 0));
    EXPECT_EQ(inNewYork, utc(2026, 6, 11, 1, 0));
    EXPECT_EQ(inNewYork.toTimeZone(newYork()).date(), QDate(2026, 6, 10));
    EXPECT_EQ(inNewYork.toTimeZone(newYork()).time(), QTime(21, 0));
}

TEST(OccurrencesLatest, IsTheLastOneUpToAndIncludingTheEnd)
{
    const Schedule evening = daily(QTime(21, 0));
    const QDateTime after = utc(2026, 6, 1, 0, 0);
    EXPECT_EQ(latestOccurrence(evening, after, utc(2026, 6, 10, 22, 0), QTimeZone::utc()), utc(2026, 6, 10, 21, 0));
    EXPECT_EQ(latestOccurrence(evening, after, utc(2026, 6, 10, 21, 0), QTimeZone::utc()), utc(2026, 6, 10, 21, 0));
    EXPECT_EQ(latestOccurrence(evening, after, utc(2026, 6, 10, 20, 59), QTimeZone::utc()), utc(2026, 6, 9, 21, 0));
}

TEST(OccurrencesLatest, IsStrictlyAfterTheStart)
{
    const Schedule evening = daily(QTime(21, 0));
    EXPECT_FALSE(latestOccurrence(evening, utc(2026, 6, 10, 21, 0), utc(2026, 6, 11, 20, 59), QTimeZone::utc()).isValid());
    EXPECT_EQ(latestOccurrence(evening, utc(2026, 6, 10, 20, 59), utc(2026, 6, 11, 20, 59), QTimeZone::utc()),
              utc(2026, 6, 10, 21, 0));
    EXPECT_FALSE(latestOccurrence(evening, utc(2026, 6, 11, 0, 0), utc(2026, 6, 10, 0, 0), QTimeZone::utc()).isValid());
}

TEST(OccurrencesLatest, NoneWhenTheScheduleSkipsTheWholeRange)
{
    const Schedule sundays = weekly(QTime(19, 0), {Qt::Sunday});
    // Monday to Saturday.
    EXPECT_FALSE(latestOccurrence(sundays, utc(2026, 6, 15, 0, 0), utc(2026, 6, 20, 23, 0), QTimeZone::utc()).isValid());
}

TEST(OccurrencesLatest, FindsTheLatestAfterAGapOfYears)
{
    EXPECT_EQ(latestOccurrence(daily(QTime(21, 0)), utc(2016, 1, 1, 0, 0), utc(2026, 6, 10, 22, 0), berlin()),
              utc(2026, 6, 10, 19, 0));
    EXPECT_EQ(latestOccurrence(monthly(31, QTime(19, 0)), utc(2020, 1, 1, 0, 0), utc(2026, 5, 15, 0, 0),
                               QTimeZone::utc()),
              utc(2026, 4, 30, 19, 0));
    EXPECT_EQ(latestOccurrence(weekly(QTime(19, 0), {Qt::Sunday}), utc(2025, 1, 1, 0, 0), utc(2026, 6, 20, 0, 0),
                               QTimeZone::utc()),
              utc(2026, 6, 14, 19, 0));
}

TEST(OccurrencesLatest, CountsTheGapOccurrenceAtTheEndOfTheGap)
{
    const Schedule schedule = daily(QTime(2, 30));
    const QDateTime after = utc(2026, 3, 28, 12, 0);
    EXPECT_EQ(latestOccurrence(schedule, after, utc(2026, 3, 29, 1, 30), berlin()), utc(2026, 3, 29, 1, 0));
    EXPECT_FALSE(latestOccurrence(schedule, after, utc(2026, 3, 29, 0, 59), berlin()).isValid());
    // Fall back: the repeated 02:30 is not a later occurrence.
    EXPECT_EQ(latestOccurrence(schedule, utc(2026, 10, 24, 12, 0), utc(2026, 10, 25, 2, 0), berlin()),
              utc(2026, 10, 25, 0, 30));
}

} // namespace
} // namespace tend::test
