#pragma once

#include "record.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QTime>

namespace tend {

enum class ReminderKind { CheckIn, WeeklyNeed, Mindfulness, ConsiderSupport, Custom };
enum class Frequency { Daily, Weekly, Monthly };

// When a reminder comes due. Weekdays is a bit set: bit 1 = Monday … bit 7 = Sunday (Qt::DayOfWeek).
struct Schedule
{
    Frequency frequency = Frequency::Daily;
    QTime time{21, 0};
    int weekdays = 0;
    int dayOfMonth = 1;
};

struct Reminder : Record
{
    ReminderKind kind = ReminderKind::Custom;
    Schedule schedule;
    bool enabled = true;
    QString text; // discreet by default: it may show on a shared or locked screen
    QDateTime lastFiredUtc;
    QDateTime snoozedUntilUtc;
};

inline constexpr int MaxReminderTextLength = 120;

Status validate(const Schedule &schedule);
Status validate(const Reminder &reminder);

} // namespace tend
