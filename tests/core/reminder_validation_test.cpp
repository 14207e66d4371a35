#include "model/reminder.h"

#include "statusassertions.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

constexpr int bit(Qt::DayOfWeek day)
{
    return 1 << day;
}

Reminder validReminder()
{
    Reminder reminder;
    reminder.kind = ReminderKind::CheckIn;
    reminder.text = u"A quiet moment for you"_s;
    reminder.schedule.frequency = Frequency::Daily;
    reminder.schedule.time = QTime(21, 0);
    return reminder;
}

TEST(ScheduleValidation, AcceptsADailySchedule)
{
    Schedule schedule;
    schedule.frequency = Frequency::Daily;
    schedule.time = QTime(7, 45);
    EXPECT_TRUE(succeeded(validate(schedule)));
}

TEST(ScheduleValidation, RefusesAnInvalidTimeForEveryFrequency)
{
    for (Frequency frequency : {Frequency::Daily, Frequency::Weekly, Frequency::Monthly}) {
        Schedule schedule;
        schedule.frequency = frequency;
        schedule.weekdays = bit(Qt::Monday);
        schedule.dayOfMonth = 1;
        schedule.time = QTime();
        EXPECT_TRUE(refusedMentioning(validate(schedule), {u"time"_s}));
    }
}

TEST(ScheduleValidation, AcceptsWeeklyOnAnyDayOrSetOfDays)
{
    Schedule schedule;
    schedule.frequency = Frequency::Weekly;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        schedule.weekdays = bit(static_cast<Qt::DayOfWeek>(day));
        EXPECT_TRUE(succeeded(validate(schedule))) << "day " << day;
    }
    schedule.weekdays = bit(Qt::Monday) | bit(Qt::Wednesday) | bit(Qt::Sunday);
    EXPECT_TRUE(succeeded(validate(schedule)));
}

TEST(ScheduleValidation, RefusesWeeklyWithoutAnyWeekday)
{
    Schedule schedule;
    schedule.frequency = Frequency::Weekly;
    // No day at all; only bit 0 (not a day); a bit beyond Sunday.
    for (int weekdays : {0, 1, 1 << 8, bit(Qt::Monday) | 1 << 8}) {
        schedule.weekdays = weekdays;
        EXPECT_TRUE(refusedMentioning(validate(schedule), {u"day of the week"_s})) << "weekdays " << weekdays;
    }
}

TEST(ScheduleValidation, MonthlyDayMustBeOneToThirtyOne)
{
    Schedule schedule;
    schedule.frequency = Frequency::Monthly;
    for (int day : {1, 15, 31}) {
        schedule.dayOfMonth = day;
        EXPECT_TRUE(succeeded(validate(schedule))) << "day " << day;
    }
    for (int day : {0, 32, -1}) {
        schedule.dayOfMonth = day;
        EXPECT_TRUE(refusedMentioning(validate(schedule), {u"between 1 and 31"_s})) << "day " << day;
    }
}

TEST(ScheduleValidation, OnlyTheFieldsOfTheChosenFrequencyMatter)
{
    Schedule weekly;
    weekly.frequency = Frequency::Weekly;
    weekly.weekdays = bit(Qt::Friday);
    weekly.dayOfMonth = 0;
    EXPECT_TRUE(succeeded(validate(weekly)));

    Schedule monthly;
    monthly.frequency = Frequency::Monthly;
    monthly.weekdays = 0;
    monthly.dayOfMonth = 28;
    EXPECT_TRUE(succeeded(validate(monthly)));
}

TEST(ScheduleValidation, RefusesAnUnknownFrequency)
{
    Schedule schedule;
    schedule.frequency = static_cast<Frequency>(42);
    EXPECT_TRUE(refusedMentioning(validate(schedule), {u"frequency"_s}));
}

TEST(ReminderValidation, AcceptsAValidReminder)
{
    EXPECT_TRUE(succeeded(validate(validReminder())));
}

TEST(ReminderValidation, RefusesEmptyOrBlankText)
{
    for (const QString &text : {QString(), u"   "_s}) {
        Reminder reminder = validReminder();
        reminder.text = text;
        EXPECT_TRUE(refusedMentioning(validate(reminder), {u"text"_s}));
    }
}

TEST(ReminderValidation, LimitsTheTextLength)
{
    Reminder reminder = validReminder();
    reminder.text = QString(MaxReminderTextLength, u'r');
    EXPECT_TRUE(succeeded(validate(reminder)));
    reminder.text = QString(MaxReminderTextLength + 1, u'r');
    EXPECT_TRUE(refusedMentioning(validate(reminder), {QString::number(MaxReminderTextLength)}));
}

TEST(ReminderValidation, RefusesABadSchedule)
{
    Reminder reminder = validReminder();
    reminder.schedule.frequency = Frequency::Weekly;
    reminder.schedule.weekdays = 0;
    EXPECT_TRUE(refusedMentioning(validate(reminder), {u"day of the week"_s}));

    reminder.schedule.frequency = Frequency::Monthly;
    reminder.schedule.dayOfMonth = 32;
    EXPECT_TRUE(refusedMentioning(validate(reminder), {u"day of the month"_s}));
}

} // namespace
} // namespace tend
