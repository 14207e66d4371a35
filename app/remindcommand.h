#pragma once

#include <QString>

namespace tend {

class Clock;

// `tend --remind`: delivers the reminders that are due, once each, and exits. It reads only
// the small reminders file, so it never needs the couple's data unlocked. With `watch`, it
// stays and looks again every half minute (for the autostart entry).
// Exit status: 0 when everything due was shown (or nothing was due), 1 when the reminders
// could not be read, 3 when a reminder could not be shown by any way.
int runRemind(const QString &dataFolder, const Clock &clock, bool watch);

} // namespace tend
