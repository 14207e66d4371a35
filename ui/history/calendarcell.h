#pragma once

#include <QColor>

#include <array>
#include <optional>

class QPainter;
class QRectF;

namespace tend {

// How one square of the year calendar looks; the calendar and its legend paint the same squares.
struct CalendarCellLook
{
    std::optional<int> moodStep;       // none on a day without check-ins: an empty outlined square
    std::array<bool, 2> checkedIn{};   // seat 1 marks the top-left corner, seat 2 the top-right
    std::array<QColor, 2> partnerColours;
    bool today = false;
    bool future = false;
};

// Paints the square: the mood's fill with its digit, a corner for each partner who checked in,
// a strong ring for today; a future day faded.
void paintCalendarCell(QPainter &painter, const QRectF &cell, const CalendarCellLook &look);

} // namespace tend
