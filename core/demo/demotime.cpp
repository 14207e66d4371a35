#include "demotime.h"

#include "clock.h"

#include <algorithm>

namespace tend::demo {

DemoCalendar::DemoCalendar(const Clock &clock)
    : m_zone(clock.timeZone()), m_nowUtc(clock.nowUtc()), m_today(clock.today())
{
    m_todayStartUtc = m_today.startOfDay(m_zone).toUTC();
    m_secondsIntoToday = std::max<qint64>(0, m_todayStartUtc.secsTo(m_nowUtc));
}

QDateTime DemoCalendar::at(const QDate &day, int secondOfDay) const
{
    const int second = std::clamp(secondOfDay, 0, SecondsPerDay - 1);
    if (day == m_today)
        return m_todayStartUtc.addSecs(second * m_secondsIntoToday / SecondsPerDay);
    const QDateTime local(day, QTime::fromMSecsSinceStartOfDay(second * 1000), m_zone);
    // A wall-clock time skipped by a daylight-saving change: count from midnight instead.
    if (!local.isValid())
        return day.startOfDay(m_zone).addSecs(second).toUTC();
    return local.toUTC();
}

QDate DemoCalendar::dayOf(const QDateTime &utc) const
{
    return utc.toTimeZone(m_zone).date();
}

} // namespace tend::demo
