#include "reminder.h"

#include "texts.h"

namespace tend {

namespace {
constexpr int AllWeekdays = 0b1111'1110; // bits 1..7
}

Status validate(const Schedule &schedule)
{
    if (!schedule.time.isValid())
        return Error{ValidationText::tr("Please choose a valid time of day.")};
    switch (schedule.frequency) {
    case Frequency::Daily:
        return {};
    case Frequency::Weekly:
        if ((schedule.weekdays & AllWeekdays) == 0 || (schedule.weekdays & ~AllWeekdays) != 0)
            return Error{ValidationText::tr("Please choose at least one day of the week.")};
        return {};
    case Frequency::Monthly:
        if (schedule.dayOfMonth < 1 || schedule.dayOfMonth > 31)
            return Error{ValidationText::tr("The day of the month must be between 1 and 31.")};
        return {};
    }
    return Error{ValidationText::tr("Unknown reminder frequency.")};
}

Status validate(const Reminder &reminder)
{
    const QString text = reminder.text.trimmed();
    if (text.isEmpty())
        return Error{ValidationText::tr("Please write the text the reminder shows.")};
    if (text.size() > MaxReminderTextLength)
        return Error{ValidationText::tr("A reminder's text can be at most %1 characters long.").arg(MaxReminderTextLength)};
    return validate(reminder.schedule);
}

} // namespace tend
