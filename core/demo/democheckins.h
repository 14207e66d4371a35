#pragma once

#include "model/checkin.h"

#include <QList>
#include <QUuid>

#include <array>

namespace tend::demo {

class DemoCalendar;
class DemoRandom;

struct CheckInPlan
{
    std::array<QUuid, 2> partners; // seat 1, seat 2
    QList<QUuid> catalogue;        // the acts to wish for and give
    int days = 0;                  // ending on the calendar's today
    int minimumPerPartnerPerDay = 0;
};

// Both partners' check-ins, oldest first: an evening check-in most days, one after each
// moment of intimacy (one to three a week), and extra ones where the plan asks for a minimum.
QList<CheckIn> demoCheckIns(const CheckInPlan &plan, const DemoCalendar &calendar, DemoRandom &random);

} // namespace tend::demo
