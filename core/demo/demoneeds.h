#pragma once

#include "model/need.h"

#include <QList>
#include <QUuid>

#include <array>

namespace tend::demo {

class DemoCalendar;
class DemoRandom;

// `count` needs raised by either partner over `days` days ending on the calendar's today:
// older ones mostly resolved (with when and how), recent ones mostly open or being talked
// about. sortOrder puts the open ones first, most pressing on top.
QList<Need> demoNeeds(const std::array<QUuid, 2> &partners, int days, int count, const DemoCalendar &calendar,
                      DemoRandom &random);

} // namespace tend::demo
