#include "wallclock.h"

#include <algorithm>
#include <optional>

namespace tend {

namespace {

constexpr qint64 MSecsPerSecond = 1000;
constexpr qint64 MSecsPerDay = 24 * 60 * 60 * MSecsPerSecond;

qint64 offsetMSecsAt(const QTimeZone &zone, qint64 utcMSecs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMSecs, Qt::UTC)) * MSecsPerSecond;
}

// The first instant in (before, after] whose offset differs from the offset at `before`.
qint64 firstInstantOfNewOffset(const QTimeZone &zone, qint64 before, qint64 after)
{
    const qint64 offsetBefore = offsetMSecsAt(zone, before);
    while (after - before > 1) {
        const qint64 middle = before + (after - before) / 2;
        if (offsetMSecsAt(zone, middle) == offsetBefore)
            before = middle;
        else
            after = middle;
    }
    return after;
}

} // namespace

QDateTime instantOfWallTime(const QDate &day, const QTime &time, const QTimeZone &zone)
{
    if (!day.isValid() || !time.isValid() || !zone.isValid())
        return {};

    // The wall time read as if it were UTC: the instant is this minus the zone's offset then.
    // Offsets stay within ±14 hours, so the offsets a day either side are the ones that can apply.
    const qint64 wall = QDateTime(day, time, Qt::UTC).toMSecsSinceEpoch();
    const qint64 offsetBefore = offsetMSecsAt(zone, wall - MSecsPerDay);
    const qint64 offsetAfter = offsetMSecsAt(zone, wall + MSecsPerDay);

    std::optional<qint64> first;
    for (const qint64 offset : {offsetBefore, offsetAfter}) {
        const qint64 candidate = wall - offset;
        if (offsetMSecsAt(zone, candidate) == offset)
            first = first ? std::min(*first, candidate) : candidate;
    }
    if (first)
        return QDateTime::fromMSecsSinceEpoch(*first, Qt::UTC);

    if (offsetBefore < offsetAfter) {
        const qint64 gapStart = wall - offsetAfter;
        const qint64 gapEnd = wall - offsetBefore;
        return QDateTime::fromMSecsSinceEpoch(firstInstantOfNewOffset(zone, gapStart, gapEnd), Qt::UTC);
    }

    // Two changes within a day of each other: let Qt decide.
    const QDateTime fallback(day, time, zone);
    return fallback.isValid() ? fallback.toUTC() : QDateTime();
}

} // namespace tend
