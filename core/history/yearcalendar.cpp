#include "yearcalendar.h"

#include "checkinspan.h"

#include <vector>

namespace tend {

QList<CalendarDay> yearCalendar(const QList<CheckIn> &checkIns, const PartnerIds &partners, int year)
{
    const DayPeriod period{QDate(year, 1, 1), QDate(year, 12, 31)};
    if (!period.isValid())
        return {};
    QList<CalendarDay> calendar(period.days());
    std::vector<std::array<int, 2>> moodSums(size_t(period.days()));
    for (qsizetype index = 0; index < calendar.size(); ++index)
        calendar[index].day = period.from.addDays(index);
    const CheckInSpan span = checkInsAround(checkIns, period);
    for (qsizetype position = span.begin; position < span.end; ++position) {
        const CheckIn &checkIn = checkIns.at(position);
        const int place = placeOf(partners, checkIn.partnerId);
        if (place < 0 || !period.contains(checkIn.localDay))
            continue;
        const qint64 index = period.from.daysTo(checkIn.localDay);
        ++calendar[index].checkIns[size_t(place)];
        moodSums[size_t(index)][size_t(place)] += checkIn.mood;
    }
    for (qsizetype index = 0; index < calendar.size(); ++index) {
        CalendarDay &day = calendar[index];
        double total = 0;
        int partnersIn = 0;
        for (size_t place = 0; place < 2; ++place) {
            if (day.checkIns[place] > 0) {
                total += double(moodSums[size_t(index)][place]) / day.checkIns[place];
                ++partnersIn;
            }
        }
        if (partnersIn > 0)
            day.averageMood = total / partnersIn;
    }
    return calendar;
}

} // namespace tend
