#include "reminder.h"

#include "validationtext.h"

namespace tend {

namespace {
constexpr int AllWeekdays = 0b1111'1110; // bits 1..7
}

Status validate(const Schedule &schedule)
{
    if (!schedule.time.isValid())
        return Error{validationText("Please choose a valid time of day.")};
    switch (schedule.frequency) {
    case Frequency::Daily:
        return {};
    case Frequency::Weekly:
        if ((schedule.weekdays & AllWeekdays) == 0 || (schedule.weekdays & ~AllWeekdays) != 0)
            return Error{validationText("Please choose at least one day of the week.")};
        return {};
    case Frequency::Monthly:
        if (schedule.dayOfMonth < 1 || schedule.dayOfMonth > 31)
            return Error{validationText("The day of the month must be between 1 and 31.")};
        return {};
    }
    return Error{validationText("Unknown reminder frequency.")};
}

Status validate(const Reminder &reminder)
{
    const QString text = reminder.text.trimmed();
    if (text.isEmpty())
        return Error{validationText("Please write the text the reminder shows.")};
    if (text.size() > MaxReminderTextLength)
        return Error{validationText("A reminder's text can be at most %1 characters long.").arg(MaxReminderTextLength)};
    return validate(reminder.schedule);
}

} // namespace tend
