#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace tend {

// The instant at which the wall clock of `zone` shows `time` on `day`, in UTC. Inside a
// spring-forward gap that is the first instant after the gap; in a fall-back overlap, the
// first of the two. (Qt 6.4's QDateTime(day, time, zone) is invalid in a gap and picks the
// second instant of an overlap.) Invalid when any argument is.
QDateTime instantOfWallTime(const QDate &day, const QTime &time, const QTimeZone &zone);

} // namespace tend
