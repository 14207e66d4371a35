#pragma once

#include "reminders/reminderrules.h"

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

ReminderMessage messageFor(const Reminder &reminder, const DueReminder &due, const QDateTime &nowUtc, const QTimeZone &zone);

} // namespace tend
