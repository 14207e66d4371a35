#pragma once

#include "history/yearcalendar.h"
#include "model/partner.h"

#include <array>

namespace tend {

// "3.5": an average mood to one decimal, as short as it can be said ("4", not "4.0").
QString averageMoodText(double averageMood);

// What one calendar day holds, said in words for a tooltip or a screen reader:
// "Tue 14 May 2024 — Robin: 2 check-ins, Sam: 1 check-in; average mood 3.5 (Good)".
QString calendarDayText(const CalendarDay &day, const std::array<Partner, 2> &partners, const QDate &today);

} // namespace tend
