#include "calendardaytext.h"

#include "moodramp.h"
#include "scalewords.h"

#include <QCoreApplication>
#include <QLocale>

namespace tend {

namespace {
struct CalendarText { Q_DECLARE_TR_FUNCTIONS(YearCalendar) };

QString checkInCount(int count)
{
    return count == 1 ? CalendarText::tr("1 check-in") : CalendarText::tr("%1 check-ins").arg(QLocale().toString(count));
}
} // namespace

QString averageMoodText(double averageMood)
{
    return QLocale().toString(roundedMood(averageMood), 'f', QLocale::FloatingPointShortest);
}

QString calendarDayText(const CalendarDay &day, const std::array<Partner, 2> &partners, const QDate &today)
{
    QString date = QLocale().toString(day.day, CalendarText::tr("ddd d MMM yyyy"));
    if (day.day == today)
        date = CalendarText::tr("%1, today").arg(date);
    const QString dash = QStringLiteral(" — ");
    if (today.isValid() && day.day > today)
        return date + dash + CalendarText::tr("still to come");
    QStringList counts;
    for (size_t place = 0; place < partners.size(); ++place) {
        if (day.checkIns[place] > 0)
            counts.append(CalendarText::tr("%1: %2").arg(partners[place].name, checkInCount(day.checkIns[place])));
    }
    if (counts.isEmpty() || !day.averageMood)
        return date + dash + CalendarText::tr("no check-ins");
    const QString mood = scaleSteps(CheckInScale::Mood).value(moodStep(*day.averageMood) - 1);
    return date + dash + counts.join(QStringLiteral(", "))
           + CalendarText::tr("; average mood %1 (%2)").arg(averageMoodText(*day.averageMood), mood);
}

} // namespace tend
