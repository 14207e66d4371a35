#pragma once

#include "reminders/reminderrules.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace tend {

// What a delivered reminder says. The summary is the reminder's own discreet text; a reminder
// delivered late says when it was due, so nobody wonders why it comes now.
struct ReminderMessage
{
    QString summary;
    QString body;
};

// A time of day in the locale's short format, without seconds even where the format has them
// (the C locale's does): "21:00", "9:00 PM".
QString clockTime(const QTime &time, const QLocale &locale = QLocale());

ReminderMessage messageFor(const Reminder &reminder, const DueReminder &due, const QDateTime &nowUtc, const QTimeZone &zone);

} // namespace tend
