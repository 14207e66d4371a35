#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace tend {
class Clock;
}

namespace tend::demo {

// Turns "this day, at this time of day" into instants for the clock's time zone. On the
// clock's today the day is squeezed into the part that has already passed, so nothing a
// demo history holds lies in the future.
class DemoCalendar
{
public:
    explicit DemoCalendar(const Clock &clock);

    QDate today() const { return m_today; }
    QDateTime nowUtc() const { return m_nowUtc; }

    // `secondOfDay` is wall-clock time on `day`: 0 … 86399.
    QDateTime at(const QDate &day, int secondOfDay) const;
    // The calendar day an instant falls on in the clock's zone.
    QDate dayOf(const QDateTime &utc) const;

private:
    QTimeZone m_zone;
    QDateTime m_nowUtc;
    QDate m_today;
    QDateTime m_todayStartUtc;
    qint64 m_secondsIntoToday = 0;
};

inline constexpr int SecondsPerHour = 60 * 60;
inline constexpr int SecondsPerDay = 24 * SecondsPerHour;

} // namespace tend::demo
